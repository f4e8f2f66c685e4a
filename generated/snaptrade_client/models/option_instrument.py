from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.option_instrument_kind import OptionInstrumentKind
from ..models.option_instrument_option_type import OptionInstrumentOptionType
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    UNSET,
    UnknownVariant,
    Unset,
    as_decimal,
    as_decode_error,
    extras_key,
    extras_repr,
    type_mismatch,
)
from ..types import unusable as _unusable_value

if TYPE_CHECKING:
    from ..models.adr_instrument import AdrInstrument
    from ..models.cef_instrument import CefInstrument
    from ..models.crypto_instrument import CryptoInstrument
    from ..models.etf_instrument import EtfInstrument
    from ..models.mutual_fund_instrument import MutualFundInstrument
    from ..models.other_instrument import OtherInstrument
    from ..models.stock_instrument import StockInstrument


T = TypeVar("T", bound="OptionInstrument")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "kind",
        "id",
        "symbol",
        "option_type",
        "strike_price",
        "expiration_date",
        "multiplier",
        "underlying",
        "description",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class OptionInstrument:
    """
    Attributes:
        kind (OptionInstrumentKind):  Example: option.
        id (UUID):  Example: 899e2697-1d38-4c07-91ee-c16a2b1ce5c9.
        symbol (str):  Example: AAPL  261218C00240000.
        option_type (OptionInstrumentOptionType):  Example: CALL.
        strike_price (Decimal):  Example: 240.
        expiration_date (datetime.date):  Example: 2026-12-18.
        multiplier (Decimal):  Example: 100.
        underlying (AdrInstrument | CefInstrument | CryptoInstrument | EtfInstrument | MutualFundInstrument |
            OtherInstrument | StockInstrument | UnknownVariant):
        description (None | str | Unset):  Example: AAPL Dec 18 2026 240 CALL.
    """

    kind: OptionInstrumentKind
    id: UUID
    symbol: str
    option_type: OptionInstrumentOptionType | None
    strike_price: Decimal | None
    expiration_date: datetime.date | None
    multiplier: Decimal | None
    underlying: (
        AdrInstrument
        | CefInstrument
        | CryptoInstrument
        | EtfInstrument
        | MutualFundInstrument
        | OtherInstrument
        | StockInstrument
        | UnknownVariant
        | None
    )
    description: None | str | Unset = UNSET
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
        from ..models.adr_instrument import AdrInstrument  # noqa: PLC0415
        from ..models.cef_instrument import CefInstrument  # noqa: PLC0415
        from ..models.crypto_instrument import CryptoInstrument  # noqa: PLC0415
        from ..models.etf_instrument import EtfInstrument  # noqa: PLC0415
        from ..models.mutual_fund_instrument import MutualFundInstrument  # noqa: PLC0415
        from ..models.stock_instrument import StockInstrument  # noqa: PLC0415

        kind__j = self.kind.value

        id__j = str(self.id)

        symbol__j = self.symbol

        option_type__j: Any
        if self.option_type is None:
            option_type__j = None
        else:
            option_type__j = self.option_type.value

        strike_price__j: Any
        if self.strike_price is None:
            strike_price__j = None
        else:
            strike_price__j = format(self.strike_price, "f")

        expiration_date__j: Any
        if self.expiration_date is None:
            expiration_date__j = None
        else:
            expiration_date__j = self.expiration_date.isoformat()

        multiplier__j: Any
        if self.multiplier is None:
            multiplier__j = None
        else:
            multiplier__j = format(self.multiplier, "f")

        underlying__j: Any
        if self.underlying is None:
            underlying__j = None
        else:
            if isinstance(self.underlying, UnknownVariant):
                underlying__j = self.underlying.to_dict()
            elif isinstance(self.underlying, StockInstrument):
                underlying__j = self.underlying.to_dict()
            elif isinstance(self.underlying, CryptoInstrument):
                underlying__j = self.underlying.to_dict()
            elif isinstance(self.underlying, EtfInstrument):
                underlying__j = self.underlying.to_dict()
            elif isinstance(self.underlying, MutualFundInstrument):
                underlying__j = self.underlying.to_dict()
            elif isinstance(self.underlying, CefInstrument):
                underlying__j = self.underlying.to_dict()
            elif isinstance(self.underlying, AdrInstrument):
                underlying__j = self.underlying.to_dict()
            else:
                underlying__j = self.underlying.to_dict()

        description__j: None | str | Unset
        if isinstance(self.description, Unset):
            description__j = UNSET
        else:
            description__j = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self._additional_properties or {})
        field_dict.update(
            {
                "kind": kind__j,
                "id": id__j,
                "symbol": symbol__j,
                "option_type": option_type__j,
                "strike_price": strike_price__j,
                "expiration_date": expiration_date__j,
                "multiplier": multiplier__j,
                "underlying": underlying__j,
            }
        )
        if description__j is not UNSET:
            field_dict["description"] = description__j

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
            kind__v: OptionInstrumentKind
            kind__v = OptionInstrumentKind(kind__j)

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

            _src_key = "option_type"
            try:
                option_type__j = src_dict[_src_key]
                option_type__v: OptionInstrumentOptionType | None
                option_type__v = OptionInstrumentOptionType(option_type__j)

            except RECOVERABLE as exc:
                option_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "strike_price"
            try:
                strike_price__j = src_dict[_src_key]
                strike_price__v: Decimal | None
                strike_price__v = as_decimal(strike_price__j)

            except RECOVERABLE as exc:
                strike_price__v = None
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

            _src_key = "multiplier"
            try:
                multiplier__j = src_dict[_src_key]
                multiplier__v: Decimal | None
                multiplier__v = as_decimal(multiplier__j)

            except RECOVERABLE as exc:
                multiplier__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "underlying"
            try:
                underlying__j = src_dict[_src_key]
                underlying__v = _parse_underlying(underlying__j)

            except RECOVERABLE as exc:
                underlying__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "description"
            try:
                description__v = src_dict.get(_src_key, UNSET)
                if (
                    type(description__v) is not str
                    and description__v is not None
                    and description__v is not UNSET
                ):
                    description__v = _parse_description(description__v)

            except RECOVERABLE as exc:
                description__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            kind__v,
            id__v,
            symbol__v,
            option_type__v,
            strike_price__v,
            expiration_date__v,
            multiplier__v,
            underlying__v,
            description__v,
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


def _parse_underlying(
    data: object,
) -> (
    AdrInstrument
    | CefInstrument
    | CryptoInstrument
    | EtfInstrument
    | MutualFundInstrument
    | OtherInstrument
    | StockInstrument
    | UnknownVariant
):
    if not isinstance(data, dict):
        type_mismatch("an object", data)
    tag = data.get("kind")
    if tag == "adr":
        return _models.AdrInstrument.from_dict(data)
    if tag == "cef":
        return _models.CefInstrument.from_dict(data)
    if tag == "crypto":
        return _models.CryptoInstrument.from_dict(data)
    if tag == "etf":
        return _models.EtfInstrument.from_dict(data)
    if tag == "mutualfund":
        return _models.MutualFundInstrument.from_dict(data)
    if tag == "other":
        return _models.OtherInstrument.from_dict(data)
    if tag == "stock":
        return _models.StockInstrument.from_dict(data)
    if type(tag) is not str:
        raise DecodeError("the discriminator is missing or not a string", ("kind",))
    return UnknownVariant("kind", tag, data)


def _parse_description(data: object) -> None | str | Unset:
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


ENUM_KEYS.setdefault(OptionInstrumentKind, set()).add("kind")
ENUM_KEYS.setdefault(OptionInstrumentOptionType, set()).add("option_type")
