from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.future_instrument_kind import FutureInstrumentKind
from ..types import (
    ENUM_KEYS,
    INT_DECIMALS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decimal,
    as_decode_error,
    extras_key,
    extras_repr,
    type_mismatch,
)
from ..types import unusable as _unusable_value

T = TypeVar("T", bound="FutureInstrument")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "kind",
        "id",
        "symbol",
        "root_symbol",
        "expiration_code",
        "expiration_date",
        "multiplier",
        "currency",
        "exchange",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class FutureInstrument:
    """
    Attributes:
        kind (FutureInstrumentKind):  Example: future.
        id (UUID):  Example: 2fef6a3c-4d3f-4a0a-b1fe-8c45a9c7da7f.
        symbol (str):  Example: ESM26.
        root_symbol (str):  Example: ES.
        expiration_code (str):  Example: M26.
        expiration_date (datetime.date | None | Unset):  Example: 2024-09-20.
        multiplier (Decimal | None | Unset):  Example: 50.
        currency (None | str | Unset):  Example: USD.
        exchange (None | str | Unset):  Example: XCME.
    """

    kind: FutureInstrumentKind
    id: UUID
    symbol: str
    root_symbol: str | None
    expiration_code: str | None
    expiration_date: datetime.date | None | Unset = UNSET
    multiplier: Decimal | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extras_key, repr=extras_repr
    )
    """Made on first use (``additional_properties``): most records have no key beyond the schema's, and an
    empty dict per record is memory a large answer pays for nothing. Never shared between instances."""
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        kind__j = self.kind.value

        id__j = str(self.id)

        symbol__j = self.symbol

        root_symbol__j: Any
        if self.root_symbol is None:
            root_symbol__j = None
        else:
            root_symbol__j = self.root_symbol

        expiration_code__j: Any
        if self.expiration_code is None:
            expiration_code__j = None
        else:
            expiration_code__j = self.expiration_code

        expiration_date__j: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date__j = UNSET
        elif isinstance(self.expiration_date, datetime.date):
            expiration_date__j = self.expiration_date.isoformat()
        else:
            expiration_date__j = self.expiration_date

        multiplier__j: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier__j = UNSET
        elif isinstance(self.multiplier, Decimal):
            multiplier__j = format(self.multiplier, "f")
        else:
            multiplier__j = self.multiplier

        currency__j: None | str | Unset
        if isinstance(self.currency, Unset):
            currency__j = UNSET
        else:
            currency__j = self.currency

        exchange__j: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange__j = UNSET
        else:
            exchange__j = self.exchange

        field_dict: dict[str, Any] = {}
        field_dict.update(self._additional_properties or {})
        field_dict.update(
            {
                "kind": kind__j,
                "id": id__j,
                "symbol": symbol__j,
                "root_symbol": root_symbol__j,
                "expiration_code": expiration_code__j,
            }
        )
        if expiration_date__j is not UNSET:
            field_dict["expiration_date"] = expiration_date__j
        if multiplier__j is not UNSET:
            field_dict["multiplier"] = multiplier__j
        if currency__j is not UNSET:
            field_dict["currency"] = currency__j
        if exchange__j is not UNSET:
            field_dict["exchange"] = exchange__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "kind"
            kind__j = src_dict[_src_key]
            kind__v: FutureInstrumentKind
            kind__v = FutureInstrumentKind(kind__j)

            _src_key = "id"
            id__j = src_dict[_src_key]
            id__v: UUID
            if type(id__j) is not str:
                type_mismatch("a UUID string", id__j)
            id__v = UUID(id__j)

            _src_key = "symbol"
            symbol__j = src_dict[_src_key]
            symbol__v: str
            if type(symbol__j) is not str:
                type_mismatch("a string", symbol__j)
            symbol__v = symbol__j

            _src_key = "root_symbol"
            try:
                root_symbol__j = src_dict[_src_key]
                root_symbol__v: str | None
                if type(root_symbol__j) is not str:
                    type_mismatch("a string", root_symbol__j)
                root_symbol__v = root_symbol__j

            except RECOVERABLE as exc:
                root_symbol__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "expiration_code"
            try:
                expiration_code__j = src_dict[_src_key]
                expiration_code__v: str | None
                if type(expiration_code__j) is not str:
                    type_mismatch("a string", expiration_code__j)
                expiration_code__v = expiration_code__j

            except RECOVERABLE as exc:
                expiration_code__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "expiration_date"
            try:
                expiration_date__v = src_dict.get(_src_key, UNSET)
                if expiration_date__v is not None and expiration_date__v is not UNSET:
                    expiration_date__v = _parse_expiration_date(expiration_date__v)

            except RECOVERABLE as exc:
                expiration_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "multiplier"
            try:
                multiplier__v = src_dict.get(_src_key, UNSET)
                if (
                    type(multiplier__v) is not Decimal
                    and multiplier__v is not None
                    and multiplier__v is not UNSET
                ):
                    multiplier__v = (
                        INT_DECIMALS[multiplier__v]
                        if type(multiplier__v) is int
                        else _parse_multiplier(multiplier__v)
                    )

            except RECOVERABLE as exc:
                multiplier__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "currency"
            try:
                currency__v = src_dict.get(_src_key, UNSET)
                if type(currency__v) is not str and currency__v is not None and currency__v is not UNSET:
                    currency__v = _parse_currency(currency__v)

            except RECOVERABLE as exc:
                currency__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "exchange"
            try:
                exchange__v = src_dict.get(_src_key, UNSET)
                if type(exchange__v) is not str and exchange__v is not None and exchange__v is not UNSET:
                    exchange__v = _parse_exchange(exchange__v)

            except RECOVERABLE as exc:
                exchange__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            kind__v,
            id__v,
            symbol__v,
            root_symbol__v,
            expiration_code__v,
            expiration_date__v,
            multiplier__v,
            currency__v,
            exchange__v,
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
            instance._additional_properties = additional_properties
        instance.source_json = src_dict
        if _unusable is not None:
            instance.unusable = _unusable
        return instance

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that the schema does not name, with their values (kept, never
        dropped); a dict of this instance's own, made on first use."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


def _parse_expiration_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = datetime.date.fromisoformat(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_multiplier(data: object) -> Decimal | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("decimal string or null", data)


def _parse_currency(data: object) -> None | str | Unset:
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


def _parse_exchange(data: object) -> None | str | Unset:
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


ENUM_KEYS.setdefault(FutureInstrumentKind, set()).add("kind")
