from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import RECOVERABLE, as_decode_error, type_mismatch

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
    link: LinkCommon
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        holdings = []
        for holdings_item_data in self.holdings:
            holdings_item = holdings_item_data.to_dict()
            holdings.append(holdings_item)

        securities = []
        for securities_item_data in self.securities:
            securities_item = securities_item_data.to_dict()
            securities.append(securities_item)

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        link = self.link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "holdings": holdings,
                "securities": securities,
                "accounts": accounts,
                "link": link,
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
            _src_key = "holdings"
            _holdings = src_dict[_src_key]
            holdings: list[HoldingResponse]
            if type(_holdings) is not list:
                type_mismatch("an array", _holdings)
            holdings = []
            try:
                for holdings_item_data in _holdings:
                    holdings_item = _models.HoldingResponse.from_dict(holdings_item_data)

                    holdings.append(holdings_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(holdings)) from None

            _src_key = "securities"
            _securities = src_dict[_src_key]
            securities: list[SecurityResponse]
            if type(_securities) is not list:
                type_mismatch("an array", _securities)
            securities = []
            try:
                for securities_item_data in _securities:
                    securities_item = _models.SecurityResponse.from_dict(securities_item_data)

                    securities.append(securities_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(securities)) from None

            _src_key = "accounts"
            _accounts = src_dict[_src_key]
            accounts: list[AccountResponse]
            if type(_accounts) is not list:
                type_mismatch("an array", _accounts)
            accounts = []
            try:
                for accounts_item_data in _accounts:
                    accounts_item = _models.AccountResponse.from_dict(accounts_item_data)

                    accounts.append(accounts_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(accounts)) from None

            _src_key = "link"
            _link = src_dict[_src_key]
            link: LinkCommon
            link = _models.LinkCommon.from_dict(_link)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        get_holdings_response = cls(
            holdings,
            securities,
            accounts,
            link,
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
            get_holdings_response.additional_properties = additional_properties
        get_holdings_response.source_json = src_dict
        return get_holdings_response

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
