from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.nft_order_side import NftOrderSide
from ..types import (
    ENUM_KEYS,
    INT_DECIMALS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

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

    order_side: NftOrderSide | Unset | None = UNSET
    symbol: None | str | Unset = UNSET
    price: Decimal | Unset | None = UNSET
    price_usd: Decimal | None | Unset = UNSET
    amount: Decimal | Unset | None = UNSET
    created_timestamp: int | None | Unset = UNSET
    updated_timestamp: int | None | Unset = UNSET
    symbol_logo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        order_side__j: Any
        if self.order_side is None:
            order_side__j = None
        else:
            order_side__j = UNSET
            if not isinstance(self.order_side, Unset):
                order_side__j = self.order_side.value

        symbol__j: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol__j = UNSET
        else:
            symbol__j = self.symbol

        price__j: Any
        if self.price is None:
            price__j = None
        else:
            price__j = self.price

        price_usd__j: Decimal | None | Unset
        if isinstance(self.price_usd, Unset):
            price_usd__j = UNSET
        else:
            price_usd__j = self.price_usd

        amount__j: Any
        if self.amount is None:
            amount__j = None
        else:
            amount__j = self.amount

        created_timestamp__j: int | None | Unset
        if isinstance(self.created_timestamp, Unset):
            created_timestamp__j = UNSET
        else:
            created_timestamp__j = self.created_timestamp

        updated_timestamp__j: int | None | Unset
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp__j = UNSET
        else:
            updated_timestamp__j = self.updated_timestamp

        symbol_logo__j: None | str | Unset
        if isinstance(self.symbol_logo, Unset):
            symbol_logo__j = UNSET
        else:
            symbol_logo__j = self.symbol_logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_side__j is not UNSET:
            field_dict["orderSide"] = order_side__j
        if symbol__j is not UNSET:
            field_dict["symbol"] = symbol__j
        if price__j is not UNSET:
            field_dict["price"] = price__j
        if price_usd__j is not UNSET:
            field_dict["priceUsd"] = price_usd__j
        if amount__j is not UNSET:
            field_dict["amount"] = amount__j
        if created_timestamp__j is not UNSET:
            field_dict["createdTimestamp"] = created_timestamp__j
        if updated_timestamp__j is not UNSET:
            field_dict["updatedTimestamp"] = updated_timestamp__j
        if symbol_logo__j is not UNSET:
            field_dict["symbolLogo"] = symbol_logo__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "orderSide"
            try:
                order_side__j = src_dict.get(_src_key, UNSET)
                order_side__v: NftOrderSide | Unset | None
                if type(order_side__j) is str:
                    order_side__v = NftOrderSide(order_side__j)

                elif isinstance(order_side__j, Unset):
                    order_side__v = UNSET
                else:
                    order_side__v = NftOrderSide(order_side__j)

            except RECOVERABLE as exc:
                order_side__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "symbol"
            try:
                symbol__v = src_dict.get(_src_key, UNSET)
                if type(symbol__v) is not str and symbol__v is not None and symbol__v is not UNSET:
                    symbol__v = _parse_symbol(symbol__v)

            except RECOVERABLE as exc:
                symbol__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "price"
            try:
                price__j = src_dict.get(_src_key, UNSET)
                price__v: Decimal | Unset | None
                if type(price__j) is Decimal:
                    price__v = price__j

                elif isinstance(price__j, Unset):
                    price__v = UNSET
                else:
                    price__v = price__j if type(price__j) is Decimal else as_decimal(price__j)

            except RECOVERABLE as exc:
                price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "priceUsd"
            try:
                price_usd__v = src_dict.get(_src_key, UNSET)
                if (
                    type(price_usd__v) is not Decimal
                    and price_usd__v is not None
                    and price_usd__v is not UNSET
                ):
                    price_usd__v = (
                        INT_DECIMALS[price_usd__v]
                        if type(price_usd__v) is int
                        else _parse_price_usd(price_usd__v)
                    )

            except RECOVERABLE as exc:
                price_usd__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "amount"
            try:
                amount__j = src_dict.get(_src_key, UNSET)
                amount__v: Decimal | Unset | None
                if type(amount__j) is Decimal:
                    amount__v = amount__j

                elif isinstance(amount__j, Unset):
                    amount__v = UNSET
                else:
                    amount__v = amount__j if type(amount__j) is Decimal else as_decimal(amount__j)

            except RECOVERABLE as exc:
                amount__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "createdTimestamp"
            try:
                created_timestamp__v = src_dict.get(_src_key, UNSET)
                if created_timestamp__v is not None and created_timestamp__v is not UNSET:
                    created_timestamp__v = _parse_created_timestamp(created_timestamp__v)

            except RECOVERABLE as exc:
                created_timestamp__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "updatedTimestamp"
            try:
                updated_timestamp__v = src_dict.get(_src_key, UNSET)
                if updated_timestamp__v is not None and updated_timestamp__v is not UNSET:
                    updated_timestamp__v = _parse_updated_timestamp(updated_timestamp__v)

            except RECOVERABLE as exc:
                updated_timestamp__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "symbolLogo"
            try:
                symbol_logo__v = src_dict.get(_src_key, UNSET)
                if (
                    type(symbol_logo__v) is not str
                    and symbol_logo__v is not None
                    and symbol_logo__v is not UNSET
                ):
                    symbol_logo__v = _parse_symbol_logo(symbol_logo__v)

            except RECOVERABLE as exc:
                symbol_logo__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            order_side__v,
            symbol__v,
            price__v,
            price_usd__v,
            amount__v,
            created_timestamp__v,
            updated_timestamp__v,
            symbol_logo__v,
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


ENUM_KEYS.setdefault(NftOrderSide, set()).add("orderSide")
