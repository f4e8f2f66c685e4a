from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import RECOVERABLE, UNSET, Unset, as_decode_error, type_mismatch

T = TypeVar("T", bound="Error")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "details",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class Error:
    """Body of every error response. `code` is HabitTrade's business error code (8 digits in the
    known cases), which is more specific than the HTTP status.

        Attributes:
            code (int): Business error code; never 0.
            message (str): Short explanation for humans; do not match on its wording.
            details (str | Unset): Extra information about the failure, when the server has any.
    """

    code: int
    message: str
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "code"
            _code = src_dict[_src_key]
            code: int
            if type(_code) is not int:
                type_mismatch("an integer", _code)
            code = _code

            _src_key = "message"
            _message = src_dict[_src_key]
            message: str
            if type(_message) is not str:
                type_mismatch("a string", _message)
            message = _message

            _src_key = "details"
            _details = src_dict.get(_src_key, UNSET)
            details: str | Unset
            if type(_details) is str:
                details = _details

            elif isinstance(_details, Unset):
                details = UNSET
            else:
                if type(_details) is not str:
                    type_mismatch("a string", _details)
                details = _details

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        error = cls(
            code,
            message,
            details,
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
            error.additional_properties = additional_properties
        error.source_json = src_dict
        return error

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
