from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..errors import DecodeError
from ..types import (
    RECOVERABLE,
    UNSET,
    Unset,
    as_decode_error,
    extras_key,
    extras_repr,
    type_mismatch,
)
from ..types import unusable as _unusable_value

if TYPE_CHECKING:
    from ..models.brokerage_type import BrokerageType


T = TypeVar("T", bound="Brokerage")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "slug",
        "name",
        "display_name",
        "description",
        "aws_s3_logo_url",
        "aws_s3_square_logo_url",
        "url",
        "enabled",
        "maintenance_mode",
        "is_degraded",
        "allows_trading",
        "allows_fractional_units",
        "has_reporting",
        "is_real_time_connection",
        "brokerage_type",
        "exchanges",
        "open_url",
    )
)
"""The JSON keys this model maps to attributes; any other key goes to ``additional_properties``."""


@_attrs_define
class Brokerage:
    """
    Attributes:
        id (UUID | Unset):  Example: ebf91a5b-0920-4266-9e36-f6cfe8c40946.
        slug (str | Unset):  Example: ROBINHOOD.
        name (str | Unset):  Example: Robinhood.
        display_name (str | Unset):  Example: Robinhood.
        description (str | Unset):  Example: Robinhood is an American multinational financial services corporation based
            in Menlo Park, California..
        aws_s3_logo_url (str | Unset):  Example: https://passiv-brokerage-logos.s3.ca-central-1.amazonaws.com/robinhood-
            logo.png.
        aws_s3_square_logo_url (None | str | Unset):  Example: https://passiv-brokerage-logos.s3.ca-
            central-1.amazonaws.com/robinhood-logo-square.png.
        url (None | str | Unset):  Example: https://robinhood.com.
        enabled (bool | Unset):  Example: True.
        maintenance_mode (bool | Unset):  Example: True.
        is_degraded (bool | Unset):  Example: True.
        allows_trading (bool | None | Unset):  Example: True.
        allows_fractional_units (bool | None | Unset):  Example: True.
        has_reporting (bool | None | Unset):  Example: True.
        is_real_time_connection (bool | Unset):  Example: True.
        brokerage_type (BrokerageType | Unset):
        exchanges (list[Any] | Unset):  Example: ['2bcd7cc3-e922-4976-bce1-9858296801c3',
            '4bcd8cc3-c122-4974-dc21-1858296801f4'].
        open_url (None | str | Unset):
    """

    id: UUID | Unset | None = UNSET
    slug: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    display_name: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    aws_s3_logo_url: str | Unset | None = UNSET
    aws_s3_square_logo_url: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    enabled: bool | Unset | None = UNSET
    maintenance_mode: bool | Unset | None = UNSET
    is_degraded: bool | Unset | None = UNSET
    allows_trading: bool | None | Unset = UNSET
    allows_fractional_units: bool | None | Unset = UNSET
    has_reporting: bool | None | Unset = UNSET
    is_real_time_connection: bool | Unset | None = UNSET
    brokerage_type: BrokerageType | Unset | None = UNSET
    exchanges: list[Any] | Unset | None = UNSET
    open_url: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extras_key, repr=extras_repr
    )
    """Made on first use (``additional_properties``): most records have no key beyond the schema's, and an
    empty dict per record is memory a large answer pays for nothing. Never shared between instances."""
    source_json: Mapping[str, Any] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """The JSON object this instance was parsed from, untouched (empty for instances built in code)."""
    unusable: Mapping[str, str] = _attrs_field(init=False, default=_EMPTY, repr=False, eq=False)
    """JSON keys of degradable properties whose value did not fit (the property reads None), with why."""

    def to_dict(self) -> dict[str, Any]:
        id__j: Any
        if self.id is None:
            id__j = None
        else:
            id__j = UNSET
            if not isinstance(self.id, Unset):
                id__j = str(self.id)

        slug__j: Any
        if self.slug is None:
            slug__j = None
        else:
            slug__j = self.slug

        name__j: Any
        if self.name is None:
            name__j = None
        else:
            name__j = self.name

        display_name__j: Any
        if self.display_name is None:
            display_name__j = None
        else:
            display_name__j = self.display_name

        description__j: Any
        if self.description is None:
            description__j = None
        else:
            description__j = self.description

        aws_s3_logo_url__j: Any
        if self.aws_s3_logo_url is None:
            aws_s3_logo_url__j = None
        else:
            aws_s3_logo_url__j = self.aws_s3_logo_url

        aws_s3_square_logo_url__j: None | str | Unset
        if isinstance(self.aws_s3_square_logo_url, Unset):
            aws_s3_square_logo_url__j = UNSET
        else:
            aws_s3_square_logo_url__j = self.aws_s3_square_logo_url

        url__j: None | str | Unset
        if isinstance(self.url, Unset):
            url__j = UNSET
        else:
            url__j = self.url

        enabled__j: Any
        if self.enabled is None:
            enabled__j = None
        else:
            enabled__j = self.enabled

        maintenance_mode__j: Any
        if self.maintenance_mode is None:
            maintenance_mode__j = None
        else:
            maintenance_mode__j = self.maintenance_mode

        is_degraded__j: Any
        if self.is_degraded is None:
            is_degraded__j = None
        else:
            is_degraded__j = self.is_degraded

        allows_trading__j: bool | None | Unset
        if isinstance(self.allows_trading, Unset):
            allows_trading__j = UNSET
        else:
            allows_trading__j = self.allows_trading

        allows_fractional_units__j: bool | None | Unset
        if isinstance(self.allows_fractional_units, Unset):
            allows_fractional_units__j = UNSET
        else:
            allows_fractional_units__j = self.allows_fractional_units

        has_reporting__j: bool | None | Unset
        if isinstance(self.has_reporting, Unset):
            has_reporting__j = UNSET
        else:
            has_reporting__j = self.has_reporting

        is_real_time_connection__j: Any
        if self.is_real_time_connection is None:
            is_real_time_connection__j = None
        else:
            is_real_time_connection__j = self.is_real_time_connection

        brokerage_type__j: Any
        if self.brokerage_type is None:
            brokerage_type__j = None
        else:
            brokerage_type__j = UNSET
            if not isinstance(self.brokerage_type, Unset):
                brokerage_type__j = self.brokerage_type.to_dict()

        exchanges__j: Any
        if self.exchanges is None:
            exchanges__j = None
        else:
            exchanges__j = UNSET
            if not isinstance(self.exchanges, Unset):
                exchanges__j = self.exchanges

        open_url__j: None | str | Unset
        if isinstance(self.open_url, Unset):
            open_url__j = UNSET
        else:
            open_url__j = self.open_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self._additional_properties or {})
        field_dict.update({})
        if id__j is not UNSET:
            field_dict["id"] = id__j
        if slug__j is not UNSET:
            field_dict["slug"] = slug__j
        if name__j is not UNSET:
            field_dict["name"] = name__j
        if display_name__j is not UNSET:
            field_dict["display_name"] = display_name__j
        if description__j is not UNSET:
            field_dict["description"] = description__j
        if aws_s3_logo_url__j is not UNSET:
            field_dict["aws_s3_logo_url"] = aws_s3_logo_url__j
        if aws_s3_square_logo_url__j is not UNSET:
            field_dict["aws_s3_square_logo_url"] = aws_s3_square_logo_url__j
        if url__j is not UNSET:
            field_dict["url"] = url__j
        if enabled__j is not UNSET:
            field_dict["enabled"] = enabled__j
        if maintenance_mode__j is not UNSET:
            field_dict["maintenance_mode"] = maintenance_mode__j
        if is_degraded__j is not UNSET:
            field_dict["is_degraded"] = is_degraded__j
        if allows_trading__j is not UNSET:
            field_dict["allows_trading"] = allows_trading__j
        if allows_fractional_units__j is not UNSET:
            field_dict["allows_fractional_units"] = allows_fractional_units__j
        if has_reporting__j is not UNSET:
            field_dict["has_reporting"] = has_reporting__j
        if is_real_time_connection__j is not UNSET:
            field_dict["is_real_time_connection"] = is_real_time_connection__j
        if brokerage_type__j is not UNSET:
            field_dict["brokerage_type"] = brokerage_type__j
        if exchanges__j is not UNSET:
            field_dict["exchanges"] = exchanges__j
        if open_url__j is not UNSET:
            field_dict["open_url"] = open_url__j

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; a value that does not fit raises DecodeError with its JSON path."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            type_mismatch("an object", src_dict)
        _unusable: dict[str, str] | None = None
        _src_key = ""
        try:
            _src_key = "id"
            try:
                id__j = src_dict.get(_src_key, UNSET)
                id__v: UUID | Unset | None
                if type(id__j) is str:
                    id__v = UUID(id__j)

                elif isinstance(id__j, Unset):
                    id__v = UNSET
                else:
                    if type(id__j) is not str:
                        type_mismatch("a UUID string", id__j)
                    id__v = UUID(id__j)

            except RECOVERABLE as exc:
                id__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "slug"
            try:
                slug__j = src_dict.get(_src_key, UNSET)
                slug__v: str | Unset | None
                if type(slug__j) is str:
                    slug__v = slug__j

                elif isinstance(slug__j, Unset):
                    slug__v = UNSET
                else:
                    if type(slug__j) is not str:
                        type_mismatch("a string", slug__j)
                    slug__v = slug__j

            except RECOVERABLE as exc:
                slug__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "name"
            try:
                name__j = src_dict.get(_src_key, UNSET)
                name__v: str | Unset | None
                if type(name__j) is str:
                    name__v = name__j

                elif isinstance(name__j, Unset):
                    name__v = UNSET
                else:
                    if type(name__j) is not str:
                        type_mismatch("a string", name__j)
                    name__v = name__j

            except RECOVERABLE as exc:
                name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "display_name"
            try:
                display_name__j = src_dict.get(_src_key, UNSET)
                display_name__v: str | Unset | None
                if type(display_name__j) is str:
                    display_name__v = display_name__j

                elif isinstance(display_name__j, Unset):
                    display_name__v = UNSET
                else:
                    if type(display_name__j) is not str:
                        type_mismatch("a string", display_name__j)
                    display_name__v = display_name__j

            except RECOVERABLE as exc:
                display_name__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "description"
            try:
                description__j = src_dict.get(_src_key, UNSET)
                description__v: str | Unset | None
                if type(description__j) is str:
                    description__v = description__j

                elif isinstance(description__j, Unset):
                    description__v = UNSET
                else:
                    if type(description__j) is not str:
                        type_mismatch("a string", description__j)
                    description__v = description__j

            except RECOVERABLE as exc:
                description__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "aws_s3_logo_url"
            try:
                aws_s3_logo_url__j = src_dict.get(_src_key, UNSET)
                aws_s3_logo_url__v: str | Unset | None
                if type(aws_s3_logo_url__j) is str:
                    aws_s3_logo_url__v = aws_s3_logo_url__j

                elif isinstance(aws_s3_logo_url__j, Unset):
                    aws_s3_logo_url__v = UNSET
                else:
                    if type(aws_s3_logo_url__j) is not str:
                        type_mismatch("a string", aws_s3_logo_url__j)
                    aws_s3_logo_url__v = aws_s3_logo_url__j

            except RECOVERABLE as exc:
                aws_s3_logo_url__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "aws_s3_square_logo_url"
            try:
                aws_s3_square_logo_url__v = src_dict.get(_src_key, UNSET)
                if (
                    type(aws_s3_square_logo_url__v) is not str
                    and aws_s3_square_logo_url__v is not None
                    and aws_s3_square_logo_url__v is not UNSET
                ):
                    aws_s3_square_logo_url__v = _parse_aws_s3_square_logo_url(aws_s3_square_logo_url__v)

            except RECOVERABLE as exc:
                aws_s3_square_logo_url__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "url"
            try:
                url__v = src_dict.get(_src_key, UNSET)
                if type(url__v) is not str and url__v is not None and url__v is not UNSET:
                    url__v = _parse_url(url__v)

            except RECOVERABLE as exc:
                url__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "enabled"
            try:
                enabled__j = src_dict.get(_src_key, UNSET)
                enabled__v: bool | Unset | None
                if type(enabled__j) is bool:
                    enabled__v = enabled__j

                elif isinstance(enabled__j, Unset):
                    enabled__v = UNSET
                else:
                    if type(enabled__j) is not bool:
                        type_mismatch("a boolean", enabled__j)
                    enabled__v = enabled__j

            except RECOVERABLE as exc:
                enabled__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "maintenance_mode"
            try:
                maintenance_mode__j = src_dict.get(_src_key, UNSET)
                maintenance_mode__v: bool | Unset | None
                if type(maintenance_mode__j) is bool:
                    maintenance_mode__v = maintenance_mode__j

                elif isinstance(maintenance_mode__j, Unset):
                    maintenance_mode__v = UNSET
                else:
                    if type(maintenance_mode__j) is not bool:
                        type_mismatch("a boolean", maintenance_mode__j)
                    maintenance_mode__v = maintenance_mode__j

            except RECOVERABLE as exc:
                maintenance_mode__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "is_degraded"
            try:
                is_degraded__j = src_dict.get(_src_key, UNSET)
                is_degraded__v: bool | Unset | None
                if type(is_degraded__j) is bool:
                    is_degraded__v = is_degraded__j

                elif isinstance(is_degraded__j, Unset):
                    is_degraded__v = UNSET
                else:
                    if type(is_degraded__j) is not bool:
                        type_mismatch("a boolean", is_degraded__j)
                    is_degraded__v = is_degraded__j

            except RECOVERABLE as exc:
                is_degraded__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "allows_trading"
            try:
                allows_trading__v = src_dict.get(_src_key, UNSET)
                if allows_trading__v is not None and allows_trading__v is not UNSET:
                    allows_trading__v = _parse_allows_trading(allows_trading__v)

            except RECOVERABLE as exc:
                allows_trading__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "allows_fractional_units"
            try:
                allows_fractional_units__v = src_dict.get(_src_key, UNSET)
                if allows_fractional_units__v is not None and allows_fractional_units__v is not UNSET:
                    allows_fractional_units__v = _parse_allows_fractional_units(allows_fractional_units__v)

            except RECOVERABLE as exc:
                allows_fractional_units__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "has_reporting"
            try:
                has_reporting__v = src_dict.get(_src_key, UNSET)
                if has_reporting__v is not None and has_reporting__v is not UNSET:
                    has_reporting__v = _parse_has_reporting(has_reporting__v)

            except RECOVERABLE as exc:
                has_reporting__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "is_real_time_connection"
            try:
                is_real_time_connection__j = src_dict.get(_src_key, UNSET)
                is_real_time_connection__v: bool | Unset | None
                if type(is_real_time_connection__j) is bool:
                    is_real_time_connection__v = is_real_time_connection__j

                elif isinstance(is_real_time_connection__j, Unset):
                    is_real_time_connection__v = UNSET
                else:
                    if type(is_real_time_connection__j) is not bool:
                        type_mismatch("a boolean", is_real_time_connection__j)
                    is_real_time_connection__v = is_real_time_connection__j

            except RECOVERABLE as exc:
                is_real_time_connection__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "brokerage_type"
            try:
                brokerage_type__j = src_dict.get(_src_key, UNSET)
                brokerage_type__v: BrokerageType | Unset | None
                if type(brokerage_type__j) is dict:
                    brokerage_type__v = _models.BrokerageType.from_dict(brokerage_type__j)

                elif isinstance(brokerage_type__j, Unset):
                    brokerage_type__v = UNSET
                else:
                    brokerage_type__v = _models.BrokerageType.from_dict(brokerage_type__j)

            except RECOVERABLE as exc:
                brokerage_type__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "exchanges"
            try:
                exchanges__j = src_dict.get(_src_key, UNSET)
                exchanges__v: list[Any] | Unset | None
                if type(exchanges__j) is list:
                    exchanges__v = []
                    try:
                        for exchanges__v_data in exchanges__j:
                            exchanges__v_item = exchanges__v_data

                            exchanges__v.append(exchanges__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(exchanges__v)) from None

                elif isinstance(exchanges__j, Unset):
                    exchanges__v = UNSET
                else:
                    if type(exchanges__j) is not list:
                        type_mismatch("an array", exchanges__j)
                    exchanges__v = []
                    try:
                        for exchanges__v_data in exchanges__j:
                            exchanges__v_item = exchanges__v_data

                            exchanges__v.append(exchanges__v_item)
                    except RECOVERABLE as exc:
                        raise as_decode_error(exc).at(len(exchanges__v)) from None

            except RECOVERABLE as exc:
                exchanges__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

            _src_key = "open_url"
            try:
                open_url__v = src_dict.get(_src_key, UNSET)
                if type(open_url__v) is not str and open_url__v is not None and open_url__v is not UNSET:
                    open_url__v = _parse_open_url(open_url__v)

            except RECOVERABLE as exc:
                open_url__v = None
                _unusable = _unusable_value(_unusable, src_dict, _src_key, exc)

        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(_src_key) from None

        instance = cls(
            id__v,
            slug__v,
            name__v,
            display_name__v,
            description__v,
            aws_s3_logo_url__v,
            aws_s3_square_logo_url__v,
            url__v,
            enabled__v,
            maintenance_mode__v,
            is_degraded__v,
            allows_trading__v,
            allows_fractional_units__v,
            has_reporting__v,
            is_real_time_connection__v,
            brokerage_type__v,
            exchanges__v,
            open_url__v,
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
            instance._additional_properties = additional_properties
        instance.source_json = src_dict
        if _unusable is not None:
            instance.unusable = _unusable
        return instance

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that the schema does not name, with their values (kept, never
        dropped); a dict of this instance's own, made on first use."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


def _parse_aws_s3_square_logo_url(data: object) -> None | str | Unset:
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


def _parse_url(data: object) -> None | str | Unset:
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


def _parse_allows_trading(data: object) -> bool | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is bool:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("boolean or null", data)


def _parse_allows_fractional_units(data: object) -> bool | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is bool:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("boolean or null", data)


def _parse_has_reporting(data: object) -> bool | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    failure: DecodeError | None = None
    if type(data) is bool:
        try:
            variant_1 = data

            return variant_1
        except RECOVERABLE as exc:
            failure = as_decode_error(exc)
    if failure is not None:
        raise failure
    type_mismatch("boolean or null", data)


def _parse_open_url(data: object) -> None | str | Unset:
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
