from __future__ import annotations

import datetime
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
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

if TYPE_CHECKING:
    from ..models.yield_rate import YieldRate


T = TypeVar("T", bound="FixedIncome")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "yield_rate",
        "maturity_date",
        "issue_date",
        "face_value",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class FixedIncome:
    """
    Attributes:
        yield_rate (None | YieldRate):
        maturity_date (datetime.date | None):
        issue_date (datetime.date | None):
        face_value (Decimal | None):
    """

    yield_rate: None | YieldRate
    maturity_date: datetime.date | None
    issue_date: datetime.date | None
    face_value: Decimal | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.yield_rate import YieldRate  # noqa: PLC0415

        yield_rate__j: dict[str, Any] | None
        if isinstance(self.yield_rate, YieldRate):
            yield_rate__j = self.yield_rate.to_dict()
        else:
            yield_rate__j = self.yield_rate

        maturity_date__j: None | str
        if isinstance(self.maturity_date, datetime.date):
            maturity_date__j = self.maturity_date.isoformat()
        else:
            maturity_date__j = self.maturity_date

        issue_date__j: None | str
        if isinstance(self.issue_date, datetime.date):
            issue_date__j = self.issue_date.isoformat()
        else:
            issue_date__j = self.issue_date

        face_value__j: Decimal | None
        face_value__j = self.face_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "yield_rate": yield_rate__j,
                "maturity_date": maturity_date__j,
                "issue_date": issue_date__j,
                "face_value": face_value__j,
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
            _src_key = "yield_rate"
            try:
                yield_rate__j = src_dict[_src_key]
                yield_rate__v = yield_rate__j
                if yield_rate__v is not None:
                    yield_rate__v = _parse_yield_rate(yield_rate__v)

            except RECOVERABLE as exc:
                yield_rate__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "maturity_date"
            try:
                maturity_date__j = src_dict[_src_key]
                maturity_date__v = maturity_date__j
                if maturity_date__v is not None:
                    maturity_date__v = _parse_maturity_date(maturity_date__v)

            except RECOVERABLE as exc:
                maturity_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "issue_date"
            try:
                issue_date__j = src_dict[_src_key]
                issue_date__v = issue_date__j
                if issue_date__v is not None:
                    issue_date__v = _parse_issue_date(issue_date__v)

            except RECOVERABLE as exc:
                issue_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "face_value"
            try:
                face_value__j = src_dict[_src_key]
                face_value__v = face_value__j
                if type(face_value__v) is not Decimal and face_value__v is not None:
                    face_value__v = (
                        INT_DECIMALS[face_value__v]
                        if type(face_value__v) is int
                        else _parse_face_value(face_value__v)
                    )

            except RECOVERABLE as exc:
                face_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            yield_rate__v,
            maturity_date__v,
            issue_date__v,
            face_value__v,
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


def _parse_yield_rate(data: object) -> None | YieldRate:
    if data is None:
        return None
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.YieldRate.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_maturity_date(data: object) -> datetime.date | None:
    if data is None:
        return None
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


def _parse_issue_date(data: object) -> datetime.date | None:
    if data is None:
        return None
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


def _parse_face_value(data: object) -> Decimal | None:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or null", data)
