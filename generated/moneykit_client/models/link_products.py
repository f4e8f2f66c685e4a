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
    from ..models.link_product_response import LinkProductResponse
    from ..models.transactions_link_product import TransactionsLinkProduct


T = TypeVar("T", bound="LinkProducts")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "accounts",
        "account_numbers",
        "identity",
        "investments",
        "enrichment",
        "transactions",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class LinkProducts:
    """Refresh status of each product granted for the link; products not granted are absent.

    Attributes:
        accounts (LinkProductResponse | None | Unset):
        account_numbers (LinkProductResponse | None | Unset):
        identity (LinkProductResponse | None | Unset):
        investments (LinkProductResponse | None | Unset):
        enrichment (LinkProductResponse | None | Unset):
        transactions (None | TransactionsLinkProduct | Unset):
    """

    accounts: LinkProductResponse | None | Unset = UNSET
    account_numbers: LinkProductResponse | None | Unset = UNSET
    identity: LinkProductResponse | None | Unset = UNSET
    investments: LinkProductResponse | None | Unset = UNSET
    enrichment: LinkProductResponse | None | Unset = UNSET
    transactions: None | TransactionsLinkProduct | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.link_product_response import LinkProductResponse  # noqa: PLC0415
        from ..models.transactions_link_product import TransactionsLinkProduct  # noqa: PLC0415

        accounts__j: dict[str, Any] | None | Unset
        if isinstance(self.accounts, Unset):
            accounts__j = UNSET
        elif isinstance(self.accounts, LinkProductResponse):
            accounts__j = self.accounts.to_dict()
        else:
            accounts__j = self.accounts

        account_numbers__j: dict[str, Any] | None | Unset
        if isinstance(self.account_numbers, Unset):
            account_numbers__j = UNSET
        elif isinstance(self.account_numbers, LinkProductResponse):
            account_numbers__j = self.account_numbers.to_dict()
        else:
            account_numbers__j = self.account_numbers

        identity__j: dict[str, Any] | None | Unset
        if isinstance(self.identity, Unset):
            identity__j = UNSET
        elif isinstance(self.identity, LinkProductResponse):
            identity__j = self.identity.to_dict()
        else:
            identity__j = self.identity

        investments__j: dict[str, Any] | None | Unset
        if isinstance(self.investments, Unset):
            investments__j = UNSET
        elif isinstance(self.investments, LinkProductResponse):
            investments__j = self.investments.to_dict()
        else:
            investments__j = self.investments

        enrichment__j: dict[str, Any] | None | Unset
        if isinstance(self.enrichment, Unset):
            enrichment__j = UNSET
        elif isinstance(self.enrichment, LinkProductResponse):
            enrichment__j = self.enrichment.to_dict()
        else:
            enrichment__j = self.enrichment

        transactions__j: dict[str, Any] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions__j = UNSET
        elif isinstance(self.transactions, TransactionsLinkProduct):
            transactions__j = self.transactions.to_dict()
        else:
            transactions__j = self.transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts__j is not UNSET:
            field_dict["accounts"] = accounts__j
        if account_numbers__j is not UNSET:
            field_dict["account_numbers"] = account_numbers__j
        if identity__j is not UNSET:
            field_dict["identity"] = identity__j
        if investments__j is not UNSET:
            field_dict["investments"] = investments__j
        if enrichment__j is not UNSET:
            field_dict["enrichment"] = enrichment__j
        if transactions__j is not UNSET:
            field_dict["transactions"] = transactions__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "accounts"
            try:
                accounts__v = src_dict.get(_src_key, UNSET)
                if accounts__v is not None and accounts__v is not UNSET:
                    accounts__v = _parse_accounts(accounts__v)

            except RECOVERABLE as exc:
                accounts__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "account_numbers"
            try:
                account_numbers__v = src_dict.get(_src_key, UNSET)
                if account_numbers__v is not None and account_numbers__v is not UNSET:
                    account_numbers__v = _parse_account_numbers(account_numbers__v)

            except RECOVERABLE as exc:
                account_numbers__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "identity"
            try:
                identity__v = src_dict.get(_src_key, UNSET)
                if identity__v is not None and identity__v is not UNSET:
                    identity__v = _parse_identity(identity__v)

            except RECOVERABLE as exc:
                identity__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "investments"
            try:
                investments__v = src_dict.get(_src_key, UNSET)
                if investments__v is not None and investments__v is not UNSET:
                    investments__v = _parse_investments(investments__v)

            except RECOVERABLE as exc:
                investments__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "enrichment"
            try:
                enrichment__v = src_dict.get(_src_key, UNSET)
                if enrichment__v is not None and enrichment__v is not UNSET:
                    enrichment__v = _parse_enrichment(enrichment__v)

            except RECOVERABLE as exc:
                enrichment__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "transactions"
            try:
                transactions__v = src_dict.get(_src_key, UNSET)
                if transactions__v is not None and transactions__v is not UNSET:
                    transactions__v = _parse_transactions(transactions__v)

            except RECOVERABLE as exc:
                transactions__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            accounts__v,
            account_numbers__v,
            identity__v,
            investments__v,
            enrichment__v,
            transactions__v,
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


def _parse_accounts(data: object) -> LinkProductResponse | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.LinkProductResponse.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_account_numbers(data: object) -> LinkProductResponse | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.LinkProductResponse.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_identity(data: object) -> LinkProductResponse | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.LinkProductResponse.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_investments(data: object) -> LinkProductResponse | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.LinkProductResponse.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_enrichment(data: object) -> LinkProductResponse | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.LinkProductResponse.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_transactions(data: object) -> None | TransactionsLinkProduct | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.TransactionsLinkProduct.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)
