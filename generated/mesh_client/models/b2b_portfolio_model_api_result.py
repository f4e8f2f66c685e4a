from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.api_result_status import ApiResultStatus
from ..types import RECOVERABLE, UNSET, Unset, as_decode_error, type_mismatch

if TYPE_CHECKING:
    from ..models.b2b_portfolio_model import B2BPortfolioModel


T = TypeVar("T", bound="B2BPortfolioModelApiResult")

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
class B2BPortfolioModelApiResult:
    """Envelope whose content is the aggregated portfolio.

    Attributes:
        status (ApiResultStatus | Unset): Outcome of the request as Mesh saw it (not the outcome of the institution
            call).
        message (None | str | Unset): Message produced by Mesh, meant for developers.
        display_message (None | str | Unset): Message that may be shown to the end user as is.
        error_type (None | str | Unset): Machine-readable reason for a status other than `ok` (open set; see ApiResult).
        error_hash (None | str | Unset): Short hash Mesh uses to group occurrences of the same error.
        team_code (None | str | Unset): Opaque two-character routing code of Mesh (see ApiResult).
        error_data (Any | Unset): Extra error details of no fixed shape; any JSON value, or null.
        content (B2BPortfolioModel | None | Unset): The portfolio; null or absent when the request failed.
    """

    status: ApiResultStatus | Unset = UNSET
    message: None | str | Unset = UNSET
    display_message: None | str | Unset = UNSET
    error_type: None | str | Unset = UNSET
    error_hash: None | str | Unset = UNSET
    team_code: None | str | Unset = UNSET
    error_data: Any | Unset = UNSET
    content: B2BPortfolioModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.b2b_portfolio_model import B2BPortfolioModel  # noqa: PLC0415

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        display_message: None | str | Unset
        if isinstance(self.display_message, Unset):
            display_message = UNSET
        else:
            display_message = self.display_message

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        error_hash: None | str | Unset
        if isinstance(self.error_hash, Unset):
            error_hash = UNSET
        else:
            error_hash = self.error_hash

        team_code: None | str | Unset
        if isinstance(self.team_code, Unset):
            team_code = UNSET
        else:
            team_code = self.team_code

        error_data = self.error_data

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, B2BPortfolioModel):
            content = self.content.to_dict()
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if display_message is not UNSET:
            field_dict["displayMessage"] = display_message
        if error_type is not UNSET:
            field_dict["errorType"] = error_type
        if error_hash is not UNSET:
            field_dict["errorHash"] = error_hash
        if team_code is not UNSET:
            field_dict["teamCode"] = team_code
        if error_data is not UNSET:
            field_dict["errorData"] = error_data
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "status"
            _status = src_dict.get(_src_key, UNSET)
            status: ApiResultStatus | Unset
            if type(_status) is str:
                status = ApiResultStatus(_status)

            elif isinstance(_status, Unset):
                status = UNSET
            else:
                status = ApiResultStatus(_status)

            _src_key = "message"
            message = src_dict.get(_src_key, UNSET)
            if type(message) is not str and message is not None and message is not UNSET:
                message = _parse_message(message)

            _src_key = "displayMessage"
            display_message = src_dict.get(_src_key, UNSET)
            if (
                type(display_message) is not str
                and display_message is not None
                and display_message is not UNSET
            ):
                display_message = _parse_display_message(display_message)

            _src_key = "errorType"
            error_type = src_dict.get(_src_key, UNSET)
            if type(error_type) is not str and error_type is not None and error_type is not UNSET:
                error_type = _parse_error_type(error_type)

            _src_key = "errorHash"
            error_hash = src_dict.get(_src_key, UNSET)
            if type(error_hash) is not str and error_hash is not None and error_hash is not UNSET:
                error_hash = _parse_error_hash(error_hash)

            _src_key = "teamCode"
            team_code = src_dict.get(_src_key, UNSET)
            if type(team_code) is not str and team_code is not None and team_code is not UNSET:
                team_code = _parse_team_code(team_code)

            _src_key = "errorData"
            _error_data = src_dict.get(_src_key, UNSET)
            error_data: Any | Unset
            if isinstance(_error_data, Unset):
                error_data = UNSET
            else:
                error_data = _error_data

            _src_key = "content"
            content = src_dict.get(_src_key, UNSET)
            if content is not None and content is not UNSET:
                content = _parse_content(content)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        b2b_portfolio_model_api_result = cls(
            status,
            message,
            display_message,
            error_type,
            error_hash,
            team_code,
            error_data,
            content,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            b2b_portfolio_model_api_result.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        b2b_portfolio_model_api_result.source_json = src_dict
        return b2b_portfolio_model_api_result

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


def _parse_content(data: object) -> B2BPortfolioModel | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.B2BPortfolioModel.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)
