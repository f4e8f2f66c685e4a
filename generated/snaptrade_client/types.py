"""Contains some shared types for properties, and the value checks the generated parsers use"""

import contextlib
import json
from collections.abc import Iterator, Mapping, MutableMapping
from contextvars import ContextVar
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


JsonPath = tuple[str | int, ...]


class ParseReport:
    """What parsing noticed without failing, collected while ``reporting()`` is active.

    - ``bodies``: every body ``decode_json`` decoded, in order (the caller keeps what the provider said);
    - ``unusable``: values of degradable properties (the generator config's ``degradable`` list) that
      did not fit their schema and were read as None: ``(object, key, path inside the value, reason)``;
    - ``unknown``: values of open enums that the spec does not list, as ``(enum class, value)`` in the
      order first seen (each pseudo-member is made once, see the enums' ``_missing_``);
    - ``non_finite``: whether a body held ``NaN``/``Infinity``/``-Infinity`` (not JSON: RFC 8259 has no
      such numbers); they are kept as non-finite ``Decimal`` values, which no number property accepts.

    Nothing is collected outside ``reporting()``: plain use of the client pays nothing for it.
    """

    __slots__ = ("bodies", "non_finite", "unknown", "unusable")

    def __init__(self) -> None:
        self.bodies: list[Any] = []
        self.unusable: list[tuple[Mapping[str, Any], str, JsonPath, str]] = []
        self.unknown: dict[tuple[type, str], None] = {}
        self.non_finite = False


_REPORT: ContextVar[ParseReport | None] = ContextVar(__name__ + ".report", default=None)


@contextlib.contextmanager
def reporting() -> Iterator[ParseReport]:
    """Collect, for the block, what the parsers of this client notice without failing (``ParseReport``)."""
    report = ParseReport()
    token = _REPORT.set(report)
    try:
        yield report
    finally:
        _REPORT.reset(token)


ENUM_KEYS: dict[type, set[str]] = {}
"""JSON keys under which each open enum of this client appears (filled as the models load): where to
look for an unknown value in a body."""


def unknown_enum_value(enum: type, value: str) -> None:
    """Called by an open enum for a value it does not list (only then: known values never get here)."""
    report = _REPORT.get()
    if report is not None:
        report.unknown.setdefault((enum, value), None)


def unusable(
    found: dict[str, str] | None, obj: Mapping[str, Any], key: str, exc: BaseException
) -> dict[str, str]:
    """A degradable property's value did not fit: remember why on the model (``unusable``) and in the
    active report; the property reads None. Only called on that path, never for a value that fits."""
    error = as_decode_error(exc)
    found = {} if found is None else found
    found[key] = str(error) if error.path else error.reason
    report = _REPORT.get()
    if report is not None:
        report.unusable.append((obj, key, error.path, error.reason))
    return found


def _non_finite(token: str) -> Decimal:
    """``NaN``, ``Infinity`` and ``-Infinity`` tokens: kept (as non-finite Decimals) and reported."""
    report = _REPORT.get()
    if report is not None:
        report.non_finite = True
    return Decimal(token)


def _same(a: object, b: object) -> bool:
    """JSON equality that tells types apart (``1`` is not ``true``; ``1.0`` is ``1.00``)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return a == b


def path_to(body: Any, target: object) -> JsonPath | None:
    """The JSON path of the object ``target`` (by identity) inside ``body``, or None."""
    stack: list[tuple[Any, JsonPath]] = [(body, ())]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if isinstance(node, dict):
            stack.extend(
                (value, (*path, key)) for key, value in node.items() if isinstance(value, dict | list)
            )
        elif isinstance(node, list):
            stack.extend(
                (value, (*path, i)) for i, value in enumerate(node) if isinstance(value, dict | list)
            )
    return None


def decode_json(content: bytes) -> Any:
    """Parse a response body; JSON numbers with a fraction or exponent become Decimal, never float.

    A key that occurs twice in one object with different values is a DecodeError at that key: which
    value the provider meant cannot be known (parsers disagree: some keep the first, Python the last), so
    neither is used silently. The same key twice with the same value is the same statement, kept once.
    """
    conflicts: list[tuple[dict[str, Any], str, list[Any]]] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) != len(items):  # rare: only then is anything compared
            seen: dict[str, list[Any]] = {}
            for key, value in items:
                seen.setdefault(key, []).append(value)
            for key, values in seen.items():
                if any(not _same(values[0], other) for other in values[1:]):
                    conflicts.append((obj, key, values))
        return obj

    try:
        body = json.loads(content, parse_float=Decimal, parse_constant=_non_finite, object_pairs_hook=pairs)
    except (
        ValueError,
        UnicodeDecodeError,
        ArithmeticError,
    ) as exc:  # e.g. an exponent beyond Decimal's range
        raise DecodeError(f"response body is not valid JSON ({type(exc).__name__}: {exc})") from None
    if conflicts:
        obj, key, values = conflicts[0]
        shown = ", ".join(json.dumps(value, default=str)[:40] for value in values)
        raise DecodeError(
            f"duplicate key {key!r} with different values ({shown}): which one is meant cannot be known",
            (*(path_to(body, obj) or ()), key),
        )
    report = _REPORT.get()
    if report is not None:
        report.bodies.append(body)
    return body


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


def extras_key(extras: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """How a model's ``additional_properties`` compare: not made yet (None) equals empty."""
    return extras or None


def extras_repr(extras: Mapping[str, Any] | None) -> str:
    return repr(extras or {})


def as_decimal(value: object) -> Decimal:
    """Exact decimal from a JSON number or a numeric string; anything else is a DecodeError."""
    # exact-type fast paths for what json.loads produces; the isinstance chain below handles the rest
    if type(value) is int:
        return INT_DECIMALS[value]
    if type(value) is str:
        try:
            result = Decimal(value)  # Decimal() itself ignores the surrounding whitespace str.strip() removes
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
    "ENUM_KEYS",
    "RECOVERABLE",
    "UNSET",
    "DecodeError",
    "JsonPath",
    "ParseReport",
    "INT_DECIMALS",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "UnknownVariant",
    "Unset",
    "as_decimal",
    "as_decode_error",
    "extras_key",
    "extras_repr",
    "decode_json",
    "http_status",
    "path_to",
    "reporting",
    "type_mismatch",
    "unknown_enum_value",
    "unusable",
]
