from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

T = TypeVar("T", bound="Position")

_EMPTY: Mapping[str, Any] = MappingProxyType({})


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
        if not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_fields = dict(src_dict)
        _src_key = ""
        try:
            _src_key = "market"
            _market = _src_fields.pop(_src_key)
            if type(_market) is not str:
                type_mismatch("a string", _market)
            market = _market

            _src_key = "product_code"
            _product_code = _src_fields.pop(_src_key)
            if type(_product_code) is not str:
                type_mismatch("a string", _product_code)
            product_code = _product_code

            _src_key = "qty"
            _qty = _src_fields.pop(_src_key)

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

            qty = _parse_qty(_qty)

            _src_key = "base_currency"
            _base_currency = _src_fields.pop(_src_key)
            if type(_base_currency) is not str:
                type_mismatch("a string", _base_currency)
            base_currency = _base_currency

            _src_key = "portfolio_id"
            _portfolio_id = _src_fields.pop(_src_key)
            if type(_portfolio_id) is not str:
                type_mismatch("a string", _portfolio_id)
            portfolio_id = _portfolio_id

            _src_key = "product_name"
            _product_name = _src_fields.pop(_src_key, UNSET)
            product_name: str | Unset
            if isinstance(_product_name, Unset):
                product_name = UNSET
            else:
                if type(_product_name) is not str:
                    type_mismatch("a string", _product_name)
                product_name = _product_name

            _src_key = "os_sell_qty"

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

            os_sell_qty = _parse_os_sell_qty(_src_fields.pop(_src_key, UNSET))

            _src_key = "avail_qty"

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

            avail_qty = _parse_avail_qty(_src_fields.pop(_src_key, UNSET))

            _src_key = "avail_sell_qty"

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

            avail_sell_qty = _parse_avail_sell_qty(_src_fields.pop(_src_key, UNSET))

            _src_key = "uncleared_qty"

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

            uncleared_qty = _parse_uncleared_qty(_src_fields.pop(_src_key, UNSET))

            _src_key = "avg_cost"

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

            avg_cost = _parse_avg_cost(_src_fields.pop(_src_key, UNSET))

            _src_key = "avg_price"

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

            avg_price = _parse_avg_price(_src_fields.pop(_src_key, UNSET))

            _src_key = "prev_price"

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

            prev_price = _parse_prev_price(_src_fields.pop(_src_key, UNSET))

            _src_key = "prev_market_value"

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

            prev_market_value = _parse_prev_market_value(_src_fields.pop(_src_key, UNSET))

            _src_key = "pending_deposit_qty"

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

            pending_deposit_qty = _parse_pending_deposit_qty(_src_fields.pop(_src_key, UNSET))

            _src_key = "pending_withdrawal_qty"

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

            pending_withdrawal_qty = _parse_pending_withdrawal_qty(_src_fields.pop(_src_key, UNSET))

            _src_key = "approved_deposit_qty"

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

            approved_deposit_qty = _parse_approved_deposit_qty(_src_fields.pop(_src_key, UNSET))

            _src_key = "approved_withdrawal_qty"

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

            approved_withdrawal_qty = _parse_approved_withdrawal_qty(_src_fields.pop(_src_key, UNSET))

            _src_key = "security_type"
            _security_type = _src_fields.pop(_src_key, UNSET)
            security_type: str | Unset
            if isinstance(_security_type, Unset):
                security_type = UNSET
            else:
                if type(_security_type) is not str:
                    type_mismatch("a string", _security_type)
                security_type = _security_type

            _src_key = "contract_time"
            _contract_time = _src_fields.pop(_src_key, UNSET)
            contract_time: int | Unset
            if isinstance(_contract_time, Unset):
                contract_time = UNSET
            else:
                if type(_contract_time) is not int:
                    type_mismatch("an integer", _contract_time)
                contract_time = _contract_time

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        position = cls(
            market=market,
            product_code=product_code,
            qty=qty,
            base_currency=base_currency,
            portfolio_id=portfolio_id,
            product_name=product_name,
            os_sell_qty=os_sell_qty,
            avail_qty=avail_qty,
            avail_sell_qty=avail_sell_qty,
            uncleared_qty=uncleared_qty,
            avg_cost=avg_cost,
            avg_price=avg_price,
            prev_price=prev_price,
            prev_market_value=prev_market_value,
            pending_deposit_qty=pending_deposit_qty,
            pending_withdrawal_qty=pending_withdrawal_qty,
            approved_deposit_qty=approved_deposit_qty,
            approved_withdrawal_qty=approved_withdrawal_qty,
            security_type=security_type,
            contract_time=contract_time,
        )

        additional_properties = {}
        for prop_name, prop_dict in _src_fields.items():
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
