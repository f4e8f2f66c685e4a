from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    name: str | None
    type_: str | None
    currency: str | None
    ticker: None | str | Unset = UNSET
    isin: None | str | Unset = UNSET
    sedol: None | str | Unset = UNSET
    close_price: Decimal | None | str | Unset = UNSET
    close_date: datetime.date | None | Unset = UNSET
    close_datetime: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        security_id__j = self.security_id

        name__j: Any
        if self.name is None:
            name__j = None
        else:
            name__j = self.name

        type___j: Any
        if self.type_ is None:
            type___j = None
        else:
            type___j = self.type_

        currency__j: Any
        if self.currency is None:
            currency__j = None
        else:
            currency__j = self.currency

        ticker__j: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker__j = UNSET
        else:
            ticker__j = self.ticker

        isin__j: None | str | Unset
        if isinstance(self.isin, Unset):
            isin__j = UNSET
        else:
            isin__j = self.isin

        sedol__j: None | str | Unset
        if isinstance(self.sedol, Unset):
            sedol__j = UNSET
        else:
            sedol__j = self.sedol

        close_price__j: Decimal | None | str | Unset
        if isinstance(self.close_price, Unset):
            close_price__j = UNSET
        else:
            close_price__j = self.close_price

        close_date__j: None | str | Unset
        if isinstance(self.close_date, Unset):
            close_date__j = UNSET
        elif isinstance(self.close_date, datetime.date):
            close_date__j = self.close_date.isoformat()
        else:
            close_date__j = self.close_date

        close_datetime__j: None | str | Unset
        if isinstance(self.close_datetime, Unset):
            close_datetime__j = UNSET
        elif isinstance(self.close_datetime, datetime.datetime):
            close_datetime__j = self.close_datetime.isoformat()
        else:
            close_datetime__j = self.close_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "security_id": security_id__j,
                "name": name__j,
                "type": type___j,
                "currency": currency__j,
            }
        )
        if ticker__j is not UNSET:
            field_dict["ticker"] = ticker__j
        if isin__j is not UNSET:
            field_dict["isin"] = isin__j
        if sedol__j is not UNSET:
            field_dict["sedol"] = sedol__j
        if close_price__j is not UNSET:
            field_dict["close_price"] = close_price__j
        if close_date__j is not UNSET:
            field_dict["close_date"] = close_date__j
        if close_datetime__j is not UNSET:
            field_dict["close_datetime"] = close_datetime__j

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

            _src_key = "name"
            try:
                name__j = src_dict[_src_key]
                name__v: str | None
                if type(name__j) is not str:
                    type_mismatch("a string", name__j)
                name__v = name__j

            except RECOVERABLE as exc:
                name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "type"
            try:
                type___j = src_dict[_src_key]
                type___v: str | None
                if type(type___j) is not str:
                    type_mismatch("a string", type___j)
                type___v = type___j

            except RECOVERABLE as exc:
                type___v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "currency"
            try:
                currency__j = src_dict[_src_key]
                currency__v: str | None
                if type(currency__j) is not str:
                    type_mismatch("a string", currency__j)
                currency__v = currency__j

            except RECOVERABLE as exc:
                currency__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "ticker"
            try:
                ticker__v = src_dict.get(_src_key, UNSET)
                if type(ticker__v) is not str and ticker__v is not None and ticker__v is not UNSET:
                    ticker__v = _parse_ticker(ticker__v)

            except RECOVERABLE as exc:
                ticker__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "isin"
            try:
                isin__v = src_dict.get(_src_key, UNSET)
                if type(isin__v) is not str and isin__v is not None and isin__v is not UNSET:
                    isin__v = _parse_isin(isin__v)

            except RECOVERABLE as exc:
                isin__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "sedol"
            try:
                sedol__v = src_dict.get(_src_key, UNSET)
                if type(sedol__v) is not str and sedol__v is not None and sedol__v is not UNSET:
                    sedol__v = _parse_sedol(sedol__v)

            except RECOVERABLE as exc:
                sedol__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "close_price"
            try:
                close_price__v = src_dict.get(_src_key, UNSET)
                if (
                    type(close_price__v) is not Decimal
                    and close_price__v is not None
                    and close_price__v is not UNSET
                ):
                    close_price__v = (
                        INT_DECIMALS[close_price__v]
                        if type(close_price__v) is int
                        else _parse_close_price(close_price__v)
                    )

            except RECOVERABLE as exc:
                close_price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "close_date"
            try:
                close_date__v = src_dict.get(_src_key, UNSET)
                if close_date__v is not None and close_date__v is not UNSET:
                    close_date__v = _parse_close_date(close_date__v)

            except RECOVERABLE as exc:
                close_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "close_datetime"
            try:
                close_datetime__v = src_dict.get(_src_key, UNSET)
                if close_datetime__v is not None and close_datetime__v is not UNSET:
                    close_datetime__v = _parse_close_datetime(close_datetime__v)

            except RECOVERABLE as exc:
                close_datetime__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            security_id__v,
            name__v,
            type___v,
            currency__v,
            ticker__v,
            isin__v,
            sedol__v,
            close_price__v,
            close_date__v,
            close_datetime__v,
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
