from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..types import INT_DECIMALS, RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

if TYPE_CHECKING:
    from ..models.de_fi_position_distribution import DeFiPositionDistribution


T = TypeVar("T", bound="PositionWithMarketValue")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "symbol",
        "amount",
        "costBasis",
        "distribution",
        "marketValue",
        "lastPrice",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class PositionWithMarketValue:
    """A position, optionally priced (see includeMarketValue).

    Attributes:
        name (None | str | Unset): Asset name.
        symbol (None | str | Unset): Asset ticker.
        amount (Decimal | Unset): Quantity held.
        cost_basis (Decimal | None | Unset): Documented by Mesh as the total original value (purchase price) of the
            position, but Mesh's own examples read like a per-unit price. The adapter decides which reading to apply, per
            endpoint.
        distribution (list[DeFiPositionDistribution] | None | Unset): How the amount splits over networks and addresses;
            only for self-custody wallets.
        market_value (Decimal | None | Unset): Amount times last price; absent or null when Mesh could not price the
            asset.
        last_price (Decimal | None | Unset): Latest known price of one unit; absent or null when unknown.
    """

    name: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    cost_basis: Decimal | None | Unset = UNSET
    distribution: list[DeFiPositionDistribution] | None | Unset = UNSET
    market_value: Decimal | None | Unset = UNSET
    last_price: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        amount = self.amount

        cost_basis: Decimal | None | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = self.cost_basis

        distribution: list[dict[str, Any]] | None | Unset
        if isinstance(self.distribution, Unset):
            distribution = UNSET
        elif isinstance(self.distribution, list):
            distribution = []
            for distribution_type_0_item_data in self.distribution:
                distribution_type_0_item = distribution_type_0_item_data.to_dict()
                distribution.append(distribution_type_0_item)

        else:
            distribution = self.distribution

        market_value: Decimal | None | Unset
        if isinstance(self.market_value, Unset):
            market_value = UNSET
        else:
            market_value = self.market_value

        last_price: Decimal | None | Unset
        if isinstance(self.last_price, Unset):
            last_price = UNSET
        else:
            last_price = self.last_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_basis is not UNSET:
            field_dict["costBasis"] = cost_basis
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if market_value is not UNSET:
            field_dict["marketValue"] = market_value
        if last_price is not UNSET:
            field_dict["lastPrice"] = last_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "name"
            name = src_dict.get(_src_key, UNSET)
            if type(name) is not str and name is not None and name is not UNSET:
                name = _parse_name(name)

            _src_key = "symbol"
            symbol = src_dict.get(_src_key, UNSET)
            if type(symbol) is not str and symbol is not None and symbol is not UNSET:
                symbol = _parse_symbol(symbol)

            _src_key = "amount"
            _amount = src_dict.get(_src_key, UNSET)
            amount: Decimal | Unset
            if type(_amount) is Decimal:
                amount = _amount

            elif isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = _amount if type(_amount) is Decimal else as_decimal(_amount)

            _src_key = "costBasis"
            cost_basis = src_dict.get(_src_key, UNSET)
            if type(cost_basis) is not Decimal and cost_basis is not None and cost_basis is not UNSET:
                cost_basis = (
                    INT_DECIMALS[cost_basis] if type(cost_basis) is int else _parse_cost_basis(cost_basis)
                )

            _src_key = "distribution"
            distribution = src_dict.get(_src_key, UNSET)
            if distribution is not None and distribution is not UNSET:
                distribution = _parse_distribution(distribution)

            _src_key = "marketValue"
            market_value = src_dict.get(_src_key, UNSET)
            if type(market_value) is not Decimal and market_value is not None and market_value is not UNSET:
                market_value = (
                    INT_DECIMALS[market_value]
                    if type(market_value) is int
                    else _parse_market_value(market_value)
                )

            _src_key = "lastPrice"
            last_price = src_dict.get(_src_key, UNSET)
            if type(last_price) is not Decimal and last_price is not None and last_price is not UNSET:
                last_price = (
                    INT_DECIMALS[last_price] if type(last_price) is int else _parse_last_price(last_price)
                )

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        position_with_market_value = cls(
            name,
            symbol,
            amount,
            cost_basis,
            distribution,
            market_value,
            last_price,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            position_with_market_value.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        position_with_market_value.source_json = src_dict
        return position_with_market_value

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


def _parse_name(data: object) -> None | str | Unset:
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


def _parse_cost_basis(data: object) -> Decimal | None | Unset:
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


def _parse_distribution(data: object) -> list[DeFiPositionDistribution] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for distribution_type_0_item_data in data:
                    distribution_type_0_item = _models.DeFiPositionDistribution.from_dict(
                        distribution_type_0_item_data
                    )

                    variant_1.append(distribution_type_0_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_market_value(data: object) -> Decimal | None | Unset:
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


def _parse_last_price(data: object) -> Decimal | None | Unset:
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
