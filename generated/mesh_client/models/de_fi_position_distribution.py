from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import (
    RECOVERABLE,
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

T = TypeVar("T", bound="DeFiPositionDistribution")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "caipNetworkId",
        "address",
        "amount",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class DeFiPositionDistribution:
    """The part of a self-custody position held at one address on one network.

    Attributes:
        caip_network_id (None | str): CAIP-2 identifier of the network, e.g. `eip155:1`.
        address (None | str): Wallet address on that network.
        amount (Decimal): Quantity held at this address on this network.
    """

    caip_network_id: None | str
    address: None | str
    amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        caip_network_id__j: None | str
        caip_network_id__j = self.caip_network_id

        address__j: None | str
        address__j = self.address

        amount__j = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caipNetworkId": caip_network_id__j,
                "address": address__j,
                "amount": amount__j,
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
            _src_key = "caipNetworkId"
            try:
                caip_network_id__j = src_dict[_src_key]
                caip_network_id__v = caip_network_id__j
                if type(caip_network_id__v) is not str and caip_network_id__v is not None:
                    caip_network_id__v = _parse_caip_network_id(caip_network_id__v)

            except RECOVERABLE as exc:
                caip_network_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "address"
            try:
                address__j = src_dict[_src_key]
                address__v = address__j
                if type(address__v) is not str and address__v is not None:
                    address__v = _parse_address(address__v)

            except RECOVERABLE as exc:
                address__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "amount"
            amount__j = src_dict[_src_key]
            amount__v: Decimal
            amount__v = amount__j if type(amount__j) is Decimal else as_decimal(amount__j)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            caip_network_id__v,
            address__v,
            amount__v,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
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


def _parse_caip_network_id(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_address(data: object) -> None | str:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)
