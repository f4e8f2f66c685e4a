from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import INT_DECIMALS, RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

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

    base_currency: str
    market_value: Decimal | str
    cash: Decimal | str | Unset = UNSET
    cash_on_hold: Decimal | str | Unset = UNSET
    cash_withdraw: Decimal | str | Unset = UNSET
    unsett_net_amt: Decimal | str | Unset = UNSET
    unsett_buy_amt: Decimal | str | Unset = UNSET
    unsett_sell_amt: Decimal | str | Unset = UNSET
    interest_net: Decimal | str | Unset = UNSET
    interest_debit: Decimal | str | Unset = UNSET
    interest_credit: Decimal | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        base_currency = self.base_currency

        market_value: Decimal | str
        market_value = self.market_value

        cash: Decimal | str | Unset
        if isinstance(self.cash, Unset):
            cash = UNSET
        else:
            cash = self.cash

        cash_on_hold: Decimal | str | Unset
        if isinstance(self.cash_on_hold, Unset):
            cash_on_hold = UNSET
        else:
            cash_on_hold = self.cash_on_hold

        cash_withdraw: Decimal | str | Unset
        if isinstance(self.cash_withdraw, Unset):
            cash_withdraw = UNSET
        else:
            cash_withdraw = self.cash_withdraw

        unsett_net_amt: Decimal | str | Unset
        if isinstance(self.unsett_net_amt, Unset):
            unsett_net_amt = UNSET
        else:
            unsett_net_amt = self.unsett_net_amt

        unsett_buy_amt: Decimal | str | Unset
        if isinstance(self.unsett_buy_amt, Unset):
            unsett_buy_amt = UNSET
        else:
            unsett_buy_amt = self.unsett_buy_amt

        unsett_sell_amt: Decimal | str | Unset
        if isinstance(self.unsett_sell_amt, Unset):
            unsett_sell_amt = UNSET
        else:
            unsett_sell_amt = self.unsett_sell_amt

        interest_net: Decimal | str | Unset
        if isinstance(self.interest_net, Unset):
            interest_net = UNSET
        else:
            interest_net = self.interest_net

        interest_debit: Decimal | str | Unset
        if isinstance(self.interest_debit, Unset):
            interest_debit = UNSET
        else:
            interest_debit = self.interest_debit

        interest_credit: Decimal | str | Unset
        if isinstance(self.interest_credit, Unset):
            interest_credit = UNSET
        else:
            interest_credit = self.interest_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_currency": base_currency,
                "market_value": market_value,
            }
        )
        if cash is not UNSET:
            field_dict["cash"] = cash
        if cash_on_hold is not UNSET:
            field_dict["cash_on_hold"] = cash_on_hold
        if cash_withdraw is not UNSET:
            field_dict["cash_withdraw"] = cash_withdraw
        if unsett_net_amt is not UNSET:
            field_dict["unsett_net_amt"] = unsett_net_amt
        if unsett_buy_amt is not UNSET:
            field_dict["unsett_buy_amt"] = unsett_buy_amt
        if unsett_sell_amt is not UNSET:
            field_dict["unsett_sell_amt"] = unsett_sell_amt
        if interest_net is not UNSET:
            field_dict["interest_net"] = interest_net
        if interest_debit is not UNSET:
            field_dict["interest_debit"] = interest_debit
        if interest_credit is not UNSET:
            field_dict["interest_credit"] = interest_credit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "base_currency"
            _base_currency = src_dict[_src_key]
            base_currency: str
            if type(_base_currency) is not str:
                type_mismatch("a string", _base_currency)
            base_currency = _base_currency

            _src_key = "market_value"
            _market_value = src_dict[_src_key]
            market_value = _market_value
            if type(market_value) is not Decimal:
                market_value = (
                    INT_DECIMALS[market_value]
                    if type(market_value) is int
                    else _parse_market_value(market_value)
                )

            _src_key = "cash"
            cash = src_dict.get(_src_key, UNSET)
            if type(cash) is not Decimal and cash is not UNSET:
                cash = INT_DECIMALS[cash] if type(cash) is int else _parse_cash(cash)

            _src_key = "cash_on_hold"
            cash_on_hold = src_dict.get(_src_key, UNSET)
            if type(cash_on_hold) is not Decimal and cash_on_hold is not UNSET:
                cash_on_hold = (
                    INT_DECIMALS[cash_on_hold]
                    if type(cash_on_hold) is int
                    else _parse_cash_on_hold(cash_on_hold)
                )

            _src_key = "cash_withdraw"
            cash_withdraw = src_dict.get(_src_key, UNSET)
            if type(cash_withdraw) is not Decimal and cash_withdraw is not UNSET:
                cash_withdraw = (
                    INT_DECIMALS[cash_withdraw]
                    if type(cash_withdraw) is int
                    else _parse_cash_withdraw(cash_withdraw)
                )

            _src_key = "unsett_net_amt"
            unsett_net_amt = src_dict.get(_src_key, UNSET)
            if type(unsett_net_amt) is not Decimal and unsett_net_amt is not UNSET:
                unsett_net_amt = (
                    INT_DECIMALS[unsett_net_amt]
                    if type(unsett_net_amt) is int
                    else _parse_unsett_net_amt(unsett_net_amt)
                )

            _src_key = "unsett_buy_amt"
            unsett_buy_amt = src_dict.get(_src_key, UNSET)
            if type(unsett_buy_amt) is not Decimal and unsett_buy_amt is not UNSET:
                unsett_buy_amt = (
                    INT_DECIMALS[unsett_buy_amt]
                    if type(unsett_buy_amt) is int
                    else _parse_unsett_buy_amt(unsett_buy_amt)
                )

            _src_key = "unsett_sell_amt"
            unsett_sell_amt = src_dict.get(_src_key, UNSET)
            if type(unsett_sell_amt) is not Decimal and unsett_sell_amt is not UNSET:
                unsett_sell_amt = (
                    INT_DECIMALS[unsett_sell_amt]
                    if type(unsett_sell_amt) is int
                    else _parse_unsett_sell_amt(unsett_sell_amt)
                )

            _src_key = "interest_net"
            interest_net = src_dict.get(_src_key, UNSET)
            if type(interest_net) is not Decimal and interest_net is not UNSET:
                interest_net = (
                    INT_DECIMALS[interest_net]
                    if type(interest_net) is int
                    else _parse_interest_net(interest_net)
                )

            _src_key = "interest_debit"
            interest_debit = src_dict.get(_src_key, UNSET)
            if type(interest_debit) is not Decimal and interest_debit is not UNSET:
                interest_debit = (
                    INT_DECIMALS[interest_debit]
                    if type(interest_debit) is int
                    else _parse_interest_debit(interest_debit)
                )

            _src_key = "interest_credit"
            interest_credit = src_dict.get(_src_key, UNSET)
            if type(interest_credit) is not Decimal and interest_credit is not UNSET:
                interest_credit = (
                    INT_DECIMALS[interest_credit]
                    if type(interest_credit) is int
                    else _parse_interest_credit(interest_credit)
                )

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        balance_entry = cls(
            base_currency,
            market_value,
            cash,
            cash_on_hold,
            cash_withdraw,
            unsett_net_amt,
            unsett_buy_amt,
            unsett_sell_amt,
            interest_net,
            interest_debit,
            interest_credit,
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
            balance_entry.additional_properties = additional_properties
        balance_entry.source_json = src_dict
        return balance_entry

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
