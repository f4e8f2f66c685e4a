from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import RECOVERABLE, UNSET, Unset, as_decode_error, type_mismatch

if TYPE_CHECKING:
    from ..models.link_product_response import LinkProductResponse
    from ..models.transactions_link_product import TransactionsLinkProduct


T = TypeVar("T", bound="LinkProducts")

_EMPTY: Mapping[str, Any] = MappingProxyType({})


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
        from ..models.link_product_response import LinkProductResponse  # noqa: PLC0415
        from ..models.transactions_link_product import TransactionsLinkProduct  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_fields = dict(src_dict)
        _src_key = ""
        try:
            _src_key = "accounts"

            def _parse_accounts(data: object) -> LinkProductResponse | None | Unset:
                if data is None:
                    return None
                if isinstance(data, Unset):
                    return data
                failure: DecodeError | None = None
                if isinstance(data, dict):
                    try:
                        variant_1 = LinkProductResponse.from_dict(data)

                        return variant_1
                    except RECOVERABLE as exc:
                        failure = as_decode_error(exc)
                if failure is not None:
                    raise failure
                type_mismatch("object or null", data)

            accounts = _parse_accounts(_src_fields.pop(_src_key, UNSET))

            _src_key = "account_numbers"

            def _parse_account_numbers(data: object) -> LinkProductResponse | None | Unset:
                if data is None:
                    return None
                if isinstance(data, Unset):
                    return data
                failure: DecodeError | None = None
                if isinstance(data, dict):
                    try:
                        variant_1 = LinkProductResponse.from_dict(data)

                        return variant_1
                    except RECOVERABLE as exc:
                        failure = as_decode_error(exc)
                if failure is not None:
                    raise failure
                type_mismatch("object or null", data)

            account_numbers = _parse_account_numbers(_src_fields.pop(_src_key, UNSET))

            _src_key = "identity"

            def _parse_identity(data: object) -> LinkProductResponse | None | Unset:
                if data is None:
                    return None
                if isinstance(data, Unset):
                    return data
                failure: DecodeError | None = None
                if isinstance(data, dict):
                    try:
                        variant_1 = LinkProductResponse.from_dict(data)

                        return variant_1
                    except RECOVERABLE as exc:
                        failure = as_decode_error(exc)
                if failure is not None:
                    raise failure
                type_mismatch("object or null", data)

            identity = _parse_identity(_src_fields.pop(_src_key, UNSET))

            _src_key = "investments"

            def _parse_investments(data: object) -> LinkProductResponse | None | Unset:
                if data is None:
                    return None
                if isinstance(data, Unset):
                    return data
                failure: DecodeError | None = None
                if isinstance(data, dict):
                    try:
                        variant_1 = LinkProductResponse.from_dict(data)

                        return variant_1
                    except RECOVERABLE as exc:
                        failure = as_decode_error(exc)
                if failure is not None:
                    raise failure
                type_mismatch("object or null", data)

            investments = _parse_investments(_src_fields.pop(_src_key, UNSET))

            _src_key = "enrichment"

            def _parse_enrichment(data: object) -> LinkProductResponse | None | Unset:
                if data is None:
                    return None
                if isinstance(data, Unset):
                    return data
                failure: DecodeError | None = None
                if isinstance(data, dict):
                    try:
                        variant_1 = LinkProductResponse.from_dict(data)

                        return variant_1
                    except RECOVERABLE as exc:
                        failure = as_decode_error(exc)
                if failure is not None:
                    raise failure
                type_mismatch("object or null", data)

            enrichment = _parse_enrichment(_src_fields.pop(_src_key, UNSET))

            _src_key = "transactions"

            def _parse_transactions(data: object) -> None | TransactionsLinkProduct | Unset:
                if data is None:
                    return None
                if isinstance(data, Unset):
                    return data
                failure: DecodeError | None = None
                if isinstance(data, dict):
                    try:
                        variant_1 = TransactionsLinkProduct.from_dict(data)

                        return variant_1
                    except RECOVERABLE as exc:
                        failure = as_decode_error(exc)
                if failure is not None:
                    raise failure
                type_mismatch("object or null", data)

            transactions = _parse_transactions(_src_fields.pop(_src_key, UNSET))

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        link_products = cls(
            accounts=accounts,
            account_numbers=account_numbers,
            identity=identity,
            investments=investments,
            enrichment=enrichment,
            transactions=transactions,
        )

        additional_properties = {}
        for prop_name, prop_dict in _src_fields.items():
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
