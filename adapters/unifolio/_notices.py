"""The one policy for what a mapping cannot use: never all-or-nothing, never silent.

Every value of a provider's answer ends in one of three ways:

1. it fits: it is mapped;
2. it does not fit, and the common model has room for "unknown" (a name, a market, a currency, an
   optional amount, a value only the raw record keeps): it reads None, and a ``Notice`` (code
   ``unusable_value``) names the provider, the record (``Notice.raw``, the JSON object it sits in) and
   the JSON path; the rest of the record and of the answer is kept. Two places apply this rule, one
   mechanism each:
   - the generated parsers, for the properties each provider lists as ``degradable`` in its codegen
     config (``codegen/<provider>.yaml``): they report to ``types.reporting()``, read here;
   - the adapters, for what they check themselves (``unusable``; ``unifolio._money`` uses it for
     optional amounts);
3. it does not fit, and the record would be wrong without it (the quantity, the instrument's only
   identifier, the ids that join records, the envelope that says whether the call succeeded): the whole
   answer is a ``ResponseContractError`` with the JSON path. Never a dropped record next to a
   complete-looking result.

Also reported, without failing anything: a value of an open enum the spec does not list
(``unknown_value``), a ``NaN``/``Infinity`` token where JSON has no such number (``non_finite_number``;
it is never read as an amount), and, by the adapters, a provider status unifolio does not know yet that
comes with data (``unknown_status``).

Nothing here costs anything while an answer fits: the generated parsers only report on the failure
path, and the JSON paths are found (one walk over the answer) only when there is something to report.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from decimal import Decimal
from typing import Any, Protocol

from ._exceptions import ResponseContractError, format_json_path
from .models import EMPTY_RECORD, Notice, RawRecord

__all__ = [
    "MAX_NOTICES_PER_KIND",
    "ParseReportLike",
    "collecting",
    "note",
    "parse_notices",
    "unusable",
]

MAX_NOTICES_PER_KIND = 1000
"""Occurrences listed one by one per kind of notice and answer; more are counted in one last notice
(every value stays in the answer, ``Snapshot.raw``)."""

JsonPath = tuple[str | int, ...]

_collected: ContextVar[list[Notice] | None] = ContextVar("unifolio.notices", default=None)


@contextlib.contextmanager
def collecting() -> Iterator[list[Notice]]:
    """Collect, for the block, the notices ``unusable`` records (``read_answer`` opens one per answer)."""
    notices: list[Notice] = []
    token = _collected.set(notices)
    try:
        yield notices
    finally:
        _collected.reset(token)


def unusable(provider: str, path: Sequence[str | int], reason: str, record: RawRecord = EMPTY_RECORD) -> None:
    """A value the adapter cannot use where the common model has room for unknown: the caller maps None.

    Inside an answer being read (``read_answer``) this records a Notice; anywhere else (a mapping function
    called on its own) nothing would ever show it, so it raises ``ResponseContractError`` instead.
    """
    notices = _collected.get()
    if notices is None:
        raise ResponseContractError.at(provider, path, reason)
    notices.append(
        Notice(provider, "unusable_value", f"{reason}; read as unknown", format_json_path(path), record)
    )


def note(notice: Notice) -> None:
    """A notice an adapter finds while mapping (an unidentified position, say), for the answer being read
    (``read_answer`` adds it to the snapshot). Mapping functions called on their own, outside a read, do
    not collect these: read through an adapter or ``<operation>_from_response`` to get them."""
    notices = _collected.get()
    if notices is not None:
        notices.append(notice)


class ParseReportLike(Protocol):
    """``<client>.types.ParseReport``: what a generated parser noticed without failing."""

    bodies: list[Any]
    unusable: list[tuple[Mapping[str, Any], str, JsonPath, str]]
    unknown: dict[tuple[type, str], None]
    non_finite: bool


def parse_notices(provider: str, report: ParseReportLike, enum_keys: Mapping[type, set[str]]) -> list[Notice]:
    """The notices a generated parser's report stands for, with JSON paths into the body it parsed.

    Empty, at no cost, when the parse noticed nothing (the happy path).
    """
    if not (report.unusable or report.unknown or report.non_finite) or not report.bodies:
        return []
    body = report.bodies[0]
    notices: list[Notice] = []
    if report.unusable:
        paths = _paths_of(body, (id(obj) for obj, *_ in report.unusable))
        for obj, key, inner, reason in _capped(report.unusable):
            where = (*paths.get(id(obj), ()), key, *inner)
            notices.append(
                Notice(provider, "unusable_value", f"{reason}; read as unknown", format_json_path(where), obj)
            )
        notices += _more(provider, "unusable_value", len(report.unusable))
    for enum, value in report.unknown:
        found = list(_occurrences(body, enum_keys.get(enum, frozenset()), value))
        message = f"{value!r} is not a {enum.__name__} value unifolio knows yet; kept as it is"
        if not found:  # under a key the models do not say (a value in a list of another shape)
            notices.append(Notice(provider, "unknown_value", message))
        for path, obj in found[:MAX_NOTICES_PER_KIND]:  # each record it sits in
            notices.append(Notice(provider, "unknown_value", message, format_json_path(path), obj))
        notices += _more(provider, "unknown_value", len(found))
    if report.non_finite:
        numbers = list(_non_finite(body))
        for path, obj, number in numbers[:MAX_NOTICES_PER_KIND]:
            notices.append(
                Notice(
                    provider,
                    "non_finite_number",
                    f"{number} is not a JSON number (RFC 8259 has no NaN or Infinity); never read as an "
                    "amount, kept in the raw answer (written as null in JSON output)",
                    format_json_path(path),
                    obj,
                )
            )
        notices += _more(provider, "non_finite_number", len(numbers))
    return notices


def _capped(items: list[Any]) -> list[Any]:
    return items[:MAX_NOTICES_PER_KIND]


def _more(provider: str, code: str, count: int) -> list[Notice]:
    extra = count - MAX_NOTICES_PER_KIND
    if extra <= 0:
        return []
    return [Notice(provider, code, f"and {extra} more like the above (each in the raw answer)")]


def _children(node: Any, path: JsonPath) -> Iterator[tuple[Any, JsonPath]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict | list):
                yield value, (*path, key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            if isinstance(value, dict | list):
                yield value, (*path, i)


def _paths_of(body: Any, wanted: Iterable[int]) -> dict[int, JsonPath]:
    """The JSON paths of the objects with these ``id``s inside ``body``: one walk, however many."""
    missing = set(wanted)
    found: dict[int, JsonPath] = {}
    stack: list[tuple[Any, JsonPath]] = [(body, ())]
    while stack and missing:
        node, path = stack.pop()
        if id(node) in missing:
            found[id(node)] = path
            missing.discard(id(node))
        stack.extend(_children(node, path))
    return found


def _walk(body: Any) -> Iterator[tuple[Any, JsonPath]]:
    """Every object and array in ``body`` with its path, in document order."""
    stack: list[tuple[Any, JsonPath]] = [(body, ())] if isinstance(body, dict | list) else []
    while stack:
        node, path = stack.pop()
        yield node, path
        stack.extend(reversed(list(_children(node, path))))


def _occurrences(body: Any, keys: Iterable[str], value: str) -> Iterator[tuple[JsonPath, RawRecord]]:
    """Where ``value`` sits under one of ``keys`` (as the value or an item of a list)."""
    keys = tuple(keys)
    for node, path in _walk(body):
        if not isinstance(node, dict):
            continue
        for key in keys:
            found = node.get(key)
            if isinstance(found, str) and found == value:
                yield (*path, key), node
            elif isinstance(found, list):
                yield from (((*path, key, i), node) for i, item in enumerate(found) if item == value)


def _non_finite(body: Any) -> Iterator[tuple[JsonPath, RawRecord, Decimal]]:
    for node, path in _walk(body):
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            if isinstance(value, Decimal) and not value.is_finite():
                yield (*path, key), node if isinstance(node, dict) else EMPTY_RECORD, value
