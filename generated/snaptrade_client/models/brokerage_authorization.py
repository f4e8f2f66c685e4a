from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..types import (
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    extras_key,
    extras_repr,
    type_mismatch,
)
from ..types import unusable as _unusable_value

if TYPE_CHECKING:
    from ..models.brokerage import Brokerage
    from ..models.brokerage_authorization_meta import BrokerageAuthorizationMeta


T = TypeVar("T", bound="BrokerageAuthorization")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "created_date",
        "brokerage",
        "name",
        "type",
        "disabled",
        "disabled_date",
        "meta",
        "updated_date",
        "is_eligible_for_payout",
        "data_freshness_mode",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class BrokerageAuthorization:
    """
    Attributes:
        id (UUID | Unset):  Example: 87b24961-b51e-4db8-9226-f198f6518a89.
        created_date (datetime.datetime | Unset):  Example: 2024-08-20T21:56:19.123935Z.
        brokerage (Brokerage | Unset):
        name (str | Unset):  Example: Connection-1.
        type_ (str | Unset):  Example: trade.
        disabled (bool | Unset):  Example: False.
        disabled_date (datetime.datetime | None | Unset):  Example: 2022-01-21T15:11:19.217000-05:00.
        meta (BrokerageAuthorizationMeta | Unset):  Example: {'identifier': 123456}.
        updated_date (datetime.datetime | Unset):  Example: 2024-08-20T21:56:20.057224Z.
        is_eligible_for_payout (bool | Unset):  Example: True.
        data_freshness_mode (str | Unset):  Example: realtime.
    """

    id: UUID | Unset = UNSET
    created_date: datetime.datetime | Unset | None = UNSET
    brokerage: Brokerage | Unset | None = UNSET
    name: str | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    disabled: bool | Unset | None = UNSET
    disabled_date: datetime.datetime | None | Unset = UNSET
    meta: BrokerageAuthorizationMeta | Unset | None = UNSET
    updated_date: datetime.datetime | Unset | None = UNSET
    is_eligible_for_payout: bool | Unset | None = UNSET
    data_freshness_mode: str | Unset | None = UNSET
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
        id__j: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id__j = str(self.id)

        created_date__j: Any
        if self.created_date is None:
            created_date__j = None
        else:
            created_date__j = UNSET
            if not isinstance(self.created_date, Unset):
                created_date__j = self.created_date.isoformat()

        brokerage__j: Any
        if self.brokerage is None:
            brokerage__j = None
        else:
            brokerage__j = UNSET
            if not isinstance(self.brokerage, Unset):
                brokerage__j = self.brokerage.to_dict()

        name__j: Any
        if self.name is None:
            name__j = None
        else:
            name__j = self.name

        type___j: Any
        if self.type_ is None:
            type___j = None
        else:
            type___j = self.type_

        disabled__j: Any
        if self.disabled is None:
            disabled__j = None
        else:
            disabled__j = self.disabled

        disabled_date__j: None | str | Unset
        if isinstance(self.disabled_date, Unset):
            disabled_date__j = UNSET
        elif isinstance(self.disabled_date, datetime.datetime):
            disabled_date__j = self.disabled_date.isoformat()
        else:
            disabled_date__j = self.disabled_date

        meta__j: Any
        if self.meta is None:
            meta__j = None
        else:
            meta__j = UNSET
            if not isinstance(self.meta, Unset):
                meta__j = self.meta.to_dict()

        updated_date__j: Any
        if self.updated_date is None:
            updated_date__j = None
        else:
            updated_date__j = UNSET
            if not isinstance(self.updated_date, Unset):
                updated_date__j = self.updated_date.isoformat()

        is_eligible_for_payout__j: Any
        if self.is_eligible_for_payout is None:
            is_eligible_for_payout__j = None
        else:
            is_eligible_for_payout__j = self.is_eligible_for_payout

        data_freshness_mode__j: Any
        if self.data_freshness_mode is None:
            data_freshness_mode__j = None
        else:
            data_freshness_mode__j = self.data_freshness_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self._additional_properties or {})
        field_dict.update({})
        if id__j is not UNSET:
            field_dict["id"] = id__j
        if created_date__j is not UNSET:
            field_dict["created_date"] = created_date__j
        if brokerage__j is not UNSET:
            field_dict["brokerage"] = brokerage__j
        if name__j is not UNSET:
            field_dict["name"] = name__j
        if type___j is not UNSET:
            field_dict["type"] = type___j
        if disabled__j is not UNSET:
            field_dict["disabled"] = disabled__j
        if disabled_date__j is not UNSET:
            field_dict["disabled_date"] = disabled_date__j
        if meta__j is not UNSET:
            field_dict["meta"] = meta__j
        if updated_date__j is not UNSET:
            field_dict["updated_date"] = updated_date__j
        if is_eligible_for_payout__j is not UNSET:
            field_dict["is_eligible_for_payout"] = is_eligible_for_payout__j
        if data_freshness_mode__j is not UNSET:
            field_dict["data_freshness_mode"] = data_freshness_mode__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "id"
            id__j = src_dict.get(_src_key, UNSET)
            id__v: UUID | Unset
            if type(id__j) is str:
                id__v = UUID(id__j)

            elif isinstance(id__j, Unset):
                id__v = UNSET
            else:
                if type(id__j) is not str:
                    type_mismatch("a UUID string", id__j)
                id__v = UUID(id__j)

            _src_key = "created_date"
            try:
                created_date__j = src_dict.get(_src_key, UNSET)
                created_date__v: datetime.datetime | Unset | None
                if type(created_date__j) is str:
                    created_date__v = datetime.datetime.fromisoformat(created_date__j)

                elif isinstance(created_date__j, Unset):
                    created_date__v = UNSET
                else:
                    if type(created_date__j) is not str:
                        type_mismatch("a date-time string", created_date__j)
                    created_date__v = datetime.datetime.fromisoformat(created_date__j)

            except RECOVERABLE as exc:
                created_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "brokerage"
            try:
                brokerage__j = src_dict.get(_src_key, UNSET)
                brokerage__v: Brokerage | Unset | None
                if type(brokerage__j) is dict:
                    brokerage__v = _models.Brokerage.from_dict(brokerage__j)

                elif isinstance(brokerage__j, Unset):
                    brokerage__v = UNSET
                else:
                    brokerage__v = _models.Brokerage.from_dict(brokerage__j)

            except RECOVERABLE as exc:
                brokerage__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "name"
            try:
                name__j = src_dict.get(_src_key, UNSET)
                name__v: str | Unset | None
                if type(name__j) is str:
                    name__v = name__j

                elif isinstance(name__j, Unset):
                    name__v = UNSET
                else:
                    if type(name__j) is not str:
                        type_mismatch("a string", name__j)
                    name__v = name__j

            except RECOVERABLE as exc:
                name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "type"
            try:
                type___j = src_dict.get(_src_key, UNSET)
                type___v: str | Unset | None
                if type(type___j) is str:
                    type___v = type___j

                elif isinstance(type___j, Unset):
                    type___v = UNSET
                else:
                    if type(type___j) is not str:
                        type_mismatch("a string", type___j)
                    type___v = type___j

            except RECOVERABLE as exc:
                type___v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "disabled"
            try:
                disabled__j = src_dict.get(_src_key, UNSET)
                disabled__v: bool | Unset | None
                if type(disabled__j) is bool:
                    disabled__v = disabled__j

                elif isinstance(disabled__j, Unset):
                    disabled__v = UNSET
                else:
                    if type(disabled__j) is not bool:
                        type_mismatch("a boolean", disabled__j)
                    disabled__v = disabled__j

            except RECOVERABLE as exc:
                disabled__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "disabled_date"
            try:
                disabled_date__v = src_dict.get(_src_key, UNSET)
                if disabled_date__v is not None and disabled_date__v is not UNSET:
                    disabled_date__v = _parse_disabled_date(disabled_date__v)

            except RECOVERABLE as exc:
                disabled_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "meta"
            try:
                meta__j = src_dict.get(_src_key, UNSET)
                meta__v: BrokerageAuthorizationMeta | Unset | None
                if type(meta__j) is dict:
                    meta__v = _models.BrokerageAuthorizationMeta.from_dict(meta__j)

                elif isinstance(meta__j, Unset):
                    meta__v = UNSET
                else:
                    meta__v = _models.BrokerageAuthorizationMeta.from_dict(meta__j)

            except RECOVERABLE as exc:
                meta__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "updated_date"
            try:
                updated_date__j = src_dict.get(_src_key, UNSET)
                updated_date__v: datetime.datetime | Unset | None
                if type(updated_date__j) is str:
                    updated_date__v = datetime.datetime.fromisoformat(updated_date__j)

                elif isinstance(updated_date__j, Unset):
                    updated_date__v = UNSET
                else:
                    if type(updated_date__j) is not str:
                        type_mismatch("a date-time string", updated_date__j)
                    updated_date__v = datetime.datetime.fromisoformat(updated_date__j)

            except RECOVERABLE as exc:
                updated_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "is_eligible_for_payout"
            try:
                is_eligible_for_payout__j = src_dict.get(_src_key, UNSET)
                is_eligible_for_payout__v: bool | Unset | None
                if type(is_eligible_for_payout__j) is bool:
                    is_eligible_for_payout__v = is_eligible_for_payout__j

                elif isinstance(is_eligible_for_payout__j, Unset):
                    is_eligible_for_payout__v = UNSET
                else:
                    if type(is_eligible_for_payout__j) is not bool:
                        type_mismatch("a boolean", is_eligible_for_payout__j)
                    is_eligible_for_payout__v = is_eligible_for_payout__j

            except RECOVERABLE as exc:
                is_eligible_for_payout__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "data_freshness_mode"
            try:
                data_freshness_mode__j = src_dict.get(_src_key, UNSET)
                data_freshness_mode__v: str | Unset | None
                if type(data_freshness_mode__j) is str:
                    data_freshness_mode__v = data_freshness_mode__j

                elif isinstance(data_freshness_mode__j, Unset):
                    data_freshness_mode__v = UNSET
                else:
                    if type(data_freshness_mode__j) is not str:
                        type_mismatch("a string", data_freshness_mode__j)
                    data_freshness_mode__v = data_freshness_mode__j

            except RECOVERABLE as exc:
                data_freshness_mode__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            id__v,
            created_date__v,
            brokerage__v,
            name__v,
            type___v,
            disabled__v,
            disabled_date__v,
            meta__v,
            updated_date__v,
            is_eligible_for_payout__v,
            data_freshness_mode__v,
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


def _parse_disabled_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = datetime.datetime.fromisoformat(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)
