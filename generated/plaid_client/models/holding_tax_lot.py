from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.holding_tax_lot_position_type import HoldingTaxLotPositionType
from ..types import (
    ENUM_KEYS,
    INT_DECIMALS,
    RECOVERABLE,
    as_decimal,
    as_decode_error,
    type_mismatch,
)

T = TypeVar("T", bound="HoldingTaxLot")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "institution_lot_id",
        "original_purchase_datetime",
        "quantity",
        "purchase_price",
        "cost_basis",
        "current_value",
        "position_type",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class HoldingTaxLot:
    """
    Attributes:
        institution_lot_id (None | str):
        original_purchase_datetime (datetime.datetime | None):
        quantity (Decimal | None):
        purchase_price (Decimal | None):
        cost_basis (Decimal | None):
        current_value (Decimal | None):
        position_type (HoldingTaxLotPositionType | None):
    """

    institution_lot_id: None | str
    original_purchase_datetime: datetime.datetime | None
    quantity: Decimal | None
    purchase_price: Decimal | None
    cost_basis: Decimal | None
    current_value: Decimal | None
    position_type: HoldingTaxLotPositionType | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        institution_lot_id__j: None | str
        institution_lot_id__j = self.institution_lot_id

        original_purchase_datetime__j: None | str
        if isinstance(self.original_purchase_datetime, datetime.datetime):
            original_purchase_datetime__j = self.original_purchase_datetime.isoformat()
        else:
            original_purchase_datetime__j = self.original_purchase_datetime

        quantity__j: Decimal | None
        quantity__j = self.quantity

        purchase_price__j: Decimal | None
        purchase_price__j = self.purchase_price

        cost_basis__j: Decimal | None
        cost_basis__j = self.cost_basis

        current_value__j: Decimal | None
        current_value__j = self.current_value

        position_type__j: None | str
        if isinstance(self.position_type, HoldingTaxLotPositionType):
            position_type__j = self.position_type.value
        else:
            position_type__j = self.position_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "institution_lot_id": institution_lot_id__j,
                "original_purchase_datetime": original_purchase_datetime__j,
                "quantity": quantity__j,
                "purchase_price": purchase_price__j,
                "cost_basis": cost_basis__j,
                "current_value": current_value__j,
                "position_type": position_type__j,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "institution_lot_id"
            institution_lot_id__j = src_dict[_src_key]
            institution_lot_id__v = institution_lot_id__j
            if type(institution_lot_id__v) is not str and institution_lot_id__v is not None:
                institution_lot_id__v = _parse_institution_lot_id(institution_lot_id__v)

            _src_key = "original_purchase_datetime"
            original_purchase_datetime__j = src_dict[_src_key]
            original_purchase_datetime__v = original_purchase_datetime__j
            if original_purchase_datetime__v is not None:
                original_purchase_datetime__v = _parse_original_purchase_datetime(
                    original_purchase_datetime__v
                )

            _src_key = "quantity"
            quantity__j = src_dict[_src_key]
            quantity__v = quantity__j
            if type(quantity__v) is not Decimal and quantity__v is not None:
                quantity__v = (
                    INT_DECIMALS[quantity__v] if type(quantity__v) is int else _parse_quantity(quantity__v)
                )

            _src_key = "purchase_price"
            purchase_price__j = src_dict[_src_key]
            purchase_price__v = purchase_price__j
            if type(purchase_price__v) is not Decimal and purchase_price__v is not None:
                purchase_price__v = (
                    INT_DECIMALS[purchase_price__v]
                    if type(purchase_price__v) is int
                    else _parse_purchase_price(purchase_price__v)
                )

            _src_key = "cost_basis"
            cost_basis__j = src_dict[_src_key]
            cost_basis__v = cost_basis__j
            if type(cost_basis__v) is not Decimal and cost_basis__v is not None:
                cost_basis__v = (
                    INT_DECIMALS[cost_basis__v]
                    if type(cost_basis__v) is int
                    else _parse_cost_basis(cost_basis__v)
                )

            _src_key = "current_value"
            current_value__j = src_dict[_src_key]
            current_value__v = current_value__j
            if type(current_value__v) is not Decimal and current_value__v is not None:
                current_value__v = (
                    INT_DECIMALS[current_value__v]
                    if type(current_value__v) is int
                    else _parse_current_value(current_value__v)
                )

            _src_key = "position_type"
            position_type__j = src_dict[_src_key]
            position_type__v = position_type__j
            if position_type__v is not None:
                position_type__v = _parse_position_type(position_type__v)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            institution_lot_id__v,
            original_purchase_datetime__v,
            quantity__v,
            purchase_price__v,
            cost_basis__v,
            current_value__v,
            position_type__v,
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


def _parse_institution_lot_id(data: object) -> None | str:
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


def _parse_original_purchase_datetime(data: object) -> datetime.datetime | None:
    if data is None:
        return None
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


def _parse_quantity(data: object) -> Decimal | None:
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


def _parse_purchase_price(data: object) -> Decimal | None:
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


def _parse_cost_basis(data: object) -> Decimal | None:
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


def _parse_current_value(data: object) -> Decimal | None:
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


def _parse_position_type(data: object) -> HoldingTaxLotPositionType | None:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = HoldingTaxLotPositionType(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


ENUM_KEYS.setdefault(HoldingTaxLotPositionType, set()).add("position_type")
