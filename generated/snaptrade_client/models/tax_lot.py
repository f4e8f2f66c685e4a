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
    extras_key,
    extras_repr,
    type_mismatch,
)
from ..types import unusable as _unusable_value

T = TypeVar("T", bound="TaxLot")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "original_purchase_date",
        "quantity",
        "purchased_price",
        "cost_basis",
        "current_value",
        "position_type",
        "lot_id",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class TaxLot:
    """
    Attributes:
        original_purchase_date (datetime.datetime | None | Unset):  Example: 2022-01-15T10:30:00Z.
        quantity (Decimal | None | Unset):  Example: 10.
        purchased_price (Decimal | None | Unset):  Example: 100.50.
        cost_basis (Decimal | None | Unset):  Example: 1005.00.
        current_value (Decimal | None | Unset):  Example: 1200.00.
        position_type (None | str | Unset):  Example: LONG.
        lot_id (None | str | Unset):  Example: 12345678.
    """

    original_purchase_date: datetime.datetime | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    purchased_price: Decimal | None | Unset = UNSET
    cost_basis: Decimal | None | Unset = UNSET
    current_value: Decimal | None | Unset = UNSET
    position_type: None | str | Unset = UNSET
    lot_id: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extras_key, repr=extras_repr
    )
    """Made on first use (``additional_properties``): most records have no key beyond the schema's, and an
    empty dict per record is memory a large answer pays for nothing. Never shared between instances."""
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        original_purchase_date__j: None | str | Unset
        if isinstance(self.original_purchase_date, Unset):
            original_purchase_date__j = UNSET
        elif isinstance(self.original_purchase_date, datetime.datetime):
            original_purchase_date__j = self.original_purchase_date.isoformat()
        else:
            original_purchase_date__j = self.original_purchase_date

        quantity__j: None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity__j = UNSET
        elif isinstance(self.quantity, Decimal):
            quantity__j = format(self.quantity, "f")
        else:
            quantity__j = self.quantity

        purchased_price__j: None | str | Unset
        if isinstance(self.purchased_price, Unset):
            purchased_price__j = UNSET
        elif isinstance(self.purchased_price, Decimal):
            purchased_price__j = format(self.purchased_price, "f")
        else:
            purchased_price__j = self.purchased_price

        cost_basis__j: None | str | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis__j = UNSET
        elif isinstance(self.cost_basis, Decimal):
            cost_basis__j = format(self.cost_basis, "f")
        else:
            cost_basis__j = self.cost_basis

        current_value__j: None | str | Unset
        if isinstance(self.current_value, Unset):
            current_value__j = UNSET
        elif isinstance(self.current_value, Decimal):
            current_value__j = format(self.current_value, "f")
        else:
            current_value__j = self.current_value

        position_type__j: None | str | Unset
        if isinstance(self.position_type, Unset):
            position_type__j = UNSET
        else:
            position_type__j = self.position_type

        lot_id__j: None | str | Unset
        if isinstance(self.lot_id, Unset):
            lot_id__j = UNSET
        else:
            lot_id__j = self.lot_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self._additional_properties or {})
        field_dict.update({})
        if original_purchase_date__j is not UNSET:
            field_dict["original_purchase_date"] = original_purchase_date__j
        if quantity__j is not UNSET:
            field_dict["quantity"] = quantity__j
        if purchased_price__j is not UNSET:
            field_dict["purchased_price"] = purchased_price__j
        if cost_basis__j is not UNSET:
            field_dict["cost_basis"] = cost_basis__j
        if current_value__j is not UNSET:
            field_dict["current_value"] = current_value__j
        if position_type__j is not UNSET:
            field_dict["position_type"] = position_type__j
        if lot_id__j is not UNSET:
            field_dict["lot_id"] = lot_id__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "original_purchase_date"
            try:
                original_purchase_date__v = src_dict.get(_src_key, UNSET)
                if original_purchase_date__v is not None and original_purchase_date__v is not UNSET:
                    original_purchase_date__v = _parse_original_purchase_date(original_purchase_date__v)

            except RECOVERABLE as exc:
                original_purchase_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "quantity"
            try:
                quantity__v = src_dict.get(_src_key, UNSET)
                if type(quantity__v) is not Decimal and quantity__v is not None and quantity__v is not UNSET:
                    quantity__v = (
                        INT_DECIMALS[quantity__v]
                        if type(quantity__v) is int
                        else _parse_quantity(quantity__v)
                    )

            except RECOVERABLE as exc:
                quantity__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "purchased_price"
            try:
                purchased_price__v = src_dict.get(_src_key, UNSET)
                if (
                    type(purchased_price__v) is not Decimal
                    and purchased_price__v is not None
                    and purchased_price__v is not UNSET
                ):
                    purchased_price__v = (
                        INT_DECIMALS[purchased_price__v]
                        if type(purchased_price__v) is int
                        else _parse_purchased_price(purchased_price__v)
                    )

            except RECOVERABLE as exc:
                purchased_price__v = None
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

            _src_key = "current_value"
            try:
                current_value__v = src_dict.get(_src_key, UNSET)
                if (
                    type(current_value__v) is not Decimal
                    and current_value__v is not None
                    and current_value__v is not UNSET
                ):
                    current_value__v = (
                        INT_DECIMALS[current_value__v]
                        if type(current_value__v) is int
                        else _parse_current_value(current_value__v)
                    )

            except RECOVERABLE as exc:
                current_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "position_type"
            try:
                position_type__v = src_dict.get(_src_key, UNSET)
                if (
                    type(position_type__v) is not str
                    and position_type__v is not None
                    and position_type__v is not UNSET
                ):
                    position_type__v = _parse_position_type(position_type__v)

            except RECOVERABLE as exc:
                position_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "lot_id"
            try:
                lot_id__v = src_dict.get(_src_key, UNSET)
                if type(lot_id__v) is not str and lot_id__v is not None and lot_id__v is not UNSET:
                    lot_id__v = _parse_lot_id(lot_id__v)

            except RECOVERABLE as exc:
                lot_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            original_purchase_date__v,
            quantity__v,
            purchased_price__v,
            cost_basis__v,
            current_value__v,
            position_type__v,
            lot_id__v,
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
            instance._additional_properties = additional_properties
        instance.source_json = src_dict
        if _unusable is not None:
            instance.unusable = _unusable
        return instance

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that the schema does not name, with their values (kept, never
        dropped); a dict of this instance's own, made on first use."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


def _parse_original_purchase_date(data: object) -> datetime.datetime | None | Unset:
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


def _parse_quantity(data: object) -> Decimal | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("decimal string or null", data)


def _parse_purchased_price(data: object) -> Decimal | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("decimal string or null", data)


def _parse_cost_basis(data: object) -> Decimal | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("decimal string or null", data)


def _parse_current_value(data: object) -> Decimal | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("decimal string or null", data)


def _parse_position_type(data: object) -> None | str | Unset:
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


def _parse_lot_id(data: object) -> None | str | Unset:
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
