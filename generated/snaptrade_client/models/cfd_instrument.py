from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.cfd_instrument_kind import CfdInstrumentKind
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    UNSET,
    UnknownVariant,
    Unset,
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


T = TypeVar("T", bound="CfdInstrument")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "kind",
        "id",
        "symbol",
        "raw_symbol",
        "underlying_instrument",
        "description",
        "currency",
        "exchange",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class CfdInstrument:
    """
    Attributes:
        kind (CfdInstrumentKind):  Example: cfd.
        id (UUID):  Example: 1ef3a5d3-4a9b-40b2-b8d1-cc35f74d6324.
        symbol (str):  Example: AAPL.
        raw_symbol (str):  Example: AAPL.
        underlying_instrument (AdrInstrument | CefInstrument | CryptoInstrument | EtfInstrument | MutualFundInstrument |
            OtherInstrument | StockInstrument | UnknownVariant):
        description (None | str | Unset):  Example: Apple Inc..
        currency (None | str | Unset):  Example: USD.
        exchange (None | str | Unset):  Example: XNAS.
    """

    kind: CfdInstrumentKind
    id: UUID
    symbol: str
    raw_symbol: str | None
    underlying_instrument: (
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
        from ..models.adr_instrument import AdrInstrument  # noqa: PLC0415
        from ..models.cef_instrument import CefInstrument  # noqa: PLC0415
        from ..models.crypto_instrument import CryptoInstrument  # noqa: PLC0415
        from ..models.etf_instrument import EtfInstrument  # noqa: PLC0415
        from ..models.mutual_fund_instrument import MutualFundInstrument  # noqa: PLC0415
        from ..models.stock_instrument import StockInstrument  # noqa: PLC0415

        kind__j = self.kind.value

        id__j = str(self.id)

        symbol__j = self.symbol

        raw_symbol__j: Any
        if self.raw_symbol is None:
            raw_symbol__j = None
        else:
            raw_symbol__j = self.raw_symbol

        underlying_instrument__j: Any
        if self.underlying_instrument is None:
            underlying_instrument__j = None
        else:
            if isinstance(self.underlying_instrument, UnknownVariant):
                underlying_instrument__j = self.underlying_instrument.to_dict()
            elif isinstance(self.underlying_instrument, StockInstrument):
                underlying_instrument__j = self.underlying_instrument.to_dict()
            elif isinstance(self.underlying_instrument, CryptoInstrument):
                underlying_instrument__j = self.underlying_instrument.to_dict()
            elif isinstance(self.underlying_instrument, EtfInstrument):
                underlying_instrument__j = self.underlying_instrument.to_dict()
            elif isinstance(self.underlying_instrument, MutualFundInstrument):
                underlying_instrument__j = self.underlying_instrument.to_dict()
            elif isinstance(self.underlying_instrument, CefInstrument):
                underlying_instrument__j = self.underlying_instrument.to_dict()
            elif isinstance(self.underlying_instrument, AdrInstrument):
                underlying_instrument__j = self.underlying_instrument.to_dict()
            else:
                underlying_instrument__j = self.underlying_instrument.to_dict()

        description__j: None | str | Unset
        if isinstance(self.description, Unset):
            description__j = UNSET
        else:
            description__j = self.description

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
                "raw_symbol": raw_symbol__j,
                "underlying_instrument": underlying_instrument__j,
            }
        )
        if description__j is not UNSET:
            field_dict["description"] = description__j
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
            kind__v: CfdInstrumentKind
            kind__v = CfdInstrumentKind(kind__j)

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

            _src_key = "raw_symbol"
            try:
                raw_symbol__j = src_dict[_src_key]
                raw_symbol__v: str | None
                if type(raw_symbol__j) is not str:
                    type_mismatch("a string", raw_symbol__j)
                raw_symbol__v = raw_symbol__j

            except RECOVERABLE as exc:
                raw_symbol__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "underlying_instrument"
            try:
                underlying_instrument__j = src_dict[_src_key]
                underlying_instrument__v = _parse_underlying_instrument(underlying_instrument__j)

            except RECOVERABLE as exc:
                underlying_instrument__v = None
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
            raw_symbol__v,
            underlying_instrument__v,
            description__v,
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


def _parse_underlying_instrument(
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


ENUM_KEYS.setdefault(CfdInstrumentKind, set()).add("kind")
