from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

if TYPE_CHECKING:
    from ..models.holding import Holding
    from ..models.investment_account import InvestmentAccount
    from ..models.item import Item
    from ..models.security import Security


T = TypeVar("T", bound="InvestmentsHoldingsGetResponse")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "accounts",
        "holdings",
        "securities",
        "item",
        "request_id",
        "is_investments_fallback_item",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class InvestmentsHoldingsGetResponse:
    """
    Attributes:
        accounts (list[InvestmentAccount]):
        holdings (list[Holding]):
        securities (list[Security]):
        item (Item):
        request_id (str):
        is_investments_fallback_item (bool | Unset):
    """

    accounts: list[InvestmentAccount]
    holdings: list[Holding]
    securities: list[Security]
    item: Item | None
    request_id: str | None
    is_investments_fallback_item: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        accounts__j = []
        for accounts__j_data in self.accounts:
            accounts__j_item = accounts__j_data.to_dict()
            accounts__j.append(accounts__j_item)

        holdings__j = []
        for holdings__j_data in self.holdings:
            holdings__j_item = holdings__j_data.to_dict()
            holdings__j.append(holdings__j_item)

        securities__j = []
        for securities__j_data in self.securities:
            securities__j_item = securities__j_data.to_dict()
            securities__j.append(securities__j_item)

        item__j: Any
        if self.item is None:
            item__j = None
        else:
            item__j = self.item.to_dict()

        request_id__j: Any
        if self.request_id is None:
            request_id__j = None
        else:
            request_id__j = self.request_id

        is_investments_fallback_item__j: Any
        if self.is_investments_fallback_item is None:
            is_investments_fallback_item__j = None
        else:
            is_investments_fallback_item__j = self.is_investments_fallback_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts__j,
                "holdings": holdings__j,
                "securities": securities__j,
                "item": item__j,
                "request_id": request_id__j,
            }
        )
        if is_investments_fallback_item__j is not UNSET:
            field_dict["is_investments_fallback_item"] = is_investments_fallback_item__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "accounts"
            accounts__j = src_dict[_src_key]
            accounts__v: list[InvestmentAccount]
            if type(accounts__j) is not list:
                type_mismatch("an array", accounts__j)
            accounts__v = []
            try:
                for accounts__v_data in accounts__j:
                    accounts__v_item = _models.InvestmentAccount.from_dict(accounts__v_data)

                    accounts__v.append(accounts__v_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(accounts__v)) from None

            _src_key = "holdings"
            holdings__j = src_dict[_src_key]
            holdings__v: list[Holding]
            if type(holdings__j) is not list:
                type_mismatch("an array", holdings__j)
            holdings__v = []
            try:
                for holdings__v_data in holdings__j:
                    holdings__v_item = _models.Holding.from_dict(holdings__v_data)

                    holdings__v.append(holdings__v_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(holdings__v)) from None

            _src_key = "securities"
            securities__j = src_dict[_src_key]
            securities__v: list[Security]
            if type(securities__j) is not list:
                type_mismatch("an array", securities__j)
            securities__v = []
            try:
                for securities__v_data in securities__j:
                    securities__v_item = _models.Security.from_dict(securities__v_data)

                    securities__v.append(securities__v_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(securities__v)) from None

            _src_key = "item"
            try:
                item__j = src_dict[_src_key]
                item__v: Item | None
                item__v = _models.Item.from_dict(item__j)

            except RECOVERABLE as exc:
                item__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "request_id"
            try:
                request_id__j = src_dict[_src_key]
                request_id__v: str | None
                if type(request_id__j) is not str:
                    type_mismatch("a string", request_id__j)
                request_id__v = request_id__j

            except RECOVERABLE as exc:
                request_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "is_investments_fallback_item"
            try:
                is_investments_fallback_item__j = src_dict.get(_src_key, UNSET)
                is_investments_fallback_item__v: bool | Unset | None
                if type(is_investments_fallback_item__j) is bool:
                    is_investments_fallback_item__v = is_investments_fallback_item__j

                elif isinstance(is_investments_fallback_item__j, Unset):
                    is_investments_fallback_item__v = UNSET
                else:
                    if type(is_investments_fallback_item__j) is not bool:
                        type_mismatch("a boolean", is_investments_fallback_item__j)
                    is_investments_fallback_item__v = is_investments_fallback_item__j

            except RECOVERABLE as exc:
                is_investments_fallback_item__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            accounts__v,
            holdings__v,
            securities__v,
            item__v,
            request_id__v,
            is_investments_fallback_item__v,
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
