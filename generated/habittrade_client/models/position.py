from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import INT_DECIMALS, RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

T = TypeVar("T", bound="Position")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "market",
        "product_code",
        "qty",
        "base_currency",
        "portfolio_id",
        "product_name",
        "os_sell_qty",
        "avail_qty",
        "avail_sell_qty",
        "uncleared_qty",
        "avg_cost",
        "avg_price",
        "prev_price",
        "prev_market_value",
        "pending_deposit_qty",
        "pending_withdrawal_qty",
        "approved_deposit_qty",
        "approved_withdrawal_qty",
        "security_type",
        "contract_time",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class Position:
    """One security held in a portfolio. Quantities are in shares (or units of the product); money
    amounts are in `base_currency`. The documentation marks no field optional; only the fields
    that identify the position and its size are required here, so a position missing a secondary
    breakdown still parses.

        Attributes:
            market (str): The market the product trades on. The provider's list is not published in full; known
                values are `usex` (US stocks) and `hkex` (Hong Kong stocks). Expect others (e.g. a crypto
                market).
            product_code (str): The product's code on its market, such as a ticker (`AAPL`) or an HKEX stock code (`00700`).
            qty (Decimal | str): A decimal amount or quantity. The provider's samples send JSON numbers; a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            base_currency (str): Currency of the position's money amounts (e.g. `USD`, `HKD`).
            portfolio_id (str): External id of the portfolio that holds the position.
            product_name (str | Unset): Display name of the product.
            os_sell_qty (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a
                string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            avail_qty (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a
                string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            avail_sell_qty (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers;
                a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            uncleared_qty (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a
                string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            avg_cost (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a
                string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            avg_price (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a
                string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            prev_price (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON numbers; a
                string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            prev_market_value (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON
                numbers; a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            pending_deposit_qty (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON
                numbers; a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            pending_withdrawal_qty (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON
                numbers; a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            approved_deposit_qty (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON
                numbers; a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            approved_withdrawal_qty (Decimal | str | Unset): A decimal amount or quantity. The provider's samples send JSON
                numbers; a string holding a
                plain or exponent-form decimal is accepted too. Parse both into an exact decimal type.
            security_type (str | Unset): Kind of security. The provider's list is not published in full; the only known
                value is
                `stock`. Expect others.
            contract_time (int | Unset): Contract date of the position as Unix epoch seconds.
    """

    market: str
    product_code: str
    qty: Decimal | str
    base_currency: str
    portfolio_id: str
    product_name: str | Unset = UNSET
    os_sell_qty: Decimal | str | Unset = UNSET
    avail_qty: Decimal | str | Unset = UNSET
    avail_sell_qty: Decimal | str | Unset = UNSET
    uncleared_qty: Decimal | str | Unset = UNSET
    avg_cost: Decimal | str | Unset = UNSET
    avg_price: Decimal | str | Unset = UNSET
    prev_price: Decimal | str | Unset = UNSET
    prev_market_value: Decimal | str | Unset = UNSET
    pending_deposit_qty: Decimal | str | Unset = UNSET
    pending_withdrawal_qty: Decimal | str | Unset = UNSET
    approved_deposit_qty: Decimal | str | Unset = UNSET
    approved_withdrawal_qty: Decimal | str | Unset = UNSET
    security_type: str | Unset = UNSET
    contract_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        market = self.market

        product_code = self.product_code

        qty: Decimal | str
        qty = self.qty

        base_currency = self.base_currency

        portfolio_id = self.portfolio_id

        product_name = self.product_name

        os_sell_qty: Decimal | str | Unset
        if isinstance(self.os_sell_qty, Unset):
            os_sell_qty = UNSET
        else:
            os_sell_qty = self.os_sell_qty

        avail_qty: Decimal | str | Unset
        if isinstance(self.avail_qty, Unset):
            avail_qty = UNSET
        else:
            avail_qty = self.avail_qty

        avail_sell_qty: Decimal | str | Unset
        if isinstance(self.avail_sell_qty, Unset):
            avail_sell_qty = UNSET
        else:
            avail_sell_qty = self.avail_sell_qty

        uncleared_qty: Decimal | str | Unset
        if isinstance(self.uncleared_qty, Unset):
            uncleared_qty = UNSET
        else:
            uncleared_qty = self.uncleared_qty

        avg_cost: Decimal | str | Unset
        if isinstance(self.avg_cost, Unset):
            avg_cost = UNSET
        else:
            avg_cost = self.avg_cost

        avg_price: Decimal | str | Unset
        if isinstance(self.avg_price, Unset):
            avg_price = UNSET
        else:
            avg_price = self.avg_price

        prev_price: Decimal | str | Unset
        if isinstance(self.prev_price, Unset):
            prev_price = UNSET
        else:
            prev_price = self.prev_price

        prev_market_value: Decimal | str | Unset
        if isinstance(self.prev_market_value, Unset):
            prev_market_value = UNSET
        else:
            prev_market_value = self.prev_market_value

        pending_deposit_qty: Decimal | str | Unset
        if isinstance(self.pending_deposit_qty, Unset):
            pending_deposit_qty = UNSET
        else:
            pending_deposit_qty = self.pending_deposit_qty

        pending_withdrawal_qty: Decimal | str | Unset
        if isinstance(self.pending_withdrawal_qty, Unset):
            pending_withdrawal_qty = UNSET
        else:
            pending_withdrawal_qty = self.pending_withdrawal_qty

        approved_deposit_qty: Decimal | str | Unset
        if isinstance(self.approved_deposit_qty, Unset):
            approved_deposit_qty = UNSET
        else:
            approved_deposit_qty = self.approved_deposit_qty

        approved_withdrawal_qty: Decimal | str | Unset
        if isinstance(self.approved_withdrawal_qty, Unset):
            approved_withdrawal_qty = UNSET
        else:
            approved_withdrawal_qty = self.approved_withdrawal_qty

        security_type = self.security_type

        contract_time = self.contract_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market": market,
                "product_code": product_code,
                "qty": qty,
                "base_currency": base_currency,
                "portfolio_id": portfolio_id,
            }
        )
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if os_sell_qty is not UNSET:
            field_dict["os_sell_qty"] = os_sell_qty
        if avail_qty is not UNSET:
            field_dict["avail_qty"] = avail_qty
        if avail_sell_qty is not UNSET:
            field_dict["avail_sell_qty"] = avail_sell_qty
        if uncleared_qty is not UNSET:
            field_dict["uncleared_qty"] = uncleared_qty
        if avg_cost is not UNSET:
            field_dict["avg_cost"] = avg_cost
        if avg_price is not UNSET:
            field_dict["avg_price"] = avg_price
        if prev_price is not UNSET:
            field_dict["prev_price"] = prev_price
        if prev_market_value is not UNSET:
            field_dict["prev_market_value"] = prev_market_value
        if pending_deposit_qty is not UNSET:
            field_dict["pending_deposit_qty"] = pending_deposit_qty
        if pending_withdrawal_qty is not UNSET:
            field_dict["pending_withdrawal_qty"] = pending_withdrawal_qty
        if approved_deposit_qty is not UNSET:
            field_dict["approved_deposit_qty"] = approved_deposit_qty
        if approved_withdrawal_qty is not UNSET:
            field_dict["approved_withdrawal_qty"] = approved_withdrawal_qty
        if security_type is not UNSET:
            field_dict["security_type"] = security_type
        if contract_time is not UNSET:
            field_dict["contract_time"] = contract_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "market"
            _market = src_dict[_src_key]
            market: str
            if type(_market) is not str:
                type_mismatch("a string", _market)
            market = _market

            _src_key = "product_code"
            _product_code = src_dict[_src_key]
            product_code: str
            if type(_product_code) is not str:
                type_mismatch("a string", _product_code)
            product_code = _product_code

            _src_key = "qty"
            _qty = src_dict[_src_key]
            qty = _qty
            if type(qty) is not Decimal:
                qty = INT_DECIMALS[qty] if type(qty) is int else _parse_qty(qty)

            _src_key = "base_currency"
            _base_currency = src_dict[_src_key]
            base_currency: str
            if type(_base_currency) is not str:
                type_mismatch("a string", _base_currency)
            base_currency = _base_currency

            _src_key = "portfolio_id"
            _portfolio_id = src_dict[_src_key]
            portfolio_id: str
            if type(_portfolio_id) is not str:
                type_mismatch("a string", _portfolio_id)
            portfolio_id = _portfolio_id

            _src_key = "product_name"
            _product_name = src_dict.get(_src_key, UNSET)
            product_name: str | Unset
            if type(_product_name) is str:
                product_name = _product_name

            elif isinstance(_product_name, Unset):
                product_name = UNSET
            else:
                if type(_product_name) is not str:
                    type_mismatch("a string", _product_name)
                product_name = _product_name

            _src_key = "os_sell_qty"
            os_sell_qty = src_dict.get(_src_key, UNSET)
            if type(os_sell_qty) is not Decimal and os_sell_qty is not UNSET:
                os_sell_qty = (
                    INT_DECIMALS[os_sell_qty] if type(os_sell_qty) is int else _parse_os_sell_qty(os_sell_qty)
                )

            _src_key = "avail_qty"
            avail_qty = src_dict.get(_src_key, UNSET)
            if type(avail_qty) is not Decimal and avail_qty is not UNSET:
                avail_qty = INT_DECIMALS[avail_qty] if type(avail_qty) is int else _parse_avail_qty(avail_qty)

            _src_key = "avail_sell_qty"
            avail_sell_qty = src_dict.get(_src_key, UNSET)
            if type(avail_sell_qty) is not Decimal and avail_sell_qty is not UNSET:
                avail_sell_qty = (
                    INT_DECIMALS[avail_sell_qty]
                    if type(avail_sell_qty) is int
                    else _parse_avail_sell_qty(avail_sell_qty)
                )

            _src_key = "uncleared_qty"
            uncleared_qty = src_dict.get(_src_key, UNSET)
            if type(uncleared_qty) is not Decimal and uncleared_qty is not UNSET:
                uncleared_qty = (
                    INT_DECIMALS[uncleared_qty]
                    if type(uncleared_qty) is int
                    else _parse_uncleared_qty(uncleared_qty)
                )

            _src_key = "avg_cost"
            avg_cost = src_dict.get(_src_key, UNSET)
            if type(avg_cost) is not Decimal and avg_cost is not UNSET:
                avg_cost = INT_DECIMALS[avg_cost] if type(avg_cost) is int else _parse_avg_cost(avg_cost)

            _src_key = "avg_price"
            avg_price = src_dict.get(_src_key, UNSET)
            if type(avg_price) is not Decimal and avg_price is not UNSET:
                avg_price = INT_DECIMALS[avg_price] if type(avg_price) is int else _parse_avg_price(avg_price)

            _src_key = "prev_price"
            prev_price = src_dict.get(_src_key, UNSET)
            if type(prev_price) is not Decimal and prev_price is not UNSET:
                prev_price = (
                    INT_DECIMALS[prev_price] if type(prev_price) is int else _parse_prev_price(prev_price)
                )

            _src_key = "prev_market_value"
            prev_market_value = src_dict.get(_src_key, UNSET)
            if type(prev_market_value) is not Decimal and prev_market_value is not UNSET:
                prev_market_value = (
                    INT_DECIMALS[prev_market_value]
                    if type(prev_market_value) is int
                    else _parse_prev_market_value(prev_market_value)
                )

            _src_key = "pending_deposit_qty"
            pending_deposit_qty = src_dict.get(_src_key, UNSET)
            if type(pending_deposit_qty) is not Decimal and pending_deposit_qty is not UNSET:
                pending_deposit_qty = (
                    INT_DECIMALS[pending_deposit_qty]
                    if type(pending_deposit_qty) is int
                    else _parse_pending_deposit_qty(pending_deposit_qty)
                )

            _src_key = "pending_withdrawal_qty"
            pending_withdrawal_qty = src_dict.get(_src_key, UNSET)
            if type(pending_withdrawal_qty) is not Decimal and pending_withdrawal_qty is not UNSET:
                pending_withdrawal_qty = (
                    INT_DECIMALS[pending_withdrawal_qty]
                    if type(pending_withdrawal_qty) is int
                    else _parse_pending_withdrawal_qty(pending_withdrawal_qty)
                )

            _src_key = "approved_deposit_qty"
            approved_deposit_qty = src_dict.get(_src_key, UNSET)
            if type(approved_deposit_qty) is not Decimal and approved_deposit_qty is not UNSET:
                approved_deposit_qty = (
                    INT_DECIMALS[approved_deposit_qty]
                    if type(approved_deposit_qty) is int
                    else _parse_approved_deposit_qty(approved_deposit_qty)
                )

            _src_key = "approved_withdrawal_qty"
            approved_withdrawal_qty = src_dict.get(_src_key, UNSET)
            if type(approved_withdrawal_qty) is not Decimal and approved_withdrawal_qty is not UNSET:
                approved_withdrawal_qty = (
                    INT_DECIMALS[approved_withdrawal_qty]
                    if type(approved_withdrawal_qty) is int
                    else _parse_approved_withdrawal_qty(approved_withdrawal_qty)
                )

            _src_key = "security_type"
            _security_type = src_dict.get(_src_key, UNSET)
            security_type: str | Unset
            if type(_security_type) is str:
                security_type = _security_type

            elif isinstance(_security_type, Unset):
                security_type = UNSET
            else:
                if type(_security_type) is not str:
                    type_mismatch("a string", _security_type)
                security_type = _security_type

            _src_key = "contract_time"
            _contract_time = src_dict.get(_src_key, UNSET)
            contract_time: int | Unset
            if type(_contract_time) is int:
                contract_time = _contract_time

            elif isinstance(_contract_time, Unset):
                contract_time = UNSET
            else:
                if type(_contract_time) is not int:
                    type_mismatch("an integer", _contract_time)
                contract_time = _contract_time

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        position = cls(
            market,
            product_code,
            qty,
            base_currency,
            portfolio_id,
            product_name,
            os_sell_qty,
            avail_qty,
            avail_sell_qty,
            uncleared_qty,
            avg_cost,
            avg_price,
            prev_price,
            prev_market_value,
            pending_deposit_qty,
            pending_withdrawal_qty,
            approved_deposit_qty,
            approved_withdrawal_qty,
            security_type,
            contract_time,
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
            position.additional_properties = additional_properties
        position.source_json = src_dict
        return position

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


def _parse_qty(data: object) -> Decimal | str:
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


def _parse_os_sell_qty(data: object) -> Decimal | str | Unset:
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


def _parse_avail_qty(data: object) -> Decimal | str | Unset:
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


def _parse_avail_sell_qty(data: object) -> Decimal | str | Unset:
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


def _parse_uncleared_qty(data: object) -> Decimal | str | Unset:
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


def _parse_avg_cost(data: object) -> Decimal | str | Unset:
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


def _parse_avg_price(data: object) -> Decimal | str | Unset:
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


def _parse_prev_price(data: object) -> Decimal | str | Unset:
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


def _parse_prev_market_value(data: object) -> Decimal | str | Unset:
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


def _parse_pending_deposit_qty(data: object) -> Decimal | str | Unset:
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


def _parse_pending_withdrawal_qty(data: object) -> Decimal | str | Unset:
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


def _parse_approved_deposit_qty(data: object) -> Decimal | str | Unset:
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


def _parse_approved_withdrawal_qty(data: object) -> Decimal | str | Unset:
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
