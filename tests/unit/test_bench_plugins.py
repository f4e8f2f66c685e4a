"""Every registered provider has a working bench plug-in (tests/bench/providers/<name>.py), so
``make bench`` never meets a provider it cannot measure; the bench refuses one without a plug-in."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from tests.bench._plugin import REQUIRED
from unifolio.models import Snapshot
from unifolio.providers import PROVIDERS

BENCH = Path(__file__).resolve().parents[2] / "scripts" / "bench.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_bench_script", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(params=list(PROVIDERS))
def plugin(request: pytest.FixtureRequest) -> ModuleType:
    return importlib.import_module(f"tests.bench.providers.{request.param}")


def test_a_plugin_provides_what_the_bench_needs(plugin: ModuleType) -> None:
    assert [name for name in REQUIRED if not hasattr(plugin, name)] == []
    assert isinstance(plugin.PYDANTIC_ROOT, str) and plugin.PYDANTIC_ROOT


@pytest.mark.parametrize("n", [1, 37])
def test_payloads_are_deterministic_and_map_one_holding_per_position(plugin: ModuleType, n: int) -> None:
    body = plugin.payload(n)
    assert isinstance(body, bytes) and body == plugin.payload(n)
    snapshot = plugin.snapshot(body)
    assert isinstance(snapshot, Snapshot) and len(snapshot.holdings) == n
    assert all(type(h.quantity) is Decimal for h in snapshot.holdings)
    assert len({id(h.raw) for h in snapshot.holdings}) == n  # each holding keeps its own record
    assert plugin.through_adapter(body) == snapshot
    if hasattr(plugin, "generated"):
        plugin.generated(body)


def test_fanout_connections_are_real_connections_of_the_provider(plugin: ModuleType) -> None:
    if not hasattr(plugin, "FANOUT"):
        pytest.skip("this plug-in has no fan-out part")
    fanout = plugin.FANOUT
    answers = fanout.answers()
    assert answers and all(path.startswith("/") and isinstance(body, bytes) for path, body in answers.items())
    for make in (fanout.connections, fanout.one_call):
        connections = make("http://127.0.0.1:9", 3)
        assert len(connections) == 3
        provider = plugin.__name__.rsplit(".", 1)[1]
        assert all(c.provider == provider and c.label for c in connections)
        assert all(inspect.iscoroutinefunction(c.fetch) for c in connections)


def test_the_bench_stops_on_a_registered_provider_without_a_plugin() -> None:
    bench = _bench()
    with pytest.raises(SystemExit, match=r"has no bench plug-in: write tests/bench/providers/newbroker\.py"):
        bench.plugin("newbroker")
