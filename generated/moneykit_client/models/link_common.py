from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.product import Product
from ..models.provider import Provider
from ..models.public_link_error import PublicLinkError
from ..models.public_link_state import PublicLinkState
from ..types import RECOVERABLE, UNSET, Unset, as_decode_error, type_mismatch

if TYPE_CHECKING:
    from ..models.link_products import LinkProducts


T = TypeVar("T", bound="LinkCommon")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "link_id",
        "institution_id",
        "institution_name",
        "state",
        "provider",
        "products",
        "institution_avatar",
        "error_code",
        "last_synced_at",
        "link_tags",
        "tags",
        "webhook",
        "available_products",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class LinkCommon:
    """The connection to one institution for one end user.

    Attributes:
        link_id (str): MoneyKit id of the link.
        institution_id (str): MoneyKit id of the institution.
        institution_name (str): Name of the institution.
        state (PublicLinkState): Lifecycle state of a link.
        provider (Provider): The aggregator MoneyKit uses behind this link.
        products (LinkProducts): Refresh status of each product granted for the link; products not granted are absent.
        institution_avatar (None | str | Unset): Image of the institution. Required by the current SDKs, but absent from
            some published
            examples, so optional here.
        error_code (None | PublicLinkError | Unset): Why the link is in state `error`.
        last_synced_at (datetime.datetime | None | Unset): Last update of the link (deprecated; use the per-product
            `refreshed_at`).
        link_tags (list[str] | None | Unset): Tags attached to the link.
        tags (list[str] | None | Unset): Free-form strings attached to the link.
        webhook (None | str | Unset): Webhook URL registered for this link.
        available_products (list[Product] | None | Unset): Products that can be requested for this link. Required by the
            current SDKs, but absent from
            the published example, so optional here.
    """

    link_id: str
    institution_id: str
    institution_name: str
    state: PublicLinkState
    provider: Provider
    products: LinkProducts
    institution_avatar: None | str | Unset = UNSET
    error_code: None | PublicLinkError | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    link_tags: list[str] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    webhook: None | str | Unset = UNSET
    available_products: list[Product] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        institution_id = self.institution_id

        institution_name = self.institution_name

        state = self.state.value

        provider = self.provider.value

        products = self.products.to_dict()

        institution_avatar: None | str | Unset
        if isinstance(self.institution_avatar, Unset):
            institution_avatar = UNSET
        else:
            institution_avatar = self.institution_avatar

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        elif isinstance(self.error_code, PublicLinkError):
            error_code = self.error_code.value
        else:
            error_code = self.error_code

        last_synced_at: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        link_tags: list[str] | None | Unset
        if isinstance(self.link_tags, Unset):
            link_tags = UNSET
        elif isinstance(self.link_tags, list):
            link_tags = self.link_tags

        else:
            link_tags = self.link_tags

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        webhook: None | str | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        else:
            webhook = self.webhook

        available_products: list[str] | None | Unset
        if isinstance(self.available_products, Unset):
            available_products = UNSET
        elif isinstance(self.available_products, list):
            available_products = []
            for available_products_type_0_item_data in self.available_products:
                available_products_type_0_item = available_products_type_0_item_data.value
                available_products.append(available_products_type_0_item)

        else:
            available_products = self.available_products

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link_id": link_id,
                "institution_id": institution_id,
                "institution_name": institution_name,
                "state": state,
                "provider": provider,
                "products": products,
            }
        )
        if institution_avatar is not UNSET:
            field_dict["institution_avatar"] = institution_avatar
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if link_tags is not UNSET:
            field_dict["link_tags"] = link_tags
        if tags is not UNSET:
            field_dict["tags"] = tags
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if available_products is not UNSET:
            field_dict["available_products"] = available_products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _src_key = ""
        try:
            _src_key = "link_id"
            _link_id = src_dict[_src_key]
            link_id: str
            if type(_link_id) is not str:
                type_mismatch("a string", _link_id)
            link_id = _link_id

            _src_key = "institution_id"
            _institution_id = src_dict[_src_key]
            institution_id: str
            if type(_institution_id) is not str:
                type_mismatch("a string", _institution_id)
            institution_id = _institution_id

            _src_key = "institution_name"
            _institution_name = src_dict[_src_key]
            institution_name: str
            if type(_institution_name) is not str:
                type_mismatch("a string", _institution_name)
            institution_name = _institution_name

            _src_key = "state"
            _state = src_dict[_src_key]
            state: PublicLinkState
            state = PublicLinkState(_state)

            _src_key = "provider"
            _provider = src_dict[_src_key]
            provider: Provider
            provider = Provider(_provider)

            _src_key = "products"
            _products = src_dict[_src_key]
            products: LinkProducts
            products = _models.LinkProducts.from_dict(_products)

            _src_key = "institution_avatar"
            institution_avatar = src_dict.get(_src_key, UNSET)
            if (
                type(institution_avatar) is not str
                and institution_avatar is not None
                and institution_avatar is not UNSET
            ):
                institution_avatar = _parse_institution_avatar(institution_avatar)

            _src_key = "error_code"
            error_code = src_dict.get(_src_key, UNSET)
            if error_code is not None and error_code is not UNSET:
                error_code = _parse_error_code(error_code)

            _src_key = "last_synced_at"
            last_synced_at = src_dict.get(_src_key, UNSET)
            if last_synced_at is not None and last_synced_at is not UNSET:
                last_synced_at = _parse_last_synced_at(last_synced_at)

            _src_key = "link_tags"
            link_tags = src_dict.get(_src_key, UNSET)
            if link_tags is not None and link_tags is not UNSET:
                link_tags = _parse_link_tags(link_tags)

            _src_key = "tags"
            tags = src_dict.get(_src_key, UNSET)
            if tags is not None and tags is not UNSET:
                tags = _parse_tags(tags)

            _src_key = "webhook"
            webhook = src_dict.get(_src_key, UNSET)
            if type(webhook) is not str and webhook is not None and webhook is not UNSET:
                webhook = _parse_webhook(webhook)

            _src_key = "available_products"
            available_products = src_dict.get(_src_key, UNSET)
            if available_products is not None and available_products is not UNSET:
                available_products = _parse_available_products(available_products)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        link_common = cls(
            link_id,
            institution_id,
            institution_name,
            state,
            provider,
            products,
            institution_avatar,
            error_code,
            last_synced_at,
            link_tags,
            tags,
            webhook,
            available_products,
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
            link_common.additional_properties = additional_properties
        link_common.source_json = src_dict
        return link_common

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


def _parse_institution_avatar(data: object) -> None | str | Unset:
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


def _parse_error_code(data: object) -> None | PublicLinkError | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = PublicLinkError(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


def _parse_last_synced_at(data: object) -> datetime.datetime | None | Unset:
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


def _parse_link_tags(data: object) -> list[str] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for link_tags_type_0_item_data in data:
                    if type(link_tags_type_0_item_data) is not str:
                        type_mismatch("a string", link_tags_type_0_item_data)
                    link_tags_type_0_item = link_tags_type_0_item_data

                    variant_1.append(link_tags_type_0_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_tags(data: object) -> list[str] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for tags_type_0_item_data in data:
                    if type(tags_type_0_item_data) is not str:
                        type_mismatch("a string", tags_type_0_item_data)
                    tags_type_0_item = tags_type_0_item_data

                    variant_1.append(tags_type_0_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


def _parse_webhook(data: object) -> None | str | Unset:
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


def _parse_available_products(data: object) -> list[Product] | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is list:
        try:
            variant_1 = []
            try:
                for available_products_type_0_item_data in data:
                    available_products_type_0_item = Product(available_products_type_0_item_data)

                    variant_1.append(available_products_type_0_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)
