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
    from ..models.b2b_broker_account_balance import B2BBrokerAccountBalance


T = TypeVar("T", bound="B2BBrokerAccountBalanceModel")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "balances",
        "totalCashUsdValue",
        "totalBuyingPowerUsdValue",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class B2BBrokerAccountBalanceModel:
    """Fiat money of one account, per currency and in USD.

    Attributes:
        balances (list[B2BBrokerAccountBalance] | None | Unset): One entry per fiat currency.
        total_cash_usd_value (Decimal | None | Unset): Cash of all currencies, converted to USD and summed.
        total_buying_power_usd_value (Decimal | None | Unset): Buying power of all currencies, converted to USD and
            summed.
    """

    balances: list[B2BBrokerAccountBalance] | None | Unset = UNSET
    total_cash_usd_value: Decimal | None | Unset = UNSET
    total_buying_power_usd_value: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        balances__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.balances, Unset):
            balances__j = UNSET
        elif isinstance(self.balances, list):
            balances__j = []
            for balances__j_data in self.balances:
                balances__j_item = balances__j_data.to_dict()
                balances__j.append(balances__j_item)

        else:
            balances__j = self.balances

        total_cash_usd_value__j: Decimal | None | Unset
        if isinstance(self.total_cash_usd_value, Unset):
            total_cash_usd_value__j = UNSET
        else:
            total_cash_usd_value__j = self.total_cash_usd_value

        total_buying_power_usd_value__j: Decimal | None | Unset
        if isinstance(self.total_buying_power_usd_value, Unset):
            total_buying_power_usd_value__j = UNSET
        else:
            total_buying_power_usd_value__j = self.total_buying_power_usd_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balances__j is not UNSET:
            field_dict["balances"] = balances__j
        if total_cash_usd_value__j is not UNSET:
            field_dict["totalCashUsdValue"] = total_cash_usd_value__j
        if total_buying_power_usd_value__j is not UNSET:
            field_dict["totalBuyingPowerUsdValue"] = total_buying_power_usd_value__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "balances"
            try:
                balances__v = src_dict.get(_src_key, UNSET)
                if balances__v is not None and balances__v is not UNSET:
                    balances__v = _parse_balances(balances__v)

            except RECOVERABLE as exc:
                balances__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "totalCashUsdValue"
            try:
                total_cash_usd_value__v = src_dict.get(_src_key, UNSET)
                if (
                    type(total_cash_usd_value__v) is not Decimal
                    and total_cash_usd_value__v is not None
                    and total_cash_usd_value__v is not UNSET
                ):
                    total_cash_usd_value__v = (
                        INT_DECIMALS[total_cash_usd_value__v]
                        if type(total_cash_usd_value__v) is int
                        else _parse_total_cash_usd_value(total_cash_usd_value__v)
                    )

            except RECOVERABLE as exc:
                total_cash_usd_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "totalBuyingPowerUsdValue"
            try:
                total_buying_power_usd_value__v = src_dict.get(_src_key, UNSET)
                if (
                    type(total_buying_power_usd_value__v) is not Decimal
                    and total_buying_power_usd_value__v is not None
                    and total_buying_power_usd_value__v is not UNSET
                ):
                    total_buying_power_usd_value__v = (
                        INT_DECIMALS[total_buying_power_usd_value__v]
                        if type(total_buying_power_usd_value__v) is int
                        else _parse_total_buying_power_usd_value(total_buying_power_usd_value__v)
                    )

            except RECOVERABLE as exc:
                total_buying_power_usd_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            balances__v,
            total_cash_usd_value__v,
            total_buying_power_usd_value__v,
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


def _parse_balances(data: object) -> list[B2BBrokerAccountBalance] | None | Unset:
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
                    variant_1_item = _models.B2BBrokerAccountBalance.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_total_cash_usd_value(data: object) -> Decimal | None | Unset:
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


def _parse_total_buying_power_usd_value(data: object) -> Decimal | None | Unset:
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
