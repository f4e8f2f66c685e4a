from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_type import GrantType
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    type_mismatch,
)

T = TypeVar("T", bound="CreateAccessTokenRequest")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "grant_type",
        "scope",
        "client_id",
        "client_secret",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class CreateAccessTokenRequest:
    """Form fields of a token request. `client_id` and `client_secret` are needed here only when they
    are not sent as HTTP Basic credentials.

        Attributes:
            grant_type (GrantType): The OAuth 2 grant type of a token request.
            scope (str | Unset): Space-separated list of the actions the token may perform. When left out, the token gets
                every action the application is allowed.
                 Default: ''.
            client_id (str | Unset): The application's client id.
            client_secret (str | Unset): The application's client secret.
    """

    grant_type: GrantType
    scope: str | Unset = ""
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        grant_type__j = self.grant_type.value

        scope__j = self.scope

        client_id__j = self.client_id

        client_secret__j = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type__j,
            }
        )
        if scope__j is not UNSET:
            field_dict["scope"] = scope__j
        if client_id__j is not UNSET:
            field_dict["client_id"] = client_id__j
        if client_secret__j is not UNSET:
            field_dict["client_secret"] = client_secret__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "grant_type"
            grant_type__j = src_dict[_src_key]
            grant_type__v: GrantType
            grant_type__v = GrantType(grant_type__j)

            _src_key = "scope"
            scope__j = src_dict.get(_src_key, UNSET)
            scope__v: str | Unset
            if type(scope__j) is str:
                scope__v = scope__j

            elif isinstance(scope__j, Unset):
                scope__v = UNSET
            else:
                if type(scope__j) is not str:
                    type_mismatch("a string", scope__j)
                scope__v = scope__j

            _src_key = "client_id"
            client_id__j = src_dict.get(_src_key, UNSET)
            client_id__v: str | Unset
            if type(client_id__j) is str:
                client_id__v = client_id__j

            elif isinstance(client_id__j, Unset):
                client_id__v = UNSET
            else:
                if type(client_id__j) is not str:
                    type_mismatch("a string", client_id__j)
                client_id__v = client_id__j

            _src_key = "client_secret"
            client_secret__j = src_dict.get(_src_key, UNSET)
            client_secret__v: str | Unset
            if type(client_secret__j) is str:
                client_secret__v = client_secret__j

            elif isinstance(client_secret__j, Unset):
                client_secret__v = UNSET
            else:
                if type(client_secret__j) is not str:
                    type_mismatch("a string", client_secret__j)
                client_secret__v = client_secret__j

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            grant_type__v,
            scope__v,
            client_id__v,
            client_secret__v,
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


ENUM_KEYS.setdefault(GrantType, set()).add("grant_type")
