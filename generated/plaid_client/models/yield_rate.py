from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.yield_rate_type import YieldRateType
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

T = TypeVar("T", bound="YieldRate")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "percentage",
        "type",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class YieldRate:
    """
    Attributes:
        percentage (Decimal):
        type_ (None | YieldRateType):
    """

    percentage: Decimal | None
    type_: None | YieldRateType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        percentage__j: Any
        if self.percentage is None:
            percentage__j = None
        else:
            percentage__j = self.percentage

        type___j: None | str
        if isinstance(self.type_, YieldRateType):
            type___j = self.type_.value
        else:
            type___j = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "percentage": percentage__j,
                "type": type___j,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "percentage"
            try:
                percentage__j = src_dict[_src_key]
                percentage__v: Decimal | None
                percentage__v = percentage__j if type(percentage__j) is Decimal else as_decimal(percentage__j)

            except RECOVERABLE as exc:
                percentage__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "type"
            try:
                type___j = src_dict[_src_key]
                type___v = type___j
                if type___v is not None:
                    type___v = _parse_type_(type___v)

            except RECOVERABLE as exc:
                type___v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            percentage__v,
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


def _parse_type_(data: object) -> None | YieldRateType:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = YieldRateType(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


ENUM_KEYS.setdefault(YieldRateType, set()).add("type")
