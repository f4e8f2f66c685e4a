from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.nft_blockchain import NftBlockchain
from ..types import INT_DECIMALS, RECOVERABLE, UNSET, Unset, as_decimal, as_decode_error, type_mismatch

if TYPE_CHECKING:
    from ..models.nft_order import NftOrder


T = TypeVar("T", bound="NftPositionWithMarketValues")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "amount",
        "costBasis",
        "contractAddress",
        "paymentTokenSymbol",
        "name",
        "description",
        "imageUrl",
        "imageOriginalUrl",
        "animationUrl",
        "backgroundColor",
        "marketplaceId",
        "tokenId",
        "numberOfSales",
        "contractType",
        "contractName",
        "contractSchemaName",
        "contractSymbol",
        "contractDescription",
        "marketplacePermalink",
        "contractExternalLink",
        "creatorAddress",
        "currentOffer",
        "lastSale",
        "blockchain",
        "addressExplorerLink",
        "twitterUsername",
        "marketValue",
        "portfolioPercentage",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class NftPositionWithMarketValues:
    """An NFT held in the aggregated portfolio, with collection and market details.

    Attributes:
        amount (Decimal | Unset):
        cost_basis (Decimal | None | Unset):
        contract_address (None | str | Unset):
        payment_token_symbol (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        image_url (None | str | Unset):
        image_original_url (None | str | Unset):
        animation_url (None | str | Unset):
        background_color (None | str | Unset):
        marketplace_id (None | str | Unset):
        token_id (None | str | Unset):
        number_of_sales (int | None | Unset):
        contract_type (None | str | Unset):
        contract_name (None | str | Unset):
        contract_schema_name (None | str | Unset):
        contract_symbol (None | str | Unset):
        contract_description (None | str | Unset):
        marketplace_permalink (None | str | Unset):
        contract_external_link (None | str | Unset):
        creator_address (None | str | Unset):
        current_offer (NftOrder | None | Unset): Best open offer for the token, if any.
        last_sale (NftOrder | None | Unset): Most recent sale of the token, if any.
        blockchain (NftBlockchain | Unset): Chain an NFT lives on.
        address_explorer_link (None | str | Unset):
        twitter_username (None | str | Unset):
        market_value (Decimal | None | Unset): Number of tokens times the value of one.
        portfolio_percentage (Decimal | None | Unset): Share of the total portfolio value held in this NFT, in percent.
    """

    amount: Decimal | Unset = UNSET
    cost_basis: Decimal | None | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    payment_token_symbol: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    image_original_url: None | str | Unset = UNSET
    animation_url: None | str | Unset = UNSET
    background_color: None | str | Unset = UNSET
    marketplace_id: None | str | Unset = UNSET
    token_id: None | str | Unset = UNSET
    number_of_sales: int | None | Unset = UNSET
    contract_type: None | str | Unset = UNSET
    contract_name: None | str | Unset = UNSET
    contract_schema_name: None | str | Unset = UNSET
    contract_symbol: None | str | Unset = UNSET
    contract_description: None | str | Unset = UNSET
    marketplace_permalink: None | str | Unset = UNSET
    contract_external_link: None | str | Unset = UNSET
    creator_address: None | str | Unset = UNSET
    current_offer: NftOrder | None | Unset = UNSET
    last_sale: NftOrder | None | Unset = UNSET
    blockchain: NftBlockchain | Unset = UNSET
    address_explorer_link: None | str | Unset = UNSET
    twitter_username: None | str | Unset = UNSET
    market_value: Decimal | None | Unset = UNSET
    portfolio_percentage: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.nft_order import NftOrder  # noqa: PLC0415

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

        payment_token_symbol: None | str | Unset
        if isinstance(self.payment_token_symbol, Unset):
            payment_token_symbol = UNSET
        else:
            payment_token_symbol = self.payment_token_symbol

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

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        image_original_url: None | str | Unset
        if isinstance(self.image_original_url, Unset):
            image_original_url = UNSET
        else:
            image_original_url = self.image_original_url

        animation_url: None | str | Unset
        if isinstance(self.animation_url, Unset):
            animation_url = UNSET
        else:
            animation_url = self.animation_url

        background_color: None | str | Unset
        if isinstance(self.background_color, Unset):
            background_color = UNSET
        else:
            background_color = self.background_color

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

        number_of_sales: int | None | Unset
        if isinstance(self.number_of_sales, Unset):
            number_of_sales = UNSET
        else:
            number_of_sales = self.number_of_sales

        contract_type: None | str | Unset
        if isinstance(self.contract_type, Unset):
            contract_type = UNSET
        else:
            contract_type = self.contract_type

        contract_name: None | str | Unset
        if isinstance(self.contract_name, Unset):
            contract_name = UNSET
        else:
            contract_name = self.contract_name

        contract_schema_name: None | str | Unset
        if isinstance(self.contract_schema_name, Unset):
            contract_schema_name = UNSET
        else:
            contract_schema_name = self.contract_schema_name

        contract_symbol: None | str | Unset
        if isinstance(self.contract_symbol, Unset):
            contract_symbol = UNSET
        else:
            contract_symbol = self.contract_symbol

        contract_description: None | str | Unset
        if isinstance(self.contract_description, Unset):
            contract_description = UNSET
        else:
            contract_description = self.contract_description

        marketplace_permalink: None | str | Unset
        if isinstance(self.marketplace_permalink, Unset):
            marketplace_permalink = UNSET
        else:
            marketplace_permalink = self.marketplace_permalink

        contract_external_link: None | str | Unset
        if isinstance(self.contract_external_link, Unset):
            contract_external_link = UNSET
        else:
            contract_external_link = self.contract_external_link

        creator_address: None | str | Unset
        if isinstance(self.creator_address, Unset):
            creator_address = UNSET
        else:
            creator_address = self.creator_address

        current_offer: dict[str, Any] | None | Unset
        if isinstance(self.current_offer, Unset):
            current_offer = UNSET
        elif isinstance(self.current_offer, NftOrder):
            current_offer = self.current_offer.to_dict()
        else:
            current_offer = self.current_offer

        last_sale: dict[str, Any] | None | Unset
        if isinstance(self.last_sale, Unset):
            last_sale = UNSET
        elif isinstance(self.last_sale, NftOrder):
            last_sale = self.last_sale.to_dict()
        else:
            last_sale = self.last_sale

        blockchain: str | Unset = UNSET
        if not isinstance(self.blockchain, Unset):
            blockchain = self.blockchain.value

        address_explorer_link: None | str | Unset
        if isinstance(self.address_explorer_link, Unset):
            address_explorer_link = UNSET
        else:
            address_explorer_link = self.address_explorer_link

        twitter_username: None | str | Unset
        if isinstance(self.twitter_username, Unset):
            twitter_username = UNSET
        else:
            twitter_username = self.twitter_username

        market_value: Decimal | None | Unset
        if isinstance(self.market_value, Unset):
            market_value = UNSET
        else:
            market_value = self.market_value

        portfolio_percentage: Decimal | None | Unset
        if isinstance(self.portfolio_percentage, Unset):
            portfolio_percentage = UNSET
        else:
            portfolio_percentage = self.portfolio_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_basis is not UNSET:
            field_dict["costBasis"] = cost_basis
        if contract_address is not UNSET:
            field_dict["contractAddress"] = contract_address
        if payment_token_symbol is not UNSET:
            field_dict["paymentTokenSymbol"] = payment_token_symbol
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if image_original_url is not UNSET:
            field_dict["imageOriginalUrl"] = image_original_url
        if animation_url is not UNSET:
            field_dict["animationUrl"] = animation_url
        if background_color is not UNSET:
            field_dict["backgroundColor"] = background_color
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id
        if token_id is not UNSET:
            field_dict["tokenId"] = token_id
        if number_of_sales is not UNSET:
            field_dict["numberOfSales"] = number_of_sales
        if contract_type is not UNSET:
            field_dict["contractType"] = contract_type
        if contract_name is not UNSET:
            field_dict["contractName"] = contract_name
        if contract_schema_name is not UNSET:
            field_dict["contractSchemaName"] = contract_schema_name
        if contract_symbol is not UNSET:
            field_dict["contractSymbol"] = contract_symbol
        if contract_description is not UNSET:
            field_dict["contractDescription"] = contract_description
        if marketplace_permalink is not UNSET:
            field_dict["marketplacePermalink"] = marketplace_permalink
        if contract_external_link is not UNSET:
            field_dict["contractExternalLink"] = contract_external_link
        if creator_address is not UNSET:
            field_dict["creatorAddress"] = creator_address
        if current_offer is not UNSET:
            field_dict["currentOffer"] = current_offer
        if last_sale is not UNSET:
            field_dict["lastSale"] = last_sale
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if address_explorer_link is not UNSET:
            field_dict["addressExplorerLink"] = address_explorer_link
        if twitter_username is not UNSET:
            field_dict["twitterUsername"] = twitter_username
        if market_value is not UNSET:
            field_dict["marketValue"] = market_value
        if portfolio_percentage is not UNSET:
            field_dict["portfolioPercentage"] = portfolio_percentage

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

            _src_key = "paymentTokenSymbol"
            payment_token_symbol = src_dict.get(_src_key, UNSET)
            if (
                type(payment_token_symbol) is not str
                and payment_token_symbol is not None
                and payment_token_symbol is not UNSET
            ):
                payment_token_symbol = _parse_payment_token_symbol(payment_token_symbol)

            _src_key = "name"
            name = src_dict.get(_src_key, UNSET)
            if type(name) is not str and name is not None and name is not UNSET:
                name = _parse_name(name)

            _src_key = "description"
            description = src_dict.get(_src_key, UNSET)
            if type(description) is not str and description is not None and description is not UNSET:
                description = _parse_description(description)

            _src_key = "imageUrl"
            image_url = src_dict.get(_src_key, UNSET)
            if type(image_url) is not str and image_url is not None and image_url is not UNSET:
                image_url = _parse_image_url(image_url)

            _src_key = "imageOriginalUrl"
            image_original_url = src_dict.get(_src_key, UNSET)
            if (
                type(image_original_url) is not str
                and image_original_url is not None
                and image_original_url is not UNSET
            ):
                image_original_url = _parse_image_original_url(image_original_url)

            _src_key = "animationUrl"
            animation_url = src_dict.get(_src_key, UNSET)
            if type(animation_url) is not str and animation_url is not None and animation_url is not UNSET:
                animation_url = _parse_animation_url(animation_url)

            _src_key = "backgroundColor"
            background_color = src_dict.get(_src_key, UNSET)
            if (
                type(background_color) is not str
                and background_color is not None
                and background_color is not UNSET
            ):
                background_color = _parse_background_color(background_color)

            _src_key = "marketplaceId"
            marketplace_id = src_dict.get(_src_key, UNSET)
            if type(marketplace_id) is not str and marketplace_id is not None and marketplace_id is not UNSET:
                marketplace_id = _parse_marketplace_id(marketplace_id)

            _src_key = "tokenId"
            token_id = src_dict.get(_src_key, UNSET)
            if type(token_id) is not str and token_id is not None and token_id is not UNSET:
                token_id = _parse_token_id(token_id)

            _src_key = "numberOfSales"
            number_of_sales = src_dict.get(_src_key, UNSET)
            if number_of_sales is not None and number_of_sales is not UNSET:
                number_of_sales = _parse_number_of_sales(number_of_sales)

            _src_key = "contractType"
            contract_type = src_dict.get(_src_key, UNSET)
            if type(contract_type) is not str and contract_type is not None and contract_type is not UNSET:
                contract_type = _parse_contract_type(contract_type)

            _src_key = "contractName"
            contract_name = src_dict.get(_src_key, UNSET)
            if type(contract_name) is not str and contract_name is not None and contract_name is not UNSET:
                contract_name = _parse_contract_name(contract_name)

            _src_key = "contractSchemaName"
            contract_schema_name = src_dict.get(_src_key, UNSET)
            if (
                type(contract_schema_name) is not str
                and contract_schema_name is not None
                and contract_schema_name is not UNSET
            ):
                contract_schema_name = _parse_contract_schema_name(contract_schema_name)

            _src_key = "contractSymbol"
            contract_symbol = src_dict.get(_src_key, UNSET)
            if (
                type(contract_symbol) is not str
                and contract_symbol is not None
                and contract_symbol is not UNSET
            ):
                contract_symbol = _parse_contract_symbol(contract_symbol)

            _src_key = "contractDescription"
            contract_description = src_dict.get(_src_key, UNSET)
            if (
                type(contract_description) is not str
                and contract_description is not None
                and contract_description is not UNSET
            ):
                contract_description = _parse_contract_description(contract_description)

            _src_key = "marketplacePermalink"
            marketplace_permalink = src_dict.get(_src_key, UNSET)
            if (
                type(marketplace_permalink) is not str
                and marketplace_permalink is not None
                and marketplace_permalink is not UNSET
            ):
                marketplace_permalink = _parse_marketplace_permalink(marketplace_permalink)

            _src_key = "contractExternalLink"
            contract_external_link = src_dict.get(_src_key, UNSET)
            if (
                type(contract_external_link) is not str
                and contract_external_link is not None
                and contract_external_link is not UNSET
            ):
                contract_external_link = _parse_contract_external_link(contract_external_link)

            _src_key = "creatorAddress"
            creator_address = src_dict.get(_src_key, UNSET)
            if (
                type(creator_address) is not str
                and creator_address is not None
                and creator_address is not UNSET
            ):
                creator_address = _parse_creator_address(creator_address)

            _src_key = "currentOffer"
            current_offer = src_dict.get(_src_key, UNSET)
            if current_offer is not None and current_offer is not UNSET:
                current_offer = _parse_current_offer(current_offer)

            _src_key = "lastSale"
            last_sale = src_dict.get(_src_key, UNSET)
            if last_sale is not None and last_sale is not UNSET:
                last_sale = _parse_last_sale(last_sale)

            _src_key = "blockchain"
            _blockchain = src_dict.get(_src_key, UNSET)
            blockchain: NftBlockchain | Unset
            if type(_blockchain) is str:
                blockchain = NftBlockchain(_blockchain)

            elif isinstance(_blockchain, Unset):
                blockchain = UNSET
            else:
                blockchain = NftBlockchain(_blockchain)

            _src_key = "addressExplorerLink"
            address_explorer_link = src_dict.get(_src_key, UNSET)
            if (
                type(address_explorer_link) is not str
                and address_explorer_link is not None
                and address_explorer_link is not UNSET
            ):
                address_explorer_link = _parse_address_explorer_link(address_explorer_link)

            _src_key = "twitterUsername"
            twitter_username = src_dict.get(_src_key, UNSET)
            if (
                type(twitter_username) is not str
                and twitter_username is not None
                and twitter_username is not UNSET
            ):
                twitter_username = _parse_twitter_username(twitter_username)

            _src_key = "marketValue"
            market_value = src_dict.get(_src_key, UNSET)
            if type(market_value) is not Decimal and market_value is not None and market_value is not UNSET:
                market_value = (
                    INT_DECIMALS[market_value]
                    if type(market_value) is int
                    else _parse_market_value(market_value)
                )

            _src_key = "portfolioPercentage"
            portfolio_percentage = src_dict.get(_src_key, UNSET)
            if (
                type(portfolio_percentage) is not Decimal
                and portfolio_percentage is not None
                and portfolio_percentage is not UNSET
            ):
                portfolio_percentage = (
                    INT_DECIMALS[portfolio_percentage]
                    if type(portfolio_percentage) is int
                    else _parse_portfolio_percentage(portfolio_percentage)
                )

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        nft_position_with_market_values = cls(
            amount,
            cost_basis,
            contract_address,
            payment_token_symbol,
            name,
            description,
            image_url,
            image_original_url,
            animation_url,
            background_color,
            marketplace_id,
            token_id,
            number_of_sales,
            contract_type,
            contract_name,
            contract_schema_name,
            contract_symbol,
            contract_description,
            marketplace_permalink,
            contract_external_link,
            creator_address,
            current_offer,
            last_sale,
            blockchain,
            address_explorer_link,
            twitter_username,
            market_value,
            portfolio_percentage,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            nft_position_with_market_values.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        nft_position_with_market_values.source_json = src_dict
        return nft_position_with_market_values

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


def _parse_payment_token_symbol(data: object) -> None | str | Unset:
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


def _parse_image_url(data: object) -> None | str | Unset:
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


def _parse_image_original_url(data: object) -> None | str | Unset:
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


def _parse_animation_url(data: object) -> None | str | Unset:
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


def _parse_background_color(data: object) -> None | str | Unset:
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


def _parse_number_of_sales(data: object) -> int | None | Unset:
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


def _parse_contract_type(data: object) -> None | str | Unset:
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


def _parse_contract_name(data: object) -> None | str | Unset:
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


def _parse_contract_schema_name(data: object) -> None | str | Unset:
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


def _parse_contract_symbol(data: object) -> None | str | Unset:
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


def _parse_contract_description(data: object) -> None | str | Unset:
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


def _parse_contract_external_link(data: object) -> None | str | Unset:
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


def _parse_creator_address(data: object) -> None | str | Unset:
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


def _parse_current_offer(data: object) -> NftOrder | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.NftOrder.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_last_sale(data: object) -> NftOrder | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.NftOrder.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_address_explorer_link(data: object) -> None | str | Unset:
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


def _parse_twitter_username(data: object) -> None | str | Unset:
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


def _parse_market_value(data: object) -> Decimal | None | Unset:
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


def _parse_portfolio_percentage(data: object) -> Decimal | None | Unset:
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
