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
from ..types import (
    ENUM_KEYS,
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    type_mismatch,
)
from ..types import unusable as _unusable_value

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

    link_id: str | None
    institution_id: str | None
    institution_name: str | None
    state: PublicLinkState | None
    provider: Provider | None
    products: LinkProducts | None
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
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        link_id__j: Any
        if self.link_id is None:
            link_id__j = None
        else:
            link_id__j = self.link_id

        institution_id__j: Any
        if self.institution_id is None:
            institution_id__j = None
        else:
            institution_id__j = self.institution_id

        institution_name__j: Any
        if self.institution_name is None:
            institution_name__j = None
        else:
            institution_name__j = self.institution_name

        state__j: Any
        if self.state is None:
            state__j = None
        else:
            state__j = self.state.value

        provider__j: Any
        if self.provider is None:
            provider__j = None
        else:
            provider__j = self.provider.value

        products__j: Any
        if self.products is None:
            products__j = None
        else:
            products__j = self.products.to_dict()

        institution_avatar__j: None | str | Unset
        if isinstance(self.institution_avatar, Unset):
            institution_avatar__j = UNSET
        else:
            institution_avatar__j = self.institution_avatar

        error_code__j: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code__j = UNSET
        elif isinstance(self.error_code, PublicLinkError):
            error_code__j = self.error_code.value
        else:
            error_code__j = self.error_code

        last_synced_at__j: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at__j = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at__j = self.last_synced_at.isoformat()
        else:
            last_synced_at__j = self.last_synced_at

        link_tags__j: list[str] | None | Unset
        if isinstance(self.link_tags, Unset):
            link_tags__j = UNSET
        elif isinstance(self.link_tags, list):
            link_tags__j = self.link_tags

        else:
            link_tags__j = self.link_tags

        tags__j: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags__j = UNSET
        elif isinstance(self.tags, list):
            tags__j = self.tags

        else:
            tags__j = self.tags

        webhook__j: None | str | Unset
        if isinstance(self.webhook, Unset):
            webhook__j = UNSET
        else:
            webhook__j = self.webhook

        available_products__j: list[str] | None | Unset
        if isinstance(self.available_products, Unset):
            available_products__j = UNSET
        elif isinstance(self.available_products, list):
            available_products__j = []
            for available_products__j_data in self.available_products:
                available_products__j_item = available_products__j_data.value
                available_products__j.append(available_products__j_item)

        else:
            available_products__j = self.available_products

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link_id": link_id__j,
                "institution_id": institution_id__j,
                "institution_name": institution_name__j,
                "state": state__j,
                "provider": provider__j,
                "products": products__j,
            }
        )
        if institution_avatar__j is not UNSET:
            field_dict["institution_avatar"] = institution_avatar__j
        if error_code__j is not UNSET:
            field_dict["error_code"] = error_code__j
        if last_synced_at__j is not UNSET:
            field_dict["last_synced_at"] = last_synced_at__j
        if link_tags__j is not UNSET:
            field_dict["link_tags"] = link_tags__j
        if tags__j is not UNSET:
            field_dict["tags"] = tags__j
        if webhook__j is not UNSET:
            field_dict["webhook"] = webhook__j
        if available_products__j is not UNSET:
            field_dict["available_products"] = available_products__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "link_id"
            try:
                link_id__j = src_dict[_src_key]
                link_id__v: str | None
                if type(link_id__j) is not str:
                    type_mismatch("a string", link_id__j)
                link_id__v = link_id__j

            except RECOVERABLE as exc:
                link_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_id"
            try:
                institution_id__j = src_dict[_src_key]
                institution_id__v: str | None
                if type(institution_id__j) is not str:
                    type_mismatch("a string", institution_id__j)
                institution_id__v = institution_id__j

            except RECOVERABLE as exc:
                institution_id__v = None
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

            _src_key = "state"
            try:
                state__j = src_dict[_src_key]
                state__v: PublicLinkState | None
                state__v = PublicLinkState(state__j)

            except RECOVERABLE as exc:
                state__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "provider"
            try:
                provider__j = src_dict[_src_key]
                provider__v: Provider | None
                provider__v = Provider(provider__j)

            except RECOVERABLE as exc:
                provider__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "products"
            try:
                products__j = src_dict[_src_key]
                products__v: LinkProducts | None
                products__v = _models.LinkProducts.from_dict(products__j)

            except RECOVERABLE as exc:
                products__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_avatar"
            try:
                institution_avatar__v = src_dict.get(_src_key, UNSET)
                if (
                    type(institution_avatar__v) is not str
                    and institution_avatar__v is not None
                    and institution_avatar__v is not UNSET
                ):
                    institution_avatar__v = _parse_institution_avatar(institution_avatar__v)

            except RECOVERABLE as exc:
                institution_avatar__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "error_code"
            try:
                error_code__v = src_dict.get(_src_key, UNSET)
                if error_code__v is not None and error_code__v is not UNSET:
                    error_code__v = _parse_error_code(error_code__v)

            except RECOVERABLE as exc:
                error_code__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "last_synced_at"
            try:
                last_synced_at__v = src_dict.get(_src_key, UNSET)
                if last_synced_at__v is not None and last_synced_at__v is not UNSET:
                    last_synced_at__v = _parse_last_synced_at(last_synced_at__v)

            except RECOVERABLE as exc:
                last_synced_at__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "link_tags"
            try:
                link_tags__v = src_dict.get(_src_key, UNSET)
                if link_tags__v is not None and link_tags__v is not UNSET:
                    link_tags__v = _parse_link_tags(link_tags__v)

            except RECOVERABLE as exc:
                link_tags__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "tags"
            try:
                tags__v = src_dict.get(_src_key, UNSET)
                if tags__v is not None and tags__v is not UNSET:
                    tags__v = _parse_tags(tags__v)

            except RECOVERABLE as exc:
                tags__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "webhook"
            try:
                webhook__v = src_dict.get(_src_key, UNSET)
                if type(webhook__v) is not str and webhook__v is not None and webhook__v is not UNSET:
                    webhook__v = _parse_webhook(webhook__v)

            except RECOVERABLE as exc:
                webhook__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "available_products"
            try:
                available_products__v = src_dict.get(_src_key, UNSET)
                if available_products__v is not None and available_products__v is not UNSET:
                    available_products__v = _parse_available_products(available_products__v)

            except RECOVERABLE as exc:
                available_products__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            link_id__v,
            institution_id__v,
            institution_name__v,
            state__v,
            provider__v,
            products__v,
            institution_avatar__v,
            error_code__v,
            last_synced_at__v,
            link_tags__v,
            tags__v,
            webhook__v,
            available_products__v,
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
                for variant_1_data in data:
                    if type(variant_1_data) is not str:
                        type_mismatch("a string", variant_1_data)
                    variant_1_item = variant_1_data

                    variant_1.append(variant_1_item)
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
                for variant_1_data in data:
                    if type(variant_1_data) is not str:
                        type_mismatch("a string", variant_1_data)
                    variant_1_item = variant_1_data

                    variant_1.append(variant_1_item)
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
                for variant_1_data in data:
                    variant_1_item = Product(variant_1_data)

                    variant_1.append(variant_1_item)
            except RECOVERABLE as exc:
                raise as_decode_error(exc).at(len(variant_1)) from None

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("array or null", data)


ENUM_KEYS.setdefault(PublicLinkState, set()).add("state")
ENUM_KEYS.setdefault(Provider, set()).add("provider")
ENUM_KEYS.setdefault(PublicLinkError, set()).add("error_code")
ENUM_KEYS.setdefault(Product, set()).add("available_products")
