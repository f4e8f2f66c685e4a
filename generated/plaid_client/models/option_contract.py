from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    RECOVERABLE,
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

T = TypeVar("T", bound="OptionContract")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "contract_type",
        "expiration_date",
        "strike_price",
        "underlying_security_ticker",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class OptionContract:
    """
    Attributes:
        contract_type (str):
        expiration_date (datetime.date):
        strike_price (Decimal):
        underlying_security_ticker (str):
    """

    contract_type: str | None
    expiration_date: datetime.date | None
    strike_price: Decimal | None
    underlying_security_ticker: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        contract_type__j: Any
        if self.contract_type is None:
            contract_type__j = None
        else:
            contract_type__j = self.contract_type

        expiration_date__j: Any
        if self.expiration_date is None:
            expiration_date__j = None
        else:
            expiration_date__j = self.expiration_date.isoformat()

        strike_price__j: Any
        if self.strike_price is None:
            strike_price__j = None
        else:
            strike_price__j = self.strike_price

        underlying_security_ticker__j: Any
        if self.underlying_security_ticker is None:
            underlying_security_ticker__j = None
        else:
            underlying_security_ticker__j = self.underlying_security_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract_type": contract_type__j,
                "expiration_date": expiration_date__j,
                "strike_price": strike_price__j,
                "underlying_security_ticker": underlying_security_ticker__j,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "contract_type"
            try:
                contract_type__j = src_dict[_src_key]
                contract_type__v: str | None
                if type(contract_type__j) is not str:
                    type_mismatch("a string", contract_type__j)
                contract_type__v = contract_type__j

            except RECOVERABLE as exc:
                contract_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "expiration_date"
            try:
                expiration_date__j = src_dict[_src_key]
                expiration_date__v: datetime.date | None
                if type(expiration_date__j) is not str:
                    type_mismatch("a date string", expiration_date__j)
                expiration_date__v = datetime.date.fromisoformat(expiration_date__j)

            except RECOVERABLE as exc:
                expiration_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "strike_price"
            try:
                strike_price__j = src_dict[_src_key]
                strike_price__v: Decimal | None
                strike_price__v = (
                    strike_price__j if type(strike_price__j) is Decimal else as_decimal(strike_price__j)
                )

            except RECOVERABLE as exc:
                strike_price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "underlying_security_ticker"
            try:
                underlying_security_ticker__j = src_dict[_src_key]
                underlying_security_ticker__v: str | None
                if type(underlying_security_ticker__j) is not str:
                    type_mismatch("a string", underlying_security_ticker__j)
                underlying_security_ticker__v = underlying_security_ticker__j

            except RECOVERABLE as exc:
                underlying_security_ticker__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            contract_type__v,
            expiration_date__v,
            strike_price__v,
            underlying_security_ticker__v,
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
