"""Every HabitTrade operation through the generated client and the adapter, against Prism
(specs/habittrade.yaml), with the real signer running.

Prism checks that X-API-Key, X-API-Timestamp and X-API-Signature are present (it cannot verify the
HMAC); the signature itself is recomputed here from the request that went over the wire.
"""

from __future__ import annotations

import hashlib
import hmac
from decimal import Decimal
from typing import Any

import httpx
import pytest
from habittrade_client import Client
from habittrade_client.api.account import get_balance, get_portfolio
from habittrade_client.models import BalanceResponse, Error, PortfolioResponse

from tests.conftest import load_spec, response_examples
from unifolio import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.models import AssetClass, PriceKind
from unifolio.providers.habittrade import (
    MOCK_PORTFOLIO_ID,
    HabitTradeAdapter,
    HabitTradeCredentials,
    mock_connections,
)

pytestmark = pytest.mark.e2e

SPEC = load_spec("habittrade.yaml")
PORTFOLIO_PATH, BALANCE_PATH = "/account/v1/portfolios/{id}", "/account/v1/balance"
PORTFOLIOS = response_examples(SPEC, PORTFOLIO_PATH, "get", "200")
BALANCES = response_examples(SPEC, BALANCE_PATH, "get", "200")
SECRET = "e2e-api-secret"
NO_RETRY = HttpOptions(
    retry=RetryPolicy(max_attempts=1)
)  # error statuses are asserted as mapped, not retried
CREDENTIALS = HabitTradeCredentials("e2e-api-key", SECRET)
AUTH_HEADERS = ("X-API-Key", "X-API-Timestamp", "X-API-Signature")


class Wire(httpx.HTTPTransport):
    """Adds headers after signing (e.g. Prism's ``Prefer``) and keeps every exchange."""

    def __init__(self, **headers: str) -> None:
        super().__init__()
        self.extra = headers
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.headers.update(self.extra)
        response = super().handle_request(request)
        self.exchanges.append((request, response))
        return response

    def violations(self) -> list[str]:
        return [r.headers["sl-violations"] for _, r in self.exchanges if r.headers.get("sl-violations")]


class AsyncWire(httpx.AsyncHTTPTransport):
    def __init__(self, **headers: str) -> None:
        super().__init__()
        self.extra = headers
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.headers.update(self.extra)
        response = await super().handle_async_request(request)
        self.exchanges.append((request, response))
        return response

    def violations(self) -> list[str]:
        return [r.headers["sl-violations"] for _, r in self.exchanges if r.headers.get("sl-violations")]


@pytest.fixture
def ht_url(unifolio_mocks: Any) -> str:
    return unifolio_mocks.url("habittrade")


def _assert_signed(request: httpx.Request) -> None:
    """The three headers are there and the signature matches the bytes that were sent."""
    path = request.url.raw_path.split(b"?", 1)[0].decode()
    canonical = f"GET|{path}|{request.headers['X-API-Timestamp']}|{request.url.query.decode()}"
    expected = hmac.new(SECRET.encode(), canonical.encode(), hashlib.sha256).hexdigest()
    assert request.headers["X-API-Key"] == "e2e-api-key"
    assert request.headers["X-API-Signature"] == expected


def _dec(value: Any) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def test_generated_client_directly_with_the_signer(ht_url: str) -> None:
    client = Client(base_url=ht_url, httpx_args={"auth": CREDENTIALS.signer()})
    portfolio = get_portfolio.sync_detailed(MOCK_PORTFOLIO_ID, client=client)
    balance = get_balance.sync_detailed(client=client, x_request_id="6f1c2a9e-3b7d-4e52-9a10-8c4d2f7e5b31")
    for response in (portfolio, balance):
        assert response.status_code == 200 and not response.headers.get("sl-violations")
    assert isinstance(portfolio.parsed, PortfolioResponse) and isinstance(balance.parsed, BalanceResponse)
    assert isinstance(portfolio.parsed.data.positions[0].qty, Decimal)


@pytest.mark.parametrize("missing", [None, *AUTH_HEADERS])
def test_prism_checks_each_auth_header(ht_url: str, missing: str | None) -> None:
    """Without the signer (or with one header dropped) Prism answers 401: the check is live."""

    class Partial(httpx.Auth):
        def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
            if missing is not None:
                request.headers.update(CREDENTIALS.signer().headers_for(request))
                del request.headers[missing]
            yield request

    client = Client(base_url=ht_url, httpx_args={"auth": Partial()})
    response = get_balance.sync_detailed(client=client)
    assert response.status_code == 401
    assert isinstance(response.parsed, Error) and response.parsed.code == 10010008

    adapter = HabitTradeAdapter(CREDENTIALS, ht_url)
    adapter.client.get_httpx_client().auth = Partial()
    with pytest.raises(AuthenticationError) as excinfo:
        adapter.get_portfolio(MOCK_PORTFOLIO_ID)
    assert excinfo.value.status == 401 and excinfo.value.code == "10010008"


