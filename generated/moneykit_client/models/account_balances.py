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

T = TypeVar("T", bound="AccountBalances")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "currency",
        "available",
        "current",
        "limit",
        "balance_date",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class AccountBalances:
    """Cached balances of an account. They can trail the institution, and around trades or transfers
    investment balances may be briefly inconsistent.

        Attributes:
            currency (None | str | Unset): ISO-4217 code of the balances' currency.
            available (Decimal | None | Unset): Funds usable now, when the institution reports it.
            current (Decimal | None | Unset): Total balance. For depository and investment accounts a positive value is an
                asset; for
                credit and loan accounts a positive value is owed by the holder.
            limit (Decimal | None | Unset): Credit or overdraft limit, mostly for credit accounts.
            balance_date (datetime.datetime | None | Unset): When the balances were taken (the time part may be missing at
                some institutions).
    """

    currency: None | str | Unset = UNSET
    available: Decimal | None | Unset = UNSET
    current: Decimal | None | Unset = UNSET
    limit: Decimal | None | Unset = UNSET
    balance_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        currency__j: None | str | Unset
        if isinstance(self.currency, Unset):
            currency__j = UNSET
        else:
            currency__j = self.currency

        available__j: Decimal | None | Unset
        if isinstance(self.available, Unset):
            available__j = UNSET
        else:
            available__j = self.available

        current__j: Decimal | None | Unset
        if isinstance(self.current, Unset):
            current__j = UNSET
        else:
            current__j = self.current

        limit__j: Decimal | None | Unset
        if isinstance(self.limit, Unset):
            limit__j = UNSET
        else:
            limit__j = self.limit

        balance_date__j: None | str | Unset
        if isinstance(self.balance_date, Unset):
            balance_date__j = UNSET
        elif isinstance(self.balance_date, datetime.datetime):
            balance_date__j = self.balance_date.isoformat()
        else:
            balance_date__j = self.balance_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency__j is not UNSET:
            field_dict["currency"] = currency__j
        if available__j is not UNSET:
            field_dict["available"] = available__j
        if current__j is not UNSET:
            field_dict["current"] = current__j
        if limit__j is not UNSET:
            field_dict["limit"] = limit__j
        if balance_date__j is not UNSET:
            field_dict["balance_date"] = balance_date__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "currency"
            try:
                currency__v = src_dict.get(_src_key, UNSET)
                if type(currency__v) is not str and currency__v is not None and currency__v is not UNSET:
                    currency__v = _parse_currency(currency__v)

            except RECOVERABLE as exc:
                currency__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "available"
            try:
                available__v = src_dict.get(_src_key, UNSET)
                if (
                    type(available__v) is not Decimal
                    and available__v is not None
                    and available__v is not UNSET
                ):
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
                current__v = src_dict.get(_src_key, UNSET)
                if type(current__v) is not Decimal and current__v is not None and current__v is not UNSET:
                    current__v = (
                        INT_DECIMALS[current__v] if type(current__v) is int else _parse_current(current__v)
                    )

            except RECOVERABLE as exc:
                current__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "limit"
            try:
                limit__v = src_dict.get(_src_key, UNSET)
                if type(limit__v) is not Decimal and limit__v is not None and limit__v is not UNSET:
                    limit__v = INT_DECIMALS[limit__v] if type(limit__v) is int else _parse_limit(limit__v)

            except RECOVERABLE as exc:
                limit__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "balance_date"
            try:
                balance_date__v = src_dict.get(_src_key, UNSET)
                if balance_date__v is not None and balance_date__v is not UNSET:
                    balance_date__v = _parse_balance_date(balance_date__v)

            except RECOVERABLE as exc:
                balance_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            currency__v,
            available__v,
            current__v,
            limit__v,
            balance_date__v,
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


def _parse_currency(data: object) -> None | str | Unset:
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


def _parse_available(data: object) -> Decimal | None | Unset:
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


def _parse_current(data: object) -> Decimal | None | Unset:
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


def _parse_limit(data: object) -> Decimal | None | Unset:
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


def _parse_balance_date(data: object) -> datetime.datetime | None | Unset:
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
