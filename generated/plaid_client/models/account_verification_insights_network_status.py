from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    RECOVERABLE,
    as_decode_error,
    type_mismatch,
)

T = TypeVar("T", bound="AccountVerificationInsightsNetworkStatus")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "has_numbers_match",
        "is_numbers_match_verified",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class AccountVerificationInsightsNetworkStatus:
    """
    Attributes:
        has_numbers_match (bool):
        is_numbers_match_verified (bool):
    """

    has_numbers_match: bool
    is_numbers_match_verified: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        has_numbers_match__j = self.has_numbers_match

        is_numbers_match_verified__j = self.is_numbers_match_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_numbers_match": has_numbers_match__j,
                "is_numbers_match_verified": is_numbers_match_verified__j,
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
            _src_key = "has_numbers_match"
            has_numbers_match__j = src_dict[_src_key]
            has_numbers_match__v: bool
            if type(has_numbers_match__j) is not bool:
                type_mismatch("a boolean", has_numbers_match__j)
            has_numbers_match__v = has_numbers_match__j

            _src_key = "is_numbers_match_verified"
            is_numbers_match_verified__j = src_dict[_src_key]
            is_numbers_match_verified__v: bool
            if type(is_numbers_match_verified__j) is not bool:
                type_mismatch("a boolean", is_numbers_match_verified__j)
            is_numbers_match_verified__v = is_numbers_match_verified__j

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            has_numbers_match__v,
            is_numbers_match_verified__v,
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
