from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import (
    RECOVERABLE,
    as_decode_error,
    type_mismatch,
)

T = TypeVar("T", bound="ValidationError")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "location",
        "message",
        "type",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class ValidationError:
    """One validation problem.

    Attributes:
        location (list[int | str]): Path to the offending value, e.g. `["query", "account_ids", 0]`.
        message (str): What is wrong.
        type_ (str): Machine-readable kind of problem.
    """

    location: list[int | str]
    message: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        location__j = []
        for location__j_data in self.location:
            location__j_item: int | str
            location__j_item = location__j_data
            location__j.append(location__j_item)

        message__j = self.message

        type___j = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location__j,
                "message": message__j,
                "type": type___j,
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
            _src_key = "location"
            location__j = src_dict[_src_key]
            location__v: list[int | str]
            if type(location__j) is not list:
                type_mismatch("an array", location__j)
            location__v = []
            try:
                for location__v_data in location__j:
                    location__v_item = _parse_location_item(location__v_data)

                    location__v.append(location__v_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(location__v)) from None

            _src_key = "message"
            message__j = src_dict[_src_key]
            message__v: str
            if type(message__j) is not str:
                type_mismatch("a string", message__j)
            message__v = message__j

            _src_key = "type"
            type___j = src_dict[_src_key]
            type___v: str
            if type(type___j) is not str:
                type_mismatch("a string", type___j)
            type___v = type___j

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            location__v,
            message__v,
            type___v,
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


def _parse_location_item(data: object) -> int | str:
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is int:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or integer", data)
