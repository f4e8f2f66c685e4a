"""Fault injection: every way a provider's HTTP can go wrong ends in the data or in a typed error.

Scenarios run against a real socket server on 127.0.0.1 (tests/faults/server.py) through the Mesh
adapter, its generated client and the resilient transport; the last test runs them through the
aggregator next to a healthy connection, whose data must come through complete. The scenarios that
depend on a provider's own answers run for every registered provider in test_every_provider.py.
"""

from __future__ import annotations

import json
import time
from contextlib import ExitStack
from decimal import Decimal
from typing import Any

import pytest

from tests.faults.server import drip, fault_server, late, reset_mid_body, respond, stall, truncated
from unifolio import (
    AuthenticationError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    ResponseContractError,
    TransportError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.aggregate import fetch_portfolio
from unifolio.providers.habittrade import HabitTradeAdapter, HabitTradeCredentials
from unifolio.providers.mesh import MeshAdapter, MeshConnection, MeshCredentials

pytestmark = pytest.mark.e2e

POSITIONS = 3
BODY: dict[str, Any] = {
    "status": "ok",
    "content": {
        "status": "succeeded",
        "type": "robinhood",
        "accountId": "ACC-1",
        "equityPositions": [
            {"symbol": f"S{i}", "name": f"Stock {i}", "amount": 1, "costBasis": 10, "marketValue": 12.5}
            for i in range(POSITIONS)
        ],
    },
}
OK = json.dumps(BODY).encode()
FAST = HttpOptions(
    connect_timeout=1.0,
    read_timeout=0.5,
    total_timeout=4.0,
    retry=RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.05),
)
CREDENTIALS = MeshCredentials("fault-id", "fault-secret")
SLACK = 0.5
"""How far past ``total_timeout`` a call may end: the deadline is exact up to handling one event (a few
ms on an idle machine); the rest is room for a loaded CI machine, far below the read timeouts a
missed deadline would add."""


def holdings(url: str, options: HttpOptions = FAST) -> Any:
    return MeshAdapter(CREDENTIALS, url, options=options).get_holdings("user-token", "robinhood")


def assert_complete(snapshot: Any) -> None:
    """Nothing lost: every position arrived, exactly."""
    assert len(snapshot.holdings) == POSITIONS
    assert all(h.market_value.amount == Decimal("12.5") for h in snapshot.holdings)


@pytest.mark.parametrize(
    "first",
    [
        respond(429, headers={"Retry-After": "0"}),
        respond(429),
        respond(502, b"<html>bad gateway</html>", {"Content-Type": "text/html"}),
        respond(503),
        respond(504),
        stall(2.0),  # longer than the 0.5 s read timeout
        reset_mid_body(OK),
        truncated(OK),
    ],
    ids=[
        "429-retry-after",
        "429-bare",
        "502-html",
        "503",
        "504",
        "read-timeout",
        "reset-mid-body",
        "truncated",
    ],
)
def test_transient_faults_are_retried_to_success(first: Any) -> None:
    with fault_server(first, respond(200, OK)) as server:
        assert_complete(holdings(server.url))
        assert server.requests == 2


def test_retry_after_is_honoured() -> None:
    with fault_server(respond(429, headers={"Retry-After": "1"}), respond(200, OK)) as server:
        start = time.monotonic()
        assert_complete(holdings(server.url))
        assert time.monotonic() - start >= 1.0


@pytest.mark.parametrize(
    ("fault", "error", "attempts"),
    [
        (respond(429, headers={"Retry-After": "1"}), RateLimitedError, 3),
        (respond(503), ProviderUnavailableError, 3),
        (stall(3.0), TransportError, None),
        (reset_mid_body(OK), TransportError, 3),
    ],
    ids=["429", "503", "timeout", "reset"],
)
def test_persistent_faults_end_in_a_typed_error_after_bounded_attempts(
    fault: Any, error: type, attempts: int | None
) -> None:
    with fault_server(fault) as server:
        start = time.monotonic()
        with pytest.raises(error) as excinfo:
            holdings(server.url)
        assert time.monotonic() - start < FAST.total_timeout + SLACK  # bounded by the total timeout
        if attempts is not None:
            assert server.requests == attempts
    if isinstance(excinfo.value, RateLimitedError):
        assert excinfo.value.retry_after == 1.0


