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

T = TypeVar("T", bound="InvestmentAccountBalance")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "available",
        "current",
        "limit",
        "iso_currency_code",
        "unofficial_currency_code",
        "margin_loan_amount",
        "last_updated_datetime",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class InvestmentAccountBalance:
    """
    Attributes:
        available (Decimal | None):
        current (Decimal | None):
        limit (Decimal | None):
        iso_currency_code (None | str):
        unofficial_currency_code (None | str):
        margin_loan_amount (Decimal | None):
        last_updated_datetime (datetime.datetime | None | Unset):
    """

    available: Decimal | None
    current: Decimal | None
    limit: Decimal | None
    iso_currency_code: None | str
    unofficial_currency_code: None | str
    margin_loan_amount: Decimal | None
    last_updated_datetime: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        available__j: Decimal | None
        available__j = self.available

        current__j: Decimal | None
        current__j = self.current

        limit__j: Decimal | None
        limit__j = self.limit

        iso_currency_code__j: None | str
        iso_currency_code__j = self.iso_currency_code

        unofficial_currency_code__j: None | str
        unofficial_currency_code__j = self.unofficial_currency_code

        margin_loan_amount__j: Decimal | None
        margin_loan_amount__j = self.margin_loan_amount

        last_updated_datetime__j: None | str | Unset
        if isinstance(self.last_updated_datetime, Unset):
            last_updated_datetime__j = UNSET
        elif isinstance(self.last_updated_datetime, datetime.datetime):
            last_updated_datetime__j = self.last_updated_datetime.isoformat()
        else:
            last_updated_datetime__j = self.last_updated_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available__j,
                "current": current__j,
                "limit": limit__j,
                "iso_currency_code": iso_currency_code__j,
                "unofficial_currency_code": unofficial_currency_code__j,
                "margin_loan_amount": margin_loan_amount__j,
            }
        )
        if last_updated_datetime__j is not UNSET:
            field_dict["last_updated_datetime"] = last_updated_datetime__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "available"
            try:
                available__j = src_dict[_src_key]
                available__v = available__j
                if type(available__v) is not Decimal and available__v is not None:
                    available__v = (
                        INT_DECIMALS[available__v]
                        if type(available__v) is int
                        else _parse_available(available__v)
                    )

            except RECOVERABLE as exc:
                available__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "current"
            try:
                current__j = src_dict[_src_key]
                current__v = current__j
                if type(current__v) is not Decimal and current__v is not None:
                    current__v = (
                        INT_DECIMALS[current__v] if type(current__v) is int else _parse_current(current__v)
                    )

            except RECOVERABLE as exc:
                current__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "limit"
            try:
                limit__j = src_dict[_src_key]
                limit__v = limit__j
                if type(limit__v) is not Decimal and limit__v is not None:
                    limit__v = INT_DECIMALS[limit__v] if type(limit__v) is int else _parse_limit(limit__v)

            except RECOVERABLE as exc:
                limit__v = None
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

            _src_key = "margin_loan_amount"
            try:
                margin_loan_amount__j = src_dict[_src_key]
                margin_loan_amount__v = margin_loan_amount__j
                if type(margin_loan_amount__v) is not Decimal and margin_loan_amount__v is not None:
                    margin_loan_amount__v = (
                        INT_DECIMALS[margin_loan_amount__v]
                        if type(margin_loan_amount__v) is int
                        else _parse_margin_loan_amount(margin_loan_amount__v)
                    )

            except RECOVERABLE as exc:
                margin_loan_amount__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "last_updated_datetime"
            try:
                last_updated_datetime__v = src_dict.get(_src_key, UNSET)
                if last_updated_datetime__v is not None and last_updated_datetime__v is not UNSET:
                    last_updated_datetime__v = _parse_last_updated_datetime(last_updated_datetime__v)

            except RECOVERABLE as exc:
                last_updated_datetime__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            available__v,
            current__v,
            limit__v,
            iso_currency_code__v,
            unofficial_currency_code__v,
            margin_loan_amount__v,
            last_updated_datetime__v,
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


def _parse_available(data: object) -> Decimal | None:
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


def _parse_current(data: object) -> Decimal | None:
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


def _parse_limit(data: object) -> Decimal | None:
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


def _parse_margin_loan_amount(data: object) -> Decimal | None:
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


def _parse_last_updated_datetime(data: object) -> datetime.datetime | None | Unset:
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
