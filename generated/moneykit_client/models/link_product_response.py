from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.link_product_error import LinkProductError
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

if TYPE_CHECKING:
    from ..models.product_settings import ProductSettings


T = TypeVar("T", bound="LinkProductResponse")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "refreshed_at",
        "last_attempted_at",
        "error_code",
        "error_message",
        "unavailable",
        "settings",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class LinkProductResponse:
    """Refresh status of one product of a link.

    Attributes:
        refreshed_at (datetime.datetime | None | Unset): Last successful refresh; new data has arrived when this moves
            forward.
        last_attempted_at (datetime.datetime | None | Unset): Last refresh attempt, successful or not.
        error_code (LinkProductError | None | Unset): Why the last attempt failed.
        error_message (None | str | Unset): Explanation of the last failure.
        unavailable (None | str | Unset): Set when the product cannot be refreshed at the moment, with the reason;
            earlier data stays readable.
        settings (None | ProductSettings | Unset):
    """

    refreshed_at: datetime.datetime | None | Unset = UNSET
    last_attempted_at: datetime.datetime | None | Unset = UNSET
    error_code: LinkProductError | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    unavailable: None | str | Unset = UNSET
    settings: None | ProductSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.product_settings import ProductSettings  # noqa: PLC0415

        refreshed_at__j: None | str | Unset
        if isinstance(self.refreshed_at, Unset):
            refreshed_at__j = UNSET
        elif isinstance(self.refreshed_at, datetime.datetime):
            refreshed_at__j = self.refreshed_at.isoformat()
        else:
            refreshed_at__j = self.refreshed_at

        last_attempted_at__j: None | str | Unset
        if isinstance(self.last_attempted_at, Unset):
            last_attempted_at__j = UNSET
        elif isinstance(self.last_attempted_at, datetime.datetime):
            last_attempted_at__j = self.last_attempted_at.isoformat()
        else:
            last_attempted_at__j = self.last_attempted_at

        error_code__j: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code__j = UNSET
        elif isinstance(self.error_code, LinkProductError):
            error_code__j = self.error_code.value
        else:
            error_code__j = self.error_code

        error_message__j: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message__j = UNSET
        else:
            error_message__j = self.error_message

        unavailable__j: None | str | Unset
        if isinstance(self.unavailable, Unset):
            unavailable__j = UNSET
        else:
            unavailable__j = self.unavailable

        settings__j: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings__j = UNSET
        elif isinstance(self.settings, ProductSettings):
            settings__j = self.settings.to_dict()
        else:
            settings__j = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refreshed_at__j is not UNSET:
            field_dict["refreshed_at"] = refreshed_at__j
        if last_attempted_at__j is not UNSET:
            field_dict["last_attempted_at"] = last_attempted_at__j
        if error_code__j is not UNSET:
            field_dict["error_code"] = error_code__j
        if error_message__j is not UNSET:
            field_dict["error_message"] = error_message__j
        if unavailable__j is not UNSET:
            field_dict["unavailable"] = unavailable__j
        if settings__j is not UNSET:
            field_dict["settings"] = settings__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "refreshed_at"
            try:
                refreshed_at__v = src_dict.get(_src_key, UNSET)
                if refreshed_at__v is not None and refreshed_at__v is not UNSET:
                    refreshed_at__v = _parse_refreshed_at(refreshed_at__v)

            except RECOVERABLE as exc:
                refreshed_at__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "last_attempted_at"
            try:
                last_attempted_at__v = src_dict.get(_src_key, UNSET)
                if last_attempted_at__v is not None and last_attempted_at__v is not UNSET:
                    last_attempted_at__v = _parse_last_attempted_at(last_attempted_at__v)

            except RECOVERABLE as exc:
                last_attempted_at__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "error_code"
            try:
                error_code__v = src_dict.get(_src_key, UNSET)
                if error_code__v is not None and error_code__v is not UNSET:
                    error_code__v = _parse_error_code(error_code__v)

            except RECOVERABLE as exc:
                error_code__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "error_message"
            try:
                error_message__v = src_dict.get(_src_key, UNSET)
                if (
                    type(error_message__v) is not str
                    and error_message__v is not None
                    and error_message__v is not UNSET
                ):
                    error_message__v = _parse_error_message(error_message__v)

            except RECOVERABLE as exc:
                error_message__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "unavailable"
            try:
                unavailable__v = src_dict.get(_src_key, UNSET)
                if (
                    type(unavailable__v) is not str
                    and unavailable__v is not None
                    and unavailable__v is not UNSET
                ):
                    unavailable__v = _parse_unavailable(unavailable__v)

            except RECOVERABLE as exc:
                unavailable__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "settings"
            try:
                settings__v = src_dict.get(_src_key, UNSET)
                if settings__v is not None and settings__v is not UNSET:
                    settings__v = _parse_settings(settings__v)

            except RECOVERABLE as exc:
                settings__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            refreshed_at__v,
            last_attempted_at__v,
            error_code__v,
            error_message__v,
            unavailable__v,
            settings__v,
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


def _parse_refreshed_at(data: object) -> datetime.datetime | None | Unset:
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


def _parse_last_attempted_at(data: object) -> datetime.datetime | None | Unset:
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


def _parse_error_code(data: object) -> LinkProductError | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = LinkProductError(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_error_message(data: object) -> None | str | Unset:
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


def _parse_unavailable(data: object) -> None | str | Unset:
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


def _parse_settings(data: object) -> None | ProductSettings | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.ProductSettings.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


ENUM_KEYS.setdefault(LinkProductError, set()).add("error_code")