def test_a_retry_after_beyond_the_budget_is_not_waited_out() -> None:
    with fault_server(respond(429, headers={"Retry-After": "3600"})) as server:
        with pytest.raises(RateLimitedError) as excinfo:
            holdings(server.url)
        assert server.requests == 1 and excinfo.value.retry_after == 3600


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (respond(500, b'{"status": "serverFailure", "message": "boom"}'), ProviderUnavailableError),
        (respond(401, b""), AuthenticationError),
        (respond(520, b"origin error", {"Content-Type": "text/plain"}), ProviderUnavailableError),
        (respond(499, b""), ProviderUnavailableError),
    ],
    ids=["500", "401", "520-cdn", "499"],
)
def test_non_retryable_statuses_are_not_retried(fault: Any, error: type) -> None:
    with fault_server(fault) as server:
        with pytest.raises(error):
            holdings(server.url)
        assert server.requests == 1


@pytest.mark.parametrize(
    "body",
    [b"<!doctype html><html><body>Maintenance</body></html>", b"", b'{"status": "ok", "content": {"equity'],
    ids=["html-200", "empty-200", "truncated-json-200"],
)
def test_unusable_success_bodies_are_contract_errors(body: bytes) -> None:
    with fault_server(respond(200, body, {"Content-Type": "text/html"})) as server:
        with pytest.raises(ResponseContractError) as excinfo:
            holdings(server.url)
        assert excinfo.value.path == "$" and excinfo.value.provider == "mesh"
        assert server.requests == 1


def test_wrong_content_type_with_a_valid_body_is_tolerated() -> None:
    with fault_server(respond(200, OK, {"Content-Type": "text/plain; charset=latin-1"})) as server:
        assert_complete(holdings(server.url))


NAME = "A company name long enough to make the body tens of megabytes " * 3


def test_a_body_of_tens_of_megabytes_parses_completely() -> None:
    count = 100_000
    body = dict(
        BODY,
        content=dict(
            BODY["content"],
            equityPositions=[
                {"symbol": f"S{i}", "name": NAME, "amount": "0.000000000000000001", "marketValue": 12.5}
                for i in range(count)
            ],
        ),
    )
    payload = json.dumps(body).encode()
    assert len(payload) > 20_000_000
    with fault_server(respond(200, payload)) as server:
        snapshot = holdings(server.url, HttpOptions(total_timeout=120, read_timeout=30))
    assert len(snapshot.holdings) == count
    assert sum((h.quantity for h in snapshot.holdings), Decimal(0)) == Decimal("0.0000000000001")


def test_a_body_over_the_limit_is_refused() -> None:
    too_small = HttpOptions(max_body_bytes=100, retry=RetryPolicy(max_attempts=1))
    with fault_server(respond(200, OK)) as server, pytest.raises(TransportError, match="exceeds 100 bytes"):
        holdings(server.url, too_small)


def test_a_slow_drip_is_cut_off_at_the_total_timeout() -> None:
    with fault_server(drip(0.05)) as server:
        start = time.monotonic()
        with pytest.raises(TransportError, match="timed out"):
            holdings(server.url, HttpOptions(read_timeout=1.0, total_timeout=1.5))
        assert time.monotonic() - start < 1.5 + SLACK


async def test_async_path_retries_and_times_out_too() -> None:
    with fault_server(respond(503), reset_mid_body(OK), respond(200, OK)) as server:
        adapter = MeshAdapter(CREDENTIALS, server.url, options=FAST)
        assert_complete(await adapter.aget_holdings("user-token", "robinhood"))
        assert server.requests == 3
    with fault_server(drip(0.05)) as server:
        adapter = MeshAdapter(
            CREDENTIALS, server.url, options=HttpOptions(read_timeout=1.0, total_timeout=1.5)
        )
        with pytest.raises(TransportError, match="timed out"):
            await adapter.aget_holdings("user-token", "robinhood")


