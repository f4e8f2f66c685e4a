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

    market: str | None
    product_code: str
    qty: Decimal | str
    base_currency: str | None
    portfolio_id: str
    product_name: str | Unset | None = UNSET
    os_sell_qty: Decimal | str | Unset | None = UNSET
    avail_qty: Decimal | str | Unset | None = UNSET
    avail_sell_qty: Decimal | str | Unset | None = UNSET
    uncleared_qty: Decimal | str | Unset | None = UNSET
    avg_cost: Decimal | str | Unset | None = UNSET
    avg_price: Decimal | str | Unset | None = UNSET
    prev_price: Decimal | str | Unset | None = UNSET
    prev_market_value: Decimal | str | Unset | None = UNSET
    pending_deposit_qty: Decimal | str | Unset | None = UNSET
    pending_withdrawal_qty: Decimal | str | Unset | None = UNSET
    approved_deposit_qty: Decimal | str | Unset | None = UNSET
    approved_withdrawal_qty: Decimal | str | Unset | None = UNSET
    security_type: str | Unset | None = UNSET
    contract_time: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        market__j: Any
        if self.market is None:
            market__j = None
        else:
            market__j = self.market

        product_code__j = self.product_code

        qty__j: Decimal | str
        qty__j = self.qty

        base_currency__j: Any
        if self.base_currency is None:
            base_currency__j = None
        else:
            base_currency__j = self.base_currency

        portfolio_id__j = self.portfolio_id

        product_name__j: Any
        if self.product_name is None:
            product_name__j = None
        else:
            product_name__j = self.product_name

        os_sell_qty__j: Any
        if self.os_sell_qty is None:
            os_sell_qty__j = None
        else:
            if isinstance(self.os_sell_qty, Unset):
                os_sell_qty__j = UNSET
            else:
                os_sell_qty__j = self.os_sell_qty

        avail_qty__j: Any
        if self.avail_qty is None:
            avail_qty__j = None
        else:
            if isinstance(self.avail_qty, Unset):
                avail_qty__j = UNSET
            else:
                avail_qty__j = self.avail_qty

        avail_sell_qty__j: Any
        if self.avail_sell_qty is None:
            avail_sell_qty__j = None
        else:
            if isinstance(self.avail_sell_qty, Unset):
                avail_sell_qty__j = UNSET
            else:
                avail_sell_qty__j = self.avail_sell_qty

        uncleared_qty__j: Any
        if self.uncleared_qty is None:
            uncleared_qty__j = None
        else:
            if isinstance(self.uncleared_qty, Unset):
                uncleared_qty__j = UNSET
            else:
                uncleared_qty__j = self.uncleared_qty

        avg_cost__j: Any
        if self.avg_cost is None:
            avg_cost__j = None
        else:
            if isinstance(self.avg_cost, Unset):
                avg_cost__j = UNSET
            else:
                avg_cost__j = self.avg_cost

        avg_price__j: Any
        if self.avg_price is None:
            avg_price__j = None
        else:
            if isinstance(self.avg_price, Unset):
                avg_price__j = UNSET
            else:
                avg_price__j = self.avg_price

        prev_price__j: Any
        if self.prev_price is None:
            prev_price__j = None
        else:
            if isinstance(self.prev_price, Unset):
                prev_price__j = UNSET
            else:
                prev_price__j = self.prev_price

        prev_market_value__j: Any
        if self.prev_market_value is None:
            prev_market_value__j = None
        else:
            if isinstance(self.prev_market_value, Unset):
                prev_market_value__j = UNSET
            else:
                prev_market_value__j = self.prev_market_value

        pending_deposit_qty__j: Any
        if self.pending_deposit_qty is None:
            pending_deposit_qty__j = None
        else:
            if isinstance(self.pending_deposit_qty, Unset):
                pending_deposit_qty__j = UNSET
            else:
                pending_deposit_qty__j = self.pending_deposit_qty

        pending_withdrawal_qty__j: Any
        if self.pending_withdrawal_qty is None:
            pending_withdrawal_qty__j = None
        else:
            if isinstance(self.pending_withdrawal_qty, Unset):
                pending_withdrawal_qty__j = UNSET
            else:
                pending_withdrawal_qty__j = self.pending_withdrawal_qty

        approved_deposit_qty__j: Any
        if self.approved_deposit_qty is None:
            approved_deposit_qty__j = None
        else:
            if isinstance(self.approved_deposit_qty, Unset):
                approved_deposit_qty__j = UNSET
            else:
                approved_deposit_qty__j = self.approved_deposit_qty

        approved_withdrawal_qty__j: Any
        if self.approved_withdrawal_qty is None:
            approved_withdrawal_qty__j = None
        else:
            if isinstance(self.approved_withdrawal_qty, Unset):
                approved_withdrawal_qty__j = UNSET
            else:
                approved_withdrawal_qty__j = self.approved_withdrawal_qty

        security_type__j: Any
        if self.security_type is None:
            security_type__j = None
        else:
            security_type__j = self.security_type

        contract_time__j: Any
        if self.contract_time is None:
            contract_time__j = None
        else:
            contract_time__j = self.contract_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market": market__j,
                "product_code": product_code__j,
                "qty": qty__j,
                "base_currency": base_currency__j,
                "portfolio_id": portfolio_id__j,
            }
        )
        if product_name__j is not UNSET:
            field_dict["product_name"] = product_name__j
        if os_sell_qty__j is not UNSET:
            field_dict["os_sell_qty"] = os_sell_qty__j
        if avail_qty__j is not UNSET:
            field_dict["avail_qty"] = avail_qty__j
        if avail_sell_qty__j is not UNSET:
            field_dict["avail_sell_qty"] = avail_sell_qty__j
        if uncleared_qty__j is not UNSET:
            field_dict["uncleared_qty"] = uncleared_qty__j
        if avg_cost__j is not UNSET:
            field_dict["avg_cost"] = avg_cost__j
        if avg_price__j is not UNSET:
            field_dict["avg_price"] = avg_price__j
        if prev_price__j is not UNSET:
            field_dict["prev_price"] = prev_price__j
        if prev_market_value__j is not UNSET:
            field_dict["prev_market_value"] = prev_market_value__j
        if pending_deposit_qty__j is not UNSET:
            field_dict["pending_deposit_qty"] = pending_deposit_qty__j
        if pending_withdrawal_qty__j is not UNSET:
            field_dict["pending_withdrawal_qty"] = pending_withdrawal_qty__j
        if approved_deposit_qty__j is not UNSET:
            field_dict["approved_deposit_qty"] = approved_deposit_qty__j
        if approved_withdrawal_qty__j is not UNSET:
            field_dict["approved_withdrawal_qty"] = approved_withdrawal_qty__j
        if security_type__j is not UNSET:
            field_dict["security_type"] = security_type__j
        if contract_time__j is not UNSET:
            field_dict["contract_time"] = contract_time__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "market"
            try:
                market__j = src_dict[_src_key]
                market__v: str | None
                if type(market__j) is not str:
                    type_mismatch("a string", market__j)
                market__v = market__j

            except RECOVERABLE as exc:
                market__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "product_code"
            product_code__j = src_dict[_src_key]
            product_code__v: str
            if type(product_code__j) is not str:
                type_mismatch("a string", product_code__j)
            product_code__v = product_code__j

            _src_key = "qty"
            qty__j = src_dict[_src_key]
            qty__v = qty__j
            if type(qty__v) is not Decimal:
                qty__v = INT_DECIMALS[qty__v] if type(qty__v) is int else _parse_qty(qty__v)

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

            _src_key = "portfolio_id"
            portfolio_id__j = src_dict[_src_key]
            portfolio_id__v: str
            if type(portfolio_id__j) is not str:
                type_mismatch("a string", portfolio_id__j)
            portfolio_id__v = portfolio_id__j

            _src_key = "product_name"
            try:
                product_name__j = src_dict.get(_src_key, UNSET)
                product_name__v: str | Unset | None
                if type(product_name__j) is str:
                    product_name__v = product_name__j

                elif isinstance(product_name__j, Unset):
                    product_name__v = UNSET
                else:
                    if type(product_name__j) is not str:
                        type_mismatch("a string", product_name__j)
                    product_name__v = product_name__j

            except RECOVERABLE as exc:
                product_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "os_sell_qty"
            try:
                os_sell_qty__v = src_dict.get(_src_key, UNSET)
                if type(os_sell_qty__v) is not Decimal and os_sell_qty__v is not UNSET:
                    os_sell_qty__v = (
                        INT_DECIMALS[os_sell_qty__v]
                        if type(os_sell_qty__v) is int
                        else _parse_os_sell_qty(os_sell_qty__v)
                    )

            except RECOVERABLE as exc:
                os_sell_qty__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "avail_qty"
            try:
                avail_qty__v = src_dict.get(_src_key, UNSET)
                if type(avail_qty__v) is not Decimal and avail_qty__v is not UNSET:
                    avail_qty__v = (
                        INT_DECIMALS[avail_qty__v]
                        if type(avail_qty__v) is int
                        else _parse_avail_qty(avail_qty__v)
                    )

            except RECOVERABLE as exc:
                avail_qty__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "avail_sell_qty"
            try:
                avail_sell_qty__v = src_dict.get(_src_key, UNSET)
                if type(avail_sell_qty__v) is not Decimal and avail_sell_qty__v is not UNSET:
                    avail_sell_qty__v = (
                        INT_DECIMALS[avail_sell_qty__v]
                        if type(avail_sell_qty__v) is int
                        else _parse_avail_sell_qty(avail_sell_qty__v)
                    )

            except RECOVERABLE as exc:
                avail_sell_qty__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "uncleared_qty"
            try:
                uncleared_qty__v = src_dict.get(_src_key, UNSET)
                if type(uncleared_qty__v) is not Decimal and uncleared_qty__v is not UNSET:
                    uncleared_qty__v = (
                        INT_DECIMALS[uncleared_qty__v]
                        if type(uncleared_qty__v) is int
                        else _parse_uncleared_qty(uncleared_qty__v)
                    )

            except RECOVERABLE as exc:
                uncleared_qty__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "avg_cost"
            try:
                avg_cost__v = src_dict.get(_src_key, UNSET)
                if type(avg_cost__v) is not Decimal and avg_cost__v is not UNSET:
                    avg_cost__v = (
                        INT_DECIMALS[avg_cost__v]
                        if type(avg_cost__v) is int
                        else _parse_avg_cost(avg_cost__v)
                    )

            except RECOVERABLE as exc:
                avg_cost__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "avg_price"
            try:
                avg_price__v = src_dict.get(_src_key, UNSET)
                if type(avg_price__v) is not Decimal and avg_price__v is not UNSET:
                    avg_price__v = (
                        INT_DECIMALS[avg_price__v]
                        if type(avg_price__v) is int
                        else _parse_avg_price(avg_price__v)
                    )

            except RECOVERABLE as exc:
                avg_price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "prev_price"
            try:
                prev_price__v = src_dict.get(_src_key, UNSET)
                if type(prev_price__v) is not Decimal and prev_price__v is not UNSET:
                    prev_price__v = (
                        INT_DECIMALS[prev_price__v]
                        if type(prev_price__v) is int
                        else _parse_prev_price(prev_price__v)
                    )

            except RECOVERABLE as exc:
                prev_price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "prev_market_value"
            try:
                prev_market_value__v = src_dict.get(_src_key, UNSET)
                if type(prev_market_value__v) is not Decimal and prev_market_value__v is not UNSET:
                    prev_market_value__v = (
                        INT_DECIMALS[prev_market_value__v]
                        if type(prev_market_value__v) is int
                        else _parse_prev_market_value(prev_market_value__v)
                    )

            except RECOVERABLE as exc:
                prev_market_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "pending_deposit_qty"
            try:
                pending_deposit_qty__v = src_dict.get(_src_key, UNSET)
                if type(pending_deposit_qty__v) is not Decimal and pending_deposit_qty__v is not UNSET:
                    pending_deposit_qty__v = (
                        INT_DECIMALS[pending_deposit_qty__v]
                        if type(pending_deposit_qty__v) is int
                        else _parse_pending_deposit_qty(pending_deposit_qty__v)
                    )

            except RECOVERABLE as exc:
                pending_deposit_qty__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "pending_withdrawal_qty"
            try:
                pending_withdrawal_qty__v = src_dict.get(_src_key, UNSET)
                if type(pending_withdrawal_qty__v) is not Decimal and pending_withdrawal_qty__v is not UNSET:
                    pending_withdrawal_qty__v = (
                        INT_DECIMALS[pending_withdrawal_qty__v]
                        if type(pending_withdrawal_qty__v) is int
                        else _parse_pending_withdrawal_qty(pending_withdrawal_qty__v)
                    )

            except RECOVERABLE as exc:
                pending_withdrawal_qty__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "approved_deposit_qty"
            try:
                approved_deposit_qty__v = src_dict.get(_src_key, UNSET)
                if type(approved_deposit_qty__v) is not Decimal and approved_deposit_qty__v is not UNSET:
                    approved_deposit_qty__v = (
                        INT_DECIMALS[approved_deposit_qty__v]
                        if type(approved_deposit_qty__v) is int
                        else _parse_approved_deposit_qty(approved_deposit_qty__v)
                    )

            except RECOVERABLE as exc:
                approved_deposit_qty__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "approved_withdrawal_qty"
            try:
                approved_withdrawal_qty__v = src_dict.get(_src_key, UNSET)
                if (
                    type(approved_withdrawal_qty__v) is not Decimal
                    and approved_withdrawal_qty__v is not UNSET
                ):
                    approved_withdrawal_qty__v = (
                        INT_DECIMALS[approved_withdrawal_qty__v]
                        if type(approved_withdrawal_qty__v) is int
                        else _parse_approved_withdrawal_qty(approved_withdrawal_qty__v)
                    )

            except RECOVERABLE as exc:
                approved_withdrawal_qty__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "security_type"
            try:
                security_type__j = src_dict.get(_src_key, UNSET)
                security_type__v: str | Unset | None
                if type(security_type__j) is str:
                    security_type__v = security_type__j

                elif isinstance(security_type__j, Unset):
                    security_type__v = UNSET
                else:
                    if type(security_type__j) is not str:
                        type_mismatch("a string", security_type__j)
                    security_type__v = security_type__j

            except RECOVERABLE as exc:
                security_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "contract_time"
            try:
                contract_time__j = src_dict.get(_src_key, UNSET)
                contract_time__v: int | Unset | None
                if type(contract_time__j) is int:
                    contract_time__v = contract_time__j

                elif isinstance(contract_time__j, Unset):
                    contract_time__v = UNSET
                else:
                    if type(contract_time__j) is not int:
                        type_mismatch("an integer", contract_time__j)
                    contract_time__v = contract_time__j

            except RECOVERABLE as exc:
                contract_time__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            market__v,
            product_code__v,
            qty__v,
            base_currency__v,
            portfolio_id__v,
            product_name__v,
            os_sell_qty__v,
            avail_qty__v,
            avail_sell_qty__v,
            uncleared_qty__v,
            avg_cost__v,
            avg_price__v,
            prev_price__v,
            prev_market_value__v,
            pending_deposit_qty__v,
            pending_withdrawal_qty__v,
            approved_deposit_qty__v,
            approved_withdrawal_qty__v,
            security_type__v,
            contract_time__v,
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
