from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    RECOVERABLE,
    as_decode_error,
    type_mismatch,
)

if TYPE_CHECKING:
    from ..models.position import Position


T = TypeVar("T", bound="Portfolio")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "portfolio_id",
        "positions",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class Portfolio:
    """A portfolio and the positions it holds.

    Attributes:
        portfolio_id (str): The portfolio's external id, as requested.
        positions (list[Position]): The positions held; empty when the portfolio holds nothing.
    """

    portfolio_id: str
    positions: list[Position]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        portfolio_id__j = self.portfolio_id

        positions__j = []
        for positions__j_data in self.positions:
            positions__j_item = positions__j_data.to_dict()
            positions__j.append(positions__j_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "portfolio_id": portfolio_id__j,
                "positions": positions__j,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "portfolio_id"
            portfolio_id__j = src_dict[_src_key]
            portfolio_id__v: str
            if type(portfolio_id__j) is not str:
                type_mismatch("a string", portfolio_id__j)
            portfolio_id__v = portfolio_id__j

            _src_key = "positions"
            positions__j = src_dict[_src_key]
            positions__v: list[Position]
            if type(positions__j) is not list:
                type_mismatch("an array", positions__j)
            positions__v = []
            try:
                for positions__v_data in positions__j:
                    positions__v_item = _models.Position.from_dict(positions__v_data)

                    positions__v.append(positions__v_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(positions__v)) from None

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            portfolio_id__v,
            positions__v,
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
