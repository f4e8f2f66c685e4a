from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

T = TypeVar("T", bound="BrokerPortfolioValueModel")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "totalValue",
        "totalPerformance",
        "equitiesValue",
        "equitiesPerformance",
        "cryptocurrenciesValue",
        "cryptocurrenciesPerformance",
        "nftsValue",
        "fiatValue",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class BrokerPortfolioValueModel:
    """USD totals of one account. totalValue is the sum of the four class values; performance figures are percentages
    against cost basis.

        Attributes:
            total_value (Decimal | Unset): USD value of everything in the account.
            total_performance (Decimal | Unset): Overall performance in percent against cost basis.
            equities_value (Decimal | Unset): USD value of the equities.
            equities_performance (Decimal | Unset): Performance of the equities in percent against cost basis.
            cryptocurrencies_value (Decimal | Unset): USD value of the cryptocurrencies.
            cryptocurrencies_performance (Decimal | Unset): Performance of the cryptocurrencies in percent against cost
                basis.
            nfts_value (Decimal | Unset): USD value of the NFTs.
            fiat_value (Decimal | Unset): USD value of the fiat currencies.
    """

    total_value: Decimal | Unset = UNSET
    total_performance: Decimal | Unset = UNSET
    equities_value: Decimal | Unset = UNSET
    equities_performance: Decimal | Unset = UNSET
    cryptocurrencies_value: Decimal | Unset = UNSET
    cryptocurrencies_performance: Decimal | Unset = UNSET
    nfts_value: Decimal | Unset = UNSET
    fiat_value: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        total_value = self.total_value

        total_performance = self.total_performance

        equities_value = self.equities_value

        equities_performance = self.equities_performance

        cryptocurrencies_value = self.cryptocurrencies_value

        cryptocurrencies_performance = self.cryptocurrencies_performance

        nfts_value = self.nfts_value

        fiat_value = self.fiat_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_value is not UNSET:
            field_dict["totalValue"] = total_value
        if total_performance is not UNSET:
            field_dict["totalPerformance"] = total_performance
        if equities_value is not UNSET:
            field_dict["equitiesValue"] = equities_value
        if equities_performance is not UNSET:
            field_dict["equitiesPerformance"] = equities_performance
        if cryptocurrencies_value is not UNSET:
            field_dict["cryptocurrenciesValue"] = cryptocurrencies_value
        if cryptocurrencies_performance is not UNSET:
            field_dict["cryptocurrenciesPerformance"] = cryptocurrencies_performance
        if nfts_value is not UNSET:
            field_dict["nftsValue"] = nfts_value
        if fiat_value is not UNSET:
            field_dict["fiatValue"] = fiat_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "totalValue"
            _total_value = src_dict.get(_src_key, UNSET)
            total_value: Decimal | Unset
            if type(_total_value) is Decimal:
                total_value = _total_value

            elif isinstance(_total_value, Unset):
                total_value = UNSET
            else:
                total_value = _total_value if type(_total_value) is Decimal else as_decimal(_total_value)

            _src_key = "totalPerformance"
            _total_performance = src_dict.get(_src_key, UNSET)
            total_performance: Decimal | Unset
            if type(_total_performance) is Decimal:
                total_performance = _total_performance

            elif isinstance(_total_performance, Unset):
                total_performance = UNSET
            else:
                total_performance = (
                    _total_performance
                    if type(_total_performance) is Decimal
                    else as_decimal(_total_performance)
                )

            _src_key = "equitiesValue"
            _equities_value = src_dict.get(_src_key, UNSET)
            equities_value: Decimal | Unset
            if type(_equities_value) is Decimal:
                equities_value = _equities_value

            elif isinstance(_equities_value, Unset):
                equities_value = UNSET
            else:
                equities_value = (
                    _equities_value if type(_equities_value) is Decimal else as_decimal(_equities_value)
                )

            _src_key = "equitiesPerformance"
            _equities_performance = src_dict.get(_src_key, UNSET)
            equities_performance: Decimal | Unset
            if type(_equities_performance) is Decimal:
                equities_performance = _equities_performance

            elif isinstance(_equities_performance, Unset):
                equities_performance = UNSET
            else:
                equities_performance = (
                    _equities_performance
                    if type(_equities_performance) is Decimal
                    else as_decimal(_equities_performance)
                )

            _src_key = "cryptocurrenciesValue"
            _cryptocurrencies_value = src_dict.get(_src_key, UNSET)
            cryptocurrencies_value: Decimal | Unset
            if type(_cryptocurrencies_value) is Decimal:
                cryptocurrencies_value = _cryptocurrencies_value

            elif isinstance(_cryptocurrencies_value, Unset):
                cryptocurrencies_value = UNSET
            else:
                cryptocurrencies_value = (
                    _cryptocurrencies_value
                    if type(_cryptocurrencies_value) is Decimal
                    else as_decimal(_cryptocurrencies_value)
                )

            _src_key = "cryptocurrenciesPerformance"
            _cryptocurrencies_performance = src_dict.get(_src_key, UNSET)
            cryptocurrencies_performance: Decimal | Unset
            if type(_cryptocurrencies_performance) is Decimal:
                cryptocurrencies_performance = _cryptocurrencies_performance

            elif isinstance(_cryptocurrencies_performance, Unset):
                cryptocurrencies_performance = UNSET
            else:
                cryptocurrencies_performance = (
                    _cryptocurrencies_performance
                    if type(_cryptocurrencies_performance) is Decimal
                    else as_decimal(_cryptocurrencies_performance)
                )

            _src_key = "nftsValue"
            _nfts_value = src_dict.get(_src_key, UNSET)
            nfts_value: Decimal | Unset
            if type(_nfts_value) is Decimal:
                nfts_value = _nfts_value

            elif isinstance(_nfts_value, Unset):
                nfts_value = UNSET
            else:
                nfts_value = _nfts_value if type(_nfts_value) is Decimal else as_decimal(_nfts_value)

            _src_key = "fiatValue"
            _fiat_value = src_dict.get(_src_key, UNSET)
            fiat_value: Decimal | Unset
            if type(_fiat_value) is Decimal:
                fiat_value = _fiat_value

            elif isinstance(_fiat_value, Unset):
                fiat_value = UNSET
            else:
                fiat_value = _fiat_value if type(_fiat_value) is Decimal else as_decimal(_fiat_value)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        broker_portfolio_value_model = cls(
            total_value,
            total_performance,
            equities_value,
            equities_performance,
            cryptocurrencies_value,
            cryptocurrencies_performance,
            nfts_value,
            fiat_value,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            broker_portfolio_value_model.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        broker_portfolio_value_model.source_json = src_dict
        return broker_portfolio_value_model

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
