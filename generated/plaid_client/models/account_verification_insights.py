from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.account_verification_insights_account_number_format import (
    AccountVerificationInsightsAccountNumberFormat,
)
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    type_mismatch,
)

if TYPE_CHECKING:
    from ..models.account_verification_insights_network_status import AccountVerificationInsightsNetworkStatus
    from ..models.account_verification_insights_previous_returns import (
        AccountVerificationInsightsPreviousReturns,
    )


T = TypeVar("T", bound="AccountVerificationInsights")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "network_status",
        "account_number_format",
        "name_match_score",
        "previous_returns",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class AccountVerificationInsights:
    """
    Attributes:
        network_status (AccountVerificationInsightsNetworkStatus):
        account_number_format (AccountVerificationInsightsAccountNumberFormat):
        name_match_score (int | None | Unset):
        previous_returns (AccountVerificationInsightsPreviousReturns | Unset):
    """

    network_status: AccountVerificationInsightsNetworkStatus
    account_number_format: AccountVerificationInsightsAccountNumberFormat
    name_match_score: int | None | Unset = UNSET
    previous_returns: AccountVerificationInsightsPreviousReturns | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        network_status__j = self.network_status.to_dict()

        account_number_format__j = self.account_number_format.value

        name_match_score__j: int | None | Unset
        if isinstance(self.name_match_score, Unset):
            name_match_score__j = UNSET
        else:
            name_match_score__j = self.name_match_score

        previous_returns__j: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_returns, Unset):
            previous_returns__j = self.previous_returns.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "network_status": network_status__j,
                "account_number_format": account_number_format__j,
            }
        )
        if name_match_score__j is not UNSET:
            field_dict["name_match_score"] = name_match_score__j
        if previous_returns__j is not UNSET:
            field_dict["previous_returns"] = previous_returns__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "network_status"
            network_status__j = src_dict[_src_key]
            network_status__v: AccountVerificationInsightsNetworkStatus
            network_status__v = _models.AccountVerificationInsightsNetworkStatus.from_dict(network_status__j)

            _src_key = "account_number_format"
            account_number_format__j = src_dict[_src_key]
            account_number_format__v: AccountVerificationInsightsAccountNumberFormat
            account_number_format__v = AccountVerificationInsightsAccountNumberFormat(
                account_number_format__j
            )

            _src_key = "name_match_score"
            name_match_score__v = src_dict.get(_src_key, UNSET)
            if name_match_score__v is not None and name_match_score__v is not UNSET:
                name_match_score__v = _parse_name_match_score(name_match_score__v)

            _src_key = "previous_returns"
            previous_returns__j = src_dict.get(_src_key, UNSET)
            previous_returns__v: AccountVerificationInsightsPreviousReturns | Unset
            if type(previous_returns__j) is dict:
                previous_returns__v = _models.AccountVerificationInsightsPreviousReturns.from_dict(
                    previous_returns__j
                )

            elif isinstance(previous_returns__j, Unset):
                previous_returns__v = UNSET
            else:
                previous_returns__v = _models.AccountVerificationInsightsPreviousReturns.from_dict(
                    previous_returns__j
                )

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            network_status__v,
            account_number_format__v,
            name_match_score__v,
            previous_returns__v,
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


def _parse_name_match_score(data: object) -> int | None | Unset:
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


ENUM_KEYS.setdefault(AccountVerificationInsightsAccountNumberFormat, set()).add("account_number_format")