BUDGET = HttpOptions(
    connect_timeout=1.0,
    read_timeout=3.0,  # longer than the whole budget: only the deadline can end the wait in time
    total_timeout=2.0,
    retry=RetryPolicy(max_attempts=5, backoff_base=0.3, backoff_max=0.6),
)
ENDLESS = {
    "stall": stall(30.0),
    "drip": drip(0.05),
    "503": respond(503),
    "slow-200": late(1.2, respond(200, OK)),  # each request in time, fetch() with its three is not
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", list(ENDLESS), ids=list(ENDLESS))
async def test_fetch_ends_within_its_total_timeout_sync_and_async(fault: str, mode: str) -> None:
    """``total_timeout`` bounds one adapter call, ``fetch`` with its three requests included."""
    with fault_server(ENDLESS[fault]) as server:
        adapter = MeshAdapter(CREDENTIALS, server.url, options=BUDGET)
        start = time.monotonic()
        with pytest.raises((TransportError, ProviderUnavailableError)) as excinfo:
            if mode == "sync":
                adapter.fetch("user-token", "robinhood")
            else:
                await adapter.afetch("user-token", "robinhood")
        took = time.monotonic() - start
    assert took < BUDGET.total_timeout + SLACK, f"{mode} {fault}: {took:.2f}s"
    if isinstance(excinfo.value, TransportError):
        assert "total timeout of 2s" in str(excinfo.value)
    else:  # the deadline cut the retries of a 503 short: the 503 says more than a timeout would
        assert fault == "503" and excinfo.value.status == 503


FAULTS_FOR_AGGREGATION = {
    "503-forever": respond(503),
    "reset-forever": reset_mid_body(OK),
    "html-200": respond(200, b"<html>oops</html>", {"Content-Type": "text/html"}),
    "stall": stall(3.0),
    "520": respond(520, b""),
    "401": respond(401, b""),
}


async def test_through_the_aggregator_the_other_connections_stay_complete() -> None:
    with ExitStack() as stack:
        healthy = stack.enter_context(fault_server(respond(200, OK)))
        # fetch() reads holdings, then balance and value at the same time: answer each by its path.
        healthy.routes = {
            "/api/v1/balance/get": respond(
                200, json.dumps({"status": "ok", "content": {"balances": []}}).encode()
            ),
            "/api/v1/holdings/value": respond(
                200, json.dumps({"status": "ok", "content": {"totalValue": 37.5}}).encode()
            ),
        }
        urls = {"healthy": healthy.url}
        urls |= {name: stack.enter_context(fault_server(f)).url for name, f in FAULTS_FOR_AGGREGATION.items()}
        connections = [
            MeshConnection(name, CREDENTIALS, "user-token", "robinhood", environment=url, options=FAST)
            for name, url in urls.items()
        ]
        portfolio = await fetch_portfolio(connections)
    outcomes = {o.label: o for o in portfolio.outcomes}
    healthy_snapshot = outcomes["healthy"].snapshot
    assert outcomes["healthy"].ok and healthy_snapshot is not None
    assert_complete(healthy_snapshot)
    assert healthy_snapshot.values[0].total == Decimal("37.5")
    assert {o.label for o in portfolio.failures} == set(FAULTS_FOR_AGGREGATION)
    assert all(isinstance(o.error, ProviderError) for o in portfolio.failures)


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (418, 10010418, PermissionDeniedError),  # IP banned after repeated 429s: retrying makes it worse
        (401, 10010008, AuthenticationError),  # signature failure
    ],
)
def test_habittrade_ban_and_auth_failures_are_never_retried(status: int, code: int, error: type) -> None:
    body = json.dumps({"code": code, "message": "no"}).encode()
    with fault_server(respond(status, body, {"Retry-After": "1"})) as server:
        adapter = HabitTradeAdapter(
            HabitTradeCredentials("test-api-key", "test-api-secret"), server.url, options=FAST
        )
        with pytest.raises(error) as excinfo:
            adapter.get_balance()
        assert server.requests == 1
    assert excinfo.value.retryable is False
