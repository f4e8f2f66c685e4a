from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.api_result_status import ApiResultStatus
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
    from ..models.holdings_model import HoldingsModel


T = TypeVar("T", bound="HoldingsModelApiResult")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "status",
        "message",
        "displayMessage",
        "errorType",
        "errorHash",
        "teamCode",
        "errorData",
        "content",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class HoldingsModelApiResult:
    """Envelope whose content is the holdings of one account.

    Attributes:
        status (ApiResultStatus | Unset): Outcome of the request as Mesh saw it (not the outcome of the institution
            call).
        message (None | str | Unset): Message produced by Mesh, meant for developers.
        display_message (None | str | Unset): Message that may be shown to the end user as is.
        error_type (None | str | Unset): Machine-readable reason for a status other than `ok` (open set; see ApiResult).
        error_hash (None | str | Unset): Short hash Mesh uses to group occurrences of the same error.
        team_code (None | str | Unset): Opaque two-character routing code of Mesh (see ApiResult).
        error_data (Any | Unset): Extra error details of no fixed shape; any JSON value, or null.
        content (HoldingsModel | None | Unset): The holdings; null or absent when the request failed.
    """

    status: ApiResultStatus | Unset = UNSET
    message: None | str | Unset = UNSET
    display_message: None | str | Unset = UNSET
    error_type: None | str | Unset = UNSET
    error_hash: None | str | Unset = UNSET
    team_code: None | str | Unset = UNSET
    error_data: Any | Unset | None = UNSET
    content: HoldingsModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.holdings_model import HoldingsModel  # noqa: PLC0415

        status__j: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status__j = self.status.value

        message__j: None | str | Unset
        if isinstance(self.message, Unset):
            message__j = UNSET
        else:
            message__j = self.message

        display_message__j: None | str | Unset
        if isinstance(self.display_message, Unset):
            display_message__j = UNSET
        else:
            display_message__j = self.display_message

        error_type__j: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type__j = UNSET
        else:
            error_type__j = self.error_type

        error_hash__j: None | str | Unset
        if isinstance(self.error_hash, Unset):
            error_hash__j = UNSET
        else:
            error_hash__j = self.error_hash

        team_code__j: None | str | Unset
        if isinstance(self.team_code, Unset):
            team_code__j = UNSET
        else:
            team_code__j = self.team_code

        error_data__j: Any
        if self.error_data is None:
            error_data__j = None
        else:
            error_data__j = self.error_data

        content__j: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content__j = UNSET
        elif isinstance(self.content, HoldingsModel):
            content__j = self.content.to_dict()
        else:
            content__j = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status__j is not UNSET:
            field_dict["status"] = status__j
        if message__j is not UNSET:
            field_dict["message"] = message__j
        if display_message__j is not UNSET:
            field_dict["displayMessage"] = display_message__j
        if error_type__j is not UNSET:
            field_dict["errorType"] = error_type__j
        if error_hash__j is not UNSET:
            field_dict["errorHash"] = error_hash__j
        if team_code__j is not UNSET:
            field_dict["teamCode"] = team_code__j
        if error_data__j is not UNSET:
            field_dict["errorData"] = error_data__j
        if content__j is not UNSET:
            field_dict["content"] = content__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "status"
            status__j = src_dict.get(_src_key, UNSET)
            status__v: ApiResultStatus | Unset
            if type(status__j) is str:
                status__v = ApiResultStatus(status__j)

            elif isinstance(status__j, Unset):
                status__v = UNSET
            else:
                status__v = ApiResultStatus(status__j)

            _src_key = "message"
            try:
                message__v = src_dict.get(_src_key, UNSET)
                if type(message__v) is not str and message__v is not None and message__v is not UNSET:
                    message__v = _parse_message(message__v)

            except RECOVERABLE as exc:
                message__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "displayMessage"
            try:
                display_message__v = src_dict.get(_src_key, UNSET)
                if (
                    type(display_message__v) is not str
                    and display_message__v is not None
                    and display_message__v is not UNSET
                ):
                    display_message__v = _parse_display_message(display_message__v)

            except RECOVERABLE as exc:
                display_message__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "errorType"
            try:
                error_type__v = src_dict.get(_src_key, UNSET)
                if (
                    type(error_type__v) is not str
                    and error_type__v is not None
                    and error_type__v is not UNSET
                ):
                    error_type__v = _parse_error_type(error_type__v)

            except RECOVERABLE as exc:
                error_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "errorHash"
            try:
                error_hash__v = src_dict.get(_src_key, UNSET)
                if (
                    type(error_hash__v) is not str
                    and error_hash__v is not None
                    and error_hash__v is not UNSET
                ):
                    error_hash__v = _parse_error_hash(error_hash__v)

            except RECOVERABLE as exc:
                error_hash__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "teamCode"
            try:
                team_code__v = src_dict.get(_src_key, UNSET)
                if type(team_code__v) is not str and team_code__v is not None and team_code__v is not UNSET:
                    team_code__v = _parse_team_code(team_code__v)

            except RECOVERABLE as exc:
                team_code__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "errorData"
            try:
                error_data__j = src_dict.get(_src_key, UNSET)
                error_data__v: Any | Unset | None
                if isinstance(error_data__j, Unset):
                    error_data__v = UNSET
                else:
                    error_data__v = error_data__j

            except RECOVERABLE as exc:
                error_data__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "content"
            content__v = src_dict.get(_src_key, UNSET)
            if content__v is not None and content__v is not UNSET:
                content__v = _parse_content(content__v)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            status__v,
            message__v,
            display_message__v,
            error_type__v,
            error_hash__v,
            team_code__v,
            error_data__v,
            content__v,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
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


def _parse_message(data: object) -> None | str | Unset:
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


def _parse_display_message(data: object) -> None | str | Unset:
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


def _parse_error_type(data: object) -> None | str | Unset:
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


def _parse_error_hash(data: object) -> None | str | Unset:
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


def _parse_team_code(data: object) -> None | str | Unset:
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


def _parse_content(data: object) -> HoldingsModel | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.HoldingsModel.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


ENUM_KEYS.setdefault(ApiResultStatus, set()).add("status")
