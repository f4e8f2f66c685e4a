from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import (
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    extras_key,
    extras_repr,
    type_mismatch,
)
from ..types import unusable as _unusable_value

T = TypeVar("T", bound="TransactionsStatus")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "initial_sync_completed",
        "last_successful_sync",
        "first_transaction_date",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class TransactionsStatus:
    """
    Attributes:
        initial_sync_completed (bool | Unset):  Example: True.
        last_successful_sync (datetime.date | None | Unset):
        first_transaction_date (datetime.date | None | Unset):
    """

    initial_sync_completed: bool | Unset | None = UNSET
    last_successful_sync: datetime.date | None | Unset = UNSET
    first_transaction_date: datetime.date | None | Unset = UNSET
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
        initial_sync_completed__j: Any
        if self.initial_sync_completed is None:
            initial_sync_completed__j = None
        else:
            initial_sync_completed__j = self.initial_sync_completed

        last_successful_sync__j: None | str | Unset
        if isinstance(self.last_successful_sync, Unset):
            last_successful_sync__j = UNSET
        elif isinstance(self.last_successful_sync, datetime.date):
            last_successful_sync__j = self.last_successful_sync.isoformat()
        else:
            last_successful_sync__j = self.last_successful_sync

        first_transaction_date__j: None | str | Unset
        if isinstance(self.first_transaction_date, Unset):
            first_transaction_date__j = UNSET
        elif isinstance(self.first_transaction_date, datetime.date):
            first_transaction_date__j = self.first_transaction_date.isoformat()
        else:
            first_transaction_date__j = self.first_transaction_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self._additional_properties or {})
        field_dict.update({})
        if initial_sync_completed__j is not UNSET:
            field_dict["initial_sync_completed"] = initial_sync_completed__j
        if last_successful_sync__j is not UNSET:
            field_dict["last_successful_sync"] = last_successful_sync__j
        if first_transaction_date__j is not UNSET:
            field_dict["first_transaction_date"] = first_transaction_date__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "initial_sync_completed"
            try:
                initial_sync_completed__j = src_dict.get(_src_key, UNSET)
                initial_sync_completed__v: bool | Unset | None
                if type(initial_sync_completed__j) is bool:
                    initial_sync_completed__v = initial_sync_completed__j

                elif isinstance(initial_sync_completed__j, Unset):
                    initial_sync_completed__v = UNSET
                else:
                    if type(initial_sync_completed__j) is not bool:
                        type_mismatch("a boolean", initial_sync_completed__j)
                    initial_sync_completed__v = initial_sync_completed__j

            except RECOVERABLE as exc:
                initial_sync_completed__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "last_successful_sync"
            try:
                last_successful_sync__v = src_dict.get(_src_key, UNSET)
                if last_successful_sync__v is not None and last_successful_sync__v is not UNSET:
                    last_successful_sync__v = _parse_last_successful_sync(last_successful_sync__v)

            except RECOVERABLE as exc:
                last_successful_sync__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "first_transaction_date"
            try:
                first_transaction_date__v = src_dict.get(_src_key, UNSET)
                if first_transaction_date__v is not None and first_transaction_date__v is not UNSET:
                    first_transaction_date__v = _parse_first_transaction_date(first_transaction_date__v)

            except RECOVERABLE as exc:
                first_transaction_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            initial_sync_completed__v,
            last_successful_sync__v,
            first_transaction_date__v,
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


def _parse_last_successful_sync(data: object) -> datetime.date | None | Unset:
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


def _parse_first_transaction_date(data: object) -> datetime.date | None | Unset:
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
