from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.cryptocurrency_address_type import CryptocurrencyAddressType
from ..types import INT_DECIMALS, RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

T = TypeVar("T", bound="B2BNftPosition")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "amount",
        "costBasis",
        "contractAddress",
        "name",
        "description",
        "marketplaceId",
        "tokenId",
        "marketplacePermalink",
        "addressType",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class B2BNftPosition:
    """An NFT held in the account.

    Attributes:
        amount (Decimal | Unset): Number of tokens held.
        cost_basis (Decimal | None | Unset): Purchase cost; unit not documented by Mesh.
        contract_address (None | str | Unset): Address of the token contract.
        name (None | str | Unset):
        description (None | str | Unset):
        marketplace_id (None | str | Unset):
        token_id (None | str | Unset):
        marketplace_permalink (None | str | Unset):
        address_type (CryptocurrencyAddressType | Unset): Kind of blockchain address (chain family) an asset lives on.
    """

    amount: Decimal | Unset = UNSET
    cost_basis: Decimal | None | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    marketplace_id: None | str | Unset = UNSET
    token_id: None | str | Unset = UNSET
    marketplace_permalink: None | str | Unset = UNSET
    address_type: CryptocurrencyAddressType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        cost_basis: Decimal | None | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = self.cost_basis

        contract_address: None | str | Unset
        if isinstance(self.contract_address, Unset):
            contract_address = UNSET
        else:
            contract_address = self.contract_address

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        marketplace_id: None | str | Unset
        if isinstance(self.marketplace_id, Unset):
            marketplace_id = UNSET
        else:
            marketplace_id = self.marketplace_id

        token_id: None | str | Unset
        if isinstance(self.token_id, Unset):
            token_id = UNSET
        else:
            token_id = self.token_id

        marketplace_permalink: None | str | Unset
        if isinstance(self.marketplace_permalink, Unset):
            marketplace_permalink = UNSET
        else:
            marketplace_permalink = self.marketplace_permalink

        address_type: str | Unset = UNSET
        if not isinstance(self.address_type, Unset):
            address_type = self.address_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_basis is not UNSET:
            field_dict["costBasis"] = cost_basis
        if contract_address is not UNSET:
            field_dict["contractAddress"] = contract_address
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id
        if token_id is not UNSET:
            field_dict["tokenId"] = token_id
        if marketplace_permalink is not UNSET:
            field_dict["marketplacePermalink"] = marketplace_permalink
        if address_type is not UNSET:
            field_dict["addressType"] = address_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "amount"
            _amount = src_dict.get(_src_key, UNSET)
            amount: Decimal | Unset
            if type(_amount) is Decimal:
                amount = _amount

            elif isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = _amount if type(_amount) is Decimal else as_decimal(_amount)

            _src_key = "costBasis"
            cost_basis = src_dict.get(_src_key, UNSET)
            if type(cost_basis) is not Decimal and cost_basis is not None and cost_basis is not UNSET:
                cost_basis = (
                    INT_DECIMALS[cost_basis] if type(cost_basis) is int else _parse_cost_basis(cost_basis)
                )

            _src_key = "contractAddress"
            contract_address = src_dict.get(_src_key, UNSET)
            if (
                type(contract_address) is not str
                and contract_address is not None
                and contract_address is not UNSET
            ):
                contract_address = _parse_contract_address(contract_address)

            _src_key = "name"
            name = src_dict.get(_src_key, UNSET)
            if type(name) is not str and name is not None and name is not UNSET:
                name = _parse_name(name)

            _src_key = "description"
            description = src_dict.get(_src_key, UNSET)
            if type(description) is not str and description is not None and description is not UNSET:
                description = _parse_description(description)

            _src_key = "marketplaceId"
            marketplace_id = src_dict.get(_src_key, UNSET)
            if type(marketplace_id) is not str and marketplace_id is not None and marketplace_id is not UNSET:
                marketplace_id = _parse_marketplace_id(marketplace_id)

            _src_key = "tokenId"
            token_id = src_dict.get(_src_key, UNSET)
            if type(token_id) is not str and token_id is not None and token_id is not UNSET:
                token_id = _parse_token_id(token_id)

            _src_key = "marketplacePermalink"
            marketplace_permalink = src_dict.get(_src_key, UNSET)
            if (
                type(marketplace_permalink) is not str
                and marketplace_permalink is not None
                and marketplace_permalink is not UNSET
            ):
                marketplace_permalink = _parse_marketplace_permalink(marketplace_permalink)

            _src_key = "addressType"
            _address_type = src_dict.get(_src_key, UNSET)
            address_type: CryptocurrencyAddressType | Unset
            if type(_address_type) is str:
                address_type = CryptocurrencyAddressType(_address_type)

            elif isinstance(_address_type, Unset):
                address_type = UNSET
            else:
                address_type = CryptocurrencyAddressType(_address_type)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        b2b_nft_position = cls(
            amount,
            cost_basis,
            contract_address,
            name,
            description,
            marketplace_id,
            token_id,
            marketplace_permalink,
            address_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            b2b_nft_position.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        b2b_nft_position.source_json = src_dict
        return b2b_nft_position

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


def _parse_cost_basis(data: object) -> Decimal | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) in (Decimal, int, str, float):
        try:
            variant_1 = data if type(data) is Decimal else as_decimal(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("number or null", data)


def _parse_contract_address(data: object) -> None | str | Unset:
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


def _parse_name(data: object) -> None | str | Unset:
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


def _parse_description(data: object) -> None | str | Unset:
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


def _parse_marketplace_id(data: object) -> None | str | Unset:
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


def _parse_token_id(data: object) -> None | str | Unset:
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


def _parse_marketplace_permalink(data: object) -> None | str | Unset:
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
