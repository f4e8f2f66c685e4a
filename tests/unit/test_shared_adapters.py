"""fetch_portfolio shares adapters (pools, tokens) between connections of the same credentials,
environment and options, a few connections per adapter, and never across credentials."""

from __future__ import annotations

import asyncio
import json
from contextlib import ExitStack
from typing import Any

import httpx
import pytest

from tests.conftest import as_wire_bytes, load_spec, response_examples
from unifolio._clients import HttpOptions
from unifolio.aggregate import fetch_portfolio
from unifolio.providers import SharedAdapters
from unifolio.providers.mesh import MeshConnection, MeshCredentials
from unifolio.providers.moneykit import MoneyKitConnection, MoneyKitCredentials

MESH = load_spec("mesh.yaml")
MONEYKIT = load_spec("moneykit.yaml")


class FakeAdapter:
    def __init__(self, credentials: object, environment: str, *, options: HttpOptions, **kwargs: Any) -> None:
        self.credentials, self.environment, self.options = credentials, environment, options
        self.closed = False

    async def aclose(self) -> None:
        self.closed = True


def test_leases_share_an_adapter_up_to_its_share_then_open_another() -> None:
    shared = SharedAdapters(connections_per_adapter=2)
    options = HttpOptions(headers={"X-Trace": "1"})
    with ExitStack() as stack:
        first = stack.enter_context(shared.lease(FakeAdapter, "key-a", "sandbox", options))
        second = stack.enter_context(
            shared.lease(FakeAdapter, "key-a", "sandbox", HttpOptions(headers={"X-Trace": "1"}))
        )
        third = stack.enter_context(shared.lease(FakeAdapter, "key-a", "sandbox", options))
        assert first is second  # equal options (a dict inside) share
        assert third is not first  # the first carries its share of two
    with shared.lease(FakeAdapter, "key-a", "sandbox", options) as again:
        assert again in (first, third)  # the least busy existing one: no third adapter
    assert len(shared) == 2


@pytest.mark.parametrize(
    "other",
    [
        ("key-b", "sandbox", HttpOptions()),
        ("key-a", "production", HttpOptions()),
        ("key-a", "sandbox", HttpOptions(read_timeout=5.0)),
    ],
)
def test_nothing_is_shared_across_credentials_environments_or_options(
    other: tuple[Any, str, HttpOptions],
) -> None:
    shared = SharedAdapters()
    with shared.lease(FakeAdapter, "key-a", "sandbox", HttpOptions()) as mine:
        pass
    with shared.lease(FakeAdapter, *other) as theirs:
        assert theirs is not mine


async def test_closing_closes_every_adapter_and_ends_leasing() -> None:
    async with SharedAdapters() as shared:
        with shared.lease(FakeAdapter, "a", "sandbox", HttpOptions()) as one:
            pass
        with shared.lease(FakeAdapter, "b", "sandbox", HttpOptions()) as two:
            pass
    assert one.closed and two.closed
    with (
        pytest.raises(RuntimeError, match="closed"),
        shared.lease(FakeAdapter, "a", "sandbox", HttpOptions()),
    ):
        pass


def _mock(handler: Any) -> SharedAdapters:
    return SharedAdapters(transport=lambda: httpx.MockTransport(handler))


async def test_moneykit_links_of_one_application_share_tokens() -> None:
    """40 links, 20 at a time: a handful of adapters (one token exchange each), not 40 exchanges."""
    holdings = as_wire_bytes(
        next(iter(response_examples(MONEYKIT, "/links/{id}/investments/holdings", "get", "200").values()))
    )
    exchanges = 0

    async def handle(request: httpx.Request) -> httpx.Response:
        nonlocal exchanges
        await asyncio.sleep(0.005)  # so that the fetches really overlap
        if request.url.path == "/auth/token":
            exchanges += 1
            token = {
                "access_token": f"issued-token-{exchanges:04d}",
                "token_type": "bearer",
                "expires_in": 3600,
            }
            return httpx.Response(200, json=token)
        return httpx.Response(200, content=holdings, headers={"content-type": "application/json"})

    credentials = MoneyKitCredentials("app-client-id", "app-client-secret")
    connections = [
        MoneyKitConnection(f"link-{i}", credentials, f"mk_link{i}", environment="https://mk.test")
        for i in range(40)
    ]
    async with _mock(handle) as shared:
        portfolio = await fetch_portfolio(connections, concurrency=20, shared=shared)
        adapters = len(shared)
    assert portfolio.complete and len(portfolio.outcomes) == 40
    assert adapters == 5  # 20 at a time, four per adapter
    assert exchanges == adapters
    # every connection's redactor learnt the token its (shared) adapter was issued: output can be scrubbed
    for connection in connections:
        issued = [f"issued-token-{n:04d}" for n in range(1, exchanges + 1)]
        assert any(connection.redactor.scrub(token) != token for token in issued)
        assert "app-client-secret" not in connection.redactor.scrub("app-client-secret")


