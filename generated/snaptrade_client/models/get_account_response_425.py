from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    extras_key,
    extras_repr,
    type_mismatch,
)

T = TypeVar("T", bound="GetAccountResponse425")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "detail",
        "status_code",
        "code",
        "default_detail",
        "default_code",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class GetAccountResponse425:
    """
    Attributes:
        detail (str | Unset):  Example: Unable to verify signature sent.
        status_code (int | Unset):  Example: 401.
        code (str | Unset):  Example: 1076.
        default_detail (str | Unset):
        default_code (str | Unset):
    """

    detail: str | Unset = UNSET
    status_code: int | Unset = UNSET
    code: str | Unset = UNSET
    default_detail: str | Unset = UNSET
    default_code: str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extras_key, repr=extras_repr
    )
    """Made on first use (``additional_properties``): most records have no key beyond the schema's, and an
    empty dict per record is memory a large answer pays for nothing. Never shared between instances."""
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        detail__j = self.detail

        status_code__j = self.status_code

        code__j = self.code

        default_detail__j = self.default_detail

        default_code__j = self.default_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self._additional_properties or {})
        field_dict.update({})
        if detail__j is not UNSET:
            field_dict["detail"] = detail__j
        if status_code__j is not UNSET:
            field_dict["status_code"] = status_code__j
        if code__j is not UNSET:
            field_dict["code"] = code__j
        if default_detail__j is not UNSET:
            field_dict["default_detail"] = default_detail__j
        if default_code__j is not UNSET:
            field_dict["default_code"] = default_code__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "detail"
            detail__j = src_dict.get(_src_key, UNSET)
            detail__v: str | Unset
            if type(detail__j) is str:
                detail__v = detail__j

            elif isinstance(detail__j, Unset):
                detail__v = UNSET
            else:
                if type(detail__j) is not str:
                    type_mismatch("a string", detail__j)
                detail__v = detail__j

            _src_key = "status_code"
            status_code__j = src_dict.get(_src_key, UNSET)
            status_code__v: int | Unset
            if type(status_code__j) is int:
                status_code__v = status_code__j

            elif isinstance(status_code__j, Unset):
                status_code__v = UNSET
            else:
                if type(status_code__j) is not int:
                    type_mismatch("an integer", status_code__j)
                status_code__v = status_code__j

            _src_key = "code"
            code__j = src_dict.get(_src_key, UNSET)
            code__v: str | Unset
            if type(code__j) is str:
                code__v = code__j

            elif isinstance(code__j, Unset):
                code__v = UNSET
            else:
                if type(code__j) is not str:
                    type_mismatch("a string", code__j)
                code__v = code__j

            _src_key = "default_detail"
            default_detail__j = src_dict.get(_src_key, UNSET)
            default_detail__v: str | Unset
            if type(default_detail__j) is str:
                default_detail__v = default_detail__j

            elif isinstance(default_detail__j, Unset):
                default_detail__v = UNSET
            else:
                if type(default_detail__j) is not str:
                    type_mismatch("a string", default_detail__j)
                default_detail__v = default_detail__j

            _src_key = "default_code"
            default_code__j = src_dict.get(_src_key, UNSET)
            default_code__v: str | Unset
            if type(default_code__j) is str:
                default_code__v = default_code__j

            elif isinstance(default_code__j, Unset):
                default_code__v = UNSET
            else:
                if type(default_code__j) is not str:
                    type_mismatch("a string", default_code__j)
                default_code__v = default_code__j

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            detail__v,
            status_code__v,
            code__v,
            default_detail__v,
            default_code__v,
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
