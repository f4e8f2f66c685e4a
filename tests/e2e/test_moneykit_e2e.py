"""MoneyKit through the real token flow, the generated client and the adapter, against Prism
(specs/moneykit.yaml). The token exchange is itself a mocked operation, so Prism checks it too."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
from moneykit_client import Client
from moneykit_client.api.investments import get_investment_holdings
from moneykit_client.models import GetHoldingsResponse

from tests.conftest import load_spec, response_examples
from tests.e2e._recording import AsyncRecording, Recording
from unifolio import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    RateLimitedError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.providers import get_provider
from unifolio.providers.moneykit import MoneyKitAdapter, MoneyKitCredentials

pytestmark = pytest.mark.e2e

SPEC = load_spec("moneykit.yaml")
PATH = "/links/{id}/investments/holdings"
HOLDINGS = response_examples(SPEC, PATH, "get", "200")
ISSUED = response_examples(SPEC, "/auth/token", "post", "201")["token_issued"]
CREDENTIALS = MoneyKitCredentials("e2e-client-id", "e2e-client-secret")
LINK = "mk_eqkWN34UEoa2NxyALG8pcV"
NO_RETRY = RetryPolicy(max_attempts=1)  # Prism's 429 says Retry-After: 30; these tests check mapping


@pytest.fixture
def moneykit_url(unifolio_mocks) -> str:
    return unifolio_mocks.url("moneykit")


def _paths(recording: Recording | AsyncRecording) -> list[str]:
    return [f"{request.method} {request.url.path}" for request, _ in recording.exchanges]


def test_token_exchange_and_holdings_sync(moneykit_url: str) -> None:
    recording = Recording()
    adapter = MoneyKitAdapter(CREDENTIALS, moneykit_url, transport=recording)
    first = adapter.fetch(LINK)
    second = adapter.get_holdings(LINK, ["acc_6Tef269B6ZArSVpYrxtjBV"])
    adapter.close()
    holding_path = f"/links/{LINK}/investments/holdings"
    assert _paths(recording) == ["POST /auth/token", f"GET {holding_path}", f"GET {holding_path}"]
    assert recording.violations() == []  # Prism: token form, Basic header, query, version header all fit
    token_request, token_response = recording.exchanges[0]
    assert token_response.status_code == 201 and token_request.headers["authorization"].startswith("Basic ")
    for request, response in recording.exchanges[1:]:
        assert response.status_code == 200
        assert request.headers["authorization"] == f"Bearer {ISSUED['access_token']}"
        assert request.headers["moneykit-version"] == "2023-02-18"
    example = HOLDINGS["msft_single_holding"]  # Prism's default answer
    assert first == second
    (holding,) = first.holdings
    assert holding.instrument.ticker == example["securities"][0]["ticker"]
    assert holding.quantity == Decimal(str(example["holdings"][0]["quantity"]))
    assert holding.market_value is not None and holding.market_value.amount == Decimal("987.15")
    assert first.accounts[0].institution == example["link"]["institution_name"]


async def test_token_exchange_and_holdings_async(moneykit_url: str) -> None:
    recording = AsyncRecording()
    adapter = MoneyKitAdapter(CREDENTIALS, moneykit_url, async_transport=recording)
    snapshot = await adapter.afetch(LINK)
    again = await adapter.aget_holdings(LINK)
    await adapter.aclose()
    assert snapshot == again and snapshot.holdings
    assert [p.split()[0] for p in _paths(recording)] == ["POST", "GET", "GET"]  # one exchange only
    assert recording.violations() == []


def test_generated_client_directly_with_the_registered_mock_auth(moneykit_url: str) -> None:
    auth = get_provider("moneykit").mock_auth(moneykit_url)
    client = Client(base_url=moneykit_url, httpx_args={"auth": auth})
    response = get_investment_holdings.sync_detailed(LINK, client=client)
    assert response.status_code == 200 and not response.headers.get("sl-violations")
    assert isinstance(response.parsed, GetHoldingsResponse)
    assert isinstance(response.parsed.holdings[0].quantity, Decimal)


@pytest.mark.parametrize("example", list(HOLDINGS))
def test_each_named_holdings_example_served_by_prism(moneykit_url: str, example: str) -> None:
    recording = Recording()
    # Prefer reaches the data call only: the token request is built by the auth flow, not the client.
    options = HttpOptions(headers={"Prefer": f"example={example}"})
    adapter = MoneyKitAdapter(CREDENTIALS, moneykit_url, transport=recording, options=options)
    snapshot = adapter.get_holdings(LINK)
    body = HOLDINGS[example]
    assert len(snapshot.holdings) == len(body["holdings"])
    assert [a.id for a in snapshot.accounts] == [a["account_id"] for a in body["accounts"]]
    known = {s["security_id"] for s in body["securities"]}
    assert sum(not h.instrument.resolved for h in snapshot.holdings) == sum(
        h["security_id"] not in known for h in body["holdings"]
    )
    assert (body["link"]["state"] != "connected") == any(
        n.code == "link_not_connected" for n in snapshot.notices
    )
    assert recording.violations() == []


@pytest.mark.parametrize(
    ("status", "error"),
    [
        ("401", AuthenticationError),  # Prism's first 401 example is expired_access_token: renewed, retried
        ("403", PermissionDeniedError),
        ("404", NotFoundError),
        ("410", NotFoundError),
        ("422", BadRequestError),
        ("429", RateLimitedError),
    ],
)
def test_documented_error_statuses_through_the_adapter(
    moneykit_url: str, status: str, error: type[ProviderError]
) -> None:
    options = HttpOptions(retry=NO_RETRY, headers={"Prefer": f"code={status}"})
    adapter = MoneyKitAdapter(CREDENTIALS, moneykit_url, options=options)
    with pytest.raises(error) as excinfo:
        adapter.get_holdings(LINK)
    first_example = next(iter(response_examples(SPEC, PATH, "get", status).values()))
    assert excinfo.value.status == int(status) and excinfo.value.code == first_example["error_code"]
    if isinstance(excinfo.value, RateLimitedError):
        assert excinfo.value.retry_after is not None


def test_a_request_without_the_bearer_token_gets_401_from_prism(moneykit_url: str) -> None:
    response = httpx.get(f"{moneykit_url}/links/{LINK}/investments/holdings")
    assert response.status_code == 401
    assert "security" in response.headers.get("sl-violations", "")


class _DropsTheBearer(Recording):
    """Strips the token from data requests, as if it never arrived; counts what the auth flow sends."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/auth/token":
            del request.headers["authorization"]
        return super().handle_request(request)


def test_prism_refusing_the_token_drives_one_renewal_and_one_retry(moneykit_url: str) -> None:
    recording = _DropsTheBearer()
    adapter = MoneyKitAdapter(
        CREDENTIALS, moneykit_url, transport=recording, options=HttpOptions(retry=NO_RETRY)
    )
    with pytest.raises(AuthenticationError) as excinfo:
        adapter.get_holdings(LINK)
    # Prism answers a missing token with its expired_access_token example: renew once, retry once, stop.
    assert excinfo.value.status == 401 and excinfo.value.code == "api_error.auth.expired_access_token"
    assert [p.split()[0] for p in _paths(recording)] == ["POST", "GET", "POST", "GET"]
    assert "e2e-client-secret" not in str(excinfo.value)
