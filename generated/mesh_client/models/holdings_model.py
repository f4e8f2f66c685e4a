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
from ..types import RECOVERABLE, UNSET, Unset, as_decode_error, type_mismatch

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

    status: BrokerRequestStatus | Unset = UNSET
    error_message: None | str | Unset = UNSET
    display_message: None | str | Unset = UNSET
    equity_positions: list[PositionWithMarketValue] | None | Unset = UNSET
    cryptocurrency_positions: list[PositionWithMarketValue] | None | Unset = UNSET
    not_supported_equity_positions: list[Position] | None | Unset = UNSET
    not_supported_cryptocurrency_positions: list[Position] | None | Unset = UNSET
    nft_positions: list[B2BNftPosition] | None | Unset = UNSET
    option_positions: list[B2BOptionPosition] | None | Unset = UNSET
    type_: BrokerType | Unset = UNSET
    account_id: None | str | Unset = UNSET
    institution_name: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        display_message: None | str | Unset
        if isinstance(self.display_message, Unset):
            display_message = UNSET
        else:
            display_message = self.display_message

        equity_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.equity_positions, Unset):
            equity_positions = UNSET
        elif isinstance(self.equity_positions, list):
            equity_positions = []
            for equity_positions_type_0_item_data in self.equity_positions:
                equity_positions_type_0_item = equity_positions_type_0_item_data.to_dict()
                equity_positions.append(equity_positions_type_0_item)

        else:
            equity_positions = self.equity_positions

        cryptocurrency_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.cryptocurrency_positions, Unset):
            cryptocurrency_positions = UNSET
        elif isinstance(self.cryptocurrency_positions, list):
            cryptocurrency_positions = []
            for cryptocurrency_positions_type_0_item_data in self.cryptocurrency_positions:
                cryptocurrency_positions_type_0_item = cryptocurrency_positions_type_0_item_data.to_dict()
                cryptocurrency_positions.append(cryptocurrency_positions_type_0_item)

        else:
            cryptocurrency_positions = self.cryptocurrency_positions

        not_supported_equity_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.not_supported_equity_positions, Unset):
            not_supported_equity_positions = UNSET
        elif isinstance(self.not_supported_equity_positions, list):
            not_supported_equity_positions = []
            for not_supported_equity_positions_type_0_item_data in self.not_supported_equity_positions:
                not_supported_equity_positions_type_0_item = (
                    not_supported_equity_positions_type_0_item_data.to_dict()
                )
                not_supported_equity_positions.append(not_supported_equity_positions_type_0_item)

        else:
            not_supported_equity_positions = self.not_supported_equity_positions

        not_supported_cryptocurrency_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.not_supported_cryptocurrency_positions, Unset):
            not_supported_cryptocurrency_positions = UNSET
        elif isinstance(self.not_supported_cryptocurrency_positions, list):
            not_supported_cryptocurrency_positions = []
            for (
                not_supported_cryptocurrency_positions_type_0_item_data
            ) in self.not_supported_cryptocurrency_positions:
                not_supported_cryptocurrency_positions_type_0_item = (
                    not_supported_cryptocurrency_positions_type_0_item_data.to_dict()
                )
                not_supported_cryptocurrency_positions.append(
                    not_supported_cryptocurrency_positions_type_0_item
                )

        else:
            not_supported_cryptocurrency_positions = self.not_supported_cryptocurrency_positions

        nft_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.nft_positions, Unset):
            nft_positions = UNSET
        elif isinstance(self.nft_positions, list):
            nft_positions = []
            for nft_positions_type_0_item_data in self.nft_positions:
                nft_positions_type_0_item = nft_positions_type_0_item_data.to_dict()
                nft_positions.append(nft_positions_type_0_item)

        else:
            nft_positions = self.nft_positions

        option_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.option_positions, Unset):
            option_positions = UNSET
        elif isinstance(self.option_positions, list):
            option_positions = []
            for option_positions_type_0_item_data in self.option_positions:
                option_positions_type_0_item = option_positions_type_0_item_data.to_dict()
                option_positions.append(option_positions_type_0_item)

        else:
            option_positions = self.option_positions

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        institution_name: None | str | Unset
        if isinstance(self.institution_name, Unset):
            institution_name = UNSET
        else:
            institution_name = self.institution_name

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if display_message is not UNSET:
            field_dict["displayMessage"] = display_message
        if equity_positions is not UNSET:
            field_dict["equityPositions"] = equity_positions
        if cryptocurrency_positions is not UNSET:
            field_dict["cryptocurrencyPositions"] = cryptocurrency_positions
        if not_supported_equity_positions is not UNSET:
            field_dict["notSupportedEquityPositions"] = not_supported_equity_positions
        if not_supported_cryptocurrency_positions is not UNSET:
            field_dict["notSupportedCryptocurrencyPositions"] = not_supported_cryptocurrency_positions
        if nft_positions is not UNSET:
            field_dict["nftPositions"] = nft_positions
        if option_positions is not UNSET:
            field_dict["optionPositions"] = option_positions
        if type_ is not UNSET:
            field_dict["type"] = type_
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if institution_name is not UNSET:
            field_dict["institutionName"] = institution_name
        if account_name is not UNSET:
            field_dict["accountName"] = account_name

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
            status: BrokerRequestStatus | Unset
            if type(_status) is str:
                status = BrokerRequestStatus(_status)

            elif isinstance(_status, Unset):
                status = UNSET
            else:
                status = BrokerRequestStatus(_status)

            _src_key = "errorMessage"
            error_message = src_dict.get(_src_key, UNSET)
            if type(error_message) is not str and error_message is not None and error_message is not UNSET:
                error_message = _parse_error_message(error_message)

            _src_key = "displayMessage"
            display_message = src_dict.get(_src_key, UNSET)
            if (
                type(display_message) is not str
                and display_message is not None
                and display_message is not UNSET
            ):
                display_message = _parse_display_message(display_message)

            _src_key = "equityPositions"
            equity_positions = src_dict.get(_src_key, UNSET)
            if equity_positions is not None and equity_positions is not UNSET:
                equity_positions = _parse_equity_positions(equity_positions)

            _src_key = "cryptocurrencyPositions"
            cryptocurrency_positions = src_dict.get(_src_key, UNSET)
            if cryptocurrency_positions is not None and cryptocurrency_positions is not UNSET:
                cryptocurrency_positions = _parse_cryptocurrency_positions(cryptocurrency_positions)

            _src_key = "notSupportedEquityPositions"
            not_supported_equity_positions = src_dict.get(_src_key, UNSET)
            if not_supported_equity_positions is not None and not_supported_equity_positions is not UNSET:
                not_supported_equity_positions = _parse_not_supported_equity_positions(
                    not_supported_equity_positions
                )

            _src_key = "notSupportedCryptocurrencyPositions"
            not_supported_cryptocurrency_positions = src_dict.get(_src_key, UNSET)
            if (
                not_supported_cryptocurrency_positions is not None
                and not_supported_cryptocurrency_positions is not UNSET
            ):
                not_supported_cryptocurrency_positions = _parse_not_supported_cryptocurrency_positions(
                    not_supported_cryptocurrency_positions
                )

            _src_key = "nftPositions"
            nft_positions = src_dict.get(_src_key, UNSET)
            if nft_positions is not None and nft_positions is not UNSET:
                nft_positions = _parse_nft_positions(nft_positions)

            _src_key = "optionPositions"
            option_positions = src_dict.get(_src_key, UNSET)
            if option_positions is not None and option_positions is not UNSET:
                option_positions = _parse_option_positions(option_positions)

            _src_key = "type"
            _type_ = src_dict.get(_src_key, UNSET)
            type_: BrokerType | Unset
            if type(_type_) is str:
                type_ = BrokerType(_type_)

            elif isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = BrokerType(_type_)

            _src_key = "accountId"
            account_id = src_dict.get(_src_key, UNSET)
            if type(account_id) is not str and account_id is not None and account_id is not UNSET:
                account_id = _parse_account_id(account_id)

            _src_key = "institutionName"
            institution_name = src_dict.get(_src_key, UNSET)
            if (
                type(institution_name) is not str
                and institution_name is not None
                and institution_name is not UNSET
            ):
                institution_name = _parse_institution_name(institution_name)

            _src_key = "accountName"
            account_name = src_dict.get(_src_key, UNSET)
            if type(account_name) is not str and account_name is not None and account_name is not UNSET:
                account_name = _parse_account_name(account_name)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        holdings_model = cls(
            status,
            error_message,
            display_message,
            equity_positions,
            cryptocurrency_positions,
            not_supported_equity_positions,
            not_supported_cryptocurrency_positions,
            nft_positions,
            option_positions,
            type_,
            account_id,
            institution_name,
            account_name,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            holdings_model.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        holdings_model.source_json = src_dict
        return holdings_model

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
                for equity_positions_type_0_item_data in data:
                    equity_positions_type_0_item = _models.PositionWithMarketValue.from_dict(
                        equity_positions_type_0_item_data
                    )

                    variant_1.append(equity_positions_type_0_item)
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
                for cryptocurrency_positions_type_0_item_data in data:
                    cryptocurrency_positions_type_0_item = _models.PositionWithMarketValue.from_dict(
                        cryptocurrency_positions_type_0_item_data
                    )

                    variant_1.append(cryptocurrency_positions_type_0_item)
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
                for not_supported_equity_positions_type_0_item_data in data:
                    not_supported_equity_positions_type_0_item = _models.Position.from_dict(
                        not_supported_equity_positions_type_0_item_data
                    )

                    variant_1.append(not_supported_equity_positions_type_0_item)
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
                for not_supported_cryptocurrency_positions_type_0_item_data in data:
                    not_supported_cryptocurrency_positions_type_0_item = _models.Position.from_dict(
                        not_supported_cryptocurrency_positions_type_0_item_data
                    )

                    variant_1.append(not_supported_cryptocurrency_positions_type_0_item)
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
                for nft_positions_type_0_item_data in data:
                    nft_positions_type_0_item = _models.B2BNftPosition.from_dict(
                        nft_positions_type_0_item_data
                    )

                    variant_1.append(nft_positions_type_0_item)
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
                for option_positions_type_0_item_data in data:
                    option_positions_type_0_item = _models.B2BOptionPosition.from_dict(
                        option_positions_type_0_item_data
                    )

                    variant_1.append(option_positions_type_0_item)
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
