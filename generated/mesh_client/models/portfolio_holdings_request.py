from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.broker_type import BrokerType
from ..types import RECOVERABLE, UNSET, Unset, as_decode_error, type_mismatch

T = TypeVar("T", bound="PortfolioHoldingsRequest")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "authToken",
        "type",
        "includeMarketValue",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class PortfolioHoldingsRequest:
    """Which connection to read, and whether to price the positions.

    Attributes:
        auth_token (str): Per-connection token returned by Mesh Link.
        type_ (BrokerType): Integration (institution kind) behind a connection. Union of every value found in Mesh's
            documents, which keep adding integrations; the generated client accepts unknown values.
        include_market_value (bool | Unset): Ask Mesh to add lastPrice and marketValue to positions it can price.
    """

    auth_token: str
    type_: BrokerType
    include_market_value: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        auth_token = self.auth_token

        type_ = self.type_.value

        include_market_value = self.include_market_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authToken": auth_token,
                "type": type_,
            }
        )
        if include_market_value is not UNSET:
            field_dict["includeMarketValue"] = include_market_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "authToken"
            _auth_token = src_dict[_src_key]
            auth_token: str
            if type(_auth_token) is not str:
                type_mismatch("a string", _auth_token)
            auth_token = _auth_token

            _src_key = "type"
            _type_ = src_dict[_src_key]
            type_: BrokerType
            type_ = BrokerType(_type_)

            _src_key = "includeMarketValue"
            _include_market_value = src_dict.get(_src_key, UNSET)
            include_market_value: bool | Unset
            if type(_include_market_value) is bool:
                include_market_value = _include_market_value

            elif isinstance(_include_market_value, Unset):
                include_market_value = UNSET
            else:
                if type(_include_market_value) is not bool:
                    type_mismatch("a boolean", _include_market_value)
                include_market_value = _include_market_value

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        portfolio_holdings_request = cls(
            auth_token,
            type_,
            include_market_value,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            portfolio_holdings_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        portfolio_holdings_request.source_json = src_dict
        return portfolio_holdings_request

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
