from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.broker_request_status import BrokerRequestStatus
from ..models.broker_type import BrokerType
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
    from ..models.b2b_nft_position import B2BNftPosition
    from ..models.b2b_option_position import B2BOptionPosition
    from ..models.position import Position
    from ..models.position_with_market_value import PositionWithMarketValue


T = TypeVar("T", bound="HoldingsModel")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "status",
        "errorMessage",
        "displayMessage",
        "equityPositions",
        "cryptocurrencyPositions",
        "notSupportedEquityPositions",
        "notSupportedCryptocurrencyPositions",
        "nftPositions",
        "optionPositions",
        "type",
        "accountId",
        "institutionName",
        "accountName",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class HoldingsModel:
    """Positions of one connected account, grouped by asset class.

    Attributes:
        status (BrokerRequestStatus | Unset): Outcome of Mesh's call to the institution.
        error_message (None | str | Unset): What went wrong in the institution call, for developers.
        display_message (None | str | Unset): What went wrong in the institution call, worded for the end user.
        equity_positions (list[PositionWithMarketValue] | None | Unset): Stocks, ETFs and similar.
        cryptocurrency_positions (list[PositionWithMarketValue] | None | Unset): Cryptocurrencies.
        not_supported_equity_positions (list[Position] | None | Unset): Equity positions Mesh could not match to a known
            security (symbol may be a raw identifier).
        not_supported_cryptocurrency_positions (list[Position] | None | Unset): Crypto positions Mesh could not match to
            a known asset.
        nft_positions (list[B2BNftPosition] | None | Unset): NFTs.
        option_positions (list[B2BOptionPosition] | None | Unset): Option contracts.
        type_ (BrokerType | Unset): Integration (institution kind) behind a connection. Union of every value found in
            Mesh's documents, which keep adding integrations; the generated client accepts unknown values.
        account_id (None | str | Unset): The institution's own identifier of the account.
        institution_name (None | str | Unset): Display name of the institution.
        account_name (None | str | Unset): Account name as the institution reports it.
    """

    status: BrokerRequestStatus | Unset | None = UNSET
    error_message: None | str | Unset = UNSET
    display_message: None | str | Unset = UNSET
    equity_positions: list[PositionWithMarketValue] | None | Unset = UNSET
    cryptocurrency_positions: list[PositionWithMarketValue] | None | Unset = UNSET
    not_supported_equity_positions: list[Position] | None | Unset = UNSET
    not_supported_cryptocurrency_positions: list[Position] | None | Unset = UNSET
    nft_positions: list[B2BNftPosition] | None | Unset = UNSET
    option_positions: list[B2BOptionPosition] | None | Unset = UNSET
    type_: BrokerType | Unset | None = UNSET
    account_id: None | str | Unset = UNSET
    institution_name: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        status__j: Any
        if self.status is None:
            status__j = None
        else:
            status__j = UNSET
            if not isinstance(self.status, Unset):
                status__j = self.status.value

        error_message__j: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message__j = UNSET
        else:
            error_message__j = self.error_message

        display_message__j: None | str | Unset
        if isinstance(self.display_message, Unset):
            display_message__j = UNSET
        else:
            display_message__j = self.display_message

        equity_positions__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.equity_positions, Unset):
            equity_positions__j = UNSET
        elif isinstance(self.equity_positions, list):
            equity_positions__j = []
            for equity_positions__j_data in self.equity_positions:
                equity_positions__j_item = equity_positions__j_data.to_dict()
                equity_positions__j.append(equity_positions__j_item)

        else:
            equity_positions__j = self.equity_positions

        cryptocurrency_positions__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.cryptocurrency_positions, Unset):
            cryptocurrency_positions__j = UNSET
        elif isinstance(self.cryptocurrency_positions, list):
            cryptocurrency_positions__j = []
            for cryptocurrency_positions__j_data in self.cryptocurrency_positions:
                cryptocurrency_positions__j_item = cryptocurrency_positions__j_data.to_dict()
                cryptocurrency_positions__j.append(cryptocurrency_positions__j_item)

        else:
            cryptocurrency_positions__j = self.cryptocurrency_positions

        not_supported_equity_positions__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.not_supported_equity_positions, Unset):
            not_supported_equity_positions__j = UNSET
        elif isinstance(self.not_supported_equity_positions, list):
            not_supported_equity_positions__j = []
            for not_supported_equity_positions__j_data in self.not_supported_equity_positions:
                not_supported_equity_positions__j_item = not_supported_equity_positions__j_data.to_dict()
                not_supported_equity_positions__j.append(not_supported_equity_positions__j_item)

        else:
            not_supported_equity_positions__j = self.not_supported_equity_positions

        not_supported_cryptocurrency_positions__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.not_supported_cryptocurrency_positions, Unset):
            not_supported_cryptocurrency_positions__j = UNSET
        elif isinstance(self.not_supported_cryptocurrency_positions, list):
            not_supported_cryptocurrency_positions__j = []
            for not_supported_cryptocurrency_positions__j_data in self.not_supported_cryptocurrency_positions:
                not_supported_cryptocurrency_positions__j_item = (
                    not_supported_cryptocurrency_positions__j_data.to_dict()
                )
                not_supported_cryptocurrency_positions__j.append(
                    not_supported_cryptocurrency_positions__j_item
                )

        else:
            not_supported_cryptocurrency_positions__j = self.not_supported_cryptocurrency_positions

        nft_positions__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.nft_positions, Unset):
            nft_positions__j = UNSET
        elif isinstance(self.nft_positions, list):
            nft_positions__j = []
            for nft_positions__j_data in self.nft_positions:
                nft_positions__j_item = nft_positions__j_data.to_dict()
                nft_positions__j.append(nft_positions__j_item)

        else:
            nft_positions__j = self.nft_positions

        option_positions__j: list[dict[str, Any]] | None | Unset
        if isinstance(self.option_positions, Unset):
            option_positions__j = UNSET
        elif isinstance(self.option_positions, list):
            option_positions__j = []
            for option_positions__j_data in self.option_positions:
                option_positions__j_item = option_positions__j_data.to_dict()
                option_positions__j.append(option_positions__j_item)

        else:
            option_positions__j = self.option_positions

        type___j: Any
        if self.type_ is None:
            type___j = None
        else:
            type___j = UNSET
            if not isinstance(self.type_, Unset):
                type___j = self.type_.value

        account_id__j: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id__j = UNSET
        else:
            account_id__j = self.account_id

        institution_name__j: None | str | Unset
        if isinstance(self.institution_name, Unset):
            institution_name__j = UNSET
        else:
            institution_name__j = self.institution_name

        account_name__j: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name__j = UNSET
        else:
            account_name__j = self.account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status__j is not UNSET:
            field_dict["status"] = status__j
        if error_message__j is not UNSET:
            field_dict["errorMessage"] = error_message__j
        if display_message__j is not UNSET:
            field_dict["displayMessage"] = display_message__j
        if equity_positions__j is not UNSET:
            field_dict["equityPositions"] = equity_positions__j
        if cryptocurrency_positions__j is not UNSET:
            field_dict["cryptocurrencyPositions"] = cryptocurrency_positions__j
        if not_supported_equity_positions__j is not UNSET:
            field_dict["notSupportedEquityPositions"] = not_supported_equity_positions__j
        if not_supported_cryptocurrency_positions__j is not UNSET:
            field_dict["notSupportedCryptocurrencyPositions"] = not_supported_cryptocurrency_positions__j
        if nft_positions__j is not UNSET:
            field_dict["nftPositions"] = nft_positions__j
        if option_positions__j is not UNSET:
            field_dict["optionPositions"] = option_positions__j
        if type___j is not UNSET:
            field_dict["type"] = type___j
        if account_id__j is not UNSET:
            field_dict["accountId"] = account_id__j
        if institution_name__j is not UNSET:
            field_dict["institutionName"] = institution_name__j
        if account_name__j is not UNSET:
            field_dict["accountName"] = account_name__j

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
            try:
                status__j = src_dict.get(_src_key, UNSET)
                status__v: BrokerRequestStatus | Unset | None
                if type(status__j) is str:
                    status__v = BrokerRequestStatus(status__j)

                elif isinstance(status__j, Unset):
                    status__v = UNSET
                else:
                    status__v = BrokerRequestStatus(status__j)

            except RECOVERABLE as exc:
                status__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "errorMessage"
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

            _src_key = "equityPositions"
            equity_positions__v = src_dict.get(_src_key, UNSET)
            if equity_positions__v is not None and equity_positions__v is not UNSET:
                equity_positions__v = _parse_equity_positions(equity_positions__v)

            _src_key = "cryptocurrencyPositions"
            cryptocurrency_positions__v = src_dict.get(_src_key, UNSET)
            if cryptocurrency_positions__v is not None and cryptocurrency_positions__v is not UNSET:
                cryptocurrency_positions__v = _parse_cryptocurrency_positions(cryptocurrency_positions__v)

            _src_key = "notSupportedEquityPositions"
            not_supported_equity_positions__v = src_dict.get(_src_key, UNSET)
            if (
                not_supported_equity_positions__v is not None
                and not_supported_equity_positions__v is not UNSET
            ):
                not_supported_equity_positions__v = _parse_not_supported_equity_positions(
                    not_supported_equity_positions__v
                )

            _src_key = "notSupportedCryptocurrencyPositions"
            not_supported_cryptocurrency_positions__v = src_dict.get(_src_key, UNSET)
            if (
                not_supported_cryptocurrency_positions__v is not None
                and not_supported_cryptocurrency_positions__v is not UNSET
            ):
                not_supported_cryptocurrency_positions__v = _parse_not_supported_cryptocurrency_positions(
                    not_supported_cryptocurrency_positions__v
                )

            _src_key = "nftPositions"
            nft_positions__v = src_dict.get(_src_key, UNSET)
            if nft_positions__v is not None and nft_positions__v is not UNSET:
                nft_positions__v = _parse_nft_positions(nft_positions__v)

            _src_key = "optionPositions"
            option_positions__v = src_dict.get(_src_key, UNSET)
            if option_positions__v is not None and option_positions__v is not UNSET:
                option_positions__v = _parse_option_positions(option_positions__v)

            _src_key = "type"
            try:
                type___j = src_dict.get(_src_key, UNSET)
                type___v: BrokerType | Unset | None
                if type(type___j) is str:
                    type___v = BrokerType(type___j)

                elif isinstance(type___j, Unset):
                    type___v = UNSET
                else:
                    type___v = BrokerType(type___j)

            except RECOVERABLE as exc:
                type___v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "accountId"
            try:
                account_id__v = src_dict.get(_src_key, UNSET)
                if (
                    type(account_id__v) is not str
                    and account_id__v is not None
                    and account_id__v is not UNSET
                ):
                    account_id__v = _parse_account_id(account_id__v)

            except RECOVERABLE as exc:
                account_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institutionName"
            try:
                institution_name__v = src_dict.get(_src_key, UNSET)
                if (
                    type(institution_name__v) is not str
                    and institution_name__v is not None
                    and institution_name__v is not UNSET
                ):
                    institution_name__v = _parse_institution_name(institution_name__v)

            except RECOVERABLE as exc:
                institution_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "accountName"
            try:
                account_name__v = src_dict.get(_src_key, UNSET)
                if (
                    type(account_name__v) is not str
                    and account_name__v is not None
                    and account_name__v is not UNSET
                ):
                    account_name__v = _parse_account_name(account_name__v)

            except RECOVERABLE as exc:
                account_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            status__v,
            error_message__v,
            display_message__v,
            equity_positions__v,
            cryptocurrency_positions__v,
            not_supported_equity_positions__v,
            not_supported_cryptocurrency_positions__v,
            nft_positions__v,
            option_positions__v,
            type___v,
            account_id__v,
            institution_name__v,
            account_name__v,
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


def _parse_equity_positions(data: object) -> list[PositionWithMarketValue] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for variant_1_data in data:
                    variant_1_item = _models.PositionWithMarketValue.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_cryptocurrency_positions(data: object) -> list[PositionWithMarketValue] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for variant_1_data in data:
                    variant_1_item = _models.PositionWithMarketValue.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_not_supported_equity_positions(data: object) -> list[Position] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for variant_1_data in data:
                    variant_1_item = _models.Position.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_not_supported_cryptocurrency_positions(data: object) -> list[Position] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for variant_1_data in data:
                    variant_1_item = _models.Position.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_nft_positions(data: object) -> list[B2BNftPosition] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for variant_1_data in data:
                    variant_1_item = _models.B2BNftPosition.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_option_positions(data: object) -> list[B2BOptionPosition] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for variant_1_data in data:
                    variant_1_item = _models.B2BOptionPosition.from_dict(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_account_id(data: object) -> None | str | Unset:
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


def _parse_institution_name(data: object) -> None | str | Unset:
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


def _parse_account_name(data: object) -> None | str | Unset:
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


ENUM_KEYS.setdefault(BrokerRequestStatus, set()).add("status")
ENUM_KEYS.setdefault(BrokerType, set()).add("type")
