from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.nft_order_side import NftOrderSide
from ..types import INT_DECIMALS, RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

T = TypeVar("T", bound="NftOrder")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "orderSide",
        "symbol",
        "price",
        "priceUsd",
        "amount",
        "createdTimestamp",
        "updatedTimestamp",
        "symbolLogo",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class NftOrder:
    """An offer for, or a sale of, an NFT.

    Attributes:
        order_side (NftOrderSide | Unset): Side of an NFT order.
        symbol (None | str | Unset):
        price (Decimal | Unset):
        price_usd (Decimal | None | Unset):
        amount (Decimal | Unset):
        created_timestamp (int | None | Unset):
        updated_timestamp (int | None | Unset):
        symbol_logo (None | str | Unset):
    """

    order_side: NftOrderSide | Unset = UNSET
    symbol: None | str | Unset = UNSET
    price: Decimal | Unset = UNSET
    price_usd: Decimal | None | Unset = UNSET
    amount: Decimal | Unset = UNSET
    created_timestamp: int | None | Unset = UNSET
    updated_timestamp: int | None | Unset = UNSET
    symbol_logo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        order_side: str | Unset = UNSET
        if not isinstance(self.order_side, Unset):
            order_side = self.order_side.value

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        price = self.price

        price_usd: Decimal | None | Unset
        if isinstance(self.price_usd, Unset):
            price_usd = UNSET
        else:
            price_usd = self.price_usd

        amount = self.amount

        created_timestamp: int | None | Unset
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: int | None | Unset
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        symbol_logo: None | str | Unset
        if isinstance(self.symbol_logo, Unset):
            symbol_logo = UNSET
        else:
            symbol_logo = self.symbol_logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_side is not UNSET:
            field_dict["orderSide"] = order_side
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if price is not UNSET:
            field_dict["price"] = price
        if price_usd is not UNSET:
            field_dict["priceUsd"] = price_usd
        if amount is not UNSET:
            field_dict["amount"] = amount
        if created_timestamp is not UNSET:
            field_dict["createdTimestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updatedTimestamp"] = updated_timestamp
        if symbol_logo is not UNSET:
            field_dict["symbolLogo"] = symbol_logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "orderSide"
            _order_side = src_dict.get(_src_key, UNSET)
            order_side: NftOrderSide | Unset
            if type(_order_side) is str:
                order_side = NftOrderSide(_order_side)

            elif isinstance(_order_side, Unset):
                order_side = UNSET
            else:
                order_side = NftOrderSide(_order_side)

            _src_key = "symbol"
            symbol = src_dict.get(_src_key, UNSET)
            if type(symbol) is not str and symbol is not None and symbol is not UNSET:
                symbol = _parse_symbol(symbol)

            _src_key = "price"
            _price = src_dict.get(_src_key, UNSET)
            price: Decimal | Unset
            if type(_price) is Decimal:
                price = _price

            elif isinstance(_price, Unset):
                price = UNSET
            else:
                price = _price if type(_price) is Decimal else as_decimal(_price)

            _src_key = "priceUsd"
            price_usd = src_dict.get(_src_key, UNSET)
            if type(price_usd) is not Decimal and price_usd is not None and price_usd is not UNSET:
                price_usd = INT_DECIMALS[price_usd] if type(price_usd) is int else _parse_price_usd(price_usd)

            _src_key = "amount"
            _amount = src_dict.get(_src_key, UNSET)
            amount: Decimal | Unset
            if type(_amount) is Decimal:
                amount = _amount

            elif isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = _amount if type(_amount) is Decimal else as_decimal(_amount)

            _src_key = "createdTimestamp"
            created_timestamp = src_dict.get(_src_key, UNSET)
            if created_timestamp is not None and created_timestamp is not UNSET:
                created_timestamp = _parse_created_timestamp(created_timestamp)

            _src_key = "updatedTimestamp"
            updated_timestamp = src_dict.get(_src_key, UNSET)
            if updated_timestamp is not None and updated_timestamp is not UNSET:
                updated_timestamp = _parse_updated_timestamp(updated_timestamp)

            _src_key = "symbolLogo"
            symbol_logo = src_dict.get(_src_key, UNSET)
            if type(symbol_logo) is not str and symbol_logo is not None and symbol_logo is not UNSET:
                symbol_logo = _parse_symbol_logo(symbol_logo)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        nft_order = cls(
            order_side,
            symbol,
            price,
            price_usd,
            amount,
            created_timestamp,
            updated_timestamp,
            symbol_logo,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            nft_order.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        nft_order.source_json = src_dict
        return nft_order

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


def _parse_symbol(data: object) -> None | str | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
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


def _parse_price_usd(data: object) -> Decimal | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or null", data)


def _parse_created_timestamp(data: object) -> int | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is int:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("integer or null", data)


def _parse_updated_timestamp(data: object) -> int | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is int:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("integer or null", data)


def _parse_symbol_logo(data: object) -> None | str | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
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
