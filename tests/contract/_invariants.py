"""What must hold for anything an adapter returns, whatever the provider and the operation.

- every amount is a finite ``Decimal`` (no float anywhere, raw records included);
- every object names the provider it came from;
- every data object (holding, balance, value) carries its original record, and every record attached
  anywhere is a real JSON object of the response (not rebuilt, not partial); ``Snapshot.raw`` holds
  each answer whole (``Exchange.body`` is a body the call received);
- holdings in == holdings out (the driver counts the positions in the body).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import msgspec

from unifolio.models import EMPTY_RECORD, Balance, Exchange, Holding, Model, PortfolioValue, Snapshot

MUST_CARRY_RAW = (Holding, Balance, PortfolioValue)


class InvariantError(AssertionError):
    pass


def model_objects(value: Any) -> Iterator[Any]:
    """Every common-model object reachable from a result (not descending into raw JSON records)."""
    if isinstance(value, Model):
        yield value
        for name in value.__struct_fields__:
            if name != "raw":
                yield from model_objects(getattr(value, name))
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from model_objects(item)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from model_objects(item)


def json_objects(value: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(value, Mapping):
        yield value
        for item in value.values():
            yield from json_objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_objects(item)


def floats(value: Any, where: str) -> Iterator[str]:
    if isinstance(value, float):
        yield where
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from floats(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from floats(item, f"{where}[{i}]")


def attached_records(result: Any, bodies: list[Any] | None = None) -> list[Mapping[str, Any]]:
    """Every raw record the result carries: objects' ``raw`` (notices' included) and, from
    ``Snapshot.raw``, each ``Exchange``'s whole body (which must be a body the call received)."""
    records: list[Mapping[str, Any]] = []
    for obj in model_objects(result):
        raw = getattr(obj, "raw", None)
        if isinstance(obj, Snapshot):
            for operation, exchanges in (raw or {}).items():
                for exchange in exchanges:
                    if not isinstance(exchange, Exchange) or exchange.operation != operation:
                        records.append({"<not an Exchange of this operation>": exchange})
                    elif bodies is not None and not any(_same_json(exchange.body, body) for body in bodies):
                        records.append({"<not a body the call received>": exchange.body})
        elif isinstance(raw, Mapping) and raw:
            records.append(raw)
    return records


def _same_json(a: Any, b: Any) -> bool:
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return _same(a, b)
    return bool(a == b)


def check_result(provider: str, result: Any, bodies: list[Any], expected_holdings: int | None) -> None:
    """``bodies``: every decoded response body the call received (a call may take several requests)."""
    problems: list[str] = []
    body_objects = [node for body in bodies for node in json_objects(body)]
    objects = list(model_objects(result))
    for obj in objects:
        name = type(obj).__name__
        for item in msgspec.structs.fields(type(obj)):
            value = getattr(obj, item.name)
            if item.name == "raw":
                problems += [f"{name}.raw{where}: float" for where in floats(value, "")]
                continue
            if isinstance(value, float):
                problems.append(f"{name}.{item.name} is a float: {value!r}")
            decimal_field = "Decimal" in str(item.type) and value is not None
            if decimal_field and (not isinstance(value, Decimal) or not value.is_finite()):
                problems.append(f"{name}.{item.name} is not a finite Decimal: {value!r}")
        if hasattr(obj, "provider") and obj.provider != provider:
            problems.append(f"{name}.provider is {obj.provider!r}, not {provider!r}")
        raw = getattr(obj, "raw", None)
        if isinstance(obj, MUST_CARRY_RAW) and (raw is None or raw is EMPTY_RECORD):
            problems.append(f"{name} without its original record: {obj!r}")
    for record in attached_records(result, bodies):
        if not any(_same(record, node) for node in body_objects):
            problems.append(f"attached record is not an object of the response: {dict(record)!r:.200}")
    if expected_holdings is not None:
        holdings = [obj for obj in objects if isinstance(obj, Holding)]
        if len(holdings) != expected_holdings:
            problems.append(f"holdings in {expected_holdings} != holdings out {len(holdings)}")
    if problems:
        raise InvariantError("; ".join(problems[:8]))


def _same(record: Mapping[str, Any], node: Mapping[str, Any]) -> bool:
    return len(record) == len(node) and dict(record) == dict(node)
