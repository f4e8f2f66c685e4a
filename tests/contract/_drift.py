"""Drift: one small change to a valid body, of the kinds providers actually ship without notice.

Every mutated body must be either tolerated (mapped, invariants intact, and the changed value still
reachable through the original record it sits in) or refused with a ResponseContractError whose JSON
path names the changed place (the place itself, something inside it, or the union/container around it).
Any other exception is a bug.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from tests.contract._strategies import ANY_JSON, Node

KINDS = (
    "unknown_enum_value",
    "unknown_field",
    "null_where_not_nullable",
    "number_as_string",
    "string_as_number",
    "missing_required_key",
    "wrong_container_type",
)
KEEPS_VALUE = {"unknown_enum_value", "unknown_field", "number_as_string"}
JsonPath = tuple[str | int, ...]


def candidates(nodes: list[Node]) -> list[tuple[str, Node]]:
    found: list[tuple[str, Node]] = []
    for node in nodes:
        value, schema = node.value, node.schema
        if "enum" in schema and isinstance(value, str):
            found.append(("unknown_enum_value", node))
        if isinstance(value, dict):
            found.append(("unknown_field", node))
            if any(key in value for key in schema.get("required", [])):
                found.append(("missing_required_key", node))
        if node.path and value is not None and not node.allows("null"):
            found.append(("null_where_not_nullable", node))
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            found.append(("number_as_string", node))
        if isinstance(value, str):
            found.append(("string_as_number", node))
        if isinstance(value, dict | list):
            found.append(("wrong_container_type", node))
    return found


def set_at(body: Any, path: JsonPath, value: Any) -> Any:
    if not path:
        return value
    body = copy.deepcopy(body)
    node = body
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return body


def get_at(body: Any, path: JsonPath) -> Any:
    for key in path:
        body = body[key]
    return body


@st.composite
def mutate(draw: st.DrawFn, body: Any, nodes: list[Node]) -> tuple[str, JsonPath, Any]:
    """(kind, JSON path of the change, mutated body)."""
    options = candidates(nodes)
    kinds = sorted({kind for kind, _ in options})
    kind = draw(st.sampled_from(kinds))  # kinds first, so rare kinds are not drowned by common ones
    node = draw(st.sampled_from([n for k, n in options if k == kind]))
    value, path = node.value, node.path
    if kind == "unknown_enum_value":
        new = "unifolio_unknown_" + draw(st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8))
        return kind, path, set_at(body, path, new)
    if kind == "unknown_field":
        key = draw(st.text(min_size=1, max_size=12).filter(lambda k: k not in value))
        return kind, (*path, key), set_at(body, path, {**value, key: draw(ANY_JSON)})
    if kind == "null_where_not_nullable":
        return kind, path, set_at(body, path, None)
    if kind == "number_as_string":
        return kind, path, set_at(body, path, str(value))
    if kind == "string_as_number":
        number = draw(st.one_of(st.integers(), st.decimals(allow_nan=False, allow_infinity=False)))
        return kind, path, set_at(body, path, number)
    if kind == "missing_required_key":
        key = draw(st.sampled_from([k for k in node.schema.get("required", []) if k in value]))
        return kind, (*path, key), set_at(body, path, {k: v for k, v in value.items() if k != key})
    if kind == "wrong_container_type":
        swapped = [value] if isinstance(value, dict) else {str(i): item for i, item in enumerate(value)}
        return kind, path, set_at(body, path, swapped)
    raise AssertionError(kind)


def json_path(path: JsonPath) -> str:
    from unifolio._exceptions import format_json_path

    return format_json_path(path)


def related(error_path: str, changed: str) -> bool:
    """The error names the changed place, a place inside it, or a place around it."""

    def within(inner: str, outer: str) -> bool:
        return inner == outer or (inner.startswith(outer) and inner[len(outer)] in ".[")

    return within(error_path, changed) or within(changed, error_path)
