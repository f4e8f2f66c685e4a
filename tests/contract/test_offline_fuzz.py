"""Layer 4, offline: generated and drifted response BYTES through generated parsing + adapter.

For every operation of every spec: bodies generated from each documented response's schema (about half
of them success answers, half documented error answers) go through ``httpx.MockTransport`` into the
generated client and the adapter, and every outcome is checked (see ``Harness.check_valid`` and
``_invariants``). Then the same with one drift mutation applied (see ``_drift``).

Examples per operation: ``UNIFOLIO_FUZZ_EXAMPLES`` valid answers (default 1000) and
``UNIFOLIO_DRIFT_EXAMPLES`` drifted ones (default half of that); e.g.
``UNIFOLIO_FUZZ_EXAMPLES=100000 make contract`` for a deep local run. Generation is
derandomized (same examples every CI run); ``UNIFOLIO_FUZZ_RANDOM=1`` explores new ones.
Every failing example hypothesis ever found is kept as a regression test in
``test_<provider>_regressions.py``.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.contract import _report
from tests.contract._drift import KEEPS_VALUE, json_path, mutate, related
from tests.contract._harness import Harness
from tests.contract._invariants import attached_records, check_result, json_objects
from tests.contract._specs import Operation, all_operations, provider_for_spec
from tests.contract._strategies import SchemaStrategies, SchemaWalker, dumps, loads
from tests.contract.drivers import driver_for
from unifolio import ProviderError, ResponseContractError, UnifolioError

EXAMPLES = int(os.environ.get("UNIFOLIO_FUZZ_EXAMPLES", "1000"))
DRIFT_EXAMPLES = int(os.environ.get("UNIFOLIO_DRIFT_EXAMPLES", str(max(EXAMPLES // 2, 1))))
RANDOM = os.environ.get("UNIFOLIO_FUZZ_RANDOM") == "1"
OPERATIONS = list(all_operations())


def fuzz_settings(examples: int = EXAMPLES) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=not RANDOM,
        database=None if not RANDOM else settings.default.database,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
        print_blob=True,
    )


@pytest.fixture
def harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    operation: Operation = request.param
    provider = provider_for_spec(operation.spec)
    if provider is None or driver_for(provider) is None:
        pytest.fail(f"{operation.spec}: no provider/driver yet (see test_drivers_cover_every_operation)")
    h = Harness(operation)
    yield h
    h.close()


def answers(operation: Operation, happy_path: Any) -> st.SearchStrategy[tuple[int, Any]]:
    """(status, body): two success answers for every documented error answer.

    Success bodies come three ways: as the schema allows (nulls, absent fields, failure statuses), the
    same on the driver's happy path, and dense (every field present, no nulls) on the happy path.
    """
    strategies = SchemaStrategies(operation.spec)
    dense = SchemaStrategies(operation.spec, dense=True)
    ok, errors = [], []
    for status, schema in operation.responses().items():
        body = st.none() if schema is None else strategies.for_schema(schema)
        if 200 <= status < 300:
            full = st.none() if schema is None else dense.for_schema(schema)
            variants = st.one_of(
                body, body.map(lambda b: happy_path(b, None)), full.map(lambda b: happy_path(b, None))
            )
            ok.append(st.tuples(st.just(status), variants))
        else:
            errors.append(st.tuples(st.just(status), body))
    # Success answers are where the mapping runs: two thirds of the examples. (A nested st.one_of
    # would be flattened into one uniform choice over all statuses, hence the explicit weights.)
    groups = [st.one_of(group) for group in (ok, ok, errors) if group]

    @st.composite
    def weighted(draw: st.DrawFn) -> tuple[int, Any]:
        result: tuple[int, Any] = draw(groups[draw(st.integers(0, len(groups) - 1))])
        return result

    return weighted()


def known_bug(harness: Harness, status: int, body: Any) -> bool:
    decoded = loads(dumps(body))
    return any(triggers(status, decoded) for triggers in harness.driver.known_bugs.values())


def schema_of(operation: Operation, status: int) -> Any:
    return operation.responses()[status]


IDS = [f"{op.spec}.{op.operation_id}" for op in OPERATIONS]


@pytest.mark.parametrize("harness", OPERATIONS, ids=IDS, indirect=True)
def test_generated_bodies_are_schema_valid(harness: Harness) -> None:
    """The generator itself, happy-path rewrite included, only produces bodies the spec allows."""
    walker = SchemaWalker(harness.operation.spec)

    @fuzz_settings(min(EXAMPLES, 200))
    @given(answers(harness.operation, harness.driver.happy_path))
    def run(answer: tuple[int, Any]) -> None:
        status, body = answer
        schema = schema_of(harness.operation, status)
        assert schema is None or walker.is_valid(loads(dumps(body)), schema), (status, body)

    run()


@pytest.mark.parametrize("harness", OPERATIONS, ids=IDS, indirect=True)
def test_generated_answers_map_or_raise_typed_errors(harness: Harness) -> None:
    count = 0

    @fuzz_settings()
    @given(answers(harness.operation, harness.driver.happy_path))
    def run(answer: tuple[int, Any]) -> None:
        nonlocal count
        assume(not known_bug(harness, *answer))
        count += 1
        harness.check_valid(*answer)

    run()
    outcomes = ", ".join(f"{k} {v}" for k, v in harness.outcomes.most_common())
    name = f"{harness.operation.spec}.{harness.operation.operation_id}"
    _report.note(f"offline valid  {name}: {count} bodies ({outcomes})")
    assert harness.outcomes["mapped"] > 0, "no generated body reached the mapping: fix happy_path"


def _covered_paths(result: Any, body: Any) -> list[tuple[Any, ...]]:
    """JSON paths of the body's objects that the result carries as original records."""
    records = attached_records(result, [body])
    paths = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        if isinstance(node, dict):
            if any(len(r) == len(node) and dict(r) == node for r in records):
                paths.append(path)
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, (*path, i))

    walk(body, ())
    return paths


