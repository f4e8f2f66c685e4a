from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_type import GrantType
from ..types import RECOVERABLE, UNSET, Unset, as_decode_error, type_mismatch

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
        grant_type = self.grant_type.value

        scope = self.scope

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "grant_type"
            _grant_type = src_dict[_src_key]
            grant_type: GrantType
            grant_type = GrantType(_grant_type)

            _src_key = "scope"
            _scope = src_dict.get(_src_key, UNSET)
            scope: str | Unset
            if type(_scope) is str:
                scope = _scope

            elif isinstance(_scope, Unset):
                scope = UNSET
            else:
                if type(_scope) is not str:
                    type_mismatch("a string", _scope)
                scope = _scope

            _src_key = "client_id"
            _client_id = src_dict.get(_src_key, UNSET)
            client_id: str | Unset
            if type(_client_id) is str:
                client_id = _client_id

            elif isinstance(_client_id, Unset):
                client_id = UNSET
            else:
                if type(_client_id) is not str:
                    type_mismatch("a string", _client_id)
                client_id = _client_id

            _src_key = "client_secret"
            _client_secret = src_dict.get(_src_key, UNSET)
            client_secret: str | Unset
            if type(_client_secret) is str:
                client_secret = _client_secret

            elif isinstance(_client_secret, Unset):
                client_secret = UNSET
            else:
                if type(_client_secret) is not str:
                    type_mismatch("a string", _client_secret)
                client_secret = _client_secret

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        create_access_token_request = cls(
            grant_type,
            scope,
            client_id,
            client_secret,
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
            create_access_token_request.additional_properties = additional_properties
        create_access_token_request.source_json = src_dict
        return create_access_token_request

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
