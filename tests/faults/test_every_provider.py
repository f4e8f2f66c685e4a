"""Fault injection for every registered provider: its main read misbehaves, its connection ends in the
complete data or in the typed error, after the attempts the policy allows and within the total timeout.

Nothing here names a provider. Each provider is taken from what it declares: its connection is built
from ``Provider.config_keys`` and ``mock_config`` (as a config file would), its main read is the operation
whose success answer is its bench plug-in's ``PYDANTIC_ROOT``, the healthy answer has
``payload(POSITIONS)`` positions, and every other request of ``fetch`` (a token exchange, balances)
gets the plug-in's ``FANOUT.answers()``. tests/faults/test_faults.py goes deeper into the transport
through one provider.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.contract._specs import Operation, load, operations, resolve
from tests.faults.server import FaultServer, drip, fault_server, reset_mid_body, respond, truncated
from unifolio import (
    AuthenticationError,
    ProviderError,
    ProviderUnavailableError,
    ResponseContractError,
    Secret,
    TransportError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.providers import PROVIDERS, Connection
from unifolio.providers._base import ConnectionSettings, KeyKind

pytestmark = pytest.mark.e2e

POSITIONS = 3
FAST = HttpOptions(
    connect_timeout=1.0,
    read_timeout=0.5,
    total_timeout=4.0,
    retry=RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.05),
)
SLACK = 0.5
"""How far past ``total_timeout`` a call may end (see test_faults.py)."""


@dataclass(frozen=True)
class MainRead:
    provider: str
    plugin: ModuleType
    operation: Operation
    ok: bytes
    """A healthy answer with ``POSITIONS`` positions."""

    def requests(self, server: FaultServer) -> int:
        """How many requests the main read received."""
        method = self.operation.method
        return sum(self.operation.matches(method, path.split("?", 1)[0]) for path in server.paths)

    @contextlib.contextmanager
    def serving(self, *faults: Any) -> Iterator[FaultServer]:
        """A fault server: the main read gets ``faults`` in order, every other request its healthy answer."""
        with fault_server(*faults) as server:
            server.routes.update(
                (path, respond(200, body))
                for path, body in self.plugin.FANOUT.answers().items()
                if not self.operation.matches(self.operation.method, path)
            )
            yield server

    def connection(self, url: str, options: HttpOptions = FAST) -> Connection:
        """The provider's connection as a config file declares it: mock values, made-up credentials."""
        provider = PROVIDERS[self.provider]
        values: dict[str, object] = {}
        for key in provider.config_keys:
            if key.kind is KeyKind.SECRET:
                values[key.name] = Secret(f"fault-{key.name}-value")
            elif key.name in provider.mock_config:
                value = provider.mock_config[key.name]
                values[key.name] = tuple(value) if key.kind is KeyKind.IDS else value
        settings = ConnectionSettings(f"{self.provider}-faults", self.provider, url, options, values)
        return provider.connection_from_settings(settings)

    def assert_complete(self, snapshot: Any) -> None:
        """Nothing lost: exactly the holdings the healthy answer maps to, every amount as sent."""
        expected = self.plugin.snapshot(self.ok).holdings
        assert len(expected) == POSITIONS
        assert snapshot.holdings == expected


@functools.cache
def main_read(provider: str) -> MainRead:
    plugin = importlib.import_module(f"tests.bench.providers.{provider}")
    spec = Path(PROVIDERS[provider].info.spec).stem
    wanted = {"$ref": f"#/components/schemas/{plugin.PYDANTIC_ROOT}"}
    document = load(spec)

    def answers_with_root(operation: Operation) -> bool:
        for status, response in operation.definition.get("responses", {}).items():
            media = resolve(document, response).get("content", {})
            if str(status).startswith("2") and any(m.get("schema") == wanted for m in media.values()):
                return True
        return False

    (operation,) = [op for op in operations(spec) if answers_with_root(op)]
    return MainRead(provider, plugin, operation, plugin.payload(POSITIONS))


@pytest.fixture(params=list(PROVIDERS))
def main(request: pytest.FixtureRequest) -> MainRead:
    return main_read(request.param)


async def _fetch(main: MainRead, *faults: Any, options: HttpOptions = FAST) -> tuple[Any, int, float]:
    """(the snapshot or the error, requests to the main read, seconds)."""
    with main.serving(*faults) as server:
        start = time.monotonic()
        try:
            result: Any = await main.connection(server.url, options).fetch()
        except ProviderError as exc:
            result = exc
        return result, main.requests(server), time.monotonic() - start


TRANSIENT = {
    "429-retry-after-0": lambda ok: respond(429, headers={"Retry-After": "0"}),
    "503": lambda ok: respond(503),
    "502-html": lambda ok: respond(502, b"<html>bad gateway</html>", {"Content-Type": "text/html"}),
    "reset-mid-body": reset_mid_body,
    "truncated": truncated,
}


@pytest.mark.parametrize("fault", list(TRANSIENT))
async def test_a_transient_fault_is_retried_and_the_data_arrives_complete(main: MainRead, fault: str) -> None:
    result, requests, _ = await _fetch(main, TRANSIENT[fault](main.ok), respond(200, main.ok))
    assert not isinstance(result, Exception), result
    main.assert_complete(result)
    assert requests == 2


async def test_a_persistent_503_ends_in_provider_unavailable_after_the_allowed_attempts(
    main: MainRead,
) -> None:
    result, requests, took = await _fetch(main, respond(503))
    assert isinstance(result, ProviderUnavailableError) and result.status == 503 and result.retryable
    assert result.provider == main.provider
    assert requests == FAST.retry.max_attempts and took < FAST.total_timeout + SLACK


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, AuthenticationError), (500, ProviderUnavailableError)],
    ids=["401-empty", "500-text"],
)
async def test_a_failure_status_is_its_typed_error_after_one_request(
    main: MainRead, status: int, error: type[ProviderError]
) -> None:
    body = b"" if status == 401 else b"upstream failure"
    result, requests, _ = await _fetch(main, respond(status, body, {"Content-Type": "text/plain"}))
    assert isinstance(result, error) and result.status == status, result
    assert requests == 1


@pytest.mark.parametrize(
    "body",
    [b"<!doctype html><html><body>Maintenance</body></html>", b"", b'{"truncated": ['],
    ids=["html-200", "empty-200", "truncated-json-200"],
)
async def test_an_unusable_success_body_is_a_contract_error_at_the_root(main: MainRead, body: bytes) -> None:
    result, requests, _ = await _fetch(main, respond(200, body, {"Content-Type": "text/html"}))
    assert isinstance(result, ResponseContractError), result
    assert result.path == "$" and result.provider == main.provider and result.status is None
    assert requests == 1


async def test_a_slow_drip_is_cut_off_at_the_total_timeout(main: MainRead) -> None:
    options = HttpOptions(read_timeout=1.0, total_timeout=1.5)
    result, _, took = await _fetch(main, drip(0.05), options=options)
    assert isinstance(result, TransportError) and "timed out" in str(result), result
    assert took < options.total_timeout + SLACK
