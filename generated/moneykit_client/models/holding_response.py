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

T = TypeVar("T", bound="HoldingResponse")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "account_id",
        "security_id",
        "quantity",
        "price",
        "price_datetime",
        "value",
        "cost_basis",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class HoldingResponse:
    """A position in one security within one account.

    Attributes:
        account_id (str): MoneyKit id of the account holding the position.
        security_id (str): MoneyKit id of the security held; normally found in `securities`.
        quantity (Decimal | str): An exact decimal number. Sent as a string (for example `"10.5"` or
            `"1.234567890123456789"`) by current API versions and as a JSON number in older documentation;
            clients must accept both and should not convert the value to binary floating point.
        price (Decimal | None | str | Unset): Price of one unit reported by the institution, in the account's currency.
        price_datetime (datetime.datetime | None | Unset): Moment at which `price` was valid.
        value (Decimal | None | str | Unset): Market value of the whole position reported by the institution, in the
            account's currency.
        cost_basis (Decimal | None | str | Unset): What was paid for the whole position in total (not per unit), in the
            account's currency.
    """

    account_id: str
    security_id: str
    quantity: Decimal | str
    price: Decimal | None | str | Unset = UNSET
    price_datetime: datetime.datetime | None | Unset = UNSET
    value: Decimal | None | str | Unset = UNSET
    cost_basis: Decimal | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        account_id__j = self.account_id

        security_id__j = self.security_id

        quantity__j: Decimal | str
        quantity__j = self.quantity

        price__j: Decimal | None | str | Unset
        if isinstance(self.price, Unset):
            price__j = UNSET
        else:
            price__j = self.price

        price_datetime__j: None | str | Unset
        if isinstance(self.price_datetime, Unset):
            price_datetime__j = UNSET
        elif isinstance(self.price_datetime, datetime.datetime):
            price_datetime__j = self.price_datetime.isoformat()
        else:
            price_datetime__j = self.price_datetime

        value__j: Decimal | None | str | Unset
        if isinstance(self.value, Unset):
            value__j = UNSET
        else:
            value__j = self.value

        cost_basis__j: Decimal | None | str | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis__j = UNSET
        else:
            cost_basis__j = self.cost_basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id__j,
                "security_id": security_id__j,
                "quantity": quantity__j,
            }
        )
        if price__j is not UNSET:
            field_dict["price"] = price__j
        if price_datetime__j is not UNSET:
            field_dict["price_datetime"] = price_datetime__j
        if value__j is not UNSET:
            field_dict["value"] = value__j
        if cost_basis__j is not UNSET:
            field_dict["cost_basis"] = cost_basis__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "account_id"
            account_id__j = src_dict[_src_key]
            account_id__v: str
            if type(account_id__j) is not str:
                type_mismatch("a string", account_id__j)
            account_id__v = account_id__j

            _src_key = "security_id"
            security_id__j = src_dict[_src_key]
            security_id__v: str
            if type(security_id__j) is not str:
                type_mismatch("a string", security_id__j)
            security_id__v = security_id__j

            _src_key = "quantity"
            quantity__j = src_dict[_src_key]
            quantity__v = quantity__j
            if type(quantity__v) is not Decimal:
                quantity__v = (
                    INT_DECIMALS[quantity__v] if type(quantity__v) is int else _parse_quantity(quantity__v)
                )

            _src_key = "price"
            try:
                price__v = src_dict.get(_src_key, UNSET)
                if type(price__v) is not Decimal and price__v is not None and price__v is not UNSET:
                    price__v = INT_DECIMALS[price__v] if type(price__v) is int else _parse_price(price__v)

            except RECOVERABLE as exc:
                price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "price_datetime"
            try:
                price_datetime__v = src_dict.get(_src_key, UNSET)
                if price_datetime__v is not None and price_datetime__v is not UNSET:
                    price_datetime__v = _parse_price_datetime(price_datetime__v)

            except RECOVERABLE as exc:
                price_datetime__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "value"
            try:
                value__v = src_dict.get(_src_key, UNSET)
                if type(value__v) is not Decimal and value__v is not None and value__v is not UNSET:
                    value__v = INT_DECIMALS[value__v] if type(value__v) is int else _parse_value(value__v)

            except RECOVERABLE as exc:
                value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cost_basis"
            try:
                cost_basis__v = src_dict.get(_src_key, UNSET)
                if (
                    type(cost_basis__v) is not Decimal
                    and cost_basis__v is not None
                    and cost_basis__v is not UNSET
                ):
                    cost_basis__v = (
                        INT_DECIMALS[cost_basis__v]
                        if type(cost_basis__v) is int
                        else _parse_cost_basis(cost_basis__v)
                    )

            except RECOVERABLE as exc:
                cost_basis__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            account_id__v,
            security_id__v,
            quantity__v,
            price__v,
            price_datetime__v,
            value__v,
            cost_basis__v,
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


def _parse_quantity(data: object) -> Decimal | str:
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
    type_mismatch("string or number", data)


def _parse_price(data: object) -> Decimal | None | str | Unset:
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


def _parse_price_datetime(data: object) -> datetime.datetime | None | Unset:
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


def _parse_value(data: object) -> Decimal | None | str | Unset:
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


def _parse_cost_basis(data: object) -> Decimal | None | str | Unset:
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
