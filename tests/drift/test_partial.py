"""Never all-or-nothing, never silent: one policy (``unifolio._notices``) for what a mapping cannot use.

- a value the common model has room to leave unknown reads None with a Notice naming provider, record
  and JSON path; the rest is kept (every degradable property of every provider's answers, from the
  codegen configs, is tried);
- a value the records cannot be right without fails the connection with a ``ResponseContractError`` at
  its path, as does an empty object where an answer is expected;
- a key twice with different values is never resolved silently;
- a body that cannot even be decoded is a typed error, never the catch-all for bugs;
- notices reach every output format and the summary line.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.contract._specs import Operation
from tests.contract._strategies import dumps as exact_dumps
from tests.drift._drifting import (
    component_names,
    data_operations,
    degradable,
    drifting,
    json_path,
    nodes,
    set_at,
    spec_of,
    success,
    walker,
)
from tests.spec_server import Reply
from unifolio import InternalError, ResponseContractError
from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e

Path_ = tuple[str | int, ...]


def _degradable_nodes(provider: str, operation: Operation) -> Iterator[Path_]:
    """Paths, in the operation's documented answer, of values listed as degradable whose schema does
    not already allow null (so null is a value the schema refuses)."""
    spec = spec_of(provider)
    names, listed = component_names(spec), degradable(spec)
    status, body = success(operation)
    for node in nodes(operation, status, body):
        if not isinstance(node.value, dict):
            continue
        keys = listed.get(names.get(id(node.schema), ""), frozenset())
        properties = node.schema.get("properties", {})
        for key in sorted(keys & set(node.value)):
            types = walker_types(spec, properties.get(key, {}))
            if "null" not in types:
                yield (*node.path, key)


def walker_types(spec: str, schema: Any) -> set[str]:
    """The JSON types a property's schema admits."""
    resolved = walker(spec).resolve(schema)
    if not isinstance(resolved, dict):
        return set()
    if "anyOf" in resolved:
        return {t for branch in resolved["anyOf"] for t in walker_types(spec, branch)}
    kind = resolved.get("type", [])
    return set(kind if isinstance(kind, list) else [kind])


CASES = [
    pytest.param(
        provider, operation.operation_id, path, id=f"{provider}.{operation.operation_id}{json_path(path)[1:]}"
    )
    for provider in PROVIDERS
    for operation in data_operations(provider)
    for path in _degradable_nodes(provider, operation)
]


def _fetch_one(drift: Any, provider: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    portfolio = drift.library(monkeypatch)
    (outcome,) = [o for o in portfolio.outcomes if o.provider == provider]
    return outcome


@pytest.mark.parametrize(("provider", "operation_id", "path"), CASES)
def test_a_value_the_model_has_room_to_leave_unknown_reads_none_and_is_noticed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, provider: str, operation_id: str, path: Path_
) -> None:
    with drifting(tmp_path) as drift:
        baseline = _fetch_one(drift, provider, monkeypatch)

    def null_it(operation: Operation, body: Any) -> Any:
        if operation.operation_id == operation_id:
            set_at(body, path, None)
        return body

    with drifting(tmp_path, null_it) as drift:
        outcome = _fetch_one(drift, provider, monkeypatch)
    assert outcome.error is None, outcome.error  # the connection is not lost over one value
    snapshot = outcome.snapshot
    assert len(snapshot.holdings) == len(baseline.snapshot.holdings)
    assert len(snapshot.accounts) == len(baseline.snapshot.accounts)
    new = [n for n in snapshot.notices if n not in baseline.snapshot.notices]
    said = [n for n in new if n.path == json_path(path)]
    assert said, f"no notice at {json_path(path)}: {new}"
    (notice,) = said
    assert notice.provider == provider and notice.code == "unusable_value"
    assert "null" in notice.message and notice.message.endswith("read as unknown")
    assert notice.raw and notice.raw.get(path[-1], "absent") is None  # the record it is about


