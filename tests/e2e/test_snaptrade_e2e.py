"""SnapTrade through the real signer, the generated client and the adapter, against Prism
(specs/snaptrade.yaml): every request must meet the spec (``sl-violations`` empty), every named example
maps or ends in its typed error, sync and async alike."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest
from snaptrade_client import Client
from snaptrade_client.api.accounts import get_account_positions
from snaptrade_client.models import AllAccountPositionsResponse, StockInstrument

from tests.e2e._recording import AsyncRecording, Recording
from unifolio import (
    AuthenticationError,
    EndpointGoneError,
    NotFoundError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    UserActionRequiredError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio._transports import RateLimits
from unifolio.aggregate import fetch_portfolio
from unifolio.providers import get_provider
from unifolio.providers.snaptrade import (
    SnapTradeAdapter,
    SnapTradeCredentials,
    SnapTradeUser,
    mock_connections,
)

pytestmark = pytest.mark.e2e

ROBINHOOD = "917c8734-8470-4a3e-a18f-57c3f2ee6631"
USER = SnapTradeUser("snaptrade-user-123", "adf2aa34-8219-40f7-a6b3-60156985cc61")
ONE_TRY = RetryPolicy(max_attempts=1)  # Prism's 429 and 503 examples would be retried otherwise


@pytest.fixture
def snaptrade_url(unifolio_mocks: Any) -> str:
    return str(unifolio_mocks.url("snaptrade"))


def _adapter(base_url: str, example: str | None = None, **kwargs: Any) -> SnapTradeAdapter:
    headers = {"Prefer": f"example={example}"} if example else {}
    return SnapTradeAdapter(
        SnapTradeCredentials("e2e-client-id", "e2e-consumer-key"),
        base_url,
        options=HttpOptions(retry=ONE_TRY, headers=headers),
        rate_limits=RateLimits(),  # these tests check mapping; the budget has tests of its own
        **kwargs,
    )


def test_a_user_read_in_full_sync(snaptrade_url: str) -> None:
    recording = Recording()
    adapter = _adapter(snaptrade_url, "us_brokerage", transport=recording)
    snapshot = adapter.fetch(USER)
    adapter.close()
    assert [f"{r.method} {r.url.path}" for r, _ in recording.exchanges] == [
        "GET /accounts",
        "GET /authorizations",
        f"GET /accounts/{ROBINHOOD}/positions/all",
        f"GET /accounts/{ROBINHOOD}/balances",
    ]
    assert recording.violations() == []  # signed query and header, user parameters: all as the spec says
    for request, response in recording.exchanges:
        assert response.status_code == 200
        assert request.headers["Signature"] and b"clientId=e2e-client-id&timestamp=" in request.url.query
    assert [h.instrument.symbol for h in snapshot.holdings] == [
        "AAPL",
        "VOO",
        "BTC",
        "AAPL  261218C00240000",
        "SPAXX",
    ]
    assert snapshot.holdings[1].quantity == Decimal("0.123456789012345678")
    assert snapshot.balances[0].cash == Decimal("300.0000") and snapshot.values[0].total == Decimal("6513.72")


async def test_a_user_read_in_full_async_with_personal_keys(snaptrade_url: str) -> None:
    recording = AsyncRecording()
    adapter = _adapter(snaptrade_url, "ca_tfsa", async_transport=recording)
    snapshot = await adapter.afetch()
    await adapter.aclose()
    assert recording.violations() == []  # no userId/userSecret: what personal keys must send
    assert all(b"userSecret" not in r.url.query for r, _ in recording.exchanges)
    assert [h.instrument.symbol for h in snapshot.holdings] == ["VAB.TO", "SHOP.TO"]
    assert {b.currency for b in snapshot.balances} == {"CAD", "USD"}


@pytest.mark.parametrize("name", ["us_brokerage", "ca_tfsa"])
async def test_every_single_operation_sync_and_async(snaptrade_url: str, name: str) -> None:
    adapter = _adapter(snaptrade_url, name)
    user = USER if name == "us_brokerage" else None
    account = (await adapter.aget_accounts(user)).accounts[0].id
    for sync, coroutine in [
        (adapter.get_accounts, adapter.aget_accounts),
        (adapter.get_connections, adapter.aget_connections),
    ]:
        assert sync(user) == await coroutine(user)
    for per_account, coroutine_per_account in [
        (adapter.get_account, adapter.aget_account),
        (adapter.get_positions, adapter.aget_positions),
        (adapter.get_balances, adapter.aget_balances),
    ]:
        assert per_account(account, user) == await coroutine_per_account(account, user)
    adapter.close()
    await adapter.aclose()


@pytest.mark.parametrize(
    ("example", "error", "status"),
    [
        ("signature_rejected", AuthenticationError, 401),
        ("connection_disabled", UserActionRequiredError, 402),
        ("account_not_found", NotFoundError, 404),
        ("endpoint_retired", EndpointGoneError, 410),
        ("being_populated", ProviderUnavailableError, 425),
        ("rate_limited", RateLimitedError, 429),
        ("syncing", ProviderUnavailableError, 503),
    ],
)
def test_failure_examples_end_in_their_typed_error(
    unifolio_mocks: Any, example: str, error: type[ProviderError], status: int
) -> None:
    adapter = _adapter(unifolio_mocks.example_url("snaptrade", example))
    with pytest.raises(error) as caught:
        adapter.fetch(USER)
    assert type(caught.value) is error and caught.value.status == status
    if isinstance(caught.value, RateLimitedError):
        assert caught.value.retry_after == 7.0  # Prism sends the spec's X-RateLimit-Reset example


def test_a_disabled_connection_listed_by_prism_needs_the_user(unifolio_mocks: Any) -> None:
    url = unifolio_mocks.example_url("snaptrade", "broken_connection")
    with pytest.raises(UserActionRequiredError, match="disabled since 2026-11-02"):
        _adapter(url).fetch(USER)
    snapshot = _adapter(url).fetch(USER, include_disabled=True)
    assert "connection_disabled" in [n.code for n in snapshot.notices]


def test_hidden_holdings_through_prism(unifolio_mocks: Any) -> None:
    snapshot = _adapter(unifolio_mocks.example_url("snaptrade", "holdings_hidden")).fetch(USER)
    assert snapshot.holdings == () and snapshot.notices[0].code == "holdings_unavailable"


async def test_the_mock_connections_read_the_mock_through_the_aggregator(snaptrade_url: str) -> None:
    portfolio = await fetch_portfolio(mock_connections(snaptrade_url))
    assert portfolio.complete, [str(o.error) for o in portfolio.failures]
    assert {h.account_id for h in portfolio.holdings} == {ROBINHOOD, "3c0f5d3e-8a7b-4b2c-9d1e-6f5a4b3c2d1e"}
    assert all(o.snapshot is not None and o.snapshot.as_of is not None for o in portfolio.outcomes)


def test_generated_client_directly_with_the_registered_mock_auth(snaptrade_url: str) -> None:
    auth = get_provider("snaptrade").mock_auth(snaptrade_url)
    client = Client(base_url=snaptrade_url, httpx_args={"auth": auth})
    response = get_account_positions.sync_detailed(
        uuid.UUID(ROBINHOOD),
        client=client,
        user_id=USER.user_id,
        user_secret=USER.user_secret.reveal(),
    )
    assert response.status_code == 200 and not response.headers.get("sl-violations")
    assert isinstance(response.parsed, AllAccountPositionsResponse)
    assert isinstance(response.parsed.results[0].instrument, StockInstrument)
    assert isinstance(response.parsed.results[0].units, Decimal)


def test_an_unsigned_request_is_refused_by_prism(snaptrade_url: str) -> None:
    response = httpx.get(f"{snaptrade_url}/accounts")
    assert response.status_code == 401
    assert "security" in response.headers.get("sl-violations", "")
