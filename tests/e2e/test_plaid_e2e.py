"""Plaid through the generated client and the adapter against Prism (specs/plaid.yaml): Prism checks
every request (credential and version headers, the JSON body), and every answer is mapped."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from decimal import Decimal

import httpx
import pytest
from plaid_client import Client
from plaid_client.api.investments import get_investments_holdings
from plaid_client.models import InvestmentsHoldingsGetRequest, InvestmentsHoldingsGetResponse

from tests.conftest import load_spec, response_examples
from tests.e2e._recording import AsyncRecording, Recording
from unifolio import ProviderError, UserActionRequiredError
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.aggregate import fetch_portfolio
from unifolio.providers import get_provider
from unifolio.providers.plaid import NO_INVESTMENT_ACCOUNTS, PlaidAdapter, PlaidConnection, PlaidCredentials

pytestmark = pytest.mark.e2e

SPEC = load_spec("plaid.yaml")
HOLDINGS_PATH = "/investments/holdings/get"
HOLDINGS = response_examples(SPEC, HOLDINGS_PATH, "post", "200")
CREDENTIALS = PlaidCredentials("e2e-client-id-01", "e2e-plaid-secret-01")
TOKEN = "access-sandbox-e2e-item-token"
NO_RETRY = RetryPolicy(max_attempts=1)  # these tests check mapping, not retrying
UNIFOLIO = shutil.which("unifolio") or "unifolio"


@pytest.fixture
def plaid_url(unifolio_mocks) -> str:
    return unifolio_mocks.url("plaid")


def test_fetch_sends_what_plaid_documents_and_maps_plaids_own_example(plaid_url: str) -> None:
    recording = Recording()
    adapter = PlaidAdapter(CREDENTIALS, plaid_url, transport=recording)
    snapshot = adapter.fetch(TOKEN)
    adapter.close()
    ((request, response),) = recording.exchanges
    assert (request.method, request.url.path, response.status_code) == ("POST", HOLDINGS_PATH, 200)
    assert recording.violations() == []  # headers (id, secret, version) and body all fit the spec
    assert request.headers["plaid-version"] == "2020-09-14"
    assert json.loads(request.content) == {"access_token": TOKEN}
    example = HOLDINGS["example-1"]  # Prism's default answer
    assert len(snapshot.holdings) == len(example["holdings"])
    assert len(snapshot.accounts) == len(example["accounts"])
    ira = next(v for v in snapshot.values if v.account_id == "JqMLm4rJwpF6gMPJwBqdh9ZjjPvvpDcb7kDK1")
    assert ira.total == Decimal("110.01")


async def test_live_balances_take_a_second_call_async(plaid_url: str) -> None:
    recording = AsyncRecording()
    options = HttpOptions(headers={"Prefer": "example=brokerage"})
    adapter = PlaidAdapter(CREDENTIALS, plaid_url, async_transport=recording, options=options)
    snapshot = await adapter.afetch(TOKEN, balances="live")
    await adapter.aclose()
    assert sorted(r.url.path for r, _ in recording.exchanges) == ["/accounts/balance/get", HOLDINGS_PATH]
    assert recording.violations() == []
    totals = {v.account_id: v.total for v in snapshot.values}
    assert totals["pZ8yV3mKqLhR2dWx6NcT9bJf4sGa7EuQ1oYkX"] == Decimal("16312.45")  # the live figure
    assert len(snapshot.holdings) == len(HOLDINGS["brokerage"]["holdings"])


@pytest.mark.parametrize("example", list(HOLDINGS))
def test_each_named_holdings_example_served_by_prism(plaid_url: str, example: str) -> None:
    recording = Recording()
    options = HttpOptions(headers={"Prefer": f"example={example}"})
    adapter = PlaidAdapter(CREDENTIALS, plaid_url, transport=recording, options=options)
    snapshot = adapter.get_holdings(TOKEN)
    body = HOLDINGS[example]
    assert [h.raw["security_id"] for h in snapshot.holdings] == [h["security_id"] for h in body["holdings"]]
    known = {s["security_id"] for s in body["securities"]}
    assert sum(not h.instrument.resolved for h in snapshot.holdings) == sum(
        h["security_id"] not in known for h in body["holdings"]
    )
    assert recording.violations() == []


@pytest.mark.parametrize("status", ["400", "429", "500", "503"])
def test_documented_error_statuses_through_the_adapter(plaid_url: str, status: str) -> None:
    options = HttpOptions(retry=NO_RETRY, headers={"Prefer": f"code={status}"})
    adapter = PlaidAdapter(CREDENTIALS, plaid_url, options=options)
    with pytest.raises(ProviderError) as excinfo:
        adapter.get_holdings(TOKEN)
    first = next(iter(response_examples(SPEC, HOLDINGS_PATH, "post", status).values()))
    error = excinfo.value
    assert (error.status, error.code) == (int(status), first["error_code"])
    assert error.request_id == first["request_id"]


async def test_a_relink_is_asked_for_and_an_item_without_investments_still_shows_its_accounts(
    unifolio_mocks,
) -> None:
    def item(label: str, example: str) -> PlaidConnection:
        url = unifolio_mocks.example_url("plaid", example)
        options = HttpOptions(retry=NO_RETRY)
        return PlaidConnection(label, CREDENTIALS, TOKEN, environment=url, options=options)

    portfolio = await fetch_portfolio(
        [
            item("relink", "item_login_required"),
            item("checking", "no_investment_accounts"),
            item("ok", "brokerage"),
        ]
    )
    outcomes = {o.label: o for o in portfolio.outcomes}
    assert outcomes["relink"].needs_user_action
    assert isinstance(outcomes["relink"].error, UserActionRequiredError)
    checking = outcomes["checking"].snapshot
    assert outcomes["checking"].ok and checking is not None and checking.holdings == ()
    assert [n.code for n in checking.notices] == [NO_INVESTMENT_ACCOUNTS]
    cached = response_examples(SPEC, "/accounts/get", "post", "200")["example-1"]  # that call's default
    assert [a.id for a in checking.accounts] == [a["account_id"] for a in cached["accounts"]]
    assert outcomes["ok"].ok and not outcomes["ok"].needs_user_action


def test_prism_refuses_a_request_without_the_version_header(plaid_url: str) -> None:
    headers = {"PLAID-CLIENT-ID": "x", "PLAID-SECRET": "y"}
    response = httpx.post(f"{plaid_url}{HOLDINGS_PATH}", json={"access_token": TOKEN}, headers=headers)
    assert response.status_code == 401 and "security" in response.headers.get("sl-violations", "")


def test_generated_client_directly_with_the_registered_mock_auth(plaid_url: str) -> None:
    auth = get_provider("plaid").mock_auth(plaid_url)
    client = Client(base_url=plaid_url, httpx_args={"auth": auth})
    response = get_investments_holdings.sync_detailed(
        client=client, body=InvestmentsHoldingsGetRequest(access_token=TOKEN)
    )
    assert response.status_code == 200 and not response.headers.get("sl-violations")
    assert isinstance(response.parsed, InvestmentsHoldingsGetResponse)
    assert isinstance(response.parsed.holdings[0].quantity, Decimal)


def test_the_cli_lists_plaid_and_its_demo_shows_holdings_balances_and_values() -> None:
    listed = subprocess.run([UNIFOLIO, "providers"], capture_output=True, text=True, timeout=60, check=True)
    section = listed.stdout.partition("plaid — Plaid Investments")[2].partition("\nmesh")[0]
    for key in ("client_id_env", "secret_env", "access_token_env", "account_ids", "balances"):
        assert f"config      {key} " in section
    assert "Plaid-Version: 2020-09-14" in section
    demo = subprocess.run(
        [UNIFOLIO, "portfolio", "--mock", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ,
    )
    assert demo.returncode == 0, demo.stderr
    data = json.loads(demo.stdout)
    labels = {c["label"] for c in data["connections"] if c["provider"] == "plaid"}
    assert labels == {"plaid:chase", "plaid:harbor-point", "plaid:eth-wallet"}
    assert all(c["ok"] for c in data["connections"])
    plaid_holdings = [h for h in data["holdings"] if h["provider"] == "plaid"]
    shown = ("example-1", "brokerage", "crypto_wallet")
    assert len(plaid_holdings) == sum(len(HOLDINGS[example]["holdings"]) for example in shown)
    assert {b["account_id"] for b in data["balances"] if b["provider"] == "plaid"} >= {
        "Vb7Nm2Qw9Er4Ty6Ui1Op3As8Df5Gh0JkLzXc"  # the cash management account: a balance, not a portfolio
    }
    assert "Vb7Nm2Qw9Er4Ty6Ui1Op3As8Df5Gh0JkLzXc" not in {v["account_id"] for v in data["values"]}
    assert data["totals"]["market_value"]["ETH"] == "2.8664"
