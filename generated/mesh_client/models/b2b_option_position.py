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
from ..types import RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

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
    average_open_price: Decimal | Unset = UNSET
    direction: BrokerOptionDirection | Unset = UNSET
    option_type: BrokerOptionType | Unset = UNSET
    created_timestamp: int | Unset = UNSET
    updated_timestamp: int | Unset = UNSET
    expiration_timestamp: int | Unset = UNSET
    number_of_shares_in_contract: Decimal | Unset = UNSET
    strike_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        amount = self.amount

        average_open_price = self.average_open_price

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        option_type: str | Unset = UNSET
        if not isinstance(self.option_type, Unset):
            option_type = self.option_type.value

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        expiration_timestamp = self.expiration_timestamp

        number_of_shares_in_contract = self.number_of_shares_in_contract

        strike_price = self.strike_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if amount is not UNSET:
            field_dict["amount"] = amount
        if average_open_price is not UNSET:
            field_dict["averageOpenPrice"] = average_open_price
        if direction is not UNSET:
            field_dict["direction"] = direction
        if option_type is not UNSET:
            field_dict["optionType"] = option_type
        if created_timestamp is not UNSET:
            field_dict["createdTimestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updatedTimestamp"] = updated_timestamp
        if expiration_timestamp is not UNSET:
            field_dict["expirationTimestamp"] = expiration_timestamp
        if number_of_shares_in_contract is not UNSET:
            field_dict["numberOfSharesInContract"] = number_of_shares_in_contract
        if strike_price is not UNSET:
            field_dict["strikePrice"] = strike_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "symbol"
            symbol = src_dict.get(_src_key, UNSET)
            if type(symbol) is not str and symbol is not None and symbol is not UNSET:
                symbol = _parse_symbol(symbol)

            _src_key = "amount"
            _amount = src_dict.get(_src_key, UNSET)
            amount: Decimal | Unset
            if type(_amount) is Decimal:
                amount = _amount

            elif isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = _amount if type(_amount) is Decimal else as_decimal(_amount)

            _src_key = "averageOpenPrice"
            _average_open_price = src_dict.get(_src_key, UNSET)
            average_open_price: Decimal | Unset
            if type(_average_open_price) is Decimal:
                average_open_price = _average_open_price

            elif isinstance(_average_open_price, Unset):
                average_open_price = UNSET
            else:
                average_open_price = (
                    _average_open_price
                    if type(_average_open_price) is Decimal
                    else as_decimal(_average_open_price)
                )

            _src_key = "direction"
            _direction = src_dict.get(_src_key, UNSET)
            direction: BrokerOptionDirection | Unset
            if type(_direction) is str:
                direction = BrokerOptionDirection(_direction)

            elif isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = BrokerOptionDirection(_direction)

            _src_key = "optionType"
            _option_type = src_dict.get(_src_key, UNSET)
            option_type: BrokerOptionType | Unset
            if type(_option_type) is str:
                option_type = BrokerOptionType(_option_type)

            elif isinstance(_option_type, Unset):
                option_type = UNSET
            else:
                option_type = BrokerOptionType(_option_type)

            _src_key = "createdTimestamp"
            _created_timestamp = src_dict.get(_src_key, UNSET)
            created_timestamp: int | Unset
            if type(_created_timestamp) is int:
                created_timestamp = _created_timestamp

            elif isinstance(_created_timestamp, Unset):
                created_timestamp = UNSET
            else:
                if type(_created_timestamp) is not int:
                    type_mismatch("an integer", _created_timestamp)
                created_timestamp = _created_timestamp

            _src_key = "updatedTimestamp"
            _updated_timestamp = src_dict.get(_src_key, UNSET)
            updated_timestamp: int | Unset
            if type(_updated_timestamp) is int:
                updated_timestamp = _updated_timestamp

            elif isinstance(_updated_timestamp, Unset):
                updated_timestamp = UNSET
            else:
                if type(_updated_timestamp) is not int:
                    type_mismatch("an integer", _updated_timestamp)
                updated_timestamp = _updated_timestamp

            _src_key = "expirationTimestamp"
            _expiration_timestamp = src_dict.get(_src_key, UNSET)
            expiration_timestamp: int | Unset
            if type(_expiration_timestamp) is int:
                expiration_timestamp = _expiration_timestamp

            elif isinstance(_expiration_timestamp, Unset):
                expiration_timestamp = UNSET
            else:
                if type(_expiration_timestamp) is not int:
                    type_mismatch("an integer", _expiration_timestamp)
                expiration_timestamp = _expiration_timestamp

            _src_key = "numberOfSharesInContract"
            _number_of_shares_in_contract = src_dict.get(_src_key, UNSET)
            number_of_shares_in_contract: Decimal | Unset
            if type(_number_of_shares_in_contract) is Decimal:
                number_of_shares_in_contract = _number_of_shares_in_contract

            elif isinstance(_number_of_shares_in_contract, Unset):
                number_of_shares_in_contract = UNSET
            else:
                number_of_shares_in_contract = (
                    _number_of_shares_in_contract
                    if type(_number_of_shares_in_contract) is Decimal
                    else as_decimal(_number_of_shares_in_contract)
                )

            _src_key = "strikePrice"
            _strike_price = src_dict.get(_src_key, UNSET)
            strike_price: Decimal | Unset
            if type(_strike_price) is Decimal:
                strike_price = _strike_price

            elif isinstance(_strike_price, Unset):
                strike_price = UNSET
            else:
                strike_price = _strike_price if type(_strike_price) is Decimal else as_decimal(_strike_price)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        b2b_option_position = cls(
            symbol,
            amount,
            average_open_price,
            direction,
            option_type,
            created_timestamp,
            updated_timestamp,
            expiration_timestamp,
            number_of_shares_in_contract,
            strike_price,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            b2b_option_position.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        b2b_option_position.source_json = src_dict
        return b2b_option_position

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