def check_drift(
    harness: Harness, status: int, body: Any, kind: str, path: tuple[Any, ...], mutated: Any
) -> str:
    """Tolerated with the value kept, or a typed error naming the changed place. Returns the outcome."""
    changed = json_path(path)

    def baseline() -> tuple[Any, str | None]:
        """The unmutated body's result, or the path of its (driver.refuses_valid) refusal."""
        try:
            return harness.call(status, dumps(body)), None
        except ResponseContractError as exc:
            return None, exc.path
        except UnifolioError:
            return None, None

    baseline_cover: list[tuple[Any, ...]] = []
    if kind in KEEPS_VALUE and status < 300:
        result, _ = baseline()
        baseline_cover = _covered_paths(result, body) if result is not None else []
    content = dumps(mutated)
    decoded = loads(content)
    try:
        result = harness.call(status, content)
    except ResponseContractError as exc:
        # A valid body may be refused on purpose elsewhere (driver.refuses_valid): the same answer, also
        # when the change (an unknown status whose data is now read) is what lets the mapping reach it.
        documented = any(re.search(pattern, exc.path) for pattern in harness.driver.refuses_valid)
        assert related(exc.path, changed) or exc.path == baseline()[1] or documented, (
            f"{kind} at {changed}: the error names {exc.path} ({exc})"
        )
        return "refused at the path"
    except ProviderError as exc:
        return f"{type(exc).__name__}"
    except UnifolioError as exc:
        raise AssertionError(f"{kind} at {changed}: {exc!r} is not a ProviderError") from exc
    assert status < 300, f"{kind} at {changed}: HTTP {status} mapped to data"
    holdings = harness.op.holdings_in(decoded)
    check_result(harness.provider, result, harness.served_bodies(), holdings)
    records = attached_records(result, harness.served_bodies())
    for cover in baseline_cover:
        if path[: len(cover)] == cover:  # the changed value sits in a record the result attaches
            node = decoded
            for key in cover:
                node = node[key]
            assert any(dict(r) == node for r in records if len(r) == len(node)), (
                f"{kind} at {changed}: the record at {json_path(cover)} no longer carries the new value"
            )
    return "tolerated"


@pytest.mark.parametrize("harness", OPERATIONS, ids=IDS, indirect=True)
def test_drifted_answers_are_tolerated_or_refused_at_their_path(harness: Harness) -> None:
    walker = SchemaWalker(harness.operation.spec)
    outcomes: Counter[str] = Counter()
    valid_answers = answers(harness.operation, harness.driver.happy_path)  # built once: building costs

    @fuzz_settings(DRIFT_EXAMPLES)
    @given(st.data())
    def run(data: st.DataObject) -> None:
        status, body = data.draw(valid_answers, label="answer")
        schema = schema_of(harness.operation, status)
        decoded = loads(dumps(body))
        if schema is None:
            return
        kind, path, mutated = data.draw(mutate(decoded, walker.nodes(decoded, schema)), label="mutation")
        assume(not known_bug(harness, status, decoded) and not known_bug(harness, status, mutated))
        outcomes[f"{kind}: {check_drift(harness, status, decoded, kind, path, mutated)}"] += 1

    run()
    total = sum(outcomes.values())
    summary = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
    _report.note(
        f"offline drift  {harness.operation.spec}.{harness.operation.operation_id}: {total} ({summary})"
    )


