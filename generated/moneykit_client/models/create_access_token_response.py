from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType
from ..types import RECOVERABLE, as_decode_error, type_mismatch

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
        access_token = self.access_token

        token_type = self.token_type.value

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "expires_in": expires_in,
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
            _access_token = src_dict[_src_key]
            access_token: str
            if type(_access_token) is not str:
                type_mismatch("a string", _access_token)
            access_token = _access_token

            _src_key = "token_type"
            _token_type = src_dict[_src_key]
            token_type: TokenType
            token_type = TokenType(_token_type)

            _src_key = "expires_in"
            _expires_in = src_dict[_src_key]
            expires_in: int
            if type(_expires_in) is not int:
                type_mismatch("an integer", _expires_in)
            expires_in = _expires_in

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        create_access_token_response = cls(
            access_token,
            token_type,
            expires_in,
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
            create_access_token_response.additional_properties = additional_properties
        create_access_token_response.source_json = src_dict
        return create_access_token_response

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
