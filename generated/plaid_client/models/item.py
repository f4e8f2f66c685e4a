from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..models.item_auth_method import ItemAuthMethod
from ..models.item_update_type import ItemUpdateType
from ..models.products import Products
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
    from ..models.plaid_error import PlaidError


T = TypeVar("T", bound="Item")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "item_id",
        "webhook",
        "error",
        "available_products",
        "billed_products",
        "consent_expiration_time",
        "update_type",
        "institution_id",
        "institution_name",
        "auth_method",
        "products",
        "consented_products",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class Item:
    """
    Attributes:
        item_id (str):
        webhook (None | str):
        error (None | PlaidError):
        available_products (list[Products]):
        billed_products (list[Products]):
        consent_expiration_time (datetime.datetime | None):
        update_type (ItemUpdateType):
        institution_id (None | str | Unset):
        institution_name (None | str | Unset):
        auth_method (ItemAuthMethod | None | Unset):
        products (list[Products] | Unset):
        consented_products (list[Products] | Unset):
    """

    item_id: str
    webhook: None | str
    error: None | PlaidError
    available_products: list[Products] | None
    billed_products: list[Products] | None
    consent_expiration_time: datetime.datetime | None
    update_type: ItemUpdateType | None
    institution_id: None | str | Unset = UNSET
    institution_name: None | str | Unset = UNSET
    auth_method: ItemAuthMethod | None | Unset = UNSET
    products: list[Products] | Unset | None = UNSET
    consented_products: list[Products] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.plaid_error import PlaidError  # noqa: PLC0415

        item_id__j = self.item_id

        webhook__j: None | str
        webhook__j = self.webhook

        error__j: dict[str, Any] | None
        if isinstance(self.error, PlaidError):
            error__j = self.error.to_dict()
        else:
            error__j = self.error

        available_products__j: Any
        if self.available_products is None:
            available_products__j = None
        else:
            available_products__j = []
            for available_products__j_data in self.available_products:
                available_products__j_item = available_products__j_data.value
                available_products__j.append(available_products__j_item)

        billed_products__j: Any
        if self.billed_products is None:
            billed_products__j = None
        else:
            billed_products__j = []
            for billed_products__j_data in self.billed_products:
                billed_products__j_item = billed_products__j_data.value
                billed_products__j.append(billed_products__j_item)

        consent_expiration_time__j: None | str
        if isinstance(self.consent_expiration_time, datetime.datetime):
            consent_expiration_time__j = self.consent_expiration_time.isoformat()
        else:
            consent_expiration_time__j = self.consent_expiration_time

        update_type__j: Any
        if self.update_type is None:
            update_type__j = None
        else:
            update_type__j = self.update_type.value

        institution_id__j: None | str | Unset
        if isinstance(self.institution_id, Unset):
            institution_id__j = UNSET
        else:
            institution_id__j = self.institution_id

        institution_name__j: None | str | Unset
        if isinstance(self.institution_name, Unset):
            institution_name__j = UNSET
        else:
            institution_name__j = self.institution_name

        auth_method__j: None | str | Unset
        if isinstance(self.auth_method, Unset):
            auth_method__j = UNSET
        elif isinstance(self.auth_method, ItemAuthMethod):
            auth_method__j = self.auth_method.value
        else:
            auth_method__j = self.auth_method

        products__j: Any
        if self.products is None:
            products__j = None
        else:
            products__j = UNSET
            if not isinstance(self.products, Unset):
                products__j = []
                for products__j_data in self.products:
                    products__j_item = products__j_data.value
                    products__j.append(products__j_item)

        consented_products__j: Any
        if self.consented_products is None:
            consented_products__j = None
        else:
            consented_products__j = UNSET
            if not isinstance(self.consented_products, Unset):
                consented_products__j = []
                for consented_products__j_data in self.consented_products:
                    consented_products__j_item = consented_products__j_data.value
                    consented_products__j.append(consented_products__j_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id__j,
                "webhook": webhook__j,
                "error": error__j,
                "available_products": available_products__j,
                "billed_products": billed_products__j,
                "consent_expiration_time": consent_expiration_time__j,
                "update_type": update_type__j,
            }
        )
        if institution_id__j is not UNSET:
            field_dict["institution_id"] = institution_id__j
        if institution_name__j is not UNSET:
            field_dict["institution_name"] = institution_name__j
        if auth_method__j is not UNSET:
            field_dict["auth_method"] = auth_method__j
        if products__j is not UNSET:
            field_dict["products"] = products__j
        if consented_products__j is not UNSET:
            field_dict["consented_products"] = consented_products__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "item_id"
            item_id__j = src_dict[_src_key]
            item_id__v: str
            if type(item_id__j) is not str:
                type_mismatch("a string", item_id__j)
            item_id__v = item_id__j

            _src_key = "webhook"
            try:
                webhook__j = src_dict[_src_key]
                webhook__v = webhook__j
                if type(webhook__v) is not str and webhook__v is not None:
                    webhook__v = _parse_webhook(webhook__v)

            except RECOVERABLE as exc:
                webhook__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "error"
            try:
                error__j = src_dict[_src_key]
                error__v = error__j
                if error__v is not None:
                    error__v = _parse_error(error__v)

            except RECOVERABLE as exc:
                error__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "available_products"
            try:
                available_products__j = src_dict[_src_key]
                available_products__v: list[Products] | None
                if type(available_products__j) is not list:
                    type_mismatch("an array", available_products__j)
                available_products__v = []
                try:
                    for available_products__v_data in available_products__j:
                        available_products__v_item = Products(available_products__v_data)

                        available_products__v.append(available_products__v_item)
                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(len(available_products__v)) from None

            except RECOVERABLE as exc:
                available_products__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "billed_products"
            try:
                billed_products__j = src_dict[_src_key]
                billed_products__v: list[Products] | None
                if type(billed_products__j) is not list:
                    type_mismatch("an array", billed_products__j)
                billed_products__v = []
                try:
                    for billed_products__v_data in billed_products__j:
                        billed_products__v_item = Products(billed_products__v_data)

                        billed_products__v.append(billed_products__v_item)
                except RECOVERABLE as exc:
                    raise as_decode_error(exc).at(len(billed_products__v)) from None

            except RECOVERABLE as exc:
                billed_products__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "consent_expiration_time"
            try:
                consent_expiration_time__j = src_dict[_src_key]
                consent_expiration_time__v = consent_expiration_time__j
                if consent_expiration_time__v is not None:
                    consent_expiration_time__v = _parse_consent_expiration_time(consent_expiration_time__v)

            except RECOVERABLE as exc:
                consent_expiration_time__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "update_type"
            try:
                update_type__j = src_dict[_src_key]
                update_type__v: ItemUpdateType | None
                update_type__v = ItemUpdateType(update_type__j)

            except RECOVERABLE as exc:
                update_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_id"
            try:
                institution_id__v = src_dict.get(_src_key, UNSET)
                if (
                    type(institution_id__v) is not str
                    and institution_id__v is not None
                    and institution_id__v is not UNSET
                ):
                    institution_id__v = _parse_institution_id(institution_id__v)

            except RECOVERABLE as exc:
                institution_id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "institution_name"
            try:
                institution_name__v = src_dict.get(_src_key, UNSET)
                if (
                    type(institution_name__v) is not str
                    and institution_name__v is not None
                    and institution_name__v is not UNSET
                ):
                    institution_name__v = _parse_institution_name(institution_name__v)

            except RECOVERABLE as exc:
                institution_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "auth_method"
            try:
                auth_method__v = src_dict.get(_src_key, UNSET)
                if auth_method__v is not None and auth_method__v is not UNSET:
                    auth_method__v = _parse_auth_method(auth_method__v)

            except RECOVERABLE as exc:
                auth_method__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "products"
            try:
                products__j = src_dict.get(_src_key, UNSET)
                products__v: list[Products] | Unset | None
                if type(products__j) is list:
                    products__v = []
                    try:
                        for products__v_data in products__j:
                            products__v_item = Products(products__v_data)

                            products__v.append(products__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(products__v)) from None

                elif isinstance(products__j, Unset):
                    products__v = UNSET
                else:
                    if type(products__j) is not list:
                        type_mismatch("an array", products__j)
                    products__v = []
                    try:
                        for products__v_data in products__j:
                            products__v_item = Products(products__v_data)

                            products__v.append(products__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(products__v)) from None

            except RECOVERABLE as exc:
                products__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "consented_products"
            try:
                consented_products__j = src_dict.get(_src_key, UNSET)
                consented_products__v: list[Products] | Unset | None
                if type(consented_products__j) is list:
                    consented_products__v = []
                    try:
                        for consented_products__v_data in consented_products__j:
                            consented_products__v_item = Products(consented_products__v_data)

                            consented_products__v.append(consented_products__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(consented_products__v)) from None

                elif isinstance(consented_products__j, Unset):
                    consented_products__v = UNSET
                else:
                    if type(consented_products__j) is not list:
                        type_mismatch("an array", consented_products__j)
                    consented_products__v = []
                    try:
                        for consented_products__v_data in consented_products__j:
                            consented_products__v_item = Products(consented_products__v_data)

                            consented_products__v.append(consented_products__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(consented_products__v)) from None

            except RECOVERABLE as exc:
                consented_products__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            item_id__v,
            webhook__v,
            error__v,
            available_products__v,
            billed_products__v,
            consent_expiration_time__v,
            update_type__v,
            institution_id__v,
            institution_name__v,
            auth_method__v,
            products__v,
            consented_products__v,
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


def _parse_webhook(data: object) -> None | str:
    if data is None:
        return None
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


def _parse_error(data: object) -> None | PlaidError:
    if data is None:
        return None
    failure: DecodeError | None = None
    if isinstance(data, dict):
        try:
            variant_1 = _models.PlaidError.from_dict(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("object or null", data)


def _parse_consent_expiration_time(data: object) -> datetime.datetime | None:
    if data is None:
        return None
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


def _parse_institution_id(data: object) -> None | str | Unset:
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


def _parse_institution_name(data: object) -> None | str | Unset:
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


def _parse_auth_method(data: object) -> ItemAuthMethod | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is str:
        try:
            variant_1 = ItemAuthMethod(data)

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("string or null", data)


ENUM_KEYS.setdefault(Products, set()).add("available_products")
ENUM_KEYS.setdefault(Products, set()).add("billed_products")
ENUM_KEYS.setdefault(ItemUpdateType, set()).add("update_type")
ENUM_KEYS.setdefault(ItemAuthMethod, set()).add("auth_method")
ENUM_KEYS.setdefault(Products, set()).add("products")
ENUM_KEYS.setdefault(Products, set()).add("consented_products")
