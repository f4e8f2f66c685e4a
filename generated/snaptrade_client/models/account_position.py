from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..types import (
    INT_DECIMALS,
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
    from ..models.cfd_instrument import CfdInstrument
    from ..models.crypto_instrument import CryptoInstrument
    from ..models.etf_instrument import EtfInstrument
    from ..models.future_instrument import FutureInstrument
    from ..models.mutual_fund_instrument import MutualFundInstrument
    from ..models.option_instrument import OptionInstrument
    from ..models.other_instrument import OtherInstrument
    from ..models.stock_instrument import StockInstrument
    from ..models.tax_lot import TaxLot


T = TypeVar("T", bound="AccountPosition")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "instrument",
        "units",
        "price",
        "cost_basis",
        "currency",
        "cash_equivalent",
        "tax_lots",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class AccountPosition:
    """
    Attributes:
        instrument (AdrInstrument | CefInstrument | CfdInstrument | CryptoInstrument | EtfInstrument | FutureInstrument
            | MutualFundInstrument | OptionInstrument | OtherInstrument | StockInstrument | UnknownVariant):
        units (Decimal | None | Unset):  Example: 10.5.
        price (Decimal | None | Unset):  Example: 123.45.
        cost_basis (Decimal | None | Unset):  Example: 118.2.
        currency (None | str | Unset):  Example: USD.
        cash_equivalent (bool | Unset):  Example: False.
        tax_lots (list[TaxLot] | Unset):
    """

    instrument: (
        AdrInstrument
        | CefInstrument
        | CfdInstrument
        | CryptoInstrument
        | EtfInstrument
        | FutureInstrument
        | MutualFundInstrument
        | OptionInstrument
        | OtherInstrument
        | StockInstrument
        | UnknownVariant
    )
    units: Decimal | None | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    cost_basis: Decimal | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    cash_equivalent: bool | Unset | None = UNSET
    tax_lots: list[TaxLot] | Unset | None = UNSET
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
        from ..models.cfd_instrument import CfdInstrument  # noqa: PLC0415
        from ..models.crypto_instrument import CryptoInstrument  # noqa: PLC0415
        from ..models.etf_instrument import EtfInstrument  # noqa: PLC0415
        from ..models.future_instrument import FutureInstrument  # noqa: PLC0415
        from ..models.mutual_fund_instrument import MutualFundInstrument  # noqa: PLC0415
        from ..models.option_instrument import OptionInstrument  # noqa: PLC0415
        from ..models.stock_instrument import StockInstrument  # noqa: PLC0415

        instrument__j: dict[str, Any]
        if isinstance(self.instrument, UnknownVariant):
            instrument__j = self.instrument.to_dict()
        elif isinstance(self.instrument, StockInstrument):
            instrument__j = self.instrument.to_dict()
        elif isinstance(self.instrument, OptionInstrument):
            instrument__j = self.instrument.to_dict()
        elif isinstance(self.instrument, CryptoInstrument):
            instrument__j = self.instrument.to_dict()
        elif isinstance(self.instrument, FutureInstrument):
            instrument__j = self.instrument.to_dict()
        elif isinstance(self.instrument, EtfInstrument):
            instrument__j = self.instrument.to_dict()
        elif isinstance(self.instrument, MutualFundInstrument):
            instrument__j = self.instrument.to_dict()
        elif isinstance(self.instrument, CefInstrument):
            instrument__j = self.instrument.to_dict()
        elif isinstance(self.instrument, AdrInstrument):
            instrument__j = self.instrument.to_dict()
        elif isinstance(self.instrument, CfdInstrument):
            instrument__j = self.instrument.to_dict()
        else:
            instrument__j = self.instrument.to_dict()

        units__j: None | str | Unset
        if isinstance(self.units, Unset):
            units__j = UNSET
        elif isinstance(self.units, Decimal):
            units__j = format(self.units, "f")
        else:
            units__j = self.units

        price__j: None | str | Unset
        if isinstance(self.price, Unset):
            price__j = UNSET
        elif isinstance(self.price, Decimal):
            price__j = format(self.price, "f")
        else:
            price__j = self.price

        cost_basis__j: None | str | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis__j = UNSET
        elif isinstance(self.cost_basis, Decimal):
            cost_basis__j = format(self.cost_basis, "f")
        else:
            cost_basis__j = self.cost_basis

        currency__j: None | str | Unset
        if isinstance(self.currency, Unset):
            currency__j = UNSET
        else:
            currency__j = self.currency

        cash_equivalent__j: Any
        if self.cash_equivalent is None:
            cash_equivalent__j = None
        else:
            cash_equivalent__j = self.cash_equivalent

        tax_lots__j: Any
        if self.tax_lots is None:
            tax_lots__j = None
        else:
            tax_lots__j = UNSET
            if not isinstance(self.tax_lots, Unset):
                tax_lots__j = []
                for tax_lots__j_data in self.tax_lots:
                    tax_lots__j_item = tax_lots__j_data.to_dict()
                    tax_lots__j.append(tax_lots__j_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self._additional_properties or {})
        field_dict.update(
            {
                "instrument": instrument__j,
            }
        )
        if units__j is not UNSET:
            field_dict["units"] = units__j
        if price__j is not UNSET:
            field_dict["price"] = price__j
        if cost_basis__j is not UNSET:
            field_dict["cost_basis"] = cost_basis__j
        if currency__j is not UNSET:
            field_dict["currency"] = currency__j
        if cash_equivalent__j is not UNSET:
            field_dict["cash_equivalent"] = cash_equivalent__j
        if tax_lots__j is not UNSET:
            field_dict["tax_lots"] = tax_lots__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "instrument"
            instrument__j = src_dict[_src_key]
            instrument__v = _parse_instrument(instrument__j)

            _src_key = "units"
            units__v = src_dict.get(_src_key, UNSET)
            if type(units__v) is not Decimal and units__v is not None and units__v is not UNSET:
                units__v = INT_DECIMALS[units__v] if type(units__v) is int else _parse_units(units__v)

            _src_key = "price"
            try:
                price__v = src_dict.get(_src_key, UNSET)
                if type(price__v) is not Decimal and price__v is not None and price__v is not UNSET:
                    price__v = INT_DECIMALS[price__v] if type(price__v) is int else _parse_price(price__v)

            except RECOVERABLE as exc:
                price__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cost_basis"
            try:
                cost_basis__v = src_dict.get(_src_key, UNSET)
                if (
                    type(cost_basis__v) is not Decimal
                    and cost_basis__v is not None
                    and cost_basis__v is not UNSET
                ):
                    cost_basis__v = (
                        INT_DECIMALS[cost_basis__v]
                        if type(cost_basis__v) is int
                        else _parse_cost_basis(cost_basis__v)
                    )

            except RECOVERABLE as exc:
                cost_basis__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "currency"
            try:
                currency__v = src_dict.get(_src_key, UNSET)
                if type(currency__v) is not str and currency__v is not None and currency__v is not UNSET:
                    currency__v = _parse_currency(currency__v)

            except RECOVERABLE as exc:
                currency__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cash_equivalent"
            try:
                cash_equivalent__j = src_dict.get(_src_key, UNSET)
                cash_equivalent__v: bool | Unset | None
                if type(cash_equivalent__j) is bool:
                    cash_equivalent__v = cash_equivalent__j

                elif isinstance(cash_equivalent__j, Unset):
                    cash_equivalent__v = UNSET
                else:
                    if type(cash_equivalent__j) is not bool:
                        type_mismatch("a boolean", cash_equivalent__j)
                    cash_equivalent__v = cash_equivalent__j

            except RECOVERABLE as exc:
                cash_equivalent__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "tax_lots"
            try:
                tax_lots__j = src_dict.get(_src_key, UNSET)
                tax_lots__v: list[TaxLot] | Unset | None
                if type(tax_lots__j) is list:
                    tax_lots__v = []
                    try:
                        for tax_lots__v_data in tax_lots__j:
                            tax_lots__v_item = _models.TaxLot.from_dict(tax_lots__v_data)

                            tax_lots__v.append(tax_lots__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(tax_lots__v)) from None

                elif isinstance(tax_lots__j, Unset):
                    tax_lots__v = UNSET
                else:
                    if type(tax_lots__j) is not list:
                        type_mismatch("an array", tax_lots__j)
                    tax_lots__v = []
                    try:
                        for tax_lots__v_data in tax_lots__j:
                            tax_lots__v_item = _models.TaxLot.from_dict(tax_lots__v_data)

                            tax_lots__v.append(tax_lots__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(tax_lots__v)) from None

            except RECOVERABLE as exc:
                tax_lots__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            instrument__v,
            units__v,
            price__v,
            cost_basis__v,
            currency__v,
            cash_equivalent__v,
            tax_lots__v,
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


def _parse_instrument(
    data: object,
) -> (
    AdrInstrument
    | CefInstrument
    | CfdInstrument
    | CryptoInstrument
    | EtfInstrument
    | FutureInstrument
    | MutualFundInstrument
    | OptionInstrument
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
    if tag == "cfd":
        return _models.CfdInstrument.from_dict(data)
    if tag == "crypto":
        return _models.CryptoInstrument.from_dict(data)
    if tag == "etf":
        return _models.EtfInstrument.from_dict(data)
    if tag == "future":
        return _models.FutureInstrument.from_dict(data)
    if tag == "mutualfund":
        return _models.MutualFundInstrument.from_dict(data)
    if tag == "option":
        return _models.OptionInstrument.from_dict(data)
    if tag == "other":
        return _models.OtherInstrument.from_dict(data)
    if tag == "stock":
        return _models.StockInstrument.from_dict(data)
    if type(tag) is not str:
        raise DecodeError("the discriminator is missing or not a string", ("kind",))
    return UnknownVariant("kind", tag, data)


def _parse_units(data: object) -> Decimal | None | Unset:
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


def _parse_price(data: object) -> Decimal | None | Unset:
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


def _parse_cost_basis(data: object) -> Decimal | None | Unset:
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
