from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.not_found_error_code import NotFoundErrorCode
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    type_mismatch,
)

T = TypeVar("T", bound="LinkErrorNotFoundResponse")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "error_code",
        "error_message",
        "documentation_url",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class LinkErrorNotFoundResponse:
    """No link with the given id exists.

    Attributes:
        error_code (NotFoundErrorCode): Error code of a 404 answer.
        error_message (str): Explanation for humans.
        documentation_url (None | str | Unset): Link to documentation about the error, when given.
    """

    error_code: NotFoundErrorCode
    error_message: str
    documentation_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        error_code__j = self.error_code.value

        error_message__j = self.error_message

        documentation_url__j: None | str | Unset
        if isinstance(self.documentation_url, Unset):
            documentation_url__j = UNSET
        else:
            documentation_url__j = self.documentation_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code__j,
                "error_message": error_message__j,
            }
        )
        if documentation_url__j is not UNSET:
            field_dict["documentation_url"] = documentation_url__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "error_code"
            error_code__j = src_dict[_src_key]
            error_code__v: NotFoundErrorCode
            error_code__v = NotFoundErrorCode(error_code__j)

            _src_key = "error_message"
            error_message__j = src_dict[_src_key]
            error_message__v: str
            if type(error_message__j) is not str:
                type_mismatch("a string", error_message__j)
            error_message__v = error_message__j

            _src_key = "documentation_url"
            documentation_url__v = src_dict.get(_src_key, UNSET)
            if (
                type(documentation_url__v) is not str
                and documentation_url__v is not None
                and documentation_url__v is not UNSET
            ):
                documentation_url__v = _parse_documentation_url(documentation_url__v)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            error_code__v,
            error_message__v,
            documentation_url__v,
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


def _parse_documentation_url(data: object) -> None | str | Unset:
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


ENUM_KEYS.setdefault(NotFoundErrorCode, set()).add("error_code")