async def test_mesh_connections_never_send_another_connections_credentials() -> None:
    """Connections alternate between two applications' keys: every request carries the keys of the
    connection whose user token is in its body, however the adapters are shared."""
    answers = {
        "/api/v1/holdings/get": next(
            iter(response_examples(MESH, "/api/v1/holdings/get", "post", "200").values())
        ),
        "/api/v1/balance/get": next(
            iter(response_examples(MESH, "/api/v1/balance/get", "post", "200").values())
        ),
        "/api/v1/holdings/value": next(
            iter(response_examples(MESH, "/api/v1/holdings/value", "post", "200").values())
        ),
    }
    keys = [
        MeshCredentials("app-one-client", "secret-one-value"),
        MeshCredentials("app-two-client", "secret-two-value"),
    ]
    owner = {f"user-token-{i:04d}": keys[i % 2] for i in range(24)}
    mismatches: list[str] = []

    async def handle(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.002)
        token = json.loads(request.content)["authToken"]
        expected = owner[token]
        if request.headers["X-Client-Id"] != expected.client_id or (
            request.headers["X-Client-Secret"] != expected.client_secret.reveal()
        ):
            mismatches.append(token)
        return httpx.Response(200, content=as_wire_bytes(answers[request.url.path]))

    connections = [
        MeshConnection(f"c{i}", owner[token], token, "robinhood", environment="https://mesh.test")
        for i, token in enumerate(owner)
    ]
    async with _mock(handle) as shared:
        portfolio = await fetch_portfolio(connections, concurrency=12, shared=shared)
        adapters = len(shared)
    assert portfolio.complete, [str(o.error) for o in portfolio.failures]
    assert mismatches == []
    assert 2 <= adapters < len(connections)


async def test_fetch_portfolio_closes_the_adapters_it_built() -> None:
    closed: list[bool] = []

    class Connection:
        label, provider = "x", "fake"

        async def fetch(self, shared: SharedAdapters | None = None) -> Any:
            assert shared is not None
            with shared.lease(FakeAdapter, "k", "sandbox", HttpOptions()) as adapter:
                closed.append(adapter.closed)
                self.adapter = adapter
            raise RuntimeError("no data")  # a failing connection still leaves nothing open

    connection = Connection()
    portfolio = await fetch_portfolio([connection])  # type: ignore[list-item]
    assert not portfolio.complete and closed == [False]
    assert connection.adapter.closed


def test_shared_adapters_serve_one_event_loop() -> None:
    """Pooled connections belong to the loop that opened them: a second asyncio.run must not reuse them."""
    shared = SharedAdapters()

    async def lease() -> None:
        with shared.lease(FakeAdapter, "k", "sandbox", HttpOptions()):
            pass

    asyncio.run(lease())
    with pytest.raises(RuntimeError, match="another event loop"):
        asyncio.run(lease())


async def test_a_shared_adapter_scrubs_each_users_token_and_keeps_none_of_them() -> None:
    """Mesh echoes the user's token in its error. Every connection's error is scrubbed of its own
    token, yet the shared adapters remember no user's token afterwards: an adapter that serves many
    users must not grow (and recompile its pattern) with each of them, nor hand one user's token on to
    another connection's redactor."""
    credentials = MeshCredentials("app-one-client", "secret-one-value")
    tokens = [f"user-token-{i:04d}" for i in range(24)]

    async def handle(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.002)
        token = json.loads(request.content)["authToken"]
        return httpx.Response(401, json={"status": "unauthorized", "message": f"bad authToken {token}"})

    connections = [
        MeshConnection(f"c{i}", credentials, token, "robinhood", environment="https://mesh.test")
        for i, token in enumerate(tokens)
    ]
    async with _mock(handle) as shared:
        portfolio = await fetch_portfolio(connections, concurrency=12, shared=shared)
        lanes = [lane for groups in shared._lanes.values() for _, group in groups for lane in group]
        adapters = [lane.adapter for lane in lanes]
    assert len(portfolio.failures) == len(tokens)
    for outcome in portfolio.failures:
        assert "bad authToken ******" in str(outcome.error), str(outcome.error)
        assert not any(token in str(outcome.error) for token in tokens)
    assert 2 <= len(adapters) < len(tokens)
    for adapter in adapters:
        assert not any(adapter.redactor.reveals(token) for token in tokens)
        assert adapter.redactor.reveals("secret-one-value")
    first, second = connections[0], connections[1]
    assert first.redactor.reveals(first.auth_token.reveal())
    assert not first.redactor.reveals(second.auth_token.reveal())
