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

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        security_id = self.security_id

        quantity: Decimal | str
        quantity = self.quantity

        price: Decimal | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        price_datetime: None | str | Unset
        if isinstance(self.price_datetime, Unset):
            price_datetime = UNSET
        elif isinstance(self.price_datetime, datetime.datetime):
            price_datetime = self.price_datetime.isoformat()
        else:
            price_datetime = self.price_datetime

        value: Decimal | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        cost_basis: Decimal | None | str | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = self.cost_basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "security_id": security_id,
                "quantity": quantity,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if price_datetime is not UNSET:
            field_dict["price_datetime"] = price_datetime
        if value is not UNSET:
            field_dict["value"] = value
        if cost_basis is not UNSET:
            field_dict["cost_basis"] = cost_basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "account_id"
            _account_id = src_dict[_src_key]
            account_id: str
            if type(_account_id) is not str:
                type_mismatch("a string", _account_id)
            account_id = _account_id

            _src_key = "security_id"
            _security_id = src_dict[_src_key]
            security_id: str
            if type(_security_id) is not str:
                type_mismatch("a string", _security_id)
            security_id = _security_id

            _src_key = "quantity"
            _quantity = src_dict[_src_key]
            quantity = _quantity
            if type(quantity) is not Decimal:
                quantity = INT_DECIMALS[quantity] if type(quantity) is int else _parse_quantity(quantity)

            _src_key = "price"
            price = src_dict.get(_src_key, UNSET)
            if type(price) is not Decimal and price is not None and price is not UNSET:
                price = INT_DECIMALS[price] if type(price) is int else _parse_price(price)

            _src_key = "price_datetime"
            price_datetime = src_dict.get(_src_key, UNSET)
            if price_datetime is not None and price_datetime is not UNSET:
                price_datetime = _parse_price_datetime(price_datetime)

            _src_key = "value"
            value = src_dict.get(_src_key, UNSET)
            if type(value) is not Decimal and value is not None and value is not UNSET:
                value = INT_DECIMALS[value] if type(value) is int else _parse_value(value)

            _src_key = "cost_basis"
            cost_basis = src_dict.get(_src_key, UNSET)
            if type(cost_basis) is not Decimal and cost_basis is not None and cost_basis is not UNSET:
                cost_basis = (
                    INT_DECIMALS[cost_basis] if type(cost_basis) is int else _parse_cost_basis(cost_basis)
                )

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        holding_response = cls(
            account_id,
            security_id,
            quantity,
            price,
            price_datetime,
            value,
            cost_basis,
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
            holding_response.additional_properties = additional_properties
        holding_response.source_json = src_dict
        return holding_response

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
