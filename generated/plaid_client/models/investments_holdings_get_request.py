from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    type_mismatch,
)

if TYPE_CHECKING:
    from ..models.investment_holdings_get_request_options import InvestmentHoldingsGetRequestOptions


T = TypeVar("T", bound="InvestmentsHoldingsGetRequest")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "access_token",
        "client_id",
        "secret",
        "options",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class InvestmentsHoldingsGetRequest:
    """
    Attributes:
        access_token (str):
        client_id (str | Unset):
        secret (str | Unset):
        options (InvestmentHoldingsGetRequestOptions | Unset):
    """

    access_token: str
    client_id: str | Unset = UNSET
    secret: str | Unset = UNSET
    options: InvestmentHoldingsGetRequestOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        access_token__j = self.access_token

        client_id__j = self.client_id

        secret__j = self.secret

        options__j: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options__j = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token__j,
            }
        )
        if client_id__j is not UNSET:
            field_dict["client_id"] = client_id__j
        if secret__j is not UNSET:
            field_dict["secret"] = secret__j
        if options__j is not UNSET:
            field_dict["options"] = options__j

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

            _src_key = "secret"
            secret__j = src_dict.get(_src_key, UNSET)
            secret__v: str | Unset
            if type(secret__j) is str:
                secret__v = secret__j

            elif isinstance(secret__j, Unset):
                secret__v = UNSET
            else:
                if type(secret__j) is not str:
                    type_mismatch("a string", secret__j)
                secret__v = secret__j

            _src_key = "options"
            options__j = src_dict.get(_src_key, UNSET)
            options__v: InvestmentHoldingsGetRequestOptions | Unset
            if type(options__j) is dict:
                options__v = _models.InvestmentHoldingsGetRequestOptions.from_dict(options__j)

            elif isinstance(options__j, Unset):
                options__v = UNSET
            else:
                options__v = _models.InvestmentHoldingsGetRequestOptions.from_dict(options__j)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            access_token__v,
            client_id__v,
            secret__v,
            options__v,
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
