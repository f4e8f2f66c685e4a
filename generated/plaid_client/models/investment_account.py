from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.account_base_verification_status import AccountBaseVerificationStatus
from ..models.account_holder_category import AccountHolderCategory
from ..models.account_subtype import AccountSubtype
from ..models.account_type import AccountType
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
    from ..models.account_verification_insights import AccountVerificationInsights
    from ..models.investment_account_balance import InvestmentAccountBalance


T = TypeVar("T", bound="InvestmentAccount")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "account_id",
        "balances",
        "mask",
        "name",
        "official_name",
        "type",
        "subtype",
        "verification_status",
        "verification_name",
        "verification_insights",
        "persistent_account_id",
        "holder_category",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class InvestmentAccount:
    """
    Attributes:
        account_id (str):
        balances (InvestmentAccountBalance):
        mask (None | str):
        name (str):
        official_name (None | str):
        type_ (AccountType):
        subtype (AccountSubtype | None):
        verification_status (AccountBaseVerificationStatus | Unset):
        verification_name (str | Unset):
        verification_insights (AccountVerificationInsights | Unset):
        persistent_account_id (str | Unset):
        holder_category (AccountHolderCategory | None | Unset):
    """

    account_id: str
    balances: InvestmentAccountBalance | None
    mask: None | str
    name: str | None
    official_name: None | str
    type_: AccountType | None
    subtype: AccountSubtype | None
    verification_status: AccountBaseVerificationStatus | Unset | None = UNSET
    verification_name: str | Unset | None = UNSET
    verification_insights: AccountVerificationInsights | Unset | None = UNSET
    persistent_account_id: str | Unset | None = UNSET
    holder_category: AccountHolderCategory | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        account_id__j = self.account_id

        balances__j: Any
        if self.balances is None:
            balances__j = None
        else:
            balances__j = self.balances.to_dict()

        mask__j: None | str
        mask__j = self.mask

        name__j: Any
        if self.name is None:
            name__j = None
        else:
            name__j = self.name

        official_name__j: None | str
        official_name__j = self.official_name

        type___j: Any
        if self.type_ is None:
            type___j = None
        else:
            type___j = self.type_.value

        subtype__j: None | str
        if isinstance(self.subtype, AccountSubtype):
            subtype__j = self.subtype.value
        else:
            subtype__j = self.subtype

        verification_status__j: Any
        if self.verification_status is None:
            verification_status__j = None
        else:
            verification_status__j = UNSET
            if not isinstance(self.verification_status, Unset):
                verification_status__j = self.verification_status.value

        verification_name__j: Any
        if self.verification_name is None:
            verification_name__j = None
        else:
            verification_name__j = self.verification_name

        verification_insights__j: Any
        if self.verification_insights is None:
            verification_insights__j = None
        else:
            verification_insights__j = UNSET
            if not isinstance(self.verification_insights, Unset):
                verification_insights__j = self.verification_insights.to_dict()

        persistent_account_id__j: Any
        if self.persistent_account_id is None:
            persistent_account_id__j = None
        else:
            persistent_account_id__j = self.persistent_account_id

        holder_category__j: None | str | Unset
        if isinstance(self.holder_category, Unset):
            holder_category__j = UNSET
        elif isinstance(self.holder_category, AccountHolderCategory):
            holder_category__j = self.holder_category.value
        else:
            holder_category__j = self.holder_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id__j,
                "balances": balances__j,
                "mask": mask__j,
                "name": name__j,
                "official_name": official_name__j,
                "type": type___j,
                "subtype": subtype__j,
            }
        )
        if verification_status__j is not UNSET:
            field_dict["verification_status"] = verification_status__j
        if verification_name__j is not UNSET:
            field_dict["verification_name"] = verification_name__j
        if verification_insights__j is not UNSET:
            field_dict["verification_insights"] = verification_insights__j
        if persistent_account_id__j is not UNSET:
            field_dict["persistent_account_id"] = persistent_account_id__j
        if holder_category__j is not UNSET:
            field_dict["holder_category"] = holder_category__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "account_id"
            account_id__j = src_dict[_src_key]
            account_id__v: str
            if type(account_id__j) is not str:
                type_mismatch("a string", account_id__j)
            account_id__v = account_id__j

            _src_key = "balances"
            try:
                balances__j = src_dict[_src_key]
                balances__v: InvestmentAccountBalance | None
                balances__v = _models.InvestmentAccountBalance.from_dict(balances__j)

            except RECOVERABLE as exc:
                balances__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "mask"
            try:
                mask__j = src_dict[_src_key]
                mask__v = mask__j
                if type(mask__v) is not str and mask__v is not None:
                    mask__v = _parse_mask(mask__v)

            except RECOVERABLE as exc:
                mask__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "name"
            try:
                name__j = src_dict[_src_key]
                name__v: str | None
                if type(name__j) is not str:
                    type_mismatch("a string", name__j)
                name__v = name__j

            except RECOVERABLE as exc:
                name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "official_name"
            try:
                official_name__j = src_dict[_src_key]
                official_name__v = official_name__j
                if type(official_name__v) is not str and official_name__v is not None:
                    official_name__v = _parse_official_name(official_name__v)

            except RECOVERABLE as exc:
                official_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "type"
            try:
                type___j = src_dict[_src_key]
                type___v: AccountType | None
                type___v = AccountType(type___j)

            except RECOVERABLE as exc:
                type___v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "subtype"
            try:
                subtype__j = src_dict[_src_key]
                subtype__v = subtype__j
                if subtype__v is not None:
                    subtype__v = _parse_subtype(subtype__v)

            except RECOVERABLE as exc:
                subtype__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "verification_status"
            try:
                verification_status__j = src_dict.get(_src_key, UNSET)
                verification_status__v: AccountBaseVerificationStatus | Unset | None
                if type(verification_status__j) is str:
                    verification_status__v = AccountBaseVerificationStatus(verification_status__j)

                elif isinstance(verification_status__j, Unset):
                    verification_status__v = UNSET
                else:
                    verification_status__v = AccountBaseVerificationStatus(verification_status__j)

            except RECOVERABLE as exc:
                verification_status__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "verification_name"
            try:
                verification_name__j = src_dict.get(_src_key, UNSET)
                verification_name__v: str | Unset | None
                if type(verification_name__j) is str:
                    verification_name__v = verification_name__j

                elif isinstance(verification_name__j, Unset):
                    verification_name__v = UNSET
                else:
                    if type(verification_name__j) is not str:
                        type_mismatch("a string", verification_name__j)
                    verification_name__v = verification_name__j

            except RECOVERABLE as exc:
                verification_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "verification_insights"
            try:
                verification_insights__j = src_dict.get(_src_key, UNSET)
                verification_insights__v: AccountVerificationInsights | Unset | None
                if type(verification_insights__j) is dict:
                    verification_insights__v = _models.AccountVerificationInsights.from_dict(
                        verification_insights__j
                    )

                elif isinstance(verification_insights__j, Unset):
                    verification_insights__v = UNSET
                else:
                    verification_insights__v = _models.AccountVerificationInsights.from_dict(
                        verification_insights__j
                    )

            except RECOVERABLE as exc:
                verification_insights__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "persistent_account_id"
            try:
                persistent_account_id__j = src_dict.get(_src_key, UNSET)
                persistent_account_id__v: str | Unset | None
                if type(persistent_account_id__j) is str:
                    persistent_account_id__v = persistent_account_id__j

                elif isinstance(persistent_account_id__j, Unset):
                    persistent_account_id__v = UNSET
                else:
                    if type(persistent_account_id__j) is not str:
                        type_mismatch("a string", persistent_account_id__j)
                    persistent_account_id__v = persistent_account_id__j

            except RECOVERABLE as exc:
                persistent_account_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "holder_category"
            try:
                holder_category__v = src_dict.get(_src_key, UNSET)
                if holder_category__v is not None and holder_category__v is not UNSET:
                    holder_category__v = _parse_holder_category(holder_category__v)

            except RECOVERABLE as exc:
                holder_category__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            account_id__v,
            balances__v,
            mask__v,
            name__v,
            official_name__v,
            type___v,
            subtype__v,
            verification_status__v,
            verification_name__v,
            verification_insights__v,
            persistent_account_id__v,
            holder_category__v,
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


def _parse_mask(data: object) -> None | str:
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


def _parse_official_name(data: object) -> None | str:
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


def _parse_subtype(data: object) -> AccountSubtype | None:
    if data is None:
        return None
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = AccountSubtype(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_holder_category(data: object) -> AccountHolderCategory | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = AccountHolderCategory(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


ENUM_KEYS.setdefault(AccountType, set()).add("type")
ENUM_KEYS.setdefault(AccountSubtype, set()).add("subtype")
ENUM_KEYS.setdefault(AccountBaseVerificationStatus, set()).add("verification_status")
ENUM_KEYS.setdefault(AccountHolderCategory, set()).add("holder_category")
