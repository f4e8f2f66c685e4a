from __future__ import annotations

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
    type_mismatch,
)
from ..types import unusable as _unusable_value

T = TypeVar("T", bound="ProductSettings")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "required",
        "require_permission",
        "prefetch",
        "reason",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class ProductSettings:
    """How a product was requested for the link.

    Attributes:
        required (bool | None | Unset): Only institutions offering the product could be chosen. Default: False.
        require_permission (bool | None | Unset): The user had to grant permission for the product explicitly. Default:
            False.
        prefetch (bool | None | Unset): The data is fetched right after linking instead of on the first refresh.
            Default: False.
        reason (None | str | Unset): Short text shown to the user explaining why the data is wanted.
    """

    required: bool | None | Unset = False
    require_permission: bool | None | Unset = False
    prefetch: bool | None | Unset = False
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        required__j: bool | None | Unset
        if isinstance(self.required, Unset):
            required__j = UNSET
        else:
            required__j = self.required

        require_permission__j: bool | None | Unset
        if isinstance(self.require_permission, Unset):
            require_permission__j = UNSET
        else:
            require_permission__j = self.require_permission

        prefetch__j: bool | None | Unset
        if isinstance(self.prefetch, Unset):
            prefetch__j = UNSET
        else:
            prefetch__j = self.prefetch

        reason__j: None | str | Unset
        if isinstance(self.reason, Unset):
            reason__j = UNSET
        else:
            reason__j = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required__j is not UNSET:
            field_dict["required"] = required__j
        if require_permission__j is not UNSET:
            field_dict["require_permission"] = require_permission__j
        if prefetch__j is not UNSET:
            field_dict["prefetch"] = prefetch__j
        if reason__j is not UNSET:
            field_dict["reason"] = reason__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "required"
            try:
                required__v = src_dict.get(_src_key, UNSET)
                if required__v is not None and required__v is not UNSET:
                    required__v = _parse_required(required__v)

            except RECOVERABLE as exc:
                required__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "require_permission"
            try:
                require_permission__v = src_dict.get(_src_key, UNSET)
                if require_permission__v is not None and require_permission__v is not UNSET:
                    require_permission__v = _parse_require_permission(require_permission__v)

            except RECOVERABLE as exc:
                require_permission__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "prefetch"
            try:
                prefetch__v = src_dict.get(_src_key, UNSET)
                if prefetch__v is not None and prefetch__v is not UNSET:
                    prefetch__v = _parse_prefetch(prefetch__v)

            except RECOVERABLE as exc:
                prefetch__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "reason"
            try:
                reason__v = src_dict.get(_src_key, UNSET)
                if type(reason__v) is not str and reason__v is not None and reason__v is not UNSET:
                    reason__v = _parse_reason(reason__v)

            except RECOVERABLE as exc:
                reason__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            required__v,
            require_permission__v,
            prefetch__v,
            reason__v,
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


def _parse_required(data: object) -> bool | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is bool:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("boolean or null", data)


def _parse_require_permission(data: object) -> bool | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is bool:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("boolean or null", data)


def _parse_prefetch(data: object) -> bool | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is bool:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("boolean or null", data)


def _parse_reason(data: object) -> None | str | Unset:
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
