from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="BalanceEntry")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "base_currency",
        "market_value",
        "cash",
        "cash_on_hold",
        "cash_withdraw",
        "unsett_net_amt",
        "unsett_buy_amt",
        "unsett_sell_amt",
        "interest_net",
        "interest_debit",
        "interest_credit",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class BalanceEntry:
    """Cash and asset summary for one currency. Money amounts are in `base_currency`. The
    documentation marks no field optional; the currency and the asset value are required here.
    The total cash is not: older answers may carry only the deprecated `cash`.

        Attributes:
            base_currency (str): Currency of this entry (e.g. `USD`, `HKD`, `USDT`).
            market_value (Decimal | str): A decimal amount or quantity. The provider's samples send JSON numbers; a string
                holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            cash (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a string
                holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            cash_on_hold (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a
                string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            cash_withdraw (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a
                string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            unsett_net_amt (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers;
                a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            unsett_buy_amt (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers;
                a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            unsett_sell_amt (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers;
                a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            interest_net (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a
                string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            interest_debit (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers;
                a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            interest_credit (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers;
                a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
    """

    base_currency: str | None
    market_value: Decimal | str | None
    cash: Decimal | str | Unset | None = UNSET
    cash_on_hold: Decimal | str | Unset | None = UNSET
    cash_withdraw: Decimal | str | Unset | None = UNSET
    unsett_net_amt: Decimal | str | Unset | None = UNSET
    unsett_buy_amt: Decimal | str | Unset | None = UNSET
    unsett_sell_amt: Decimal | str | Unset | None = UNSET
    interest_net: Decimal | str | Unset | None = UNSET
    interest_debit: Decimal | str | Unset | None = UNSET
    interest_credit: Decimal | str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        base_currency__j: Any
        if self.base_currency is None:
            base_currency__j = None
        else:
            base_currency__j = self.base_currency

        market_value__j: Any
        if self.market_value is None:
            market_value__j = None
        else:
            market_value__j = self.market_value

        cash__j: Any
        if self.cash is None:
            cash__j = None
        else:
            if isinstance(self.cash, Unset):
                cash__j = UNSET
            else:
                cash__j = self.cash

        cash_on_hold__j: Any
        if self.cash_on_hold is None:
            cash_on_hold__j = None
        else:
            if isinstance(self.cash_on_hold, Unset):
                cash_on_hold__j = UNSET
            else:
                cash_on_hold__j = self.cash_on_hold

        cash_withdraw__j: Any
        if self.cash_withdraw is None:
            cash_withdraw__j = None
        else:
            if isinstance(self.cash_withdraw, Unset):
                cash_withdraw__j = UNSET
            else:
                cash_withdraw__j = self.cash_withdraw

        unsett_net_amt__j: Any
        if self.unsett_net_amt is None:
            unsett_net_amt__j = None
        else:
            if isinstance(self.unsett_net_amt, Unset):
                unsett_net_amt__j = UNSET
            else:
                unsett_net_amt__j = self.unsett_net_amt

        unsett_buy_amt__j: Any
        if self.unsett_buy_amt is None:
            unsett_buy_amt__j = None
        else:
            if isinstance(self.unsett_buy_amt, Unset):
                unsett_buy_amt__j = UNSET
            else:
                unsett_buy_amt__j = self.unsett_buy_amt

        unsett_sell_amt__j: Any
        if self.unsett_sell_amt is None:
            unsett_sell_amt__j = None
        else:
            if isinstance(self.unsett_sell_amt, Unset):
                unsett_sell_amt__j = UNSET
            else:
                unsett_sell_amt__j = self.unsett_sell_amt

        interest_net__j: Any
        if self.interest_net is None:
            interest_net__j = None
        else:
            if isinstance(self.interest_net, Unset):
                interest_net__j = UNSET
            else:
                interest_net__j = self.interest_net

        interest_debit__j: Any
        if self.interest_debit is None:
            interest_debit__j = None
        else:
            if isinstance(self.interest_debit, Unset):
                interest_debit__j = UNSET
            else:
                interest_debit__j = self.interest_debit

        interest_credit__j: Any
        if self.interest_credit is None:
            interest_credit__j = None
        else:
            if isinstance(self.interest_credit, Unset):
                interest_credit__j = UNSET
            else:
                interest_credit__j = self.interest_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_currency": base_currency__j,
                "market_value": market_value__j,
            }
        )
        if cash__j is not UNSET:
            field_dict["cash"] = cash__j
        if cash_on_hold__j is not UNSET:
            field_dict["cash_on_hold"] = cash_on_hold__j
        if cash_withdraw__j is not UNSET:
            field_dict["cash_withdraw"] = cash_withdraw__j
        if unsett_net_amt__j is not UNSET:
            field_dict["unsett_net_amt"] = unsett_net_amt__j
        if unsett_buy_amt__j is not UNSET:
            field_dict["unsett_buy_amt"] = unsett_buy_amt__j
        if unsett_sell_amt__j is not UNSET:
            field_dict["unsett_sell_amt"] = unsett_sell_amt__j
        if interest_net__j is not UNSET:
            field_dict["interest_net"] = interest_net__j
        if interest_debit__j is not UNSET:
            field_dict["interest_debit"] = interest_debit__j
        if interest_credit__j is not UNSET:
            field_dict["interest_credit"] = interest_credit__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "base_currency"
            try:
                base_currency__j = src_dict[_src_key]
                base_currency__v: str | None
                if type(base_currency__j) is not str:
                    type_mismatch("a string", base_currency__j)
                base_currency__v = base_currency__j

            except RECOVERABLE as exc:
                base_currency__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "market_value"
            try:
                market_value__j = src_dict[_src_key]
                market_value__v = market_value__j
                if type(market_value__v) is not Decimal:
                    market_value__v = (
                        INT_DECIMALS[market_value__v]
                        if type(market_value__v) is int
                        else _parse_market_value(market_value__v)
                    )

            except RECOVERABLE as exc:
                market_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cash"
            try:
                cash__v = src_dict.get(_src_key, UNSET)
                if type(cash__v) is not Decimal and cash__v is not UNSET:
                    cash__v = INT_DECIMALS[cash__v] if type(cash__v) is int else _parse_cash(cash__v)

            except RECOVERABLE as exc:
                cash__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cash_on_hold"
            try:
                cash_on_hold__v = src_dict.get(_src_key, UNSET)
                if type(cash_on_hold__v) is not Decimal and cash_on_hold__v is not UNSET:
                    cash_on_hold__v = (
                        INT_DECIMALS[cash_on_hold__v]
                        if type(cash_on_hold__v) is int
                        else _parse_cash_on_hold(cash_on_hold__v)
                    )

            except RECOVERABLE as exc:
                cash_on_hold__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cash_withdraw"
            try:
                cash_withdraw__v = src_dict.get(_src_key, UNSET)
                if type(cash_withdraw__v) is not Decimal and cash_withdraw__v is not UNSET:
                    cash_withdraw__v = (
                        INT_DECIMALS[cash_withdraw__v]
                        if type(cash_withdraw__v) is int
                        else _parse_cash_withdraw(cash_withdraw__v)
                    )

            except RECOVERABLE as exc:
                cash_withdraw__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "unsett_net_amt"
            try:
                unsett_net_amt__v = src_dict.get(_src_key, UNSET)
                if type(unsett_net_amt__v) is not Decimal and unsett_net_amt__v is not UNSET:
                    unsett_net_amt__v = (
                        INT_DECIMALS[unsett_net_amt__v]
                        if type(unsett_net_amt__v) is int
                        else _parse_unsett_net_amt(unsett_net_amt__v)
                    )

            except RECOVERABLE as exc:
                unsett_net_amt__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "unsett_buy_amt"
            try:
                unsett_buy_amt__v = src_dict.get(_src_key, UNSET)
                if type(unsett_buy_amt__v) is not Decimal and unsett_buy_amt__v is not UNSET:
                    unsett_buy_amt__v = (
                        INT_DECIMALS[unsett_buy_amt__v]
                        if type(unsett_buy_amt__v) is int
                        else _parse_unsett_buy_amt(unsett_buy_amt__v)
                    )

            except RECOVERABLE as exc:
                unsett_buy_amt__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "unsett_sell_amt"
            try:
                unsett_sell_amt__v = src_dict.get(_src_key, UNSET)
                if type(unsett_sell_amt__v) is not Decimal and unsett_sell_amt__v is not UNSET:
                    unsett_sell_amt__v = (
                        INT_DECIMALS[unsett_sell_amt__v]
                        if type(unsett_sell_amt__v) is int
                        else _parse_unsett_sell_amt(unsett_sell_amt__v)
                    )

            except RECOVERABLE as exc:
                unsett_sell_amt__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "interest_net"
            try:
                interest_net__v = src_dict.get(_src_key, UNSET)
                if type(interest_net__v) is not Decimal and interest_net__v is not UNSET:
                    interest_net__v = (
                        INT_DECIMALS[interest_net__v]
                        if type(interest_net__v) is int
                        else _parse_interest_net(interest_net__v)
                    )

            except RECOVERABLE as exc:
                interest_net__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "interest_debit"
            try:
                interest_debit__v = src_dict.get(_src_key, UNSET)
                if type(interest_debit__v) is not Decimal and interest_debit__v is not UNSET:
                    interest_debit__v = (
                        INT_DECIMALS[interest_debit__v]
                        if type(interest_debit__v) is int
                        else _parse_interest_debit(interest_debit__v)
                    )

            except RECOVERABLE as exc:
                interest_debit__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "interest_credit"
            try:
                interest_credit__v = src_dict.get(_src_key, UNSET)
                if type(interest_credit__v) is not Decimal and interest_credit__v is not UNSET:
                    interest_credit__v = (
                        INT_DECIMALS[interest_credit__v]
                        if type(interest_credit__v) is int
                        else _parse_interest_credit(interest_credit__v)
                    )

            except RECOVERABLE as exc:
                interest_credit__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            base_currency__v,
            market_value__v,
            cash__v,
            cash_on_hold__v,
            cash_withdraw__v,
            unsett_net_amt__v,
            unsett_buy_amt__v,
            unsett_sell_amt__v,
            interest_net__v,
            interest_debit__v,
            interest_credit__v,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                try:
                    parsed_extra = prop_dict

                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(prop_name) from None
                additional_properties[prop_name] = parsed_extra
            instance.additional_properties = additional_properties
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


def _parse_market_value(data: object) -> Decimal | str:
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)


def _parse_cash(data: object) -> Decimal | str | Unset:
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)


def _parse_cash_on_hold(data: object) -> Decimal | str | Unset:
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)


def _parse_cash_withdraw(data: object) -> Decimal | str | Unset:
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)


def _parse_unsett_net_amt(data: object) -> Decimal | str | Unset:
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)


def _parse_unsett_buy_amt(data: object) -> Decimal | str | Unset:
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)


def _parse_unsett_sell_amt(data: object) -> Decimal | str | Unset:
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)


def _parse_interest_net(data: object) -> Decimal | str | Unset:
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)


def _parse_interest_debit(data: object) -> Decimal | str | Unset:
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)


def _parse_interest_credit(data: object) -> Decimal | str | Unset:
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = data

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or string", data)
