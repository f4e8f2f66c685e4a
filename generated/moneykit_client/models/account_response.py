from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..types import (
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

if TYPE_CHECKING:
    from ..models.account_balances import AccountBalances


T = TypeVar("T", bound="AccountResponse")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "account_id",
        "account_type",
        "name",
        "balances",
        "nickname",
        "account_mask",
        "original_id",
        "closed",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class AccountResponse:
    """An account of the link.

    Attributes:
        account_id (str): MoneyKit id of the account; not the institution's account number. MoneyKit tries to keep it
            stable, but it can change when an account cannot be matched with earlier data.
        account_type (str): Account family and kind, written `<family>.<kind>` with family `depository`, `investment`,
            `liability` or `other`, or just `unknown`. The kinds are not enumerated publicly. Balances
            of `liability` accounts are sign-reversed (an amount owed is positive).
        name (str): Account name given by the institution.
        balances (AccountBalances): Cached balances of an account. They can trail the institution, and around trades or
            transfers
            investment balances may be briefly inconsistent.
        nickname (None | str | Unset): Nickname of the account, when available.
        account_mask (None | str | Unset): Last characters (usually four digits) of the account number; not unique.
        original_id (None | str | Unset): The id supplied when the account was imported, if any.
        closed (bool | None | Unset): Whether the account is closed.
    """

    account_id: str
    account_type: str | None
    name: str | None
    balances: AccountBalances | None
    nickname: None | str | Unset = UNSET
    account_mask: None | str | Unset = UNSET
    original_id: None | str | Unset = UNSET
    closed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        account_id__j = self.account_id

        account_type__j: Any
        if self.account_type is None:
            account_type__j = None
        else:
            account_type__j = self.account_type

        name__j: Any
        if self.name is None:
            name__j = None
        else:
            name__j = self.name

        balances__j: Any
        if self.balances is None:
            balances__j = None
        else:
            balances__j = self.balances.to_dict()

        nickname__j: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname__j = UNSET
        else:
            nickname__j = self.nickname

        account_mask__j: None | str | Unset
        if isinstance(self.account_mask, Unset):
            account_mask__j = UNSET
        else:
            account_mask__j = self.account_mask

        original_id__j: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id__j = UNSET
        else:
            original_id__j = self.original_id

        closed__j: bool | None | Unset
        if isinstance(self.closed, Unset):
            closed__j = UNSET
        else:
            closed__j = self.closed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id__j,
                "account_type": account_type__j,
                "name": name__j,
                "balances": balances__j,
            }
        )
        if nickname__j is not UNSET:
            field_dict["nickname"] = nickname__j
        if account_mask__j is not UNSET:
            field_dict["account_mask"] = account_mask__j
        if original_id__j is not UNSET:
            field_dict["original_id"] = original_id__j
        if closed__j is not UNSET:
            field_dict["closed"] = closed__j

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

            _src_key = "account_type"
            try:
                account_type__j = src_dict[_src_key]
                account_type__v: str | None
                if type(account_type__j) is not str:
                    type_mismatch("a string", account_type__j)
                account_type__v = account_type__j

            except RECOVERABLE as exc:
                account_type__v = None
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

            _src_key = "balances"
            try:
                balances__j = src_dict[_src_key]
                balances__v: AccountBalances | None
                balances__v = _models.AccountBalances.from_dict(balances__j)

            except RECOVERABLE as exc:
                balances__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "nickname"
            try:
                nickname__v = src_dict.get(_src_key, UNSET)
                if type(nickname__v) is not str and nickname__v is not None and nickname__v is not UNSET:
                    nickname__v = _parse_nickname(nickname__v)

            except RECOVERABLE as exc:
                nickname__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "account_mask"
            try:
                account_mask__v = src_dict.get(_src_key, UNSET)
                if (
                    type(account_mask__v) is not str
                    and account_mask__v is not None
                    and account_mask__v is not UNSET
                ):
                    account_mask__v = _parse_account_mask(account_mask__v)

            except RECOVERABLE as exc:
                account_mask__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "original_id"
            try:
                original_id__v = src_dict.get(_src_key, UNSET)
                if (
                    type(original_id__v) is not str
                    and original_id__v is not None
                    and original_id__v is not UNSET
                ):
                    original_id__v = _parse_original_id(original_id__v)

            except RECOVERABLE as exc:
                original_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "closed"
            try:
                closed__v = src_dict.get(_src_key, UNSET)
                if closed__v is not None and closed__v is not UNSET:
                    closed__v = _parse_closed(closed__v)

            except RECOVERABLE as exc:
                closed__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            account_id__v,
            account_type__v,
            name__v,
            balances__v,
            nickname__v,
            account_mask__v,
            original_id__v,
            closed__v,
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


def _parse_nickname(data: object) -> None | str | Unset:
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


def _parse_account_mask(data: object) -> None | str | Unset:
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


def _parse_original_id(data: object) -> None | str | Unset:
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


def _parse_closed(data: object) -> bool | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is bool:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("boolean or null", data)
