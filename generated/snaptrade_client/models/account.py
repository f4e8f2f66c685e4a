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
from ..models.account_account_category_type_1 import AccountAccountCategoryType1
from ..models.account_account_category_type_2_type_1 import AccountAccountCategoryType2Type1
from ..models.account_account_category_type_3_type_1 import AccountAccountCategoryType3Type1
from ..models.account_status_type_1 import AccountStatusType1
from ..models.account_status_type_2_type_1 import AccountStatusType2Type1
from ..models.account_status_type_3_type_1 import AccountStatusType3Type1
from ..types import (
    ENUM_KEYS,
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
    from ..models.account_balance import AccountBalance
    from ..models.account_meta import AccountMeta
    from ..models.account_sync_status import AccountSyncStatus


T = TypeVar("T", bound="Account")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "brokerage_authorization",
        "name",
        "number",
        "institution_name",
        "created_date",
        "sync_status",
        "balance",
        "is_paper",
        "institution_account_id",
        "funding_date",
        "opening_date",
        "status",
        "raw_type",
        "account_category",
        "meta",
        "portfolio_group",
        "cash_restrictions",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class Account:
    """
    Attributes:
        id (UUID):  Example: 917c8734-8470-4a3e-a18f-57c3f2ee6631.
        brokerage_authorization (UUID):  Example: 87b24961-b51e-4db8-9226-f198f6518a89.
        name (None | str):  Example: Robinhood Individual.
        number (str):  Example: Q6542138443.
        institution_name (str):  Example: Robinhood.
        created_date (datetime.datetime):  Example: 2024-07-23T22:50:22.761390Z.
        sync_status (AccountSyncStatus):
        balance (AccountBalance):
        is_paper (bool):  Example: False.
        institution_account_id (None | str | Unset):  Example: 54953432.
        funding_date (datetime.datetime | None | Unset):  Example: 2024-07-25T12:00:00.000000Z.
        opening_date (datetime.datetime | None | Unset):  Example: 2024-07-20T09:30:00.000000Z.
        status (AccountStatusType1 | AccountStatusType2Type1 | AccountStatusType3Type1 | None | Unset):  Example: open.
        raw_type (None | str | Unset):  Example: Margin.
        account_category (AccountAccountCategoryType1 | AccountAccountCategoryType2Type1 |
            AccountAccountCategoryType3Type1 | None | Unset):  Example: INVESTMENT.
        meta (AccountMeta | Unset):  Example: {'type': 'Margin', 'status': 'ACTIVE', 'institution_name': 'Robinhood'}.
        portfolio_group (None | Unset | UUID):
        cash_restrictions (list[str] | Unset):  Example: [].
    """

    id: UUID
    brokerage_authorization: UUID
    name: None | str
    number: str | None
    institution_name: str | None
    created_date: datetime.datetime | None
    sync_status: AccountSyncStatus | None
    balance: AccountBalance | None
    is_paper: bool | None
    institution_account_id: None | str | Unset = UNSET
    funding_date: datetime.datetime | None | Unset = UNSET
    opening_date: datetime.datetime | None | Unset = UNSET
    status: AccountStatusType1 | AccountStatusType2Type1 | AccountStatusType3Type1 | None | Unset = UNSET
    raw_type: None | str | Unset = UNSET
    account_category: (
        AccountAccountCategoryType1
        | AccountAccountCategoryType2Type1
        | AccountAccountCategoryType3Type1
        | None
        | Unset
    ) = UNSET
    meta: AccountMeta | Unset | None = UNSET
    portfolio_group: None | Unset | UUID = UNSET
    cash_restrictions: list[str] | Unset | None = UNSET
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
        id__j = str(self.id)

        brokerage_authorization__j = str(self.brokerage_authorization)

        name__j: None | str
        name__j = self.name

        number__j: Any
        if self.number is None:
            number__j = None
        else:
            number__j = self.number

        institution_name__j: Any
        if self.institution_name is None:
            institution_name__j = None
        else:
            institution_name__j = self.institution_name

        created_date__j: Any
        if self.created_date is None:
            created_date__j = None
        else:
            created_date__j = self.created_date.isoformat()

        sync_status__j: Any
        if self.sync_status is None:
            sync_status__j = None
        else:
            sync_status__j = self.sync_status.to_dict()

        balance__j: Any
        if self.balance is None:
            balance__j = None
        else:
            balance__j = self.balance.to_dict()

        is_paper__j: Any
        if self.is_paper is None:
            is_paper__j = None
        else:
            is_paper__j = self.is_paper

        institution_account_id__j: None | str | Unset
        if isinstance(self.institution_account_id, Unset):
            institution_account_id__j = UNSET
        else:
            institution_account_id__j = self.institution_account_id

        funding_date__j: None | str | Unset
        if isinstance(self.funding_date, Unset):
            funding_date__j = UNSET
        elif isinstance(self.funding_date, datetime.datetime):
            funding_date__j = self.funding_date.isoformat()
        else:
            funding_date__j = self.funding_date

        opening_date__j: None | str | Unset
        if isinstance(self.opening_date, Unset):
            opening_date__j = UNSET
        elif isinstance(self.opening_date, datetime.datetime):
            opening_date__j = self.opening_date.isoformat()
        else:
            opening_date__j = self.opening_date

        status__j: None | str | Unset
        if isinstance(self.status, Unset):
            status__j = UNSET
        elif isinstance(self.status, AccountStatusType1):
            status__j = self.status.value
        elif isinstance(self.status, AccountStatusType2Type1):
            status__j = self.status.value
        elif isinstance(self.status, AccountStatusType3Type1):
            status__j = self.status.value
        else:
            status__j = self.status

        raw_type__j: None | str | Unset
        if isinstance(self.raw_type, Unset):
            raw_type__j = UNSET
        else:
            raw_type__j = self.raw_type

        account_category__j: None | str | Unset
        if isinstance(self.account_category, Unset):
            account_category__j = UNSET
        elif isinstance(self.account_category, AccountAccountCategoryType1):
            account_category__j = self.account_category.value
        elif isinstance(self.account_category, AccountAccountCategoryType2Type1):
            account_category__j = self.account_category.value
        elif isinstance(self.account_category, AccountAccountCategoryType3Type1):
            account_category__j = self.account_category.value
        else:
            account_category__j = self.account_category

        meta__j: Any
        if self.meta is None:
            meta__j = None
        else:
            meta__j = UNSET
            if not isinstance(self.meta, Unset):
                meta__j = self.meta.to_dict()

        portfolio_group__j: None | str | Unset
        if isinstance(self.portfolio_group, Unset):
            portfolio_group__j = UNSET
        elif isinstance(self.portfolio_group, UUID):
            portfolio_group__j = str(self.portfolio_group)
        else:
            portfolio_group__j = self.portfolio_group

        cash_restrictions__j: Any
        if self.cash_restrictions is None:
            cash_restrictions__j = None
        else:
            cash_restrictions__j = UNSET
            if not isinstance(self.cash_restrictions, Unset):
                cash_restrictions__j = self.cash_restrictions

        field_dict: dict[str, Any] = {}
        field_dict.update(self._additional_properties or {})
        field_dict.update(
            {
                "id": id__j,
                "brokerage_authorization": brokerage_authorization__j,
                "name": name__j,
                "number": number__j,
                "institution_name": institution_name__j,
                "created_date": created_date__j,
                "sync_status": sync_status__j,
                "balance": balance__j,
                "is_paper": is_paper__j,
            }
        )
        if institution_account_id__j is not UNSET:
            field_dict["institution_account_id"] = institution_account_id__j
        if funding_date__j is not UNSET:
            field_dict["funding_date"] = funding_date__j
        if opening_date__j is not UNSET:
            field_dict["opening_date"] = opening_date__j
        if status__j is not UNSET:
            field_dict["status"] = status__j
        if raw_type__j is not UNSET:
            field_dict["raw_type"] = raw_type__j
        if account_category__j is not UNSET:
            field_dict["account_category"] = account_category__j
        if meta__j is not UNSET:
            field_dict["meta"] = meta__j
        if portfolio_group__j is not UNSET:
            field_dict["portfolio_group"] = portfolio_group__j
        if cash_restrictions__j is not UNSET:
            field_dict["cash_restrictions"] = cash_restrictions__j

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
            id__j = src_dict[_src_key]
            id__v: UUID
            if type(id__j) is not str:
                type_mismatch("a UUID string", id__j)
            id__v = UUID(id__j)

            _src_key = "brokerage_authorization"
            brokerage_authorization__j = src_dict[_src_key]
            brokerage_authorization__v: UUID
            if type(brokerage_authorization__j) is not str:
                type_mismatch("a UUID string", brokerage_authorization__j)
            brokerage_authorization__v = UUID(brokerage_authorization__j)

            _src_key = "name"
            try:
                name__j = src_dict[_src_key]
                name__v = name__j
                if type(name__v) is not str and name__v is not None:
                    name__v = _parse_name(name__v)

            except RECOVERABLE as exc:
                name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "number"
            try:
                number__j = src_dict[_src_key]
                number__v: str | None
                if type(number__j) is not str:
                    type_mismatch("a string", number__j)
                number__v = number__j

            except RECOVERABLE as exc:
                number__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_name"
            try:
                institution_name__j = src_dict[_src_key]
                institution_name__v: str | None
                if type(institution_name__j) is not str:
                    type_mismatch("a string", institution_name__j)
                institution_name__v = institution_name__j

            except RECOVERABLE as exc:
                institution_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "created_date"
            try:
                created_date__j = src_dict[_src_key]
                created_date__v: datetime.datetime | None
                if type(created_date__j) is not str:
                    type_mismatch("a date-time string", created_date__j)
                created_date__v = datetime.datetime.fromisoformat(created_date__j)

            except RECOVERABLE as exc:
                created_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "sync_status"
            try:
                sync_status__j = src_dict[_src_key]
                sync_status__v: AccountSyncStatus | None
                sync_status__v = _models.AccountSyncStatus.from_dict(sync_status__j)

            except RECOVERABLE as exc:
                sync_status__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "balance"
            try:
                balance__j = src_dict[_src_key]
                balance__v: AccountBalance | None
                balance__v = _models.AccountBalance.from_dict(balance__j)

            except RECOVERABLE as exc:
                balance__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "is_paper"
            try:
                is_paper__j = src_dict[_src_key]
                is_paper__v: bool | None
                if type(is_paper__j) is not bool:
                    type_mismatch("a boolean", is_paper__j)
                is_paper__v = is_paper__j

            except RECOVERABLE as exc:
                is_paper__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_account_id"
            try:
                institution_account_id__v = src_dict.get(_src_key, UNSET)
                if (
                    type(institution_account_id__v) is not str
                    and institution_account_id__v is not None
                    and institution_account_id__v is not UNSET
                ):
                    institution_account_id__v = _parse_institution_account_id(institution_account_id__v)

            except RECOVERABLE as exc:
                institution_account_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "funding_date"
            try:
                funding_date__v = src_dict.get(_src_key, UNSET)
                if funding_date__v is not None and funding_date__v is not UNSET:
                    funding_date__v = _parse_funding_date(funding_date__v)

            except RECOVERABLE as exc:
                funding_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "opening_date"
            try:
                opening_date__v = src_dict.get(_src_key, UNSET)
                if opening_date__v is not None and opening_date__v is not UNSET:
                    opening_date__v = _parse_opening_date(opening_date__v)

            except RECOVERABLE as exc:
                opening_date__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "status"
            try:
                status__v = src_dict.get(_src_key, UNSET)
                if status__v is not None and status__v is not UNSET:
                    status__v = _parse_status(status__v)

            except RECOVERABLE as exc:
                status__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "raw_type"
            try:
                raw_type__v = src_dict.get(_src_key, UNSET)
                if type(raw_type__v) is not str and raw_type__v is not None and raw_type__v is not UNSET:
                    raw_type__v = _parse_raw_type(raw_type__v)

            except RECOVERABLE as exc:
                raw_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "account_category"
            try:
                account_category__v = src_dict.get(_src_key, UNSET)
                if account_category__v is not None and account_category__v is not UNSET:
                    account_category__v = _parse_account_category(account_category__v)

            except RECOVERABLE as exc:
                account_category__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "meta"
            try:
                meta__j = src_dict.get(_src_key, UNSET)
                meta__v: AccountMeta | Unset | None
                if type(meta__j) is dict:
                    meta__v = _models.AccountMeta.from_dict(meta__j)

                elif isinstance(meta__j, Unset):
                    meta__v = UNSET
                else:
                    meta__v = _models.AccountMeta.from_dict(meta__j)

            except RECOVERABLE as exc:
                meta__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "portfolio_group"
            try:
                portfolio_group__v = src_dict.get(_src_key, UNSET)
                if portfolio_group__v is not None and portfolio_group__v is not UNSET:
                    portfolio_group__v = _parse_portfolio_group(portfolio_group__v)

            except RECOVERABLE as exc:
                portfolio_group__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "cash_restrictions"
            try:
                cash_restrictions__j = src_dict.get(_src_key, UNSET)
                cash_restrictions__v: list[str] | Unset | None
                if type(cash_restrictions__j) is list:
                    cash_restrictions__v = []
                    try:
                        for cash_restrictions__v_data in cash_restrictions__j:
                            if type(cash_restrictions__v_data) is not str:
                                type_mismatch("a string", cash_restrictions__v_data)
                            cash_restrictions__v_item = cash_restrictions__v_data

                            cash_restrictions__v.append(cash_restrictions__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(cash_restrictions__v)) from None

                elif isinstance(cash_restrictions__j, Unset):
                    cash_restrictions__v = UNSET
                else:
                    if type(cash_restrictions__j) is not list:
                        type_mismatch("an array", cash_restrictions__j)
                    cash_restrictions__v = []
                    try:
                        for cash_restrictions__v_data in cash_restrictions__j:
                            if type(cash_restrictions__v_data) is not str:
                                type_mismatch("a string", cash_restrictions__v_data)
                            cash_restrictions__v_item = cash_restrictions__v_data

                            cash_restrictions__v.append(cash_restrictions__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(cash_restrictions__v)) from None

            except RECOVERABLE as exc:
                cash_restrictions__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            id__v,
            brokerage_authorization__v,
            name__v,
            number__v,
            institution_name__v,
            created_date__v,
            sync_status__v,
            balance__v,
            is_paper__v,
            institution_account_id__v,
            funding_date__v,
            opening_date__v,
            status__v,
            raw_type__v,
            account_category__v,
            meta__v,
            portfolio_group__v,
            cash_restrictions__v,
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


def _parse_name(data: object) -> None | str:
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


def _parse_institution_account_id(data: object) -> None | str | Unset:
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


def _parse_funding_date(data: object) -> datetime.datetime | None | Unset:
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


def _parse_opening_date(data: object) -> datetime.datetime | None | Unset:
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


def _parse_status(
    data: object,
) -> AccountStatusType1 | AccountStatusType2Type1 | AccountStatusType3Type1 | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = AccountStatusType1(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = AccountStatusType2Type1(data)

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_3 = AccountStatusType3Type1(data)

            return variant_3
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("null or string or string or string", data)


def _parse_raw_type(data: object) -> None | str | Unset:
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


def _parse_account_category(
    data: object,
) -> (
    AccountAccountCategoryType1
    | AccountAccountCategoryType2Type1
    | AccountAccountCategoryType3Type1
    | None
    | Unset
):
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = AccountAccountCategoryType1(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_2 = AccountAccountCategoryType2Type1(data)

            return variant_2
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if type(data) is str:
        try:
            variant_3 = AccountAccountCategoryType3Type1(data)

            return variant_3
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("null or string or string or string", data)


def _parse_portfolio_group(data: object) -> None | Unset | UUID:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = UUID(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


ENUM_KEYS.setdefault(AccountStatusType1, set()).add("status")
ENUM_KEYS.setdefault(AccountStatusType2Type1, set()).add("status")
ENUM_KEYS.setdefault(AccountStatusType3Type1, set()).add("status")
ENUM_KEYS.setdefault(AccountAccountCategoryType1, set()).add("account_category")
ENUM_KEYS.setdefault(AccountAccountCategoryType2Type1, set()).add("account_category")
ENUM_KEYS.setdefault(AccountAccountCategoryType3Type1, set()).add("account_category")
