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
    blockchain: NftBlockchain | Unset | None = UNSET
    address_explorer_link: None | str | Unset = UNSET
    twitter_username: None | str | Unset = UNSET
    market_value: Decimal | None | Unset = UNSET
    portfolio_percentage: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.nft_order import NftOrder  # noqa: PLC0415

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

        payment_token_symbol__j: None | str | Unset
        if isinstance(self.payment_token_symbol, Unset):
            payment_token_symbol__j = UNSET
        else:
            payment_token_symbol__j = self.payment_token_symbol

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

        image_url__j: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url__j = UNSET
        else:
            image_url__j = self.image_url

        image_original_url__j: None | str | Unset
        if isinstance(self.image_original_url, Unset):
            image_original_url__j = UNSET
        else:
            image_original_url__j = self.image_original_url

        animation_url__j: None | str | Unset
        if isinstance(self.animation_url, Unset):
            animation_url__j = UNSET
        else:
            animation_url__j = self.animation_url

        background_color__j: None | str | Unset
        if isinstance(self.background_color, Unset):
            background_color__j = UNSET
        else:
            background_color__j = self.background_color

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

        number_of_sales__j: int | None | Unset
        if isinstance(self.number_of_sales, Unset):
            number_of_sales__j = UNSET
        else:
            number_of_sales__j = self.number_of_sales

        contract_type__j: None | str | Unset
        if isinstance(self.contract_type, Unset):
            contract_type__j = UNSET
        else:
            contract_type__j = self.contract_type

        contract_name__j: None | str | Unset
        if isinstance(self.contract_name, Unset):
            contract_name__j = UNSET
        else:
            contract_name__j = self.contract_name

        contract_schema_name__j: None | str | Unset
        if isinstance(self.contract_schema_name, Unset):
            contract_schema_name__j = UNSET
        else:
            contract_schema_name__j = self.contract_schema_name

        contract_symbol__j: None | str | Unset
        if isinstance(self.contract_symbol, Unset):
            contract_symbol__j = UNSET
        else:
            contract_symbol__j = self.contract_symbol

        contract_description__j: None | str | Unset
        if isinstance(self.contract_description, Unset):
            contract_description__j = UNSET
        else:
            contract_description__j = self.contract_description

        marketplace_permalink__j: None | str | Unset
        if isinstance(self.marketplace_permalink, Unset):
            marketplace_permalink__j = UNSET
        else:
            marketplace_permalink__j = self.marketplace_permalink

        contract_external_link__j: None | str | Unset
        if isinstance(self.contract_external_link, Unset):
            contract_external_link__j = UNSET
        else:
            contract_external_link__j = self.contract_external_link

        creator_address__j: None | str | Unset
        if isinstance(self.creator_address, Unset):
            creator_address__j = UNSET
        else:
            creator_address__j = self.creator_address

        current_offer__j: dict[str, Any] | None | Unset
        if isinstance(self.current_offer, Unset):
            current_offer__j = UNSET
        elif isinstance(self.current_offer, NftOrder):
            current_offer__j = self.current_offer.to_dict()
        else:
            current_offer__j = self.current_offer

        last_sale__j: dict[str, Any] | None | Unset
        if isinstance(self.last_sale, Unset):
            last_sale__j = UNSET
        elif isinstance(self.last_sale, NftOrder):
            last_sale__j = self.last_sale.to_dict()
        else:
            last_sale__j = self.last_sale

        blockchain__j: Any
        if self.blockchain is None:
            blockchain__j = None
        else:
            blockchain__j = UNSET
            if not isinstance(self.blockchain, Unset):
                blockchain__j = self.blockchain.value

        address_explorer_link__j: None | str | Unset
        if isinstance(self.address_explorer_link, Unset):
            address_explorer_link__j = UNSET
        else:
            address_explorer_link__j = self.address_explorer_link

        twitter_username__j: None | str | Unset
        if isinstance(self.twitter_username, Unset):
            twitter_username__j = UNSET
        else:
            twitter_username__j = self.twitter_username

        market_value__j: Decimal | None | Unset
        if isinstance(self.market_value, Unset):
            market_value__j = UNSET
        else:
            market_value__j = self.market_value

        portfolio_percentage__j: Decimal | None | Unset
        if isinstance(self.portfolio_percentage, Unset):
            portfolio_percentage__j = UNSET
        else:
            portfolio_percentage__j = self.portfolio_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount__j is not UNSET:
            field_dict["amount"] = amount__j
        if cost_basis__j is not UNSET:
            field_dict["costBasis"] = cost_basis__j
        if contract_address__j is not UNSET:
            field_dict["contractAddress"] = contract_address__j
        if payment_token_symbol__j is not UNSET:
            field_dict["paymentTokenSymbol"] = payment_token_symbol__j
        if name__j is not UNSET:
            field_dict["name"] = name__j
        if description__j is not UNSET:
            field_dict["description"] = description__j
        if image_url__j is not UNSET:
            field_dict["imageUrl"] = image_url__j
        if image_original_url__j is not UNSET:
            field_dict["imageOriginalUrl"] = image_original_url__j
        if animation_url__j is not UNSET:
            field_dict["animationUrl"] = animation_url__j
        if background_color__j is not UNSET:
            field_dict["backgroundColor"] = background_color__j
        if marketplace_id__j is not UNSET:
            field_dict["marketplaceId"] = marketplace_id__j
        if token_id__j is not UNSET:
            field_dict["tokenId"] = token_id__j
        if number_of_sales__j is not UNSET:
            field_dict["numberOfSales"] = number_of_sales__j
        if contract_type__j is not UNSET:
            field_dict["contractType"] = contract_type__j
        if contract_name__j is not UNSET:
            field_dict["contractName"] = contract_name__j
        if contract_schema_name__j is not UNSET:
            field_dict["contractSchemaName"] = contract_schema_name__j
        if contract_symbol__j is not UNSET:
            field_dict["contractSymbol"] = contract_symbol__j
        if contract_description__j is not UNSET:
            field_dict["contractDescription"] = contract_description__j
        if marketplace_permalink__j is not UNSET:
            field_dict["marketplacePermalink"] = marketplace_permalink__j
        if contract_external_link__j is not UNSET:
            field_dict["contractExternalLink"] = contract_external_link__j
        if creator_address__j is not UNSET:
            field_dict["creatorAddress"] = creator_address__j
        if current_offer__j is not UNSET:
            field_dict["currentOffer"] = current_offer__j
        if last_sale__j is not UNSET:
            field_dict["lastSale"] = last_sale__j
        if blockchain__j is not UNSET:
            field_dict["blockchain"] = blockchain__j
        if address_explorer_link__j is not UNSET:
            field_dict["addressExplorerLink"] = address_explorer_link__j
        if twitter_username__j is not UNSET:
            field_dict["twitterUsername"] = twitter_username__j
        if market_value__j is not UNSET:
            field_dict["marketValue"] = market_value__j
        if portfolio_percentage__j is not UNSET:
            field_dict["portfolioPercentage"] = portfolio_percentage__j

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

            _src_key = "paymentTokenSymbol"
            try:
                payment_token_symbol__v = src_dict.get(_src_key, UNSET)
                if (
                    type(payment_token_symbol__v) is not str
                    and payment_token_symbol__v is not None
                    and payment_token_symbol__v is not UNSET
                ):
                    payment_token_symbol__v = _parse_payment_token_symbol(payment_token_symbol__v)

            except RECOVERABLE as exc:
                payment_token_symbol__v = None
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

            _src_key = "imageUrl"
            try:
                image_url__v = src_dict.get(_src_key, UNSET)
                if type(image_url__v) is not str and image_url__v is not None and image_url__v is not UNSET:
                    image_url__v = _parse_image_url(image_url__v)

            except RECOVERABLE as exc:
                image_url__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "imageOriginalUrl"
            try:
                image_original_url__v = src_dict.get(_src_key, UNSET)
                if (
                    type(image_original_url__v) is not str
                    and image_original_url__v is not None
                    and image_original_url__v is not UNSET
                ):
                    image_original_url__v = _parse_image_original_url(image_original_url__v)

            except RECOVERABLE as exc:
                image_original_url__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "animationUrl"
            try:
                animation_url__v = src_dict.get(_src_key, UNSET)
                if (
                    type(animation_url__v) is not str
                    and animation_url__v is not None
                    and animation_url__v is not UNSET
                ):
                    animation_url__v = _parse_animation_url(animation_url__v)

            except RECOVERABLE as exc:
                animation_url__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "backgroundColor"
            try:
                background_color__v = src_dict.get(_src_key, UNSET)
                if (
                    type(background_color__v) is not str
                    and background_color__v is not None
                    and background_color__v is not UNSET
                ):
                    background_color__v = _parse_background_color(background_color__v)

            except RECOVERABLE as exc:
                background_color__v = None
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

            _src_key = "numberOfSales"
            try:
                number_of_sales__v = src_dict.get(_src_key, UNSET)
                if number_of_sales__v is not None and number_of_sales__v is not UNSET:
                    number_of_sales__v = _parse_number_of_sales(number_of_sales__v)

            except RECOVERABLE as exc:
                number_of_sales__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "contractType"
            try:
                contract_type__v = src_dict.get(_src_key, UNSET)
                if (
                    type(contract_type__v) is not str
                    and contract_type__v is not None
                    and contract_type__v is not UNSET
                ):
                    contract_type__v = _parse_contract_type(contract_type__v)

            except RECOVERABLE as exc:
                contract_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "contractName"
            try:
                contract_name__v = src_dict.get(_src_key, UNSET)
                if (
                    type(contract_name__v) is not str
                    and contract_name__v is not None
                    and contract_name__v is not UNSET
                ):
                    contract_name__v = _parse_contract_name(contract_name__v)

            except RECOVERABLE as exc:
                contract_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "contractSchemaName"
            try:
                contract_schema_name__v = src_dict.get(_src_key, UNSET)
                if (
                    type(contract_schema_name__v) is not str
                    and contract_schema_name__v is not None
                    and contract_schema_name__v is not UNSET
                ):
                    contract_schema_name__v = _parse_contract_schema_name(contract_schema_name__v)

            except RECOVERABLE as exc:
                contract_schema_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "contractSymbol"
            try:
                contract_symbol__v = src_dict.get(_src_key, UNSET)
                if (
                    type(contract_symbol__v) is not str
                    and contract_symbol__v is not None
                    and contract_symbol__v is not UNSET
                ):
                    contract_symbol__v = _parse_contract_symbol(contract_symbol__v)

            except RECOVERABLE as exc:
                contract_symbol__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "contractDescription"
            try:
                contract_description__v = src_dict.get(_src_key, UNSET)
                if (
                    type(contract_description__v) is not str
                    and contract_description__v is not None
                    and contract_description__v is not UNSET
                ):
                    contract_description__v = _parse_contract_description(contract_description__v)

            except RECOVERABLE as exc:
                contract_description__v = None
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

            _src_key = "contractExternalLink"
            try:
                contract_external_link__v = src_dict.get(_src_key, UNSET)
                if (
                    type(contract_external_link__v) is not str
                    and contract_external_link__v is not None
                    and contract_external_link__v is not UNSET
                ):
                    contract_external_link__v = _parse_contract_external_link(contract_external_link__v)

            except RECOVERABLE as exc:
                contract_external_link__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "creatorAddress"
            try:
                creator_address__v = src_dict.get(_src_key, UNSET)
                if (
                    type(creator_address__v) is not str
                    and creator_address__v is not None
                    and creator_address__v is not UNSET
                ):
                    creator_address__v = _parse_creator_address(creator_address__v)

            except RECOVERABLE as exc:
                creator_address__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "currentOffer"
            try:
                current_offer__v = src_dict.get(_src_key, UNSET)
                if current_offer__v is not None and current_offer__v is not UNSET:
                    current_offer__v = _parse_current_offer(current_offer__v)

            except RECOVERABLE as exc:
                current_offer__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "lastSale"
            try:
                last_sale__v = src_dict.get(_src_key, UNSET)
                if last_sale__v is not None and last_sale__v is not UNSET:
                    last_sale__v = _parse_last_sale(last_sale__v)

            except RECOVERABLE as exc:
                last_sale__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "blockchain"
            try:
                blockchain__j = src_dict.get(_src_key, UNSET)
                blockchain__v: NftBlockchain | Unset | None
                if type(blockchain__j) is str:
                    blockchain__v = NftBlockchain(blockchain__j)

                elif isinstance(blockchain__j, Unset):
                    blockchain__v = UNSET
                else:
                    blockchain__v = NftBlockchain(blockchain__j)

            except RECOVERABLE as exc:
                blockchain__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "addressExplorerLink"
            try:
                address_explorer_link__v = src_dict.get(_src_key, UNSET)
                if (
                    type(address_explorer_link__v) is not str
                    and address_explorer_link__v is not None
                    and address_explorer_link__v is not UNSET
                ):
                    address_explorer_link__v = _parse_address_explorer_link(address_explorer_link__v)

            except RECOVERABLE as exc:
                address_explorer_link__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "twitterUsername"
            try:
                twitter_username__v = src_dict.get(_src_key, UNSET)
                if (
                    type(twitter_username__v) is not str
                    and twitter_username__v is not None
                    and twitter_username__v is not UNSET
                ):
                    twitter_username__v = _parse_twitter_username(twitter_username__v)

            except RECOVERABLE as exc:
                twitter_username__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "marketValue"
            try:
                market_value__v = src_dict.get(_src_key, UNSET)
                if (
                    type(market_value__v) is not Decimal
                    and market_value__v is not None
                    and market_value__v is not UNSET
                ):
                    market_value__v = (
                        INT_DECIMALS[market_value__v]
                        if type(market_value__v) is int
                        else _parse_market_value(market_value__v)
                    )

            except RECOVERABLE as exc:
                market_value__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "portfolioPercentage"
            try:
                portfolio_percentage__v = src_dict.get(_src_key, UNSET)
                if (
                    type(portfolio_percentage__v) is not Decimal
                    and portfolio_percentage__v is not None
                    and portfolio_percentage__v is not UNSET
                ):
                    portfolio_percentage__v = (
                        INT_DECIMALS[portfolio_percentage__v]
                        if type(portfolio_percentage__v) is int
                        else _parse_portfolio_percentage(portfolio_percentage__v)
                    )

            except RECOVERABLE as exc:
                portfolio_percentage__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            amount__v,
            cost_basis__v,
            contract_address__v,
            payment_token_symbol__v,
            name__v,
            description__v,
            image_url__v,
            image_original_url__v,
            animation_url__v,
            background_color__v,
            marketplace_id__v,
            token_id__v,
            number_of_sales__v,
            contract_type__v,
            contract_name__v,
            contract_schema_name__v,
            contract_symbol__v,
            contract_description__v,
            marketplace_permalink__v,
            contract_external_link__v,
            creator_address__v,
            current_offer__v,
            last_sale__v,
            blockchain__v,
            address_explorer_link__v,
            twitter_username__v,
            market_value__v,
            portfolio_percentage__v,
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


ENUM_KEYS.setdefault(NftBlockchain, set()).add("blockchain")
