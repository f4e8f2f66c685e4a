"""Lossless above the record: every answer of every operation a fetch made reaches ``Snapshot.raw`` and
``--include-raw`` whole (envelopes, unknown fields, exact numbers), and every value of an open set that
unifolio does not know reaches the output and is reported, not only kept.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.contract._specs import Operation
from tests.drift._drifting import (
    ENV,
    data_operations,
    drifting,
    json_path,
    nodes,
    set_at,
    strict_loads,
    success,
)
from tests.spec_server import add_to_objects
from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e

DRIFT_KEY = "x_unifolio_drift"
DRIFT_VALUE = {"exact": Decimal("0.123456789012345678901234567890"), "big": 10**30, "text": "new", "n": None}


def _with_unknown_fields(operation: Operation, body: Any) -> Any:
    """A provider that adds a field to every object of every answer, with numbers a float would change."""
    return add_to_objects(body, DRIFT_KEY, DRIFT_VALUE)


def _canonical(bodies: list[Any]) -> list[str]:
    return sorted(json.dumps(body, sort_keys=True, default=repr) for body in bodies)


def test_every_answer_reaches_raw_whole_in_python_and_in_the_json_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with drifting(tmp_path, _with_unknown_fields) as drift:
        portfolio = drift.library(monkeypatch)
        sent = {name: _canonical([strict_loads(body) for body in drift.sent(name)]) for name in PROVIDERS}
    assert portfolio.complete
    for outcome in portfolio.outcomes:
        assert outcome.snapshot is not None
        # one Exchange per request: the whole decoded body, envelope and unknown fields included
        bodies = [e.body for exchanges in outcome.snapshot.raw.values() for e in exchanges]
        assert _canonical(bodies) == sent[outcome.provider] != [], outcome.provider
        for operation, exchanges in outcome.snapshot.raw.items():
            assert all(e.operation == operation and e.status == 200 for e in exchanges)

    with drifting(tmp_path, _with_unknown_fields) as drift:
        data = drift.json("--include-raw")
        sent = {name: _canonical([strict_loads(body) for body in drift.sent(name)]) for name in PROVIDERS}
    assert data["complete"]
    assert {connection["provider"] for connection in data["connections"]} == set(PROVIDERS)
    for connection in data["connections"]:
        raw = connection["raw"]
        bodies = [exchange["body"] for exchanges in raw.values() for exchange in exchanges]
        assert _canonical(bodies) == sent[connection["provider"]] != [], connection["provider"]
        for operation, exchanges in raw.items():
            for exchange in exchanges:
                assert exchange["operation"] == operation and exchange["status"] == 200
                assert exchange["request"].split(" ")[0] in ("GET", "POST")
    text = json.dumps(data, default=str)
    assert all(value not in text for value in ENV.values())  # requests are kept without secrets


def test_raw_numbers_are_written_as_the_exact_numbers_the_provider_sent(tmp_path: Path) -> None:
    with drifting(tmp_path, _with_unknown_fields) as drift:
        result = drift.cli("--format", "json", "--include-raw")
    text = result.stdout.decode()
    assert '"exact": 0.123456789012345678901234567890' in text
    assert f'"big": {10**30}' in text
    holdings = strict_loads(text)["holdings"]
    assert holdings and all(h["raw"][DRIFT_KEY]["exact"] == DRIFT_VALUE["exact"] for h in holdings)


def _enum_nodes(operation: Operation, status: int, body: Any) -> list[tuple[tuple[str | int, ...], str]]:
    return [
        (node.path, node.value)
        for node in nodes(operation, status, body)
        if "enum" in node.schema and isinstance(node.value, str) and node.path
    ]


def _new_values(operation: Operation, body: Any) -> Any:
    """A provider that has added a value to every enum of every answer (statuses included)."""
    status, _ = success(operation)
    for path, _value in _enum_nodes(operation, status, body):
        set_at(body, path, f"unifolio_new_{path[-1]}")
    return body


def _new_value_set() -> set[str]:
    return {
        f"unifolio_new_{path[-1]}"
        for name in PROVIDERS
        for operation in data_operations(name)
        for path, _ in _enum_nodes(operation, *success(operation))
    }


def _expected_enum_paths() -> dict[str, set[str]]:
    expected: dict[str, set[str]] = {}
    for name in PROVIDERS:
        for operation in data_operations(name):
            status, body = success(operation)
            expected.setdefault(name, set()).update(
                json_path(p) for p, _ in _enum_nodes(operation, status, body)
            )
    return expected


def test_unknown_enum_values_anywhere_reach_the_output_and_are_reported_with_their_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _expected_enum_paths()
    with drifting(tmp_path) as baseline_drift:
        baseline = baseline_drift.json()
    with drifting(tmp_path, _new_values) as drift:
        data = drift.json("--include-raw")
        portfolio = drift.library(monkeypatch)
    # the data that came with values unifolio does not know is kept: nothing fails, nothing is dropped
    assert data["complete"] and portfolio.complete
    assert len(data["holdings"]) == len(baseline["holdings"]) == len(portfolio.holdings)
    for name, paths in expected.items():
        for path in paths:
            said = [n for n in data["notices"] if n["provider"] == name and n["path"] == path]
            assert any("unifolio_new_" in n["message"] for n in said), f"{name}: nothing says {path}"
            assert any(n.path == path for n in portfolio.notices if n.provider == name)
    text = json.dumps(data, default=str)  # and every value itself reaches the output
    assert all(value in text for value in _new_value_set())
