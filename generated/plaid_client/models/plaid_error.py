from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.plaid_error_type import PlaidErrorType
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    type_mismatch,
)

T = TypeVar("T", bound="PlaidError")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "error_type",
        "error_code",
        "error_message",
        "display_message",
        "error_code_reason",
        "request_id",
        "causes",
        "status",
        "documentation_url",
        "suggested_action",
        "required_account_subtypes",
        "provided_account_subtypes",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class PlaidError:
    """
    Attributes:
        error_type (PlaidErrorType):
        error_code (str):
        error_message (str):
        display_message (None | str):
        error_code_reason (None | str | Unset):
        request_id (str | Unset):
        causes (list[Any] | Unset):
        status (int | None | Unset):
        documentation_url (str | Unset):
        suggested_action (None | str | Unset):
        required_account_subtypes (list[str] | Unset):
        provided_account_subtypes (list[str] | Unset):
    """

    error_type: PlaidErrorType
    error_code: str
    error_message: str
    display_message: None | str
    error_code_reason: None | str | Unset = UNSET
    request_id: str | Unset = UNSET
    causes: list[Any] | Unset = UNSET
    status: int | None | Unset = UNSET
    documentation_url: str | Unset = UNSET
    suggested_action: None | str | Unset = UNSET
    required_account_subtypes: list[str] | Unset = UNSET
    provided_account_subtypes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        error_type__j = self.error_type.value

        error_code__j = self.error_code

        error_message__j = self.error_message

        display_message__j: None | str
        display_message__j = self.display_message

        error_code_reason__j: None | str | Unset
        if isinstance(self.error_code_reason, Unset):
            error_code_reason__j = UNSET
        else:
            error_code_reason__j = self.error_code_reason

        request_id__j = self.request_id

        causes__j: list[Any] | Unset = UNSET
        if not isinstance(self.causes, Unset):
            causes__j = self.causes

        status__j: int | None | Unset
        if isinstance(self.status, Unset):
            status__j = UNSET
        else:
            status__j = self.status

        documentation_url__j = self.documentation_url

        suggested_action__j: None | str | Unset
        if isinstance(self.suggested_action, Unset):
            suggested_action__j = UNSET
        else:
            suggested_action__j = self.suggested_action

        required_account_subtypes__j: list[str] | Unset = UNSET
        if not isinstance(self.required_account_subtypes, Unset):
            required_account_subtypes__j = self.required_account_subtypes

        provided_account_subtypes__j: list[str] | Unset = UNSET
        if not isinstance(self.provided_account_subtypes, Unset):
            provided_account_subtypes__j = self.provided_account_subtypes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_type": error_type__j,
                "error_code": error_code__j,
                "error_message": error_message__j,
                "display_message": display_message__j,
            }
        )
        if error_code_reason__j is not UNSET:
            field_dict["error_code_reason"] = error_code_reason__j
        if request_id__j is not UNSET:
            field_dict["request_id"] = request_id__j
        if causes__j is not UNSET:
            field_dict["causes"] = causes__j
        if status__j is not UNSET:
            field_dict["status"] = status__j
        if documentation_url__j is not UNSET:
            field_dict["documentation_url"] = documentation_url__j
        if suggested_action__j is not UNSET:
            field_dict["suggested_action"] = suggested_action__j
        if required_account_subtypes__j is not UNSET:
            field_dict["required_account_subtypes"] = required_account_subtypes__j
        if provided_account_subtypes__j is not UNSET:
            field_dict["provided_account_subtypes"] = provided_account_subtypes__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "error_type"
            error_type__j = src_dict[_src_key]
            error_type__v: PlaidErrorType
            error_type__v = PlaidErrorType(error_type__j)

            _src_key = "error_code"
            error_code__j = src_dict[_src_key]
            error_code__v: str
            if type(error_code__j) is not str:
                type_mismatch("a string", error_code__j)
            error_code__v = error_code__j

            _src_key = "error_message"
            error_message__j = src_dict[_src_key]
            error_message__v: str
            if type(error_message__j) is not str:
                type_mismatch("a string", error_message__j)
            error_message__v = error_message__j

            _src_key = "display_message"
            display_message__j = src_dict[_src_key]
            display_message__v = display_message__j
            if type(display_message__v) is not str and display_message__v is not None:
                display_message__v = _parse_display_message(display_message__v)

            _src_key = "error_code_reason"
            error_code_reason__v = src_dict.get(_src_key, UNSET)
            if (
                type(error_code_reason__v) is not str
                and error_code_reason__v is not None
                and error_code_reason__v is not UNSET
            ):
                error_code_reason__v = _parse_error_code_reason(error_code_reason__v)

            _src_key = "request_id"
            request_id__j = src_dict.get(_src_key, UNSET)
            request_id__v: str | Unset
            if type(request_id__j) is str:
                request_id__v = request_id__j

            elif isinstance(request_id__j, Unset):
                request_id__v = UNSET
            else:
                if type(request_id__j) is not str:
                    type_mismatch("a string", request_id__j)
                request_id__v = request_id__j

            _src_key = "causes"
            causes__j = src_dict.get(_src_key, UNSET)
            causes__v: list[Any] | Unset
            if type(causes__j) is list:
                causes__v = []
                try:
                    for causes__v_data in causes__j:
                        causes__v_item = causes__v_data

                        causes__v.append(causes__v_item)
                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(len(causes__v)) from None

            elif isinstance(causes__j, Unset):
                causes__v = UNSET
            else:
                if type(causes__j) is not list:
                    type_mismatch("an array", causes__j)
                causes__v = []
                try:
                    for causes__v_data in causes__j:
                        causes__v_item = causes__v_data

                        causes__v.append(causes__v_item)
                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(len(causes__v)) from None

            _src_key = "status"
            status__v = src_dict.get(_src_key, UNSET)
            if status__v is not None and status__v is not UNSET:
                status__v = _parse_status(status__v)

            _src_key = "documentation_url"
            documentation_url__j = src_dict.get(_src_key, UNSET)
            documentation_url__v: str | Unset
            if type(documentation_url__j) is str:
                documentation_url__v = documentation_url__j

            elif isinstance(documentation_url__j, Unset):
                documentation_url__v = UNSET
            else:
                if type(documentation_url__j) is not str:
                    type_mismatch("a string", documentation_url__j)
                documentation_url__v = documentation_url__j

            _src_key = "suggested_action"
            suggested_action__v = src_dict.get(_src_key, UNSET)
            if (
                type(suggested_action__v) is not str
                and suggested_action__v is not None
                and suggested_action__v is not UNSET
            ):
                suggested_action__v = _parse_suggested_action(suggested_action__v)

            _src_key = "required_account_subtypes"
            required_account_subtypes__j = src_dict.get(_src_key, UNSET)
            required_account_subtypes__v: list[str] | Unset
            if type(required_account_subtypes__j) is list:
                required_account_subtypes__v = []
                try:
                    for required_account_subtypes__v_data in required_account_subtypes__j:
                        if type(required_account_subtypes__v_data) is not str:
                            type_mismatch("a string", required_account_subtypes__v_data)
                        required_account_subtypes__v_item = required_account_subtypes__v_data

                        required_account_subtypes__v.append(required_account_subtypes__v_item)
                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(len(required_account_subtypes__v)) from None

            elif isinstance(required_account_subtypes__j, Unset):
                required_account_subtypes__v = UNSET
            else:
                if type(required_account_subtypes__j) is not list:
                    type_mismatch("an array", required_account_subtypes__j)
                required_account_subtypes__v = []
                try:
                    for required_account_subtypes__v_data in required_account_subtypes__j:
                        if type(required_account_subtypes__v_data) is not str:
                            type_mismatch("a string", required_account_subtypes__v_data)
                        required_account_subtypes__v_item = required_account_subtypes__v_data

                        required_account_subtypes__v.append(required_account_subtypes__v_item)
                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(len(required_account_subtypes__v)) from None

            _src_key = "provided_account_subtypes"
            provided_account_subtypes__j = src_dict.get(_src_key, UNSET)
            provided_account_subtypes__v: list[str] | Unset
            if type(provided_account_subtypes__j) is list:
                provided_account_subtypes__v = []
                try:
                    for provided_account_subtypes__v_data in provided_account_subtypes__j:
                        if type(provided_account_subtypes__v_data) is not str:
                            type_mismatch("a string", provided_account_subtypes__v_data)
                        provided_account_subtypes__v_item = provided_account_subtypes__v_data

                        provided_account_subtypes__v.append(provided_account_subtypes__v_item)
                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(len(provided_account_subtypes__v)) from None

            elif isinstance(provided_account_subtypes__j, Unset):
                provided_account_subtypes__v = UNSET
            else:
                if type(provided_account_subtypes__j) is not list:
                    type_mismatch("an array", provided_account_subtypes__j)
                provided_account_subtypes__v = []
                try:
                    for provided_account_subtypes__v_data in provided_account_subtypes__j:
                        if type(provided_account_subtypes__v_data) is not str:
                            type_mismatch("a string", provided_account_subtypes__v_data)
                        provided_account_subtypes__v_item = provided_account_subtypes__v_data

                        provided_account_subtypes__v.append(provided_account_subtypes__v_item)
                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(len(provided_account_subtypes__v)) from None

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            error_type__v,
            error_code__v,
            error_message__v,
            display_message__v,
            error_code_reason__v,
            request_id__v,
            causes__v,
            status__v,
            documentation_url__v,
            suggested_action__v,
            required_account_subtypes__v,
            provided_account_subtypes__v,
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


def _parse_display_message(data: object) -> None | str:
    if data is None:
        return None
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


def _parse_error_code_reason(data: object) -> None | str | Unset:
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


def _parse_status(data: object) -> int | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is int:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("integer or null", data)


def _parse_suggested_action(data: object) -> None | str | Unset:
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


ENUM_KEYS.setdefault(PlaidErrorType, set()).add("error_type")