def _outermost(paths: list[Path_]) -> list[Path_]:
    """The paths not inside another one (nulling an object nulls what is in it)."""
    return [p for p in paths if not any(q != p and p[: len(q)] == q for q in paths)]


def _null_every_degradable(operation: Operation, body: Any) -> Any:
    provider = next(name for name in PROVIDERS if spec_of(name) == operation.spec)
    for path in _outermost(list(_degradable_nodes(provider, operation))):
        set_at(body, path, None)
    return body


def test_notices_reach_every_output_format_and_the_summary_line(tmp_path: Path) -> None:
    assert {case.values[0] for case in CASES} == set(PROVIDERS)  # every provider has values to degrade
    with drifting(tmp_path) as drift:
        baseline = drift.json()
    with drifting(tmp_path, _null_every_degradable) as drift:
        data = drift.json()
        table = drift.cli()
        text = drift.cli("--format", "csv")
    assert data["complete"] and len(data["holdings"]) == len(baseline["holdings"])
    expected = {
        (name, json_path(path))
        for name in PROVIDERS
        for operation in data_operations(name)
        for path in _outermost(list(_degradable_nodes(name, operation)))
    }
    # a value that several calls of one fetch carry (an envelope field) is noticed per answer
    assert expected <= {(n["provider"], n["path"]) for n in data["notices"]}
    count = len(data["notices"])
    for result in (table, text):
        assert result.returncode == 0
        assert f"{count} notices" in result.stderr.decode()  # the summary line counts them
    shown = table.stdout.decode()
    assert f"Notices ({count})" in shown and "read as unknown" in shown
    rows = list(csv.DictReader(io.StringIO(text.stdout.decode())))
    assert len(rows) == len(data["holdings"])
    for row in rows:  # each row says what could not be used in its own record or its connection
        assert "unusable_value at $." in row["notices"], row
    assert "notice" in text.stderr.decode()  # and a CSV reader on a terminal sees them too


def _required_nodes(provider: str, operation: Operation) -> Iterator[Path_]:
    """Paths of values the schema requires that are not listed as degradable."""
    spec = spec_of(provider)
    names, listed = component_names(spec), degradable(spec)
    status, body = success(operation)
    for node in nodes(operation, status, body):
        if isinstance(node.value, dict):
            name = names.get(id(node.schema), "")
            keys = set(node.schema.get("required", ())) - listed.get(name, frozenset())
            properties = node.schema.get("properties", {})
            for key in sorted(keys & set(node.value)):
                if "null" not in walker_types(spec, properties.get(key, {})):
                    yield (*node.path, key)