def test_drivers_cover_every_operation() -> None:
    """Every operation of every spec has a provider in the registry and a driver entry."""
    missing = []
    for operation in OPERATIONS:
        provider = provider_for_spec(operation.spec)
        driver = driver_for(provider) if provider else None
        if driver is None or operation.operation_id not in driver.operations:
            missing.append(f"{operation.spec}: {operation.operation_id} ({operation.label})")
    assert missing == [], "add these to tests/contract/drivers/<provider>.py"


def test_invariants_catch_a_float_a_lost_record_and_a_dropped_holding() -> None:
    """The checker itself must be able to fail."""
    from decimal import Decimal

    from unifolio.models import AssetClass, Holding, Instrument, Snapshot

    body = {"positions": [{"qty": 1}, {"qty": 2}]}
    holding = Holding(
        provider="p",
        account_id="a",
        instrument=Instrument(symbol="X", name=None, asset_class=AssetClass.EQUITY),
        quantity=Decimal(1),
        raw=body["positions"][0],
    )
    good = Snapshot(provider="p", holdings=(holding,))
    check_result("p", good, [body], 1)
    with pytest.raises(AssertionError, match="holdings in 2"):
        check_result("p", good, [body], 2)
    with pytest.raises(AssertionError, match="not a finite Decimal"):
        check_result(
            "p",
            Snapshot(provider="p", holdings=(holding.__class__(**{**_fields(holding), "quantity": 1.0}),)),
            [body],
            1,
        )
    with pytest.raises(AssertionError, match="without its original record"):
        check_result(
            "p",
            Snapshot(provider="p", holdings=(holding.__class__(**{**_fields(holding), "raw": None}),)),
            [body],
            1,
        )
    with pytest.raises(AssertionError, match="not an object of the response"):
        check_result(
            "p",
            Snapshot(provider="p", holdings=(holding.__class__(**{**_fields(holding), "raw": {"qty": 9}}),)),
            [body],
            1,
        )
    assert list(json_objects(body))


def _fields(obj: Any) -> dict[str, Any]:
    from unifolio.models import fields

    return {name: getattr(obj, name) for name in fields(obj)}


def test_all_of_schemas_generate_valid_bodies_and_are_walked_with_their_merged_properties() -> None:
    """Vendor documents extend models with ``allOf`` (Plaid: ``InvestmentAccount``); bodies of such a
    schema are generated from every member, the extending one winning, and drift finds their nodes."""

    def ref(name: str) -> dict[str, str]:
        return {"$ref": f"#/components/schemas/{name}"}

    def obj(properties: dict[str, Any], *required: str) -> dict[str, Any]:
        return {"type": "object", "properties": properties, "required": list(required)}

    margin = obj({"m": {"type": ["number", "null"]}}, "m")
    account = obj({"id": {"type": "string"}, "balance": ref("Balance")}, "id", "balance")
    document = {
        "components": {
            "schemas": {
                "Balance": obj({"a": {"type": "number"}}, "a"),
                "MarginBalance": {"allOf": [ref("Balance"), margin]},
                "Account": account,
                "InvestmentAccount": {"allOf": [ref("Account"), obj({"balance": ref("MarginBalance")})]},
            }
        }
    }
    schema = {"$ref": "#/components/schemas/InvestmentAccount"}
    strategies = SchemaStrategies(OPERATIONS[0].spec)
    strategies.document = document
    walker = SchemaWalker(OPERATIONS[0].spec)
    walker.document = document

    @fuzz_settings(50)
    @given(strategies.for_schema(schema))
    def run(body: Any) -> None:
        assert isinstance(body["id"], str) and "a" in body["balance"] and "m" in body["balance"]
        paths = {node.path: node.schema for node in walker.nodes(body, schema)}
        assert paths[("balance", "m")] == {"type": ["number", "null"]}
        assert paths[("balance",)]["required"] == ["a", "m"]

    run()
