"""Contains some shared types for properties, and the value checks the generated parsers use"""

import json
from collections.abc import Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, NoReturn, TypeVar

from attrs import define

from .errors import DecodeError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``status_code`` is an ``HTTPStatus`` for registered codes and a plain ``int`` for the
    non-standard ones CDNs and proxies send (499, 520, ...), so those never crash the client.
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


@define
class UnknownVariant:
    """A member of a discriminated union whose discriminator value this client does not know (yet).

    Providers add kinds without notice (a new instrument kind, a new account type). Such a member is
    kept whole instead of being typed as one of the known members (a new kind of instrument is not a
    stock) and instead of being dropped: ``discriminator`` names the property, ``value`` is its value,
    ``source_json`` the object as received. ``is_known`` is False, as for an unknown enum value.
    """

    discriminator: str
    value: str
    source_json: Mapping[str, Any]
    is_known: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        return dict(self.source_json)


def http_status(code: int) -> HTTPStatus | int:
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def decode_json(content: bytes) -> Any:
    """Parse a response body; JSON numbers with a fraction or exponent become Decimal, never float."""
    try:
        return json.loads(content, parse_float=Decimal)
    except (
        ValueError,
        UnicodeDecodeError,
        ArithmeticError,
    ) as exc:  # e.g. an exponent beyond Decimal's range
        raise DecodeError(f"response body is not valid JSON ({type(exc).__name__}: {exc})") from None


# What a parser may raise on a value that does not fit; all of it is reported as a DecodeError.
RECOVERABLE = (DecodeError, KeyError, TypeError, ValueError, ArithmeticError)


def as_decode_error(exc: BaseException) -> DecodeError:
    if isinstance(exc, DecodeError):
        return exc
    if isinstance(exc, KeyError):
        return DecodeError(f"required property {exc} is missing")
    return DecodeError(str(exc) or type(exc).__name__)


def _describe(value: object) -> str:
    return "null" if value is None else type(value).__name__


def type_mismatch(expected: str, value: object) -> NoReturn:
    raise DecodeError(f"expected {expected}, got {_describe(value)}")


class _IntDecimals(dict[int, Decimal]):
    """``INT_DECIMALS[i] == Decimal(i)`` for a JSON integer; small ones are made once and shared (a Decimal
    is immutable), so the zeros and small quantities of a large answer do not each cost a new object."""

    def __missing__(self, key: int) -> Decimal:
        return Decimal(key)


INT_DECIMALS = _IntDecimals((i, Decimal(i)) for i in range(-128, 1025))


def as_decimal(value: object) -> Decimal:
    """Exact decimal from a JSON number or a numeric string; anything else is a DecodeError."""
    # exact-type fast paths for what json.loads produces; the isinstance chain below handles the rest
    if type(value) is int:
        return INT_DECIMALS[value]
    if type(value) is str:
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise DecodeError(f"expected a decimal number, got the string {value[:40]!r}") from None
        if result.is_finite():
            return result
        raise DecodeError(f"expected a finite number, got {value!r}")
    if isinstance(value, Decimal):
        if value.is_finite():
            return value
    elif isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise DecodeError(f"expected a decimal number, got the string {value[:40]!r}") from None
        if result.is_finite():
            return result
    elif isinstance(value, float):
        # Only reachable when a caller parsed JSON without parse_float=Decimal; repr is exact round-trip.
        result = Decimal(repr(value))
        if result.is_finite():
            return result
    else:
        type_mismatch("a number", value)
    raise DecodeError(f"expected a finite number, got {value!r}")


__all__ = [
    "RECOVERABLE",
    "UNSET",
    "DecodeError",
    "INT_DECIMALS",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "UnknownVariant",
    "Unset",
    "as_decimal",
    "as_decode_error",
    "decode_json",
    "http_status",
    "type_mismatch",
]