def test_a_value_the_records_cannot_be_right_without_fails_the_connection_at_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty object where an answer is expected, and null for each value a schema requires that the
    policy does not let degrade: the connection fails with a ResponseContractError at that path (or,
    inside a value that may degrade, e.g. one network allocation, that value reads unknown with a Notice
    at it). Never a dropped record, never a complete-looking result."""

    def empty(operation: Operation, body: Any) -> Any:
        return [{}] if isinstance(body, list) else {}  # a list answer: one empty object where one is expected

    with drifting(tmp_path, empty) as drift:
        portfolio = drift.library(monkeypatch)
        result = drift.cli("--format", "json")
    assert {outcome.provider for outcome in portfolio.outcomes} == set(PROVIDERS)
    for outcome in portfolio.outcomes:
        assert isinstance(outcome.error, ResponseContractError), outcome
        assert outcome.error.path != "$" and outcome.snapshot is None, outcome.error
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["holdings"] == [] and not data["complete"]
    assert all(c["error"]["type"] == "ResponseContractError" for c in data["connections"])

    silent = []
    for provider in PROVIDERS:
        for operation in data_operations(provider):
            for path in _required_nodes(provider, operation):

                def null_it(
                    op: Operation, body: Any, path: Path_ = path, target: str = operation.operation_id
                ) -> Any:
                    if op.operation_id == target:
                        set_at(body, path, None)
                    return body

                with drifting(tmp_path, null_it) as drift:
                    outcome = _fetch_one(drift, provider, monkeypatch)
                where = json_path(path)
                if outcome.error is not None:
                    if not (isinstance(outcome.error, ResponseContractError) and outcome.error.path == where):
                        silent.append(f"{provider} {where}: {outcome.error!r}")
                elif not any(n.path and where.startswith(n.path) for n in outcome.snapshot.notices):
                    silent.append(f"{provider} {where}: null, and nothing says so")
    assert silent == []


def _duplicated(body: Any, *, same: bool) -> bytes:
    """The body (a list answer: its first object) with its first key written twice, the second time with
    another value (or, ``same``, the same one again): what a buggy serialiser sends."""
    if isinstance(body, list):
        rest = [exact_dumps(item).decode() for item in body[1:]]
        return b"[" + b",".join([_duplicated(body[0], same=same), *(r.encode() for r in rest)]) + b"]"
    text = exact_dumps(body).decode()
    key = next(iter(body))
    twin = exact_dumps(body[key]).decode() if same else json.dumps("another value")
    return (text[:-1] + f",{json.dumps(key)}:{twin}" + "}").encode()


def test_a_key_twice_with_different_values_is_never_resolved_silently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def twice(operation: Operation, body: Any) -> Reply:
        return Reply(_duplicated(body, same=False))

    with drifting(tmp_path, twice) as drift:
        portfolio = drift.library(monkeypatch)
        result = drift.cli("--format", "json")
    assert {outcome.provider for outcome in portfolio.outcomes} == set(PROVIDERS)
    for outcome in portfolio.outcomes:
        assert isinstance(outcome.error, ResponseContractError), outcome
        assert "duplicate key" in str(outcome.error) and "another value" in str(outcome.error)
        assert re.fullmatch(r"\$(\[0\])?\.[a-z_]+", outcome.error.path), outcome.error.path  # the first key
    assert result.returncode == 1
    connections = json.loads(result.stdout)["connections"]
    assert connections and all(c["error"]["path"] for c in connections)

    def same_twice(operation: Operation, body: Any) -> Reply:  # the same statement twice: nothing to resolve
        return Reply(_duplicated(body, same=True))

    with drifting(tmp_path, same_twice) as drift:
        assert drift.library(monkeypatch).complete


BROKEN_BODIES = {
    "not gzip": (lambda body: exact_dumps(body), (("Content-Encoding", "gzip"),)),
    "not deflate": (lambda body: exact_dumps(body), (("Content-Encoding", "deflate"),)),
    "truncated gzip": (
        lambda body: (z := gzip.compress(exact_dumps(body)))[: len(z) // 2],
        (("Content-Encoding", "gzip"),),
    ),
    "latin-1 bytes": (
        lambda body: '{"x": "é"}'.encode("latin-1"),
        (("Content-Type", "application/json; charset=latin-1"),),
    ),
}


def test_every_way_a_body_fails_to_decode_is_a_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for way, (content, headers) in BROKEN_BODIES.items():

        def broken(operation: Operation, body: Any, content: Any = content, headers: Any = headers) -> Reply:
            return Reply(content(body), headers)

        with drifting(tmp_path, broken) as drift:
            portfolio = drift.library(monkeypatch)
            result = drift.cli("--format", "json")
        for outcome in portfolio.outcomes:
            error = outcome.error
            assert isinstance(error, ResponseContractError) and not isinstance(error, InternalError), (
                way,
                error,
            )
            assert error.path == "$", way
        assert result.returncode == 1, way  # a provider's fault, not a bug in unifolio (70)

    def labelled(operation: Operation, body: Any) -> Reply:  # JSON is UTF-8: the bytes decide
        return Reply(exact_dumps(body), (("Content-Type", "application/json; charset=no-such-charset"),))

    with drifting(tmp_path, labelled) as drift:
        assert drift.library(monkeypatch).complete
