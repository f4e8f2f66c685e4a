from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.cryptocurrency_address_type import CryptocurrencyAddressType
from ..types import (
    ENUM_KEYS,
    INT_DECIMALS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decimal,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

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
    address_type: CryptocurrencyAddressType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        amount__j = self.amount

        cost_basis__j: Decimal | None | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis__j = UNSET
        else:
            cost_basis__j = self.cost_basis

        contract_address__j: None | str | Unset
        if isinstance(self.contract_address, Unset):
            contract_address__j = UNSET
        else:
            contract_address__j = self.contract_address

        name__j: None | str | Unset
        if isinstance(self.name, Unset):
            name__j = UNSET
        else:
            name__j = self.name

        description__j: None | str | Unset
        if isinstance(self.description, Unset):
            description__j = UNSET
        else:
            description__j = self.description

        marketplace_id__j: None | str | Unset
        if isinstance(self.marketplace_id, Unset):
            marketplace_id__j = UNSET
        else:
            marketplace_id__j = self.marketplace_id

        token_id__j: None | str | Unset
        if isinstance(self.token_id, Unset):
            token_id__j = UNSET
        else:
            token_id__j = self.token_id

        marketplace_permalink__j: None | str | Unset
        if isinstance(self.marketplace_permalink, Unset):
            marketplace_permalink__j = UNSET
        else:
            marketplace_permalink__j = self.marketplace_permalink

        address_type__j: Any
        if self.address_type is None:
            address_type__j = None
        else:
            address_type__j = UNSET
            if not isinstance(self.address_type, Unset):
                address_type__j = self.address_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount__j is not UNSET:
            field_dict["amount"] = amount__j
        if cost_basis__j is not UNSET:
            field_dict["costBasis"] = cost_basis__j
        if contract_address__j is not UNSET:
            field_dict["contractAddress"] = contract_address__j
        if name__j is not UNSET:
            field_dict["name"] = name__j
        if description__j is not UNSET:
            field_dict["description"] = description__j
        if marketplace_id__j is not UNSET:
            field_dict["marketplaceId"] = marketplace_id__j
        if token_id__j is not UNSET:
            field_dict["tokenId"] = token_id__j
        if marketplace_permalink__j is not UNSET:
            field_dict["marketplacePermalink"] = marketplace_permalink__j
        if address_type__j is not UNSET:
            field_dict["addressType"] = address_type__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "amount"
            amount__j = src_dict.get(_src_key, UNSET)
            amount__v: Decimal | Unset
            if type(amount__j) is Decimal:
                amount__v = amount__j

            elif isinstance(amount__j, Unset):
                amount__v = UNSET
            else:
                amount__v = amount__j if type(amount__j) is Decimal else as_decimal(amount__j)

            _src_key = "costBasis"
            try:
                cost_basis__v = src_dict.get(_src_key, UNSET)
                if (
                    type(cost_basis__v) is not Decimal
                    and cost_basis__v is not None
                    and cost_basis__v is not UNSET
                ):
                    cost_basis__v = (
                        INT_DECIMALS[cost_basis__v]
                        if type(cost_basis__v) is int
                        else _parse_cost_basis(cost_basis__v)
                    )

            except RECOVERABLE as exc:
                cost_basis__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "contractAddress"
            try:
                contract_address__v = src_dict.get(_src_key, UNSET)
                if (
                    type(contract_address__v) is not str
                    and contract_address__v is not None
                    and contract_address__v is not UNSET
                ):
                    contract_address__v = _parse_contract_address(contract_address__v)

            except RECOVERABLE as exc:
                contract_address__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "name"
            try:
                name__v = src_dict.get(_src_key, UNSET)
                if type(name__v) is not str and name__v is not None and name__v is not UNSET:
                    name__v = _parse_name(name__v)

            except RECOVERABLE as exc:
                name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "description"
            try:
                description__v = src_dict.get(_src_key, UNSET)
                if (
                    type(description__v) is not str
                    and description__v is not None
                    and description__v is not UNSET
                ):
                    description__v = _parse_description(description__v)

            except RECOVERABLE as exc:
                description__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "marketplaceId"
            try:
                marketplace_id__v = src_dict.get(_src_key, UNSET)
                if (
                    type(marketplace_id__v) is not str
                    and marketplace_id__v is not None
                    and marketplace_id__v is not UNSET
                ):
                    marketplace_id__v = _parse_marketplace_id(marketplace_id__v)

            except RECOVERABLE as exc:
                marketplace_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "tokenId"
            try:
                token_id__v = src_dict.get(_src_key, UNSET)
                if type(token_id__v) is not str and token_id__v is not None and token_id__v is not UNSET:
                    token_id__v = _parse_token_id(token_id__v)

            except RECOVERABLE as exc:
                token_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "marketplacePermalink"
            try:
                marketplace_permalink__v = src_dict.get(_src_key, UNSET)
                if (
                    type(marketplace_permalink__v) is not str
                    and marketplace_permalink__v is not None
                    and marketplace_permalink__v is not UNSET
                ):
                    marketplace_permalink__v = _parse_marketplace_permalink(marketplace_permalink__v)

            except RECOVERABLE as exc:
                marketplace_permalink__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "addressType"
            try:
                address_type__j = src_dict.get(_src_key, UNSET)
                address_type__v: CryptocurrencyAddressType | Unset | None
                if type(address_type__j) is str:
                    address_type__v = CryptocurrencyAddressType(address_type__j)

                elif isinstance(address_type__j, Unset):
                    address_type__v = UNSET
                else:
                    address_type__v = CryptocurrencyAddressType(address_type__j)

            except RECOVERABLE as exc:
                address_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            amount__v,
            cost_basis__v,
            contract_address__v,
            name__v,
            description__v,
            marketplace_id__v,
            token_id__v,
            marketplace_permalink__v,
            address_type__v,
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


ENUM_KEYS.setdefault(CryptocurrencyAddressType, set()).add("addressType")
