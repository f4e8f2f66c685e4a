from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..types import (
    INT_DECIMALS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

if TYPE_CHECKING:
    from ..models.fixed_income import FixedIncome
    from ..models.option_contract import OptionContract


T = TypeVar("T", bound="Security")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "security_id",
        "isin",
        "cusip",
        "sedol",
        "institution_security_id",
        "institution_id",
        "proxy_security_id",
        "name",
        "ticker_symbol",
        "is_cash_equivalent",
        "type",
        "close_price",
        "close_price_as_of",
        "iso_currency_code",
        "unofficial_currency_code",
        "market_identifier_code",
        "sector",
        "industry",
        "cfi_code",
        "option_contract",
        "fixed_income",
        "subtype",
        "update_datetime",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class Security:
    """
    Attributes:
        security_id (str):
        isin (None | str):
        cusip (None | str):
        sedol (None | str):
        institution_security_id (None | str):
        institution_id (None | str):
        proxy_security_id (None | str):
        name (None | str):
        ticker_symbol (None | str):
        is_cash_equivalent (bool | None):
        type_ (None | str):
        close_price (Decimal | None):
        close_price_as_of (datetime.date | None):
        iso_currency_code (None | str):
        unofficial_currency_code (None | str):
        market_identifier_code (None | str):
        sector (None | str):
        industry (None | str):
        cfi_code (None | str):
        option_contract (None | OptionContract):
        fixed_income (FixedIncome | None):
        subtype (None | str | Unset):
        update_datetime (datetime.datetime | None | Unset):
    """

    security_id: str
    isin: None | str
    cusip: None | str
    sedol: None | str
    institution_security_id: None | str
    institution_id: None | str
    proxy_security_id: None | str
    name: None | str
    ticker_symbol: None | str
    is_cash_equivalent: bool | None
    type_: None | str
    close_price: Decimal | None
    close_price_as_of: datetime.date | None
    iso_currency_code: None | str
    unofficial_currency_code: None | str
    market_identifier_code: None | str
    sector: None | str
    industry: None | str
    cfi_code: None | str
    option_contract: None | OptionContract
    fixed_income: FixedIncome | None
    subtype: None | str | Unset = UNSET
    update_datetime: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_income import FixedIncome  # noqa: PLC0415
        from ..models.option_contract import OptionContract  # noqa: PLC0415

        security_id__j = self.security_id

        isin__j: None | str
        isin__j = self.isin

        cusip__j: None | str
        cusip__j = self.cusip

        sedol__j: None | str
        sedol__j = self.sedol

        institution_security_id__j: None | str
        institution_security_id__j = self.institution_security_id

        institution_id__j: None | str
        institution_id__j = self.institution_id

        proxy_security_id__j: None | str
        proxy_security_id__j = self.proxy_security_id

        name__j: None | str
        name__j = self.name

        ticker_symbol__j: None | str
        ticker_symbol__j = self.ticker_symbol

        is_cash_equivalent__j: bool | None
        is_cash_equivalent__j = self.is_cash_equivalent

        type___j: None | str
        type___j = self.type_

        close_price__j: Decimal | None
        close_price__j = self.close_price

        close_price_as_of__j: None | str
        if isinstance(self.close_price_as_of, datetime.date):
            close_price_as_of__j = self.close_price_as_of.isoformat()
        else:
            close_price_as_of__j = self.close_price_as_of

        iso_currency_code__j: None | str
        iso_currency_code__j = self.iso_currency_code

        unofficial_currency_code__j: None | str
        unofficial_currency_code__j = self.unofficial_currency_code

        market_identifier_code__j: None | str
        market_identifier_code__j = self.market_identifier_code

        sector__j: None | str
        sector__j = self.sector

        industry__j: None | str
        industry__j = self.industry

        cfi_code__j: None | str
        cfi_code__j = self.cfi_code

        option_contract__j: dict[str, Any] | None
        if isinstance(self.option_contract, OptionContract):
            option_contract__j = self.option_contract.to_dict()
        else:
            option_contract__j = self.option_contract

        fixed_income__j: dict[str, Any] | None
        if isinstance(self.fixed_income, FixedIncome):
            fixed_income__j = self.fixed_income.to_dict()
        else:
            fixed_income__j = self.fixed_income

        subtype__j: None | str | Unset
        if isinstance(self.subtype, Unset):
            subtype__j = UNSET
        else:
            subtype__j = self.subtype

        update_datetime__j: None | str | Unset
        if isinstance(self.update_datetime, Unset):
            update_datetime__j = UNSET
        elif isinstance(self.update_datetime, datetime.datetime):
            update_datetime__j = self.update_datetime.isoformat()
        else:
            update_datetime__j = self.update_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "security_id": security_id__j,
                "isin": isin__j,
                "cusip": cusip__j,
                "sedol": sedol__j,
                "institution_security_id": institution_security_id__j,
                "institution_id": institution_id__j,
                "proxy_security_id": proxy_security_id__j,
                "name": name__j,
                "ticker_symbol": ticker_symbol__j,
                "is_cash_equivalent": is_cash_equivalent__j,
                "type": type___j,
                "close_price": close_price__j,
                "close_price_as_of": close_price_as_of__j,
                "iso_currency_code": iso_currency_code__j,
                "unofficial_currency_code": unofficial_currency_code__j,
                "market_identifier_code": market_identifier_code__j,
                "sector": sector__j,
                "industry": industry__j,
                "cfi_code": cfi_code__j,
                "option_contract": option_contract__j,
                "fixed_income": fixed_income__j,
            }
        )
        if subtype__j is not UNSET:
            field_dict["subtype"] = subtype__j
        if update_datetime__j is not UNSET:
            field_dict["update_datetime"] = update_datetime__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "security_id"
            security_id__j = src_dict[_src_key]
            security_id__v: str
            if type(security_id__j) is not str:
                type_mismatch("a string", security_id__j)
            security_id__v = security_id__j

            _src_key = "isin"
            try:
                isin__j = src_dict[_src_key]
                isin__v = isin__j
                if type(isin__v) is not str and isin__v is not None:
                    isin__v = _parse_isin(isin__v)

            except RECOVERABLE as exc:
                isin__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cusip"
            try:
                cusip__j = src_dict[_src_key]
                cusip__v = cusip__j
                if type(cusip__v) is not str and cusip__v is not None:
                    cusip__v = _parse_cusip(cusip__v)

            except RECOVERABLE as exc:
                cusip__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "sedol"
            try:
                sedol__j = src_dict[_src_key]
                sedol__v = sedol__j
                if type(sedol__v) is not str and sedol__v is not None:
                    sedol__v = _parse_sedol(sedol__v)

            except RECOVERABLE as exc:
                sedol__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_security_id"
            try:
                institution_security_id__j = src_dict[_src_key]
                institution_security_id__v = institution_security_id__j
                if type(institution_security_id__v) is not str and institution_security_id__v is not None:
                    institution_security_id__v = _parse_institution_security_id(institution_security_id__v)

            except RECOVERABLE as exc:
                institution_security_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_id"
            try:
                institution_id__j = src_dict[_src_key]
                institution_id__v = institution_id__j
                if type(institution_id__v) is not str and institution_id__v is not None:
                    institution_id__v = _parse_institution_id(institution_id__v)

            except RECOVERABLE as exc:
                institution_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "proxy_security_id"
            try:
                proxy_security_id__j = src_dict[_src_key]
                proxy_security_id__v = proxy_security_id__j
                if type(proxy_security_id__v) is not str and proxy_security_id__v is not None:
                    proxy_security_id__v = _parse_proxy_security_id(proxy_security_id__v)

            except RECOVERABLE as exc:
                proxy_security_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "name"
            try:
                name__j = src_dict[_src_key]
                name__v = name__j
                if type(name__v) is not str and name__v is not None:
                    name__v = _parse_name(name__v)

            except RECOVERABLE as exc:
                name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "ticker_symbol"
            try:
                ticker_symbol__j = src_dict[_src_key]
                ticker_symbol__v = ticker_symbol__j
                if type(ticker_symbol__v) is not str and ticker_symbol__v is not None:
                    ticker_symbol__v = _parse_ticker_symbol(ticker_symbol__v)

            except RECOVERABLE as exc:
                ticker_symbol__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "is_cash_equivalent"
            try:
                is_cash_equivalent__j = src_dict[_src_key]
                is_cash_equivalent__v = is_cash_equivalent__j
                if is_cash_equivalent__v is not None:
                    is_cash_equivalent__v = _parse_is_cash_equivalent(is_cash_equivalent__v)

            except RECOVERABLE as exc:
                is_cash_equivalent__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "type"
            try:
                type___j = src_dict[_src_key]
                type___v = type___j
                if type(type___v) is not str and type___v is not None:
                    type___v = _parse_type_(type___v)

            except RECOVERABLE as exc:
                type___v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "close_price"
            try:
                close_price__j = src_dict[_src_key]
                close_price__v = close_price__j
                if type(close_price__v) is not Decimal and close_price__v is not None:
                    close_price__v = (
                        INT_DECIMALS[close_price__v]
                        if type(close_price__v) is int
                        else _parse_close_price(close_price__v)
                    )

            except RECOVERABLE as exc:
                close_price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "close_price_as_of"
            try:
                close_price_as_of__j = src_dict[_src_key]
                close_price_as_of__v = close_price_as_of__j
                if close_price_as_of__v is not None:
                    close_price_as_of__v = _parse_close_price_as_of(close_price_as_of__v)

            except RECOVERABLE as exc:
                close_price_as_of__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "iso_currency_code"
            try:
                iso_currency_code__j = src_dict[_src_key]
                iso_currency_code__v = iso_currency_code__j
                if type(iso_currency_code__v) is not str and iso_currency_code__v is not None:
                    iso_currency_code__v = _parse_iso_currency_code(iso_currency_code__v)

            except RECOVERABLE as exc:
                iso_currency_code__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "unofficial_currency_code"
            try:
                unofficial_currency_code__j = src_dict[_src_key]
                unofficial_currency_code__v = unofficial_currency_code__j
                if type(unofficial_currency_code__v) is not str and unofficial_currency_code__v is not None:
                    unofficial_currency_code__v = _parse_unofficial_currency_code(unofficial_currency_code__v)

            except RECOVERABLE as exc:
                unofficial_currency_code__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "market_identifier_code"
            try:
                market_identifier_code__j = src_dict[_src_key]
                market_identifier_code__v = market_identifier_code__j
                if type(market_identifier_code__v) is not str and market_identifier_code__v is not None:
                    market_identifier_code__v = _parse_market_identifier_code(market_identifier_code__v)

            except RECOVERABLE as exc:
                market_identifier_code__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "sector"
            try:
                sector__j = src_dict[_src_key]
                sector__v = sector__j
                if type(sector__v) is not str and sector__v is not None:
                    sector__v = _parse_sector(sector__v)

            except RECOVERABLE as exc:
                sector__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "industry"
            try:
                industry__j = src_dict[_src_key]
                industry__v = industry__j
                if type(industry__v) is not str and industry__v is not None:
                    industry__v = _parse_industry(industry__v)

            except RECOVERABLE as exc:
                industry__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cfi_code"
            try:
                cfi_code__j = src_dict[_src_key]
                cfi_code__v = cfi_code__j
                if type(cfi_code__v) is not str and cfi_code__v is not None:
                    cfi_code__v = _parse_cfi_code(cfi_code__v)

            except RECOVERABLE as exc:
                cfi_code__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "option_contract"
            try:
                option_contract__j = src_dict[_src_key]
                option_contract__v = option_contract__j
                if option_contract__v is not None:
                    option_contract__v = _parse_option_contract(option_contract__v)

            except RECOVERABLE as exc:
                option_contract__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "fixed_income"
            try:
                fixed_income__j = src_dict[_src_key]
                fixed_income__v = fixed_income__j
                if fixed_income__v is not None:
                    fixed_income__v = _parse_fixed_income(fixed_income__v)

            except RECOVERABLE as exc:
                fixed_income__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "subtype"
            try:
                subtype__v = src_dict.get(_src_key, UNSET)
                if type(subtype__v) is not str and subtype__v is not None and subtype__v is not UNSET:
                    subtype__v = _parse_subtype(subtype__v)

            except RECOVERABLE as exc:
                subtype__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "update_datetime"
            try:
                update_datetime__v = src_dict.get(_src_key, UNSET)
                if update_datetime__v is not None and update_datetime__v is not UNSET:
                    update_datetime__v = _parse_update_datetime(update_datetime__v)

            except RECOVERABLE as exc:
                update_datetime__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            security_id__v,
            isin__v,
            cusip__v,
            sedol__v,
            institution_security_id__v,
            institution_id__v,
            proxy_security_id__v,
            name__v,
            ticker_symbol__v,
            is_cash_equivalent__v,
            type___v,
            close_price__v,
            close_price_as_of__v,
            iso_currency_code__v,
            unofficial_currency_code__v,
            market_identifier_code__v,
            sector__v,
            industry__v,
            cfi_code__v,
            option_contract__v,
            fixed_income__v,
            subtype__v,
            update_datetime__v,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                try:
                    parsed_extra = prop_dict

                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(prop_name) from None
                additional_properties[prop_name] = parsed_extra
            instance.additional_properties = additional_properties
        instance.source_json = src_dict
        if _unusable is not None:
            instance.unusable = _unusable
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_isin(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_cusip(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_sedol(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_institution_security_id(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_institution_id(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_proxy_security_id(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_name(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_ticker_symbol(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_is_cash_equivalent(data: object) -> bool | None:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is bool:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("boolean or null", data)


def _parse_type_(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_close_price(data: object) -> Decimal | None:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or null", data)


def _parse_close_price_as_of(data: object) -> datetime.date | None:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = datetime.date.fromisoformat(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_iso_currency_code(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_unofficial_currency_code(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_market_identifier_code(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_sector(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_industry(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_cfi_code(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_option_contract(data: object) -> None | OptionContract:
    if data is None:
        return None
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.OptionContract.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_fixed_income(data: object) -> FixedIncome | None:
    if data is None:
        return None
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.FixedIncome.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_subtype(data: object) -> None | str | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_update_datetime(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = datetime.datetime.fromisoformat(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)
