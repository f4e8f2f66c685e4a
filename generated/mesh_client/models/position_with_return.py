from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..types import (
    INT_DECIMALS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

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
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        name__j: None | str | Unset
        if isinstance(self.name, Unset):
            name__j = UNSET
        else:
            name__j = self.name

        symbol__j: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol__j = UNSET
        else:
            symbol__j = self.symbol

        amount__j = self.amount

        cost_basis__j: Decimal | None | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis__j = UNSET
        else:
            cost_basis__j = self.cost_basis

        distribution__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.distribution, Unset):
            distribution__j = UNSET
        elif isinstance(self.distribution, list):
            distribution__j = []
            for distribution__j_data in self.distribution:
                distribution__j_item = distribution__j_data.to_dict()
                distribution__j.append(distribution__j_item)

        else:
            distribution__j = self.distribution

        market_value__j: Decimal | None | Unset
        if isinstance(self.market_value, Unset):
            market_value__j = UNSET
        else:
            market_value__j = self.market_value

        last_price__j: Decimal | None | Unset
        if isinstance(self.last_price, Unset):
            last_price__j = UNSET
        else:
            last_price__j = self.last_price

        portfolio_percentage__j: Decimal | None | Unset
        if isinstance(self.portfolio_percentage, Unset):
            portfolio_percentage__j = UNSET
        else:
            portfolio_percentage__j = self.portfolio_percentage

        total_return__j: Decimal | None | Unset
        if isinstance(self.total_return, Unset):
            total_return__j = UNSET
        else:
            total_return__j = self.total_return

        return_percentage__j: Decimal | None | Unset
        if isinstance(self.return_percentage, Unset):
            return_percentage__j = UNSET
        else:
            return_percentage__j = self.return_percentage

        company_name__j: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name__j = UNSET
        else:
            company_name__j = self.company_name

        total_daily_return__j: Decimal | None | Unset
        if isinstance(self.total_daily_return, Unset):
            total_daily_return__j = UNSET
        else:
            total_daily_return__j = self.total_daily_return

        daily_return_percentage__j: Decimal | None | Unset
        if isinstance(self.daily_return_percentage, Unset):
            daily_return_percentage__j = UNSET
        else:
            daily_return_percentage__j = self.daily_return_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name__j is not UNSET:
            field_dict["name"] = name__j
        if symbol__j is not UNSET:
            field_dict["symbol"] = symbol__j
        if amount__j is not UNSET:
            field_dict["amount"] = amount__j
        if cost_basis__j is not UNSET:
            field_dict["costBasis"] = cost_basis__j
        if distribution__j is not UNSET:
            field_dict["distribution"] = distribution__j
        if market_value__j is not UNSET:
            field_dict["marketValue"] = market_value__j
        if last_price__j is not UNSET:
            field_dict["lastPrice"] = last_price__j
        if portfolio_percentage__j is not UNSET:
            field_dict["portfolioPercentage"] = portfolio_percentage__j
        if total_return__j is not UNSET:
            field_dict["totalReturn"] = total_return__j
        if return_percentage__j is not UNSET:
            field_dict["returnPercentage"] = return_percentage__j
        if company_name__j is not UNSET:
            field_dict["companyName"] = company_name__j
        if total_daily_return__j is not UNSET:
            field_dict["totalDailyReturn"] = total_daily_return__j
        if daily_return_percentage__j is not UNSET:
            field_dict["dailyReturnPercentage"] = daily_return_percentage__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "name"
            try:
                name__v = src_dict.get(_src_key, UNSET)
                if type(name__v) is not str and name__v is not None and name__v is not UNSET:
                    name__v = _parse_name(name__v)

            except RECOVERABLE as exc:
                name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "symbol"
            symbol__v = src_dict.get(_src_key, UNSET)
            if type(symbol__v) is not str and symbol__v is not None and symbol__v is not UNSET:
                symbol__v = _parse_symbol(symbol__v)

            _src_key = "amount"
            amount__j = src_dict.get(_src_key, UNSET)
            amount__v: Decimal | Unset
            if type(amount__j) is Decimal:
                amount__v = amount__j

            elif isinstance(amount__j, Unset):
                amount__v = UNSET
            else:
                amount__v = amount__j if type(amount__j) is Decimal else as_decimal(amount__j)

            _src_key = "costBasis"
            try:
                cost_basis__v = src_dict.get(_src_key, UNSET)
                if (
                    type(cost_basis__v) is not Decimal
                    and cost_basis__v is not None
                    and cost_basis__v is not UNSET
                ):
                    cost_basis__v = (
                        INT_DECIMALS[cost_basis__v]
                        if type(cost_basis__v) is int
                        else _parse_cost_basis(cost_basis__v)
                    )

            except RECOVERABLE as exc:
                cost_basis__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "distribution"
            try:
                distribution__v = src_dict.get(_src_key, UNSET)
                if distribution__v is not None and distribution__v is not UNSET:
                    distribution__v = _parse_distribution(distribution__v)

            except RECOVERABLE as exc:
                distribution__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "marketValue"
            try:
                market_value__v = src_dict.get(_src_key, UNSET)
                if (
                    type(market_value__v) is not Decimal
                    and market_value__v is not None
                    and market_value__v is not UNSET
                ):
                    market_value__v = (
                        INT_DECIMALS[market_value__v]
                        if type(market_value__v) is int
                        else _parse_market_value(market_value__v)
                    )

            except RECOVERABLE as exc:
                market_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "lastPrice"
            try:
                last_price__v = src_dict.get(_src_key, UNSET)
                if (
                    type(last_price__v) is not Decimal
                    and last_price__v is not None
                    and last_price__v is not UNSET
                ):
                    last_price__v = (
                        INT_DECIMALS[last_price__v]
                        if type(last_price__v) is int
                        else _parse_last_price(last_price__v)
                    )

            except RECOVERABLE as exc:
                last_price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "portfolioPercentage"
            try:
                portfolio_percentage__v = src_dict.get(_src_key, UNSET)
                if (
                    type(portfolio_percentage__v) is not Decimal
                    and portfolio_percentage__v is not None
                    and portfolio_percentage__v is not UNSET
                ):
                    portfolio_percentage__v = (
                        INT_DECIMALS[portfolio_percentage__v]
                        if type(portfolio_percentage__v) is int
                        else _parse_portfolio_percentage(portfolio_percentage__v)
                    )

            except RECOVERABLE as exc:
                portfolio_percentage__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "totalReturn"
            try:
                total_return__v = src_dict.get(_src_key, UNSET)
                if (
                    type(total_return__v) is not Decimal
                    and total_return__v is not None
                    and total_return__v is not UNSET
                ):
                    total_return__v = (
                        INT_DECIMALS[total_return__v]
                        if type(total_return__v) is int
                        else _parse_total_return(total_return__v)
                    )

            except RECOVERABLE as exc:
                total_return__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "returnPercentage"
            try:
                return_percentage__v = src_dict.get(_src_key, UNSET)
                if (
                    type(return_percentage__v) is not Decimal
                    and return_percentage__v is not None
                    and return_percentage__v is not UNSET
                ):
                    return_percentage__v = (
                        INT_DECIMALS[return_percentage__v]
                        if type(return_percentage__v) is int
                        else _parse_return_percentage(return_percentage__v)
                    )

            except RECOVERABLE as exc:
                return_percentage__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "companyName"
            try:
                company_name__v = src_dict.get(_src_key, UNSET)
                if (
                    type(company_name__v) is not str
                    and company_name__v is not None
                    and company_name__v is not UNSET
                ):
                    company_name__v = _parse_company_name(company_name__v)

            except RECOVERABLE as exc:
                company_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "totalDailyReturn"
            try:
                total_daily_return__v = src_dict.get(_src_key, UNSET)
                if (
                    type(total_daily_return__v) is not Decimal
                    and total_daily_return__v is not None
                    and total_daily_return__v is not UNSET
                ):
                    total_daily_return__v = (
                        INT_DECIMALS[total_daily_return__v]
                        if type(total_daily_return__v) is int
                        else _parse_total_daily_return(total_daily_return__v)
                    )

            except RECOVERABLE as exc:
                total_daily_return__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "dailyReturnPercentage"
            try:
                daily_return_percentage__v = src_dict.get(_src_key, UNSET)
                if (
                    type(daily_return_percentage__v) is not Decimal
                    and daily_return_percentage__v is not None
                    and daily_return_percentage__v is not UNSET
                ):
                    daily_return_percentage__v = (
                        INT_DECIMALS[daily_return_percentage__v]
                        if type(daily_return_percentage__v) is int
                        else _parse_daily_return_percentage(daily_return_percentage__v)
                    )

            except RECOVERABLE as exc:
                daily_return_percentage__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            name__v,
            symbol__v,
            amount__v,
            cost_basis__v,
            distribution__v,
            market_value__v,
            last_price__v,
            portfolio_percentage__v,
            total_return__v,
            return_percentage__v,
            company_name__v,
            total_daily_return__v,
            daily_return_percentage__v,
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
                for variant_1_data in data:
                    variant_1_item = _models.DeFiPositionDistribution.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
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
