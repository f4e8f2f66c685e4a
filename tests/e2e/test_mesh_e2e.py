"""Every Mesh operation through the generated client and the adapter, against Prism (specs/mesh.yaml)."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
from mesh_client import Client
from mesh_client.api.holdings import get_holdings
from mesh_client.models import BrokerType, HoldingsModelApiResult, PortfolioHoldingsRequest

from tests.conftest import load_spec, response_examples
from tests.e2e._recording import AsyncRecording, Recording
from unifolio import AuthenticationError, RateLimitedError
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.models import AssetClass
from unifolio.providers.mesh import MeshAdapter, MeshCredentials

pytestmark = pytest.mark.e2e

SPEC = load_spec("mesh.yaml")
CREDENTIALS = MeshCredentials("e2e-client-id", "e2e-client-secret")


@pytest.fixture
def mesh_url(unifolio_mocks) -> str:
    return unifolio_mocks.url("mesh")


def test_generated_client_directly_with_auth(mesh_url: str) -> None:
    client = Client(base_url=mesh_url, httpx_args={"auth": CREDENTIALS.auth()})
    response = get_holdings.sync_detailed(
        client=client, body=PortfolioHoldingsRequest(auth_token="t", type_=BrokerType.ROBINHOOD)
    )
    assert response.status_code == 200 and not response.headers.get("sl-violations")
    assert isinstance(response.parsed, HoldingsModelApiResult)
    first = response.parsed.content.equity_positions[0]
    assert isinstance(first.amount, Decimal)


def test_every_operation_sync_through_the_adapter(mesh_url: str) -> None:
    recording = Recording()
    adapter = MeshAdapter(CREDENTIALS, mesh_url, transport=recording)
    snapshot = adapter.fetch("user-auth-token", "robinhood")  # holdings + balance + value
    with pytest.warns(DeprecationWarning):
        portfolio = adapter.get_portfolio("end-user-42", timezone_offset=3600)
    adapter.close()

    first_example = next(iter(response_examples(SPEC, "/api/v1/holdings/get", "post", "200").values()))
    content = first_example["content"]
    expected = sum(
        len(content.get(group) or [])
        for group in (
            "equityPositions",
            "cryptocurrencyPositions",
            "notSupportedEquityPositions",
            "notSupportedCryptocurrencyPositions",
            "nftPositions",
            "optionPositions",
        )
    )
    assert len(snapshot.holdings) == expected
    assert snapshot.balances and snapshot.values and snapshot.accounts[0].id == content["accountId"]
    assert all(isinstance(h.quantity, Decimal) and h.raw for h in snapshot.holdings)
    assert {h.instrument.asset_class for h in portfolio.holdings} >= {AssetClass.EQUITY, AssetClass.CRYPTO}
    paths = [request.url.path for request, _ in recording.exchanges]
    assert paths == [
        "/api/v1/holdings/get",
        "/api/v1/balance/get",
        "/api/v1/holdings/value",
        "/api/v1/holdings/portfolio",
    ]
    assert recording.violations() == []  # Prism: our requests meet the spec (body, query, both headers)
    for request, _ in recording.exchanges:
        assert request.headers["X-Client-Id"] == "e2e-client-id"
        assert request.headers["X-Client-Secret"] == "e2e-client-secret"


async def test_every_operation_async_through_the_adapter(mesh_url: str) -> None:
    recording = AsyncRecording()
    adapter = MeshAdapter(CREDENTIALS, mesh_url, async_transport=recording)
    snapshot = await adapter.afetch("user-auth-token", "robinhood")
    with pytest.warns(DeprecationWarning):
        portfolio = await adapter.aget_portfolio("end-user-42")
    await adapter.aclose()
    assert snapshot.holdings and snapshot.balances and snapshot.values and portfolio.holdings
    assert len(recording.exchanges) == 4 and recording.violations() == []


def test_prism_enforces_the_security_headers(mesh_url: str) -> None:
    """Without credentials Prism answers 401, which the adapter maps; proves the header check is live."""

    class NoAuth(httpx.Auth):
        def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
            yield request

    adapter = MeshAdapter(CREDENTIALS, mesh_url)
    adapter.client.get_httpx_client().auth = NoAuth()
    with pytest.raises(AuthenticationError) as excinfo:
        adapter.get_holdings("user-token", "robinhood")
    assert excinfo.value.status == 401


def test_documented_error_statuses_through_the_adapter(mesh_url: str) -> None:
    no_retry = HttpOptions(retry=RetryPolicy(max_attempts=1), headers={"Prefer": "code=429"})
    adapter = MeshAdapter(CREDENTIALS, mesh_url, options=no_retry)  # Prism serves the documented 429
    with pytest.raises(RateLimitedError) as excinfo:
        adapter.get_holdings("user-token", "robinhood")
    assert excinfo.value.status == 429 and excinfo.value.code == "tooManyRequest"


@pytest.mark.parametrize("example", list(response_examples(SPEC, "/api/v1/holdings/get", "post", "200")))
def test_each_named_holdings_example_served_by_prism(mesh_url: str, example: str) -> None:
    adapter = MeshAdapter(
        CREDENTIALS, mesh_url, options=HttpOptions(headers={"Prefer": f"example={example}"})
    )
    content = response_examples(SPEC, "/api/v1/holdings/get", "post", "200")[example]["content"]
    if content["status"] != "succeeded":
        with pytest.raises(Exception) as excinfo:
            adapter.get_holdings("user-token", content["type"])
        assert type(excinfo.value).__module__.startswith("unifolio")
        return
    snapshot = adapter.get_holdings("user-token", content["type"])
    assert snapshot.accounts[0].institution == content["institutionName"]
