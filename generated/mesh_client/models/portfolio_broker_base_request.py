from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.broker_type import BrokerType
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    as_decode_error,
    type_mismatch,
)

T = TypeVar("T", bound="PortfolioBrokerBaseRequest")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "authToken",
        "type",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class PortfolioBrokerBaseRequest:
    """Which connection to read.

    Attributes:
        auth_token (str): Per-connection token returned by Mesh Link.
        type_ (BrokerType): Integration (institution kind) behind a connection. Union of every value found in Mesh's
            documents, which keep adding integrations; the generated client accepts unknown values.
    """

    auth_token: str
    type_: BrokerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        auth_token__j = self.auth_token

        type___j = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authToken": auth_token__j,
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
            _src_key = "authToken"
            auth_token__j = src_dict[_src_key]
            auth_token__v: str
            if type(auth_token__j) is not str:
                type_mismatch("a string", auth_token__j)
            auth_token__v = auth_token__j

            _src_key = "type"
            type___j = src_dict[_src_key]
            type___v: BrokerType
            type___v = BrokerType(type___j)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            auth_token__v,
            type___v,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
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


ENUM_KEYS.setdefault(BrokerType, set()).add("type")
