from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..types import RECOVERABLE, UNSET, Unset, as_decode_error, type_mismatch

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

    def to_dict(self) -> dict[str, Any]:
        from ..models.link_product_response import LinkProductResponse  # noqa: PLC0415
        from ..models.transactions_link_product import TransactionsLinkProduct  # noqa: PLC0415

        accounts: dict[str, Any] | None | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        elif isinstance(self.accounts, LinkProductResponse):
            accounts = self.accounts.to_dict()
        else:
            accounts = self.accounts

        account_numbers: dict[str, Any] | None | Unset
        if isinstance(self.account_numbers, Unset):
            account_numbers = UNSET
        elif isinstance(self.account_numbers, LinkProductResponse):
            account_numbers = self.account_numbers.to_dict()
        else:
            account_numbers = self.account_numbers

        identity: dict[str, Any] | None | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        elif isinstance(self.identity, LinkProductResponse):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        investments: dict[str, Any] | None | Unset
        if isinstance(self.investments, Unset):
            investments = UNSET
        elif isinstance(self.investments, LinkProductResponse):
            investments = self.investments.to_dict()
        else:
            investments = self.investments

        enrichment: dict[str, Any] | None | Unset
        if isinstance(self.enrichment, Unset):
            enrichment = UNSET
        elif isinstance(self.enrichment, LinkProductResponse):
            enrichment = self.enrichment.to_dict()
        else:
            enrichment = self.enrichment

        transactions: dict[str, Any] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, TransactionsLinkProduct):
            transactions = self.transactions.to_dict()
        else:
            transactions = self.transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if account_numbers is not UNSET:
            field_dict["account_numbers"] = account_numbers
        if identity is not UNSET:
            field_dict["identity"] = identity
        if investments is not UNSET:
            field_dict["investments"] = investments
        if enrichment is not UNSET:
            field_dict["enrichment"] = enrichment
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "accounts"
            accounts = src_dict.get(_src_key, UNSET)
            if accounts is not None and accounts is not UNSET:
                accounts = _parse_accounts(accounts)

            _src_key = "account_numbers"
            account_numbers = src_dict.get(_src_key, UNSET)
            if account_numbers is not None and account_numbers is not UNSET:
                account_numbers = _parse_account_numbers(account_numbers)

            _src_key = "identity"
            identity = src_dict.get(_src_key, UNSET)
            if identity is not None and identity is not UNSET:
                identity = _parse_identity(identity)

            _src_key = "investments"
            investments = src_dict.get(_src_key, UNSET)
            if investments is not None and investments is not UNSET:
                investments = _parse_investments(investments)

            _src_key = "enrichment"
            enrichment = src_dict.get(_src_key, UNSET)
            if enrichment is not None and enrichment is not UNSET:
                enrichment = _parse_enrichment(enrichment)

            _src_key = "transactions"
            transactions = src_dict.get(_src_key, UNSET)
            if transactions is not None and transactions is not UNSET:
                transactions = _parse_transactions(transactions)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        link_products = cls(
            accounts,
            account_numbers,
            identity,
            investments,
            enrichment,
            transactions,
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
            link_products.additional_properties = additional_properties
        link_products.source_json = src_dict
        return link_products

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
