from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.cryptocurrency_address_type import CryptocurrencyAddressType
from ..types import RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

T = TypeVar("T", bound="B2BNftPosition")

_EMPTY: Mapping[str, Any] = MappingProxyType({})


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
        if not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_fields = dict(src_dict)
        _src_key = ""
        try:
            _src_key = "amount"
            _amount = _src_fields.pop(_src_key, UNSET)
            amount: Decimal | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = _amount if type(_amount) is Decimal else as_decimal(_amount)

            _src_key = "costBasis"

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

            cost_basis = _parse_cost_basis(_src_fields.pop(_src_key, UNSET))

            _src_key = "contractAddress"

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

            contract_address = _parse_contract_address(_src_fields.pop(_src_key, UNSET))

            _src_key = "name"

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

            name = _parse_name(_src_fields.pop(_src_key, UNSET))

            _src_key = "description"

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

            description = _parse_description(_src_fields.pop(_src_key, UNSET))

            _src_key = "marketplaceId"

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

            marketplace_id = _parse_marketplace_id(_src_fields.pop(_src_key, UNSET))

            _src_key = "tokenId"

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

            token_id = _parse_token_id(_src_fields.pop(_src_key, UNSET))

            _src_key = "marketplacePermalink"

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

            marketplace_permalink = _parse_marketplace_permalink(_src_fields.pop(_src_key, UNSET))

            _src_key = "addressType"
            _address_type = _src_fields.pop(_src_key, UNSET)
            address_type: CryptocurrencyAddressType | Unset
            if isinstance(_address_type, Unset):
                address_type = UNSET
            else:
                address_type = CryptocurrencyAddressType(_address_type)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        b2b_nft_position = cls(
            amount=amount,
            cost_basis=cost_basis,
            contract_address=contract_address,
            name=name,
            description=description,
            marketplace_id=marketplace_id,
            token_id=token_id,
            marketplace_permalink=marketplace_permalink,
            address_type=address_type,
        )

        b2b_nft_position.additional_properties = _src_fields
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
