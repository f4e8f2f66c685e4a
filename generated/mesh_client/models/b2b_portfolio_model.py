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
    from ..models.nft_position_with_market_values import NftPositionWithMarketValues
    from ..models.position_with_return import PositionWithReturn


T = TypeVar("T", bound="B2BPortfolioModel")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "portfolioCostBasis",
        "actualPortfolioPerformance",
        "equitiesValue",
        "cryptocurrenciesValue",
        "nftsValue",
        "equityPositions",
        "cryptocurrencyPositions",
        "nftPositions",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class B2BPortfolioModel:
    """One portfolio combining every account of an end user.

    Attributes:
        portfolio_cost_basis (Decimal | None | Unset): What was paid for all positions together.
        actual_portfolio_performance (Decimal | None | Unset): Performance of the portfolio relative to its cost basis.
        equities_value (Decimal | Unset): USD value of all equity positions (price times amount), cash excluded.
        cryptocurrencies_value (Decimal | Unset): USD value of all cryptocurrency positions.
        nfts_value (Decimal | Unset): USD value of all NFT positions.
        equity_positions (list[PositionWithReturn] | None | Unset): Equity positions.
        cryptocurrency_positions (list[PositionWithReturn] | None | Unset): Cryptocurrency positions.
        nft_positions (list[NftPositionWithMarketValues] | None | Unset): NFT positions.
    """

    portfolio_cost_basis: Decimal | None | Unset = UNSET
    actual_portfolio_performance: Decimal | None | Unset = UNSET
    equities_value: Decimal | Unset | None = UNSET
    cryptocurrencies_value: Decimal | Unset | None = UNSET
    nfts_value: Decimal | Unset | None = UNSET
    equity_positions: list[PositionWithReturn] | None | Unset = UNSET
    cryptocurrency_positions: list[PositionWithReturn] | None | Unset = UNSET
    nft_positions: list[NftPositionWithMarketValues] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        portfolio_cost_basis__j: Decimal | None | Unset
        if isinstance(self.portfolio_cost_basis, Unset):
            portfolio_cost_basis__j = UNSET
        else:
            portfolio_cost_basis__j = self.portfolio_cost_basis

        actual_portfolio_performance__j: Decimal | None | Unset
        if isinstance(self.actual_portfolio_performance, Unset):
            actual_portfolio_performance__j = UNSET
        else:
            actual_portfolio_performance__j = self.actual_portfolio_performance

        equities_value__j: Any
        if self.equities_value is None:
            equities_value__j = None
        else:
            equities_value__j = self.equities_value

        cryptocurrencies_value__j: Any
        if self.cryptocurrencies_value is None:
            cryptocurrencies_value__j = None
        else:
            cryptocurrencies_value__j = self.cryptocurrencies_value

        nfts_value__j: Any
        if self.nfts_value is None:
            nfts_value__j = None
        else:
            nfts_value__j = self.nfts_value

        equity_positions__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.equity_positions, Unset):
            equity_positions__j = UNSET
        elif isinstance(self.equity_positions, list):
            equity_positions__j = []
            for equity_positions__j_data in self.equity_positions:
                equity_positions__j_item = equity_positions__j_data.to_dict()
                equity_positions__j.append(equity_positions__j_item)

        else:
            equity_positions__j = self.equity_positions

        cryptocurrency_positions__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.cryptocurrency_positions, Unset):
            cryptocurrency_positions__j = UNSET
        elif isinstance(self.cryptocurrency_positions, list):
            cryptocurrency_positions__j = []
            for cryptocurrency_positions__j_data in self.cryptocurrency_positions:
                cryptocurrency_positions__j_item = cryptocurrency_positions__j_data.to_dict()
                cryptocurrency_positions__j.append(cryptocurrency_positions__j_item)

        else:
            cryptocurrency_positions__j = self.cryptocurrency_positions

        nft_positions__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.nft_positions, Unset):
            nft_positions__j = UNSET
        elif isinstance(self.nft_positions, list):
            nft_positions__j = []
            for nft_positions__j_data in self.nft_positions:
                nft_positions__j_item = nft_positions__j_data.to_dict()
                nft_positions__j.append(nft_positions__j_item)

        else:
            nft_positions__j = self.nft_positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if portfolio_cost_basis__j is not UNSET:
            field_dict["portfolioCostBasis"] = portfolio_cost_basis__j
        if actual_portfolio_performance__j is not UNSET:
            field_dict["actualPortfolioPerformance"] = actual_portfolio_performance__j
        if equities_value__j is not UNSET:
            field_dict["equitiesValue"] = equities_value__j
        if cryptocurrencies_value__j is not UNSET:
            field_dict["cryptocurrenciesValue"] = cryptocurrencies_value__j
        if nfts_value__j is not UNSET:
            field_dict["nftsValue"] = nfts_value__j
        if equity_positions__j is not UNSET:
            field_dict["equityPositions"] = equity_positions__j
        if cryptocurrency_positions__j is not UNSET:
            field_dict["cryptocurrencyPositions"] = cryptocurrency_positions__j
        if nft_positions__j is not UNSET:
            field_dict["nftPositions"] = nft_positions__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "portfolioCostBasis"
            try:
                portfolio_cost_basis__v = src_dict.get(_src_key, UNSET)
                if (
                    type(portfolio_cost_basis__v) is not Decimal
                    and portfolio_cost_basis__v is not None
                    and portfolio_cost_basis__v is not UNSET
                ):
                    portfolio_cost_basis__v = (
                        INT_DECIMALS[portfolio_cost_basis__v]
                        if type(portfolio_cost_basis__v) is int
                        else _parse_portfolio_cost_basis(portfolio_cost_basis__v)
                    )

            except RECOVERABLE as exc:
                portfolio_cost_basis__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "actualPortfolioPerformance"
            try:
                actual_portfolio_performance__v = src_dict.get(_src_key, UNSET)
                if (
                    type(actual_portfolio_performance__v) is not Decimal
                    and actual_portfolio_performance__v is not None
                    and actual_portfolio_performance__v is not UNSET
                ):
                    actual_portfolio_performance__v = (
                        INT_DECIMALS[actual_portfolio_performance__v]
                        if type(actual_portfolio_performance__v) is int
                        else _parse_actual_portfolio_performance(actual_portfolio_performance__v)
                    )

            except RECOVERABLE as exc:
                actual_portfolio_performance__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "equitiesValue"
            try:
                equities_value__j = src_dict.get(_src_key, UNSET)
                equities_value__v: Decimal | Unset | None
                if type(equities_value__j) is Decimal:
                    equities_value__v = equities_value__j

                elif isinstance(equities_value__j, Unset):
                    equities_value__v = UNSET
                else:
                    equities_value__v = (
                        equities_value__j
                        if type(equities_value__j) is Decimal
                        else as_decimal(equities_value__j)
                    )

            except RECOVERABLE as exc:
                equities_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cryptocurrenciesValue"
            try:
                cryptocurrencies_value__j = src_dict.get(_src_key, UNSET)
                cryptocurrencies_value__v: Decimal | Unset | None
                if type(cryptocurrencies_value__j) is Decimal:
                    cryptocurrencies_value__v = cryptocurrencies_value__j

                elif isinstance(cryptocurrencies_value__j, Unset):
                    cryptocurrencies_value__v = UNSET
                else:
                    cryptocurrencies_value__v = (
                        cryptocurrencies_value__j
                        if type(cryptocurrencies_value__j) is Decimal
                        else as_decimal(cryptocurrencies_value__j)
                    )

            except RECOVERABLE as exc:
                cryptocurrencies_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "nftsValue"
            try:
                nfts_value__j = src_dict.get(_src_key, UNSET)
                nfts_value__v: Decimal | Unset | None
                if type(nfts_value__j) is Decimal:
                    nfts_value__v = nfts_value__j

                elif isinstance(nfts_value__j, Unset):
                    nfts_value__v = UNSET
                else:
                    nfts_value__v = (
                        nfts_value__j if type(nfts_value__j) is Decimal else as_decimal(nfts_value__j)
                    )

            except RECOVERABLE as exc:
                nfts_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "equityPositions"
            equity_positions__v = src_dict.get(_src_key, UNSET)
            if equity_positions__v is not None and equity_positions__v is not UNSET:
                equity_positions__v = _parse_equity_positions(equity_positions__v)

            _src_key = "cryptocurrencyPositions"
            cryptocurrency_positions__v = src_dict.get(_src_key, UNSET)
            if cryptocurrency_positions__v is not None and cryptocurrency_positions__v is not UNSET:
                cryptocurrency_positions__v = _parse_cryptocurrency_positions(cryptocurrency_positions__v)

            _src_key = "nftPositions"
            nft_positions__v = src_dict.get(_src_key, UNSET)
            if nft_positions__v is not None and nft_positions__v is not UNSET:
                nft_positions__v = _parse_nft_positions(nft_positions__v)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            portfolio_cost_basis__v,
            actual_portfolio_performance__v,
            equities_value__v,
            cryptocurrencies_value__v,
            nfts_value__v,
            equity_positions__v,
            cryptocurrency_positions__v,
            nft_positions__v,
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


def _parse_portfolio_cost_basis(data: object) -> Decimal | None | Unset:
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


def _parse_actual_portfolio_performance(data: object) -> Decimal | None | Unset:
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


def _parse_equity_positions(data: object) -> list[PositionWithReturn] | None | Unset:
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
                    variant_1_item = _models.PositionWithReturn.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_cryptocurrency_positions(data: object) -> list[PositionWithReturn] | None | Unset:
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
                    variant_1_item = _models.PositionWithReturn.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_nft_positions(data: object) -> list[NftPositionWithMarketValues] | None | Unset:
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
                    variant_1_item = _models.NftPositionWithMarketValues.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)
