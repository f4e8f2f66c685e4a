from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    RECOVERABLE,
    UNSET,
    Unset,
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

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

    total_value: Decimal | Unset | None = UNSET
    total_performance: Decimal | Unset | None = UNSET
    equities_value: Decimal | Unset | None = UNSET
    equities_performance: Decimal | Unset | None = UNSET
    cryptocurrencies_value: Decimal | Unset | None = UNSET
    cryptocurrencies_performance: Decimal | Unset | None = UNSET
    nfts_value: Decimal | Unset | None = UNSET
    fiat_value: Decimal | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        total_value__j: Any
        if self.total_value is None:
            total_value__j = None
        else:
            total_value__j = self.total_value

        total_performance__j: Any
        if self.total_performance is None:
            total_performance__j = None
        else:
            total_performance__j = self.total_performance

        equities_value__j: Any
        if self.equities_value is None:
            equities_value__j = None
        else:
            equities_value__j = self.equities_value

        equities_performance__j: Any
        if self.equities_performance is None:
            equities_performance__j = None
        else:
            equities_performance__j = self.equities_performance

        cryptocurrencies_value__j: Any
        if self.cryptocurrencies_value is None:
            cryptocurrencies_value__j = None
        else:
            cryptocurrencies_value__j = self.cryptocurrencies_value

        cryptocurrencies_performance__j: Any
        if self.cryptocurrencies_performance is None:
            cryptocurrencies_performance__j = None
        else:
            cryptocurrencies_performance__j = self.cryptocurrencies_performance

        nfts_value__j: Any
        if self.nfts_value is None:
            nfts_value__j = None
        else:
            nfts_value__j = self.nfts_value

        fiat_value__j: Any
        if self.fiat_value is None:
            fiat_value__j = None
        else:
            fiat_value__j = self.fiat_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_value__j is not UNSET:
            field_dict["totalValue"] = total_value__j
        if total_performance__j is not UNSET:
            field_dict["totalPerformance"] = total_performance__j
        if equities_value__j is not UNSET:
            field_dict["equitiesValue"] = equities_value__j
        if equities_performance__j is not UNSET:
            field_dict["equitiesPerformance"] = equities_performance__j
        if cryptocurrencies_value__j is not UNSET:
            field_dict["cryptocurrenciesValue"] = cryptocurrencies_value__j
        if cryptocurrencies_performance__j is not UNSET:
            field_dict["cryptocurrenciesPerformance"] = cryptocurrencies_performance__j
        if nfts_value__j is not UNSET:
            field_dict["nftsValue"] = nfts_value__j
        if fiat_value__j is not UNSET:
            field_dict["fiatValue"] = fiat_value__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "totalValue"
            try:
                total_value__j = src_dict.get(_src_key, UNSET)
                total_value__v: Decimal | Unset | None
                if type(total_value__j) is Decimal:
                    total_value__v = total_value__j

                elif isinstance(total_value__j, Unset):
                    total_value__v = UNSET
                else:
                    total_value__v = (
                        total_value__j if type(total_value__j) is Decimal else as_decimal(total_value__j)
                    )

            except RECOVERABLE as exc:
                total_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "totalPerformance"
            try:
                total_performance__j = src_dict.get(_src_key, UNSET)
                total_performance__v: Decimal | Unset | None
                if type(total_performance__j) is Decimal:
                    total_performance__v = total_performance__j

                elif isinstance(total_performance__j, Unset):
                    total_performance__v = UNSET
                else:
                    total_performance__v = (
                        total_performance__j
                        if type(total_performance__j) is Decimal
                        else as_decimal(total_performance__j)
                    )

            except RECOVERABLE as exc:
                total_performance__v = None
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

            _src_key = "equitiesPerformance"
            try:
                equities_performance__j = src_dict.get(_src_key, UNSET)
                equities_performance__v: Decimal | Unset | None
                if type(equities_performance__j) is Decimal:
                    equities_performance__v = equities_performance__j

                elif isinstance(equities_performance__j, Unset):
                    equities_performance__v = UNSET
                else:
                    equities_performance__v = (
                        equities_performance__j
                        if type(equities_performance__j) is Decimal
                        else as_decimal(equities_performance__j)
                    )

            except RECOVERABLE as exc:
                equities_performance__v = None
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

            _src_key = "cryptocurrenciesPerformance"
            try:
                cryptocurrencies_performance__j = src_dict.get(_src_key, UNSET)
                cryptocurrencies_performance__v: Decimal | Unset | None
                if type(cryptocurrencies_performance__j) is Decimal:
                    cryptocurrencies_performance__v = cryptocurrencies_performance__j

                elif isinstance(cryptocurrencies_performance__j, Unset):
                    cryptocurrencies_performance__v = UNSET
                else:
                    cryptocurrencies_performance__v = (
                        cryptocurrencies_performance__j
                        if type(cryptocurrencies_performance__j) is Decimal
                        else as_decimal(cryptocurrencies_performance__j)
                    )

            except RECOVERABLE as exc:
                cryptocurrencies_performance__v = None
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

            _src_key = "fiatValue"
            try:
                fiat_value__j = src_dict.get(_src_key, UNSET)
                fiat_value__v: Decimal | Unset | None
                if type(fiat_value__j) is Decimal:
                    fiat_value__v = fiat_value__j

                elif isinstance(fiat_value__j, Unset):
                    fiat_value__v = UNSET
                else:
                    fiat_value__v = (
                        fiat_value__j if type(fiat_value__j) is Decimal else as_decimal(fiat_value__j)
                    )

            except RECOVERABLE as exc:
                fiat_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            total_value__v,
            total_performance__v,
            equities_value__v,
            equities_performance__v,
            cryptocurrencies_value__v,
            cryptocurrencies_performance__v,
            nfts_value__v,
            fiat_value__v,
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
