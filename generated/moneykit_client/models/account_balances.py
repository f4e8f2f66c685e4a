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

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        available: Decimal | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        else:
            available = self.available

        current: Decimal | None | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        else:
            current = self.current

        limit: Decimal | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        balance_date: None | str | Unset
        if isinstance(self.balance_date, Unset):
            balance_date = UNSET
        elif isinstance(self.balance_date, datetime.datetime):
            balance_date = self.balance_date.isoformat()
        else:
            balance_date = self.balance_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if available is not UNSET:
            field_dict["available"] = available
        if current is not UNSET:
            field_dict["current"] = current
        if limit is not UNSET:
            field_dict["limit"] = limit
        if balance_date is not UNSET:
            field_dict["balance_date"] = balance_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "currency"
            currency = src_dict.get(_src_key, UNSET)
            if type(currency) is not str and currency is not None and currency is not UNSET:
                currency = _parse_currency(currency)

            _src_key = "available"
            available = src_dict.get(_src_key, UNSET)
            if type(available) is not Decimal and available is not None and available is not UNSET:
                available = INT_DECIMALS[available] if type(available) is int else _parse_available(available)

            _src_key = "current"
            current = src_dict.get(_src_key, UNSET)
            if type(current) is not Decimal and current is not None and current is not UNSET:
                current = INT_DECIMALS[current] if type(current) is int else _parse_current(current)

            _src_key = "limit"
            limit = src_dict.get(_src_key, UNSET)
            if type(limit) is not Decimal and limit is not None and limit is not UNSET:
                limit = INT_DECIMALS[limit] if type(limit) is int else _parse_limit(limit)

            _src_key = "balance_date"
            balance_date = src_dict.get(_src_key, UNSET)
            if balance_date is not None and balance_date is not UNSET:
                balance_date = _parse_balance_date(balance_date)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        account_balances = cls(
            currency,
            available,
            current,
            limit,
            balance_date,
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
            account_balances.additional_properties = additional_properties
        account_balances.source_json = src_dict
        return account_balances

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