def test_every_operation_sync_through_the_adapter(ht_url: str) -> None:
    wire = Wire()
    adapter = HabitTradeAdapter(CREDENTIALS, ht_url, transport=wire, options=NO_RETRY)
    snapshot = adapter.fetch([MOCK_PORTFOLIO_ID], account_id="e2e-account")
    balances = adapter.get_balance().balances
    adapter.close()

    first_portfolio = next(iter(PORTFOLIOS.values()))["data"]
    first_balance = next(iter(BALANCES.values()))["data"]
    assert [h.instrument.symbol for h in snapshot.holdings] == [
        p["product_code"] for p in first_portfolio["positions"]
    ]
    for holding, position in zip(snapshot.holdings, first_portfolio["positions"], strict=True):
        assert holding.quantity == _dec(position["qty"])
        assert holding.market_value is not None and holding.market_value.kind is PriceKind.PREVIOUS_CLOSE
        assert holding.market_value.amount == _dec(position["prev_market_value"])
        assert holding.instrument.asset_class is AssetClass.EQUITY
        assert len(holding.cost_basis) == 2 and holding.breakdown is not None
    assert [a.id for a in snapshot.accounts] == [MOCK_PORTFOLIO_ID, "e2e-account"]
    assert [b.currency for b in snapshot.balances] == [e["base_currency"] for e in first_balance]
    assert [b.cash for b in balances] == [_dec(e["cash_on_hold"]) for e in first_balance]
    assert {b.account_id for b in balances} == {"account"}

    paths = [request.url.path for request, _ in wire.exchanges]
    assert paths == [f"/account/v1/portfolios/{MOCK_PORTFOLIO_ID}", BALANCE_PATH, BALANCE_PATH]
    assert wire.violations() == []  # Prism: our requests meet the spec, auth headers included
    for request, _ in wire.exchanges:
        _assert_signed(request)
        assert request.headers["X-REQUEST-ID"]


async def test_every_operation_async_through_the_adapter(ht_url: str) -> None:
    wire = AsyncWire()
    adapter = HabitTradeAdapter(CREDENTIALS, ht_url, async_transport=wire, options=NO_RETRY)
    snapshot = await adapter.afetch([MOCK_PORTFOLIO_ID])
    portfolio = await adapter.aget_portfolio(MOCK_PORTFOLIO_ID)
    balances = (await adapter.aget_balance()).balances
    await adapter.aclose()
    assert snapshot.holdings == portfolio.holdings and snapshot.balances == balances
    assert len(wire.exchanges) == 4 and wire.violations() == []
    for request, _ in wire.exchanges:
        _assert_signed(request)


@pytest.mark.parametrize("example", list(PORTFOLIOS))
def test_each_named_portfolio_example_served_by_prism(ht_url: str, example: str) -> None:
    data = PORTFOLIOS[example]["data"]
    wire = Wire(Prefer=f"example={example}")
    adapter = HabitTradeAdapter(CREDENTIALS, ht_url, transport=wire, options=NO_RETRY)
    snapshot = adapter.get_portfolio(data["portfolio_id"])
    assert wire.violations() == []
    assert [h.quantity for h in snapshot.holdings] == [_dec(p["qty"]) for p in data["positions"]]
    assert [h.instrument.market for h in snapshot.holdings] == [p["market"] for p in data["positions"]]
    assert snapshot.accounts[0].id == data["portfolio_id"]


def test_string_and_number_decimals_map_the_same_through_prism(ht_url: str) -> None:
    def holdings(example: str) -> Any:
        adapter = HabitTradeAdapter(CREDENTIALS, ht_url, transport=Wire(Prefer=f"example={example}"))
        return adapter.get_portfolio(MOCK_PORTFOLIO_ID).holdings

    def balances(example: str) -> Any:
        return HabitTradeAdapter(
            CREDENTIALS, ht_url, transport=Wire(Prefer=f"example={example}")
        ).get_balance()

    assert holdings("us_and_hk_positions") == holdings("decimals_as_strings")
    assert balances("usd_and_hkd") == balances("decimals_as_strings")


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (418, PermissionDeniedError),
        (429, RateLimitedError),
        (500, ProviderUnavailableError),
        (502, ProviderUnavailableError),
        (503, ProviderUnavailableError),
        (504, ProviderUnavailableError),
    ],
)
def test_documented_error_statuses_through_the_adapter(
    ht_url: str, status: int, expected: type[ProviderError]
) -> None:
    wire = Wire(Prefer=f"code={status}")
    adapter = HabitTradeAdapter(CREDENTIALS, ht_url, transport=wire, options=NO_RETRY)
    for call in (adapter.get_balance, lambda: adapter.get_portfolio(MOCK_PORTFOLIO_ID)):
        with pytest.raises(ProviderError) as excinfo:
            call()
        error = excinfo.value
        assert type(error) is expected and error.status == status
        assert error.code is not None and error.code.isdigit()
        assert error.request_id == wire.exchanges[-1][0].headers["X-REQUEST-ID"]
        if status == 429:
            assert isinstance(error, RateLimitedError) and error.retry_after == 10
        if status == 418:
            assert error.retryable is False


async def test_mock_connections_read_the_mock(ht_url: str) -> None:
    (connection,) = mock_connections(ht_url)
    snapshot = await connection.fetch()
    assert snapshot.provider == "habittrade"
    assert snapshot.holdings and snapshot.balances
    assert {h.account_id for h in snapshot.holdings} == {MOCK_PORTFOLIO_ID}
