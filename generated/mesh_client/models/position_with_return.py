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


T = TypeVar("T", bound="PositionWithReturn")

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
        "portfolioPercentage",
        "totalReturn",
        "returnPercentage",
        "companyName",
        "totalDailyReturn",
        "dailyReturnPercentage",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class PositionWithReturn:
    """A position of the aggregated portfolio with its valuation and return figures.

    Attributes:
        name (None | str | Unset): Asset name.
        symbol (None | str | Unset): Asset ticker.
        amount (Decimal | Unset): Quantity held.
        cost_basis (Decimal | None | Unset): Documented by Mesh as the total original value (purchase price) of the
            position, but Mesh's own examples read like a per-unit price. The adapter decides which reading to apply, per
            endpoint.
        distribution (list[DeFiPositionDistribution] | None | Unset): How the amount splits over networks and addresses;
            only for self-custody wallets.
        market_value (Decimal | None | Unset): Amount times last price.
        last_price (Decimal | None | Unset): Latest known price of one unit.
        portfolio_percentage (Decimal | None | Unset): Share of the total portfolio value held in this asset, in
            percent.
        total_return (Decimal | None | Unset): Gain or loss against cost basis; may be negative, null when cost basis is
            unknown.
        return_percentage (Decimal | None | Unset): totalReturn in percent of cost basis; may be negative or null.
        company_name (None | str | Unset): Name of the company or project behind the asset.
        total_daily_return (Decimal | None | Unset): Gain or loss since the start of the day; may be negative.
        daily_return_percentage (Decimal | None | Unset): totalDailyReturn in percent; may be negative.
    """

    name: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    cost_basis: Decimal | None | Unset = UNSET
    distribution: list[DeFiPositionDistribution] | None | Unset = UNSET
    market_value: Decimal | None | Unset = UNSET
    last_price: Decimal | None | Unset = UNSET
    portfolio_percentage: Decimal | None | Unset = UNSET
    total_return: Decimal | None | Unset = UNSET
    return_percentage: Decimal | None | Unset = UNSET
    company_name: None | str | Unset = UNSET
    total_daily_return: Decimal | None | Unset = UNSET
    daily_return_percentage: Decimal | None | Unset = UNSET
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

        portfolio_percentage: Decimal | None | Unset
        if isinstance(self.portfolio_percentage, Unset):
            portfolio_percentage = UNSET
        else:
            portfolio_percentage = self.portfolio_percentage

        total_return: Decimal | None | Unset
        if isinstance(self.total_return, Unset):
            total_return = UNSET
        else:
            total_return = self.total_return

        return_percentage: Decimal | None | Unset
        if isinstance(self.return_percentage, Unset):
            return_percentage = UNSET
        else:
            return_percentage = self.return_percentage

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        total_daily_return: Decimal | None | Unset
        if isinstance(self.total_daily_return, Unset):
            total_daily_return = UNSET
        else:
            total_daily_return = self.total_daily_return

        daily_return_percentage: Decimal | None | Unset
        if isinstance(self.daily_return_percentage, Unset):
            daily_return_percentage = UNSET
        else:
            daily_return_percentage = self.daily_return_percentage

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
        if portfolio_percentage is not UNSET:
            field_dict["portfolioPercentage"] = portfolio_percentage
        if total_return is not UNSET:
            field_dict["totalReturn"] = total_return
        if return_percentage is not UNSET:
            field_dict["returnPercentage"] = return_percentage
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if total_daily_return is not UNSET:
            field_dict["totalDailyReturn"] = total_daily_return
        if daily_return_percentage is not UNSET:
            field_dict["dailyReturnPercentage"] = daily_return_percentage

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

            _src_key = "portfolioPercentage"
            portfolio_percentage = src_dict.get(_src_key, UNSET)
            if (
                type(portfolio_percentage) is not Decimal
                and portfolio_percentage is not None
                and portfolio_percentage is not UNSET
            ):
                portfolio_percentage = (
                    INT_DECIMALS[portfolio_percentage]
                    if type(portfolio_percentage) is int
                    else _parse_portfolio_percentage(portfolio_percentage)
                )

            _src_key = "totalReturn"
            total_return = src_dict.get(_src_key, UNSET)
            if type(total_return) is not Decimal and total_return is not None and total_return is not UNSET:
                total_return = (
                    INT_DECIMALS[total_return]
                    if type(total_return) is int
                    else _parse_total_return(total_return)
                )

            _src_key = "returnPercentage"
            return_percentage = src_dict.get(_src_key, UNSET)
            if (
                type(return_percentage) is not Decimal
                and return_percentage is not None
                and return_percentage is not UNSET
            ):
                return_percentage = (
                    INT_DECIMALS[return_percentage]
                    if type(return_percentage) is int
                    else _parse_return_percentage(return_percentage)
                )

            _src_key = "companyName"
            company_name = src_dict.get(_src_key, UNSET)
            if type(company_name) is not str and company_name is not None and company_name is not UNSET:
                company_name = _parse_company_name(company_name)

            _src_key = "totalDailyReturn"
            total_daily_return = src_dict.get(_src_key, UNSET)
            if (
                type(total_daily_return) is not Decimal
                and total_daily_return is not None
                and total_daily_return is not UNSET
            ):
                total_daily_return = (
                    INT_DECIMALS[total_daily_return]
                    if type(total_daily_return) is int
                    else _parse_total_daily_return(total_daily_return)
                )

            _src_key = "dailyReturnPercentage"
            daily_return_percentage = src_dict.get(_src_key, UNSET)
            if (
                type(daily_return_percentage) is not Decimal
                and daily_return_percentage is not None
                and daily_return_percentage is not UNSET
            ):
                daily_return_percentage = (
                    INT_DECIMALS[daily_return_percentage]
                    if type(daily_return_percentage) is int
                    else _parse_daily_return_percentage(daily_return_percentage)
                )

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        position_with_return = cls(
            name,
            symbol,
            amount,
            cost_basis,
            distribution,
            market_value,
            last_price,
            portfolio_percentage,
            total_return,
            return_percentage,
            company_name,
            total_daily_return,
            daily_return_percentage,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            position_with_return.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        position_with_return.source_json = src_dict
        return position_with_return

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


def _parse_portfolio_percentage(data: object) -> Decimal | None | Unset:
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


def _parse_total_return(data: object) -> Decimal | None | Unset:
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


def _parse_return_percentage(data: object) -> Decimal | None | Unset:
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


def _parse_company_name(data: object) -> None | str | Unset:
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


def _parse_total_daily_return(data: object) -> Decimal | None | Unset:
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


def _parse_daily_return_percentage(data: object) -> Decimal | None | Unset:
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
