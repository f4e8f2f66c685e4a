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
    from ..models.holding_tax_lot import HoldingTaxLot


T = TypeVar("T", bound="Holding")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "account_id",
        "security_id",
        "institution_price",
        "institution_value",
        "cost_basis",
        "quantity",
        "iso_currency_code",
        "unofficial_currency_code",
        "institution_price_as_of",
        "institution_price_datetime",
        "vested_quantity",
        "vested_value",
        "tax_lots",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class Holding:
    """
    Attributes:
        account_id (str):
        security_id (str):
        institution_price (Decimal):
        institution_value (Decimal):
        cost_basis (Decimal | None):
        quantity (Decimal):
        iso_currency_code (None | str):
        unofficial_currency_code (None | str):
        institution_price_as_of (datetime.date | None | Unset):
        institution_price_datetime (datetime.datetime | None | Unset):
        vested_quantity (Decimal | None | Unset):
        vested_value (Decimal | None | Unset):
        tax_lots (list[HoldingTaxLot] | Unset):
    """

    account_id: str
    security_id: str
    institution_price: Decimal | None
    institution_value: Decimal | None
    cost_basis: Decimal | None
    quantity: Decimal
    iso_currency_code: None | str
    unofficial_currency_code: None | str
    institution_price_as_of: datetime.date | None | Unset = UNSET
    institution_price_datetime: datetime.datetime | None | Unset = UNSET
    vested_quantity: Decimal | None | Unset = UNSET
    vested_value: Decimal | None | Unset = UNSET
    tax_lots: list[HoldingTaxLot] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        account_id__j = self.account_id

        security_id__j = self.security_id

        institution_price__j: Any
        if self.institution_price is None:
            institution_price__j = None
        else:
            institution_price__j = self.institution_price

        institution_value__j: Any
        if self.institution_value is None:
            institution_value__j = None
        else:
            institution_value__j = self.institution_value

        cost_basis__j: Decimal | None
        cost_basis__j = self.cost_basis

        quantity__j = self.quantity

        iso_currency_code__j: None | str
        iso_currency_code__j = self.iso_currency_code

        unofficial_currency_code__j: None | str
        unofficial_currency_code__j = self.unofficial_currency_code

        institution_price_as_of__j: None | str | Unset
        if isinstance(self.institution_price_as_of, Unset):
            institution_price_as_of__j = UNSET
        elif isinstance(self.institution_price_as_of, datetime.date):
            institution_price_as_of__j = self.institution_price_as_of.isoformat()
        else:
            institution_price_as_of__j = self.institution_price_as_of

        institution_price_datetime__j: None | str | Unset
        if isinstance(self.institution_price_datetime, Unset):
            institution_price_datetime__j = UNSET
        elif isinstance(self.institution_price_datetime, datetime.datetime):
            institution_price_datetime__j = self.institution_price_datetime.isoformat()
        else:
            institution_price_datetime__j = self.institution_price_datetime

        vested_quantity__j: Decimal | None | Unset
        if isinstance(self.vested_quantity, Unset):
            vested_quantity__j = UNSET
        else:
            vested_quantity__j = self.vested_quantity

        vested_value__j: Decimal | None | Unset
        if isinstance(self.vested_value, Unset):
            vested_value__j = UNSET
        else:
            vested_value__j = self.vested_value

        tax_lots__j: Any
        if self.tax_lots is None:
            tax_lots__j = None
        else:
            tax_lots__j = UNSET
            if not isinstance(self.tax_lots, Unset):
                tax_lots__j = []
                for tax_lots__j_data in self.tax_lots:
                    tax_lots__j_item = tax_lots__j_data.to_dict()
                    tax_lots__j.append(tax_lots__j_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id__j,
                "security_id": security_id__j,
                "institution_price": institution_price__j,
                "institution_value": institution_value__j,
                "cost_basis": cost_basis__j,
                "quantity": quantity__j,
                "iso_currency_code": iso_currency_code__j,
                "unofficial_currency_code": unofficial_currency_code__j,
            }
        )
        if institution_price_as_of__j is not UNSET:
            field_dict["institution_price_as_of"] = institution_price_as_of__j
        if institution_price_datetime__j is not UNSET:
            field_dict["institution_price_datetime"] = institution_price_datetime__j
        if vested_quantity__j is not UNSET:
            field_dict["vested_quantity"] = vested_quantity__j
        if vested_value__j is not UNSET:
            field_dict["vested_value"] = vested_value__j
        if tax_lots__j is not UNSET:
            field_dict["tax_lots"] = tax_lots__j

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

            _src_key = "institution_price"
            try:
                institution_price__j = src_dict[_src_key]
                institution_price__v: Decimal | None
                institution_price__v = (
                    institution_price__j
                    if type(institution_price__j) is Decimal
                    else as_decimal(institution_price__j)
                )

            except RECOVERABLE as exc:
                institution_price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_value"
            try:
                institution_value__j = src_dict[_src_key]
                institution_value__v: Decimal | None
                institution_value__v = (
                    institution_value__j
                    if type(institution_value__j) is Decimal
                    else as_decimal(institution_value__j)
                )

            except RECOVERABLE as exc:
                institution_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cost_basis"
            try:
                cost_basis__j = src_dict[_src_key]
                cost_basis__v = cost_basis__j
                if type(cost_basis__v) is not Decimal and cost_basis__v is not None:
                    cost_basis__v = (
                        INT_DECIMALS[cost_basis__v]
                        if type(cost_basis__v) is int
                        else _parse_cost_basis(cost_basis__v)
                    )

            except RECOVERABLE as exc:
                cost_basis__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "quantity"
            quantity__j = src_dict[_src_key]
            quantity__v: Decimal
            quantity__v = quantity__j if type(quantity__j) is Decimal else as_decimal(quantity__j)

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

            _src_key = "institution_price_as_of"
            try:
                institution_price_as_of__v = src_dict.get(_src_key, UNSET)
                if institution_price_as_of__v is not None and institution_price_as_of__v is not UNSET:
                    institution_price_as_of__v = _parse_institution_price_as_of(institution_price_as_of__v)

            except RECOVERABLE as exc:
                institution_price_as_of__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_price_datetime"
            try:
                institution_price_datetime__v = src_dict.get(_src_key, UNSET)
                if institution_price_datetime__v is not None and institution_price_datetime__v is not UNSET:
                    institution_price_datetime__v = _parse_institution_price_datetime(
                        institution_price_datetime__v
                    )

            except RECOVERABLE as exc:
                institution_price_datetime__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "vested_quantity"
            try:
                vested_quantity__v = src_dict.get(_src_key, UNSET)
                if (
                    type(vested_quantity__v) is not Decimal
                    and vested_quantity__v is not None
                    and vested_quantity__v is not UNSET
                ):
                    vested_quantity__v = (
                        INT_DECIMALS[vested_quantity__v]
                        if type(vested_quantity__v) is int
                        else _parse_vested_quantity(vested_quantity__v)
                    )

            except RECOVERABLE as exc:
                vested_quantity__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "vested_value"
            try:
                vested_value__v = src_dict.get(_src_key, UNSET)
                if (
                    type(vested_value__v) is not Decimal
                    and vested_value__v is not None
                    and vested_value__v is not UNSET
                ):
                    vested_value__v = (
                        INT_DECIMALS[vested_value__v]
                        if type(vested_value__v) is int
                        else _parse_vested_value(vested_value__v)
                    )

            except RECOVERABLE as exc:
                vested_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "tax_lots"
            try:
                tax_lots__j = src_dict.get(_src_key, UNSET)
                tax_lots__v: list[HoldingTaxLot] | Unset | None
                if type(tax_lots__j) is list:
                    tax_lots__v = []
                    try:
                        for tax_lots__v_data in tax_lots__j:
                            tax_lots__v_item = _models.HoldingTaxLot.from_dict(tax_lots__v_data)

                            tax_lots__v.append(tax_lots__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(tax_lots__v)) from None

                elif isinstance(tax_lots__j, Unset):
                    tax_lots__v = UNSET
                else:
                    if type(tax_lots__j) is not list:
                        type_mismatch("an array", tax_lots__j)
                    tax_lots__v = []
                    try:
                        for tax_lots__v_data in tax_lots__j:
                            tax_lots__v_item = _models.HoldingTaxLot.from_dict(tax_lots__v_data)

                            tax_lots__v.append(tax_lots__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(tax_lots__v)) from None

            except RECOVERABLE as exc:
                tax_lots__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            account_id__v,
            security_id__v,
            institution_price__v,
            institution_value__v,
            cost_basis__v,
            quantity__v,
            iso_currency_code__v,
            unofficial_currency_code__v,
            institution_price_as_of__v,
            institution_price_datetime__v,
            vested_quantity__v,
            vested_value__v,
            tax_lots__v,
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


def _parse_institution_price_as_of(data: object) -> datetime.date | None | Unset:
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


def _parse_institution_price_datetime(data: object) -> datetime.datetime | None | Unset:
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


def _parse_vested_quantity(data: object) -> Decimal | None | Unset:
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


def _parse_vested_value(data: object) -> Decimal | None | Unset:
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
