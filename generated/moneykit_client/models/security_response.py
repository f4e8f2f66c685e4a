from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import INT_DECIMALS, RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

T = TypeVar("T", bound="SecurityResponse")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "security_id",
        "name",
        "type",
        "currency",
        "ticker",
        "isin",
        "sedol",
        "close_price",
        "close_date",
        "close_datetime",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class SecurityResponse:
    """A tradable instrument referenced by holdings.

    Attributes:
        security_id (str): MoneyKit id of the security.
        name (str): Display name of the security.
        type_ (str): Asset class of the security. Known values: `cash` (currency and money-market funds),
            `crypto`, `derivative` (options, warrants and similar), `equity`, `etf`, `bond` (including
            certificates of deposit), `loan`, `fund` (pooled investment vehicles) and `unknown`. The
            vendor documents this list in prose only, so treat it as open.
        currency (str): ISO-4217 code of the currency the security is priced in.
        ticker (None | str | Unset): Trading symbol, when there is one.
        isin (None | str | Unset): ISO 6166 identifier, when known.
        sedol (None | str | Unset): London Stock Exchange SEDOL code, when known.
        close_price (Decimal | None | str | Unset): Closing price of the previous trading session, in the security's
            currency.
        close_date (datetime.date | None | Unset): Day to which `close_price` belongs (name used by the SDKs).
        close_datetime (datetime.datetime | None | Unset): Moment to which `close_price` belongs (name used by one
            documentation mirror instead of
            `close_date`). Either field may appear.
    """

    security_id: str
    name: str
    type_: str
    currency: str
    ticker: None | str | Unset = UNSET
    isin: None | str | Unset = UNSET
    sedol: None | str | Unset = UNSET
    close_price: Decimal | None | str | Unset = UNSET
    close_date: datetime.date | None | Unset = UNSET
    close_datetime: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        security_id = self.security_id

        name = self.name

        type_ = self.type_

        currency = self.currency

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

        isin: None | str | Unset
        if isinstance(self.isin, Unset):
            isin = UNSET
        else:
            isin = self.isin

        sedol: None | str | Unset
        if isinstance(self.sedol, Unset):
            sedol = UNSET
        else:
            sedol = self.sedol

        close_price: Decimal | None | str | Unset
        if isinstance(self.close_price, Unset):
            close_price = UNSET
        else:
            close_price = self.close_price

        close_date: None | str | Unset
        if isinstance(self.close_date, Unset):
            close_date = UNSET
        elif isinstance(self.close_date, datetime.date):
            close_date = self.close_date.isoformat()
        else:
            close_date = self.close_date

        close_datetime: None | str | Unset
        if isinstance(self.close_datetime, Unset):
            close_datetime = UNSET
        elif isinstance(self.close_datetime, datetime.datetime):
            close_datetime = self.close_datetime.isoformat()
        else:
            close_datetime = self.close_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "security_id": security_id,
                "name": name,
                "type": type_,
                "currency": currency,
            }
        )
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if isin is not UNSET:
            field_dict["isin"] = isin
        if sedol is not UNSET:
            field_dict["sedol"] = sedol
        if close_price is not UNSET:
            field_dict["close_price"] = close_price
        if close_date is not UNSET:
            field_dict["close_date"] = close_date
        if close_datetime is not UNSET:
            field_dict["close_datetime"] = close_datetime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "security_id"
            _security_id = src_dict[_src_key]
            security_id: str
            if type(_security_id) is not str:
                type_mismatch("a string", _security_id)
            security_id = _security_id

            _src_key = "name"
            _name = src_dict[_src_key]
            name: str
            if type(_name) is not str:
                type_mismatch("a string", _name)
            name = _name

            _src_key = "type"
            _type_ = src_dict[_src_key]
            type_: str
            if type(_type_) is not str:
                type_mismatch("a string", _type_)
            type_ = _type_

            _src_key = "currency"
            _currency = src_dict[_src_key]
            currency: str
            if type(_currency) is not str:
                type_mismatch("a string", _currency)
            currency = _currency

            _src_key = "ticker"
            ticker = src_dict.get(_src_key, UNSET)
            if type(ticker) is not str and ticker is not None and ticker is not UNSET:
                ticker = _parse_ticker(ticker)

            _src_key = "isin"
            isin = src_dict.get(_src_key, UNSET)
            if type(isin) is not str and isin is not None and isin is not UNSET:
                isin = _parse_isin(isin)

            _src_key = "sedol"
            sedol = src_dict.get(_src_key, UNSET)
            if type(sedol) is not str and sedol is not None and sedol is not UNSET:
                sedol = _parse_sedol(sedol)

            _src_key = "close_price"
            close_price = src_dict.get(_src_key, UNSET)
            if type(close_price) is not Decimal and close_price is not None and close_price is not UNSET:
                close_price = (
                    INT_DECIMALS[close_price] if type(close_price) is int else _parse_close_price(close_price)
                )

            _src_key = "close_date"
            close_date = src_dict.get(_src_key, UNSET)
            if close_date is not None and close_date is not UNSET:
                close_date = _parse_close_date(close_date)

            _src_key = "close_datetime"
            close_datetime = src_dict.get(_src_key, UNSET)
            if close_datetime is not None and close_datetime is not UNSET:
                close_datetime = _parse_close_datetime(close_datetime)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        security_response = cls(
            security_id,
            name,
            type_,
            currency,
            ticker,
            isin,
            sedol,
            close_price,
            close_date,
            close_datetime,
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
            security_response.additional_properties = additional_properties
        security_response.source_json = src_dict
        return security_response

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


def _parse_ticker(data: object) -> None | str | Unset:
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


def _parse_isin(data: object) -> None | str | Unset:
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


def _parse_sedol(data: object) -> None | str | Unset:
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


def _parse_close_price(data: object) -> Decimal | None | str | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or number or null", data)


def _parse_close_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
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


def _parse_close_datetime(data: object) -> datetime.datetime | None | Unset:
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
