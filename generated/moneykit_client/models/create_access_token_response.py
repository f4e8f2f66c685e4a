from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    as_decode_error,
    type_mismatch,
)

T = TypeVar("T", bound="CreateAccessTokenResponse")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "access_token",
        "token_type",
        "expires_in",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class CreateAccessTokenResponse:
    """A short-lived access token.

    Attributes:
        access_token (str): The token to send as `Authorization: Bearer <access_token>`.
        token_type (TokenType): Kind of token issued; MoneyKit only issues bearer tokens.
        expires_in (int): Lifetime of the token in seconds, counted from its creation.
    """

    access_token: str
    token_type: TokenType
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        access_token__j = self.access_token

        token_type__j = self.token_type.value

        expires_in__j = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token__j,
                "token_type": token_type__j,
                "expires_in": expires_in__j,
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
            _src_key = "access_token"
            access_token__j = src_dict[_src_key]
            access_token__v: str
            if type(access_token__j) is not str:
                type_mismatch("a string", access_token__j)
            access_token__v = access_token__j

            _src_key = "token_type"
            token_type__j = src_dict[_src_key]
            token_type__v: TokenType
            token_type__v = TokenType(token_type__j)

            _src_key = "expires_in"
            expires_in__j = src_dict[_src_key]
            expires_in__v: int
            if type(expires_in__j) is not int:
                type_mismatch("an integer", expires_in__j)
            expires_in__v = expires_in__j

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            access_token__v,
            token_type__v,
            expires_in__v,
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


ENUM_KEYS.setdefault(TokenType, set()).add("token_type")
