from __future__ import annotations

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

T = TypeVar("T", bound="B2BBrokerAccountBalance")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "cash",
        "buyingPower",
        "cryptocurrencyBuyingPower",
        "currencyCode",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class B2BBrokerAccountBalance:
    """Fiat money of one account in one currency.

    Attributes:
        cash (Decimal | None | Unset): Cash that can be withdrawn.
        buying_power (Decimal | None | Unset): Most the user can spend on assets, margin included.
        cryptocurrency_buying_power (Decimal | None | Unset): Buying power usable for cryptocurrency orders.
        currency_code (None | str | Unset): ISO 4217 code of the currency.
    """

    cash: Decimal | None | Unset = UNSET
    buying_power: Decimal | None | Unset = UNSET
    cryptocurrency_buying_power: Decimal | None | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        cash__j: Decimal | None | Unset
        if isinstance(self.cash, Unset):
            cash__j = UNSET
        else:
            cash__j = self.cash

        buying_power__j: Decimal | None | Unset
        if isinstance(self.buying_power, Unset):
            buying_power__j = UNSET
        else:
            buying_power__j = self.buying_power

        cryptocurrency_buying_power__j: Decimal | None | Unset
        if isinstance(self.cryptocurrency_buying_power, Unset):
            cryptocurrency_buying_power__j = UNSET
        else:
            cryptocurrency_buying_power__j = self.cryptocurrency_buying_power

        currency_code__j: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code__j = UNSET
        else:
            currency_code__j = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash__j is not UNSET:
            field_dict["cash"] = cash__j
        if buying_power__j is not UNSET:
            field_dict["buyingPower"] = buying_power__j
        if cryptocurrency_buying_power__j is not UNSET:
            field_dict["cryptocurrencyBuyingPower"] = cryptocurrency_buying_power__j
        if currency_code__j is not UNSET:
            field_dict["currencyCode"] = currency_code__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "cash"
            try:
                cash__v = src_dict.get(_src_key, UNSET)
                if type(cash__v) is not Decimal and cash__v is not None and cash__v is not UNSET:
                    cash__v = INT_DECIMALS[cash__v] if type(cash__v) is int else _parse_cash(cash__v)

            except RECOVERABLE as exc:
                cash__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "buyingPower"
            try:
                buying_power__v = src_dict.get(_src_key, UNSET)
                if (
                    type(buying_power__v) is not Decimal
                    and buying_power__v is not None
                    and buying_power__v is not UNSET
                ):
                    buying_power__v = (
                        INT_DECIMALS[buying_power__v]
                        if type(buying_power__v) is int
                        else _parse_buying_power(buying_power__v)
                    )

            except RECOVERABLE as exc:
                buying_power__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cryptocurrencyBuyingPower"
            try:
                cryptocurrency_buying_power__v = src_dict.get(_src_key, UNSET)
                if (
                    type(cryptocurrency_buying_power__v) is not Decimal
                    and cryptocurrency_buying_power__v is not None
                    and cryptocurrency_buying_power__v is not UNSET
                ):
                    cryptocurrency_buying_power__v = (
                        INT_DECIMALS[cryptocurrency_buying_power__v]
                        if type(cryptocurrency_buying_power__v) is int
                        else _parse_cryptocurrency_buying_power(cryptocurrency_buying_power__v)
                    )

            except RECOVERABLE as exc:
                cryptocurrency_buying_power__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "currencyCode"
            try:
                currency_code__v = src_dict.get(_src_key, UNSET)
                if (
                    type(currency_code__v) is not str
                    and currency_code__v is not None
                    and currency_code__v is not UNSET
                ):
                    currency_code__v = _parse_currency_code(currency_code__v)

            except RECOVERABLE as exc:
                currency_code__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            cash__v,
            buying_power__v,
            cryptocurrency_buying_power__v,
            currency_code__v,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
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


def _parse_cash(data: object) -> Decimal | None | Unset:
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
    if failure is not None:
        raise failure
    type_mismatch("number or null", data)


def _parse_buying_power(data: object) -> Decimal | None | Unset:
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
    if failure is not None:
        raise failure
    type_mismatch("number or null", data)


def _parse_cryptocurrency_buying_power(data: object) -> Decimal | None | Unset:
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
    if failure is not None:
        raise failure
    type_mismatch("number or null", data)


def _parse_currency_code(data: object) -> None | str | Unset:
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
