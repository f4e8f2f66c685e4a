from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.broker_option_direction import BrokerOptionDirection
from ..models.broker_option_type import BrokerOptionType
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

T = TypeVar("T", bound="B2BOptionPosition")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "symbol",
        "amount",
        "averageOpenPrice",
        "direction",
        "optionType",
        "createdTimestamp",
        "updatedTimestamp",
        "expirationTimestamp",
        "numberOfSharesInContract",
        "strikePrice",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class B2BOptionPosition:
    """An option contract position.

    Attributes:
        symbol (None | str | Unset): Ticker of the underlying stock.
        amount (Decimal | Unset): Number of contracts.
        average_open_price (Decimal | Unset): Average price paid when opening.
        direction (BrokerOptionDirection | Unset): Opening or closing side of an option position.
        option_type (BrokerOptionType | Unset): Call or put.
        created_timestamp (int | Unset): Unix time in seconds.
        updated_timestamp (int | Unset): Unix time in seconds.
        expiration_timestamp (int | Unset): Last day the contract can be exercised, as Unix time in seconds.
        number_of_shares_in_contract (Decimal | Unset): Shares of the underlying one contract covers.
        strike_price (Decimal | Unset): Exercise price.
    """

    symbol: None | str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    average_open_price: Decimal | Unset | None = UNSET
    direction: BrokerOptionDirection | Unset | None = UNSET
    option_type: BrokerOptionType | Unset | None = UNSET
    created_timestamp: int | Unset | None = UNSET
    updated_timestamp: int | Unset | None = UNSET
    expiration_timestamp: int | Unset | None = UNSET
    number_of_shares_in_contract: Decimal | Unset | None = UNSET
    strike_price: Decimal | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        symbol__j: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol__j = UNSET
        else:
            symbol__j = self.symbol

        amount__j = self.amount

        average_open_price__j: Any
        if self.average_open_price is None:
            average_open_price__j = None
        else:
            average_open_price__j = self.average_open_price

        direction__j: Any
        if self.direction is None:
            direction__j = None
        else:
            direction__j = UNSET
            if not isinstance(self.direction, Unset):
                direction__j = self.direction.value

        option_type__j: Any
        if self.option_type is None:
            option_type__j = None
        else:
            option_type__j = UNSET
            if not isinstance(self.option_type, Unset):
                option_type__j = self.option_type.value

        created_timestamp__j: Any
        if self.created_timestamp is None:
            created_timestamp__j = None
        else:
            created_timestamp__j = self.created_timestamp

        updated_timestamp__j: Any
        if self.updated_timestamp is None:
            updated_timestamp__j = None
        else:
            updated_timestamp__j = self.updated_timestamp

        expiration_timestamp__j: Any
        if self.expiration_timestamp is None:
            expiration_timestamp__j = None
        else:
            expiration_timestamp__j = self.expiration_timestamp

        number_of_shares_in_contract__j: Any
        if self.number_of_shares_in_contract is None:
            number_of_shares_in_contract__j = None
        else:
            number_of_shares_in_contract__j = self.number_of_shares_in_contract

        strike_price__j: Any
        if self.strike_price is None:
            strike_price__j = None
        else:
            strike_price__j = self.strike_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol__j is not UNSET:
            field_dict["symbol"] = symbol__j
        if amount__j is not UNSET:
            field_dict["amount"] = amount__j
        if average_open_price__j is not UNSET:
            field_dict["averageOpenPrice"] = average_open_price__j
        if direction__j is not UNSET:
            field_dict["direction"] = direction__j
        if option_type__j is not UNSET:
            field_dict["optionType"] = option_type__j
        if created_timestamp__j is not UNSET:
            field_dict["createdTimestamp"] = created_timestamp__j
        if updated_timestamp__j is not UNSET:
            field_dict["updatedTimestamp"] = updated_timestamp__j
        if expiration_timestamp__j is not UNSET:
            field_dict["expirationTimestamp"] = expiration_timestamp__j
        if number_of_shares_in_contract__j is not UNSET:
            field_dict["numberOfSharesInContract"] = number_of_shares_in_contract__j
        if strike_price__j is not UNSET:
            field_dict["strikePrice"] = strike_price__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
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

            _src_key = "averageOpenPrice"
            try:
                average_open_price__j = src_dict.get(_src_key, UNSET)
                average_open_price__v: Decimal | Unset | None
                if type(average_open_price__j) is Decimal:
                    average_open_price__v = average_open_price__j

                elif isinstance(average_open_price__j, Unset):
                    average_open_price__v = UNSET
                else:
                    average_open_price__v = (
                        average_open_price__j
                        if type(average_open_price__j) is Decimal
                        else as_decimal(average_open_price__j)
                    )

            except RECOVERABLE as exc:
                average_open_price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "direction"
            try:
                direction__j = src_dict.get(_src_key, UNSET)
                direction__v: BrokerOptionDirection | Unset | None
                if type(direction__j) is str:
                    direction__v = BrokerOptionDirection(direction__j)

                elif isinstance(direction__j, Unset):
                    direction__v = UNSET
                else:
                    direction__v = BrokerOptionDirection(direction__j)

            except RECOVERABLE as exc:
                direction__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "optionType"
            try:
                option_type__j = src_dict.get(_src_key, UNSET)
                option_type__v: BrokerOptionType | Unset | None
                if type(option_type__j) is str:
                    option_type__v = BrokerOptionType(option_type__j)

                elif isinstance(option_type__j, Unset):
                    option_type__v = UNSET
                else:
                    option_type__v = BrokerOptionType(option_type__j)

            except RECOVERABLE as exc:
                option_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "createdTimestamp"
            try:
                created_timestamp__j = src_dict.get(_src_key, UNSET)
                created_timestamp__v: int | Unset | None
                if type(created_timestamp__j) is int:
                    created_timestamp__v = created_timestamp__j

                elif isinstance(created_timestamp__j, Unset):
                    created_timestamp__v = UNSET
                else:
                    if type(created_timestamp__j) is not int:
                        type_mismatch("an integer", created_timestamp__j)
                    created_timestamp__v = created_timestamp__j

            except RECOVERABLE as exc:
                created_timestamp__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "updatedTimestamp"
            try:
                updated_timestamp__j = src_dict.get(_src_key, UNSET)
                updated_timestamp__v: int | Unset | None
                if type(updated_timestamp__j) is int:
                    updated_timestamp__v = updated_timestamp__j

                elif isinstance(updated_timestamp__j, Unset):
                    updated_timestamp__v = UNSET
                else:
                    if type(updated_timestamp__j) is not int:
                        type_mismatch("an integer", updated_timestamp__j)
                    updated_timestamp__v = updated_timestamp__j

            except RECOVERABLE as exc:
                updated_timestamp__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "expirationTimestamp"
            try:
                expiration_timestamp__j = src_dict.get(_src_key, UNSET)
                expiration_timestamp__v: int | Unset | None
                if type(expiration_timestamp__j) is int:
                    expiration_timestamp__v = expiration_timestamp__j

                elif isinstance(expiration_timestamp__j, Unset):
                    expiration_timestamp__v = UNSET
                else:
                    if type(expiration_timestamp__j) is not int:
                        type_mismatch("an integer", expiration_timestamp__j)
                    expiration_timestamp__v = expiration_timestamp__j

            except RECOVERABLE as exc:
                expiration_timestamp__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "numberOfSharesInContract"
            try:
                number_of_shares_in_contract__j = src_dict.get(_src_key, UNSET)
                number_of_shares_in_contract__v: Decimal | Unset | None
                if type(number_of_shares_in_contract__j) is Decimal:
                    number_of_shares_in_contract__v = number_of_shares_in_contract__j

                elif isinstance(number_of_shares_in_contract__j, Unset):
                    number_of_shares_in_contract__v = UNSET
                else:
                    number_of_shares_in_contract__v = (
                        number_of_shares_in_contract__j
                        if type(number_of_shares_in_contract__j) is Decimal
                        else as_decimal(number_of_shares_in_contract__j)
                    )

            except RECOVERABLE as exc:
                number_of_shares_in_contract__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "strikePrice"
            try:
                strike_price__j = src_dict.get(_src_key, UNSET)
                strike_price__v: Decimal | Unset | None
                if type(strike_price__j) is Decimal:
                    strike_price__v = strike_price__j

                elif isinstance(strike_price__j, Unset):
                    strike_price__v = UNSET
                else:
                    strike_price__v = (
                        strike_price__j if type(strike_price__j) is Decimal else as_decimal(strike_price__j)
                    )

            except RECOVERABLE as exc:
                strike_price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            symbol__v,
            amount__v,
            average_open_price__v,
            direction__v,
            option_type__v,
            created_timestamp__v,
            updated_timestamp__v,
            expiration_timestamp__v,
            number_of_shares_in_contract__v,
            strike_price__v,
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


ENUM_KEYS.setdefault(BrokerOptionDirection, set()).add("direction")
ENUM_KEYS.setdefault(BrokerOptionType, set()).add("optionType")
