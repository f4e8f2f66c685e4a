from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    RECOVERABLE,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

if TYPE_CHECKING:
    from ..models.account_response import AccountResponse
    from ..models.holding_response import HoldingResponse
    from ..models.link_common import LinkCommon
    from ..models.security_response import SecurityResponse


T = TypeVar("T", bound="GetHoldingsResponse")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "holdings",
        "securities",
        "accounts",
        "link",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class GetHoldingsResponse:
    """The holdings of a link, with the securities and accounts they refer to.

    Attributes:
        holdings (list[HoldingResponse]): One entry per position in one of the link's investment accounts.
        securities (list[SecurityResponse]): The securities referenced by `holdings[].security_id`.
        accounts (list[AccountResponse]): The accounts whose holdings are listed.
        link (LinkCommon): The connection to one institution for one end user.
    """

    holdings: list[HoldingResponse]
    securities: list[SecurityResponse]
    accounts: list[AccountResponse]
    link: LinkCommon | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        holdings__j = []
        for holdings__j_data in self.holdings:
            holdings__j_item = holdings__j_data.to_dict()
            holdings__j.append(holdings__j_item)

        securities__j = []
        for securities__j_data in self.securities:
            securities__j_item = securities__j_data.to_dict()
            securities__j.append(securities__j_item)

        accounts__j = []
        for accounts__j_data in self.accounts:
            accounts__j_item = accounts__j_data.to_dict()
            accounts__j.append(accounts__j_item)

        link__j: Any
        if self.link is None:
            link__j = None
        else:
            link__j = self.link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "holdings": holdings__j,
                "securities": securities__j,
                "accounts": accounts__j,
                "link": link__j,
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
            _src_key = "holdings"
            holdings__j = src_dict[_src_key]
            holdings__v: list[HoldingResponse]
            if type(holdings__j) is not list:
                type_mismatch("an array", holdings__j)
            holdings__v = []
            try:
                for holdings__v_data in holdings__j:
                    holdings__v_item = _models.HoldingResponse.from_dict(holdings__v_data)

                    holdings__v.append(holdings__v_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(holdings__v)) from None

            _src_key = "securities"
            securities__j = src_dict[_src_key]
            securities__v: list[SecurityResponse]
            if type(securities__j) is not list:
                type_mismatch("an array", securities__j)
            securities__v = []
            try:
                for securities__v_data in securities__j:
                    securities__v_item = _models.SecurityResponse.from_dict(securities__v_data)

                    securities__v.append(securities__v_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(securities__v)) from None

            _src_key = "accounts"
            accounts__j = src_dict[_src_key]
            accounts__v: list[AccountResponse]
            if type(accounts__j) is not list:
                type_mismatch("an array", accounts__j)
            accounts__v = []
            try:
                for accounts__v_data in accounts__j:
                    accounts__v_item = _models.AccountResponse.from_dict(accounts__v_data)

                    accounts__v.append(accounts__v_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(accounts__v)) from None

            _src_key = "link"
            try:
                link__j = src_dict[_src_key]
                link__v: LinkCommon | None
                link__v = _models.LinkCommon.from_dict(link__j)

            except RECOVERABLE as exc:
                link__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            holdings__v,
            securities__v,
            accounts__v,
            link__v,
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
