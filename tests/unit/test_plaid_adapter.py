"""Plaid adapter: every documented answer maps (Plaid's own examples and ours), each semantic judgement
holds with the figures that prove it, errors are typed, requests carry what Plaid documents and nothing
secret leaks, and ``fetch`` makes exactly the calls its balances mode says."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.conftest import as_wire_bytes, load_spec, response_examples
from unifolio import (
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InvalidInputError,
    NotFoundError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    UserActionRequiredError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio._secrets import MASK
from unifolio.aggregate import fetch_portfolio
from unifolio.config import connection_from_table
from unifolio.models import AssetClass, CostBasisKind, PriceKind, Snapshot
from unifolio.providers import SharedAdapters
from unifolio.providers.plaid import (
    API_VERSION,
    NO_INVESTMENT_ACCOUNTS,
    PlaidAdapter,
    PlaidConnection,
    PlaidCredentials,
    accounts_balance_from_response,
    accounts_from_response,
    holdings_from_response,
    mock_connections,
)
from unifolio.views import totals_by_currency

SPEC = load_spec("plaid.yaml")
HOLDINGS_PATH, ACCOUNTS_PATH, BALANCE_PATH = (
    "/investments/holdings/get",
    "/accounts/get",
    "/accounts/balance/get",
)
READERS: dict[str, Callable[[httpx.Response], Snapshot]] = {
    HOLDINGS_PATH: holdings_from_response,
    ACCOUNTS_PATH: accounts_from_response,
    BALANCE_PATH: accounts_balance_from_response,
}
HOLDINGS = response_examples(SPEC, HOLDINGS_PATH, "post", "200")
CREDENTIALS = PlaidCredentials("unit-client-id-0001", "unit-plaid-secret-9f2c")
TOKEN = "access-sandbox-5cd6e1b1-1b5b-459d-9284-366e2da89755"
NO_RETRY = HttpOptions(retry=RetryPolicy(max_attempts=1))
D = Decimal


def answer(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, content=as_wire_bytes(body))


def decoded(body: Any) -> Any:
    """The body as the client decodes it (numbers as Decimal): what the mapped objects keep in raw."""
    return json.loads(as_wire_bytes(body), parse_float=Decimal)


def holdings(name: str) -> Snapshot:
    return holdings_from_response(answer(200, HOLDINGS[name]))


def by_symbol(snapshot: Snapshot, symbol: str | None) -> Any:
    (holding,) = [h for h in snapshot.holdings if h.instrument.symbol == symbol]
    return holding


SUCCESS = [(path, name) for path in READERS for name in response_examples(SPEC, path, "post", "200")]
ERRORS = [
    (path, status, name)
    for path in READERS
    for status in SPEC["paths"][path]["post"]["responses"]
    if status != "200"
    for name in response_examples(SPEC, path, "post", status)
]


# --- every documented answer ----------------------------------------------------------------------


@pytest.mark.parametrize(("path", "name"), SUCCESS, ids=[f"{p}:{n}" for p, n in SUCCESS])
def test_every_success_example_maps_every_record(path: str, name: str) -> None:
    body = decoded(response_examples(SPEC, path, "post", "200")[name])
    snapshot = READERS[path](answer(200, body))
    assert [h.raw for h in snapshot.holdings] == body.get("holdings", [])
    assert [a.id for a in snapshot.accounts] == [a["account_id"] for a in body["accounts"]]
    assert [a.raw for a in snapshot.accounts] == body["accounts"]
    assert [b.raw for b in snapshot.balances] == [a["balances"] for a in body["accounts"]]
    for account, balance in zip(body["accounts"], snapshot.balances, strict=True):
        assert balance.current == account["balances"]["current"]
        assert balance.cash is None  # never filled from available/current (see the module notes)
    investment = [a for a in body["accounts"] if a["type"] in ("investment", "brokerage")]
    assert [(v.account_id, v.total) for v in snapshot.values] == [
        (a["account_id"], a["balances"]["current"]) for a in investment
    ]
    assert all(h.provider == "plaid" and type(h.quantity) is Decimal for h in snapshot.holdings)
    operation = {HOLDINGS_PATH: "get_investments_holdings", ACCOUNTS_PATH: "get_accounts"}.get(
        path, "get_accounts_balance"
    )
    assert {op: [e.body for e in exchanges] for op, exchanges in snapshot.raw.items()} == {operation: [body]}


EXPECTED_ERRORS: dict[str, tuple[type[ProviderError], bool]] = {
    "item_login_required": (UserActionRequiredError, False),
    "product_not_ready": (ProviderUnavailableError, True),
    "institution_down": (ProviderUnavailableError, True),
    "invalid_access_token": (AuthenticationError, False),
    "invalid_api_keys": (AuthenticationError, False),
    "rate_limit_exceeded": (RateLimitedError, True),
    "internal_server_error": (ProviderUnavailableError, True),
    "planned_maintenance": (ProviderUnavailableError, True),
    "route_not_found": (NotFoundError, False),
}


@pytest.mark.parametrize(("path", "status", "name"), ERRORS, ids=[f"{p}:{s}:{n}" for p, s, n in ERRORS])
def test_every_error_example_is_its_typed_error_with_code_request_id_and_retryability(
    path: str, status: str, name: str
) -> None:
    body = response_examples(SPEC, path, "post", status)[name]
    code = 404 if status == "default" else int(status)
    if name == "no_investment_accounts":
        snapshot = READERS[path](answer(code, body))  # a fact about the Item, not a failure
        assert snapshot.holdings == () and [n.code for n in snapshot.notices] == [NO_INVESTMENT_ACCOUNTS]
        assert snapshot.notices[0].path == "$.error_code"
        (exchange,) = snapshot.raw["get_investments_holdings"]  # the error answer, kept whole
        assert exchange.body == decoded(body) and exchange.status == code
        return
    expected, retryable = EXPECTED_ERRORS[name]
    with pytest.raises(ProviderError) as excinfo:
        READERS[path](answer(code, body))
    error = excinfo.value
    assert type(error) is expected
    assert (error.status, error.code, error.request_id) == (code, body["error_code"], body["request_id"])
    assert error.retryable is retryable and error.provider == "plaid"
    assert body["error_message"] in str(error)


def test_institution_down_is_a_400_yet_an_outage_and_item_login_required_is_the_users_to_fix() -> None:
    down = response_examples(SPEC, HOLDINGS_PATH, "post", "400")["institution_down"]
    with pytest.raises(ProviderUnavailableError) as excinfo:
        holdings_from_response(answer(400, down))
    assert not isinstance(excinfo.value, BadRequestError) and excinfo.value.retryable
    login = response_examples(SPEC, HOLDINGS_PATH, "post", "400")["item_login_required"]
    with pytest.raises(UserActionRequiredError) as user:
        holdings_from_response(answer(400, login))
    assert isinstance(user.value, AuthenticationError) and "Link's update mode" in str(user.value)


@pytest.mark.parametrize(
    ("error_type", "error_code", "status", "expected", "retryable"),
    [
        ("INSTITUTION_ERROR", "INSTITUTION_SOMETHING_NEW", 400, ProviderUnavailableError, True),
        ("INSTITUTION_ERROR", "INSTITUTION_NO_LONGER_SUPPORTED", 400, ProviderError, False),
        ("ITEM_ERROR", "ITEM_SOMETHING_NEW", 400, ProviderError, False),
        ("ITEM_ERROR", "ITEM_NOT_FOUND", 400, NotFoundError, False),
        ("INVALID_INPUT", "INVALID_ACCOUNT_ID", 400, NotFoundError, False),
        ("RATE_LIMIT_EXCEEDED", "ACCOUNTS_BALANCE_GET_LIMIT", 400, RateLimitedError, True),
        ("A_TYPE_PLAID_ADDS_LATER", "A_CODE_TOO", 400, BadRequestError, False),
        ("A_TYPE_PLAID_ADDS_LATER", "A_CODE_TOO", 500, ProviderUnavailableError, True),
        ("OAUTH_ERROR", "ACCESS_NOT_GRANTED", 400, UserActionRequiredError, False),
    ],
)
def test_codes_and_types_plaid_adds_later_fall_back_to_their_type_then_to_the_status(
    error_type: str, error_code: str, status: int, expected: type[ProviderError], retryable: bool
) -> None:
    body = {"error_type": error_type, "error_code": error_code, "error_message": "m", "display_message": None}
    with pytest.raises(ProviderError) as excinfo:
        accounts_from_response(answer(status, body))
    assert type(excinfo.value) is expected and excinfo.value.retryable is retryable
    assert excinfo.value.code == error_code and excinfo.value.status == status


def test_an_error_body_the_model_does_not_fit_still_gives_code_and_request_id() -> None:
    body = {"error_code": "INTERNAL_SERVER_ERROR", "request_id": "Rq1", "error_message": "boom"}  # no type
    with pytest.raises(ProviderUnavailableError) as excinfo:
        holdings_from_response(answer(500, body))
    assert (excinfo.value.code, excinfo.value.request_id, excinfo.value.status) == (
        "INTERNAL_SERVER_ERROR",
        "Rq1",
        500,
    )


# --- Plaid's own example: the judgement calls, with its figures -----------------------------------


def test_cost_basis_is_a_total_without_a_fee_statement_even_where_plaids_example_reads_per_unit() -> None:
    snapshot = holdings("example-1")
    option = by_symbol(snapshot, "NFLX180201C00355000")
    (basis,) = option.cost_basis
    assert (basis.amount, basis.kind, basis.includes_fees) == (D("0.01"), CostBasisKind.TOTAL, None)
    assert basis.total(option.quantity) == D("0.01")  # not 0.01 x 10000
    bill = next(h for h in snapshot.holdings if h.instrument.asset_class == AssetClass.BOND)
    assert bill.cost_basis[0].total(bill.quantity) == D("948.08") == bill.market_value.amount


def test_price_is_the_institution_price_dated_by_its_datetime_else_its_date_and_value_is_not_recomputed() -> (
    None
):
    snapshot = holdings("example-1")
    doge = by_symbol(snapshot, "DOGE")
    assert doge.price.kind == PriceKind.LAST and doge.price.amount == D("0.177494362")
    # the datetime wins over the (older) date it is paired with
    assert doge.price.as_of == datetime.datetime(2022, 6, 7, 23, 1, tzinfo=datetime.UTC)
    assert doge.market_value.amount == D("4437.35905") and doge.market_value.as_of == doge.price.as_of
    fund = by_symbol(snapshot, "MIPTX")
    assert fund.price.as_of == datetime.date(2021, 4, 13)
    assert fund.market_value.amount == D("636.309")  # as reported: 23.567 x 27
    # the security's close stays in the instrument's record, not in place of the institution's price
    assert doge.instrument.raw["close_price"] == D("0.140034616") and doge.price.amount != D("0.140034616")


def test_cash_is_a_holding_and_the_accounts_current_balance_is_its_value_never_added_to_the_holdings() -> (
    None
):
    snapshot = holdings("example-1")
    ira = "JqMLm4rJwpF6gMPJwBqdh9ZjjPvvpDcb7kDK1"
    in_ira = [h for h in snapshot.holdings if h.account_id == ira]
    cash = [h for h in in_ira if h.instrument.asset_class == AssetClass.CASH]
    assert [h.market_value.amount for h in cash] == [D("0.01")]
    (value,) = [v for v in snapshot.values if v.account_id == ira]
    # Plaid's IRA: option 110 + cash 0.01 = current 110.01, so current already holds the cash
    assert sum(h.market_value.amount for h in in_ira) == value.total == D("110.01")
    totals = totals_by_currency(in_ira)
    assert totals.totals == {"USD": D("110.01")}  # the balance is not counted a second time
    (balance,) = [b for b in snapshot.balances if b.account_id == ira]
    assert balance.current == D("110.01") and balance.available is None and balance.cash is None


def test_only_investment_accounts_are_portfolios_the_others_keep_their_balances() -> None:
    snapshot = holdings("example-1")
    money_market = next(a for a in snapshot.accounts if a.type == "depository.money market")
    assert money_market.id not in {v.account_id for v in snapshot.values}
    (balance,) = [b for b in snapshot.balances if b.account_id == money_market.id]
    assert (balance.available, balance.current) == (D("43200"), D("43200"))
    assert {a.type for a in snapshot.accounts} == {
        "depository.money market",
        "investment.ira",
        "investment.401k",
        "investment.crypto exchange",
    }
    assert {a.institution for a in snapshot.accounts} == {"Chase"}


def test_identifiers_options_and_bonds_from_plaids_example() -> None:
    snapshot = holdings("example-1")
    fund = by_symbol(snapshot, "MIPTX").instrument
    assert (fund.isin, fund.cusip, fund.ticker, fund.market, fund.asset_class) == (
        "US5771308344",
        "577130834",
        "MIPTX",
        "XNAS",
        AssetClass.FUND,
    )
    doge = by_symbol(snapshot, "DOGE").instrument
    assert (doge.asset_class, doge.ticker, doge.market) == (AssetClass.CRYPTO, None, None)  # not XNAS
    cash = {h.instrument for h in snapshot.holdings if h.instrument.symbol == "USD"}  # in two accounts
    assert [(i.asset_class, i.ticker) for i in cash] == [(AssetClass.CASH, None)]
    option = by_symbol(snapshot, "NFLX180201C00355000")
    terms = option.instrument.option
    assert (terms.option_type, terms.strike, terms.expiration, terms.underlying) == (
        "call",
        D("355"),
        datetime.date(2018, 2, 1),
        "NFLX",
    )
    assert terms.contract_size is None and option.quantity == D("10000")  # units, never x 100 again
    assert option.market_value.amount == D("110") == option.quantity * option.price.amount
    bill = next(h for h in snapshot.holdings if h.instrument.asset_class == AssetClass.BOND).instrument
    assert bill.cusip == "912797HE0" and bill.symbol is None and bill.ticker is None
    assert bill.fixed_income.face_value == D("100") and bill.fixed_income.yield_rate == D("5.43")
    assert bill.fixed_income.yield_type == "coupon_equivalent"
    assert bill.fixed_income.maturity_date == datetime.date(2024, 10, 31)
    assert all(h.instrument.provider_id == h.raw["security_id"] for h in snapshot.holdings)


# --- our examples ---------------------------------------------------------------------------------


def test_brokerage_cash_and_sweep_fund_are_counted_once_and_add_up_to_current() -> None:
    snapshot = holdings("brokerage")
    brokerage = "pZ8yV3mKqLhR2dWx6NcT9bJf4sGa7EuQ1oYkX"
    own = [h for h in snapshot.holdings if h.account_id == brokerage]
    (value,) = [v for v in snapshot.values if v.account_id == brokerage]
    assert sum(h.market_value.amount for h in own) == value.total == D("16290.07")
    sweep = by_symbol(snapshot, "HPGXX")
    assert sweep.instrument.asset_class == AssetClass.FUND  # is_cash_equivalent does not make it cash
    cash = [h for h in own if h.instrument.asset_class == AssetClass.CASH]
    (balance,) = [b for b in snapshot.balances if b.account_id == brokerage]
    assert balance.available == cash[0].market_value.amount + sweep.market_value.amount == D("4043.22")
    vti = by_symbol(snapshot, "VTI")
    assert vti.price.as_of == datetime.datetime(2026, 11, 27, 21, 0, tzinfo=datetime.UTC)
    assert vti.cost_basis[0].total(vti.quantity) == D("5912.4")
    roth_fund = by_symbol(snapshot, "HPIDX")
    assert roth_fund.quantity == D("12.345678901") and roth_fund.market_value.amount == D("2316.17")
    assert [a.type for a in snapshot.accounts] == [
        "investment.brokerage",
        "investment.roth",
        "depository.cash management",
    ]
    assert len(snapshot.values) == 2 and snapshot.notices == ()


def test_vested_quantity_and_value_are_kept_and_tax_lots_stay_in_the_record() -> None:
    snapshot = holdings("stock_plan")
    (award,) = snapshot.holdings
    assert (award.breakdown.vested, award.breakdown.vested_value) == (D("150"), D("7856.25"))
    assert award.quantity == D("400") and award.cost_basis == ()
    assert award.price.as_of == datetime.datetime(
        2026, 11, 27, tzinfo=datetime.UTC
    )  # Plaid's default midnight
    assert [lot["cost_basis"] for lot in award.raw["tax_lots"]] == [D("4124.95"), D("2394.95")]


def test_an_unofficial_currency_is_the_currency_and_is_never_added_to_usd() -> None:
    snapshot = holdings("crypto_wallet")
    assert {h.currency for h in snapshot.holdings} == {"ETH"}
    assert (
        snapshot.balances[0].currency == snapshot.values[0].currency == snapshot.accounts[0].currency == "ETH"
    )
    assert all(h.instrument.currency == "USD" for h in snapshot.holdings)  # the security's close is in USD
    assert totals_by_currency(snapshot.holdings).totals == {"ETH": D("2.8664")}
    assert snapshot.holdings[0].raw["iso_currency_code"] is None and snapshot.notices == ()


def test_a_fallback_item_and_an_unresolved_security_are_kept_and_reported_with_their_paths() -> None:
    snapshot = holdings("fallback_item")
    assert [(n.code, n.path) for n in snapshot.notices] == [
        ("investments_fallback_item", "$.is_investments_fallback_item"),
        ("unresolved_security", "$.holdings[1].security_id"),
    ]
    kept = snapshot.holdings[1]
    assert kept.instrument.resolved is False and kept.instrument.provider_id.startswith("Zz0Missing")
    assert kept.market_value.amount == D("12060.5") and kept.instrument.asset_class == AssetClass.OTHER


# --- requests, inputs, secrets --------------------------------------------------------------------


class Wire:
    """An httpx.MockTransport that answers by path and keeps every request."""

    def __init__(self, answers: dict[str, tuple[int, Any]]) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = self.answers[request.url.path]
        return answer(status, body)

    @property
    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]


def _accounts_example(path: str, name: str = "brokerage") -> Any:
    return response_examples(SPEC, path, "post", "200")[name]


def adapter_over(
    wire: Wire, options: HttpOptions = NO_RETRY, environment: str = "https://plaid.test"
) -> PlaidAdapter:
    return PlaidAdapter(
        CREDENTIALS,
        environment,
        options=options,
        transport=httpx.MockTransport(wire),
        async_transport=httpx.MockTransport(wire),
    )


def test_credentials_go_in_headers_the_version_is_pinned_and_the_token_goes_in_the_body() -> None:
    wire = Wire({HOLDINGS_PATH: (200, HOLDINGS["brokerage"])})
    options = HttpOptions(retry=RetryPolicy(max_attempts=1), headers={"Plaid-Version": "2099-01-01"})
    adapter_over(wire, options).get_holdings(TOKEN, ["pZ8yV3mKqLhR2dWx6NcT9bJf4sGa7EuQ1oYkX"])
    (request,) = wire.requests
    assert request.method == "POST" and request.headers["content-type"] == "application/json"
    assert request.headers["plaid-client-id"] == "unit-client-id-0001"
    assert request.headers["plaid-secret"] == "unit-plaid-secret-9f2c"
    assert (
        request.headers["plaid-version"] == API_VERSION == "2020-09-14"
    )  # a caller's header does not move it
    assert json.loads(request.content) == {
        "access_token": TOKEN,
        "options": {"account_ids": ["pZ8yV3mKqLhR2dWx6NcT9bJf4sGa7EuQ1oYkX"]},
    }  # no client_id or secret in the body


@pytest.mark.parametrize(
    ("token", "environment", "reason"),
    [
        ("tok-123", "sandbox", "shorter than 8 characters"),
        (TOKEN + "\n", "sandbox", "leading or trailing whitespace"),
        (
            "access-sandbox-0b1c2d3e-aaaa",
            "production",
            "is a sandbox token, but the environment is production",
        ),
        ("access-production-0b1c2d3e-aa", "sandbox", "is a production token, but the environment is sandbox"),
        ("access-development-0b1c2d3e-a", "production", "retired its Development environment"),
    ],
)
def test_a_token_that_cannot_work_is_refused_before_any_request_without_showing_it(
    token: str, environment: str, reason: str
) -> None:
    wire = Wire({})
    adapter = PlaidAdapter(CREDENTIALS, environment, transport=httpx.MockTransport(wire))
    with pytest.raises(InvalidInputError, match=reason) as excinfo:
        adapter.get_holdings(token)
    assert wire.requests == [] and token.strip() not in str(excinfo.value)


@pytest.mark.parametrize(
    ("account_ids", "reason"),
    [([], "is empty; pass None"), ("acct", "not one string"), (["a/b"], "would change the request path")],
)
def test_account_filters_are_checked_before_any_request(account_ids: Any, reason: str) -> None:
    wire = Wire({})
    with pytest.raises(InvalidInputError, match=reason):
        adapter_over(wire).get_accounts(TOKEN, account_ids)
    assert wire.requests == []


def test_a_token_from_the_wrong_environment_is_a_configuration_error_naming_the_connection() -> None:
    table = {
        "name": "alice",
        "provider": "plaid",
        "environment": "production",
        "client_id_env": "PLAID_ID",
        "secret_env": "PLAID_SECRET",
        "access_token_env": "ALICE_TOKEN",
    }
    environ = {"PLAID_ID": "unit-client-id-0001", "PLAID_SECRET": "unit-plaid-secret", "ALICE_TOKEN": TOKEN}
    with pytest.raises(
        ConfigurationError, match="connection 'alice': plaid: the access token is a sandbox token"
    ) as excinfo:
        connection_from_table(table, environ, source="test.toml")
    assert TOKEN not in str(excinfo.value)
    connection = connection_from_table(
        {**table, "environment": "sandbox", "balances": "live"}, environ, source="t"
    )
    assert isinstance(connection, PlaidConnection) and connection.balances == "live"
    with pytest.raises(
        ConfigurationError, match="balances must be one of cached, live, got 'lve'; did you mean `live`"
    ):
        connection_from_table({**table, "environment": "sandbox", "balances": "lve"}, environ, source="t")
    with pytest.raises(ConfigurationError, match="`access_token` is a credential, which is never written"):
        connection_from_table({**table, "access_token": TOKEN}, environ, source="t")


def test_no_credential_or_token_in_any_repr_and_errors_echoing_them_are_scrubbed() -> None:
    echo = {
        "error_type": "INVALID_INPUT",
        "error_code": "INVALID_ACCESS_TOKEN",
        "error_message": f"token {TOKEN} with secret unit-plaid-secret-9f2c for unit-client-id-0001 refused",
        "display_message": None,
        "request_id": "Echo1",
    }
    wire = Wire({HOLDINGS_PATH: (400, echo)})
    adapter = adapter_over(wire)
    connection = PlaidConnection("c", CREDENTIALS, TOKEN, environment="sandbox")
    shown = repr(adapter) + repr(connection) + str(connection) + repr(CREDENTIALS) + repr(adapter.client)
    shown += repr(CREDENTIALS.auth())
    for secret in (TOKEN, "unit-plaid-secret-9f2c", "unit-client-id-0001"):
        assert secret not in shown
    with pytest.raises(AuthenticationError) as excinfo:
        adapter.get_holdings(TOKEN)
    text = str(excinfo.value) + repr(excinfo.value) + repr(excinfo.value.args)
    assert MASK in text
    for secret in (TOKEN, "unit-plaid-secret-9f2c", "unit-client-id-0001"):
        assert secret not in text


# --- fetch: the calls each balances mode makes ------------------------------------------------------


def _no_investments() -> Any:
    return response_examples(SPEC, HOLDINGS_PATH, "post", "400")["no_investment_accounts"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_cached_balances_are_the_holdings_answers_one_call(mode: str) -> None:
    wire = Wire({HOLDINGS_PATH: (200, HOLDINGS["brokerage"])})
    adapter = adapter_over(wire)
    snapshot = adapter.fetch(TOKEN) if mode == "sync" else asyncio.run(adapter.afetch(TOKEN))
    assert wire.paths == [HOLDINGS_PATH]
    assert snapshot == holdings("brokerage") and list(snapshot.raw) == ["get_investments_holdings"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_live_balances_replace_the_cached_figures_and_keep_the_holdings(mode: str) -> None:
    live = _accounts_example(BALANCE_PATH)
    wire = Wire({HOLDINGS_PATH: (200, HOLDINGS["brokerage"]), BALANCE_PATH: (200, live)})
    adapter = adapter_over(wire)
    if mode == "sync":
        snapshot = adapter.fetch(TOKEN, balances="live")
    else:
        snapshot = asyncio.run(adapter.afetch(TOKEN, balances="live"))
    assert sorted(wire.paths) == sorted([HOLDINGS_PATH, BALANCE_PATH])
    assert snapshot.holdings == holdings("brokerage").holdings
    values = {v.account_id: v.total for v in snapshot.values}
    assert values == {
        "pZ8yV3mKqLhR2dWx6NcT9bJf4sGa7EuQ1oYkX": D("16312.45"),  # live, not the cached 16290.07
        "Lm4QwE7rTy2UiO9pAs1DfG6hJk3ZxC8vBn5Mq": D("2321.02"),
    }
    assert [b.raw for b in snapshot.balances] == [a["balances"] for a in decoded(live)["accounts"]]
    assert [a.id for a in snapshot.accounts] == [a.id for a in holdings("brokerage").accounts]
    assert set(snapshot.raw) == {"get_investments_holdings", "get_accounts_balance"}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_item_without_investment_accounts_shows_its_accounts_and_no_failure(mode: str) -> None:
    cached = _accounts_example(ACCOUNTS_PATH, "example-1")
    wire = Wire({HOLDINGS_PATH: (400, _no_investments()), ACCOUNTS_PATH: (200, cached)})
    adapter = adapter_over(wire)
    snapshot = adapter.fetch(TOKEN) if mode == "sync" else asyncio.run(adapter.afetch(TOKEN))
    assert wire.paths == [HOLDINGS_PATH, ACCOUNTS_PATH]
    assert snapshot.holdings == () and [n.code for n in snapshot.notices] == [NO_INVESTMENT_ACCOUNTS]
    assert [a.id for a in snapshot.accounts] == [a["account_id"] for a in cached["accounts"]]
    assert len(snapshot.balances) == len(cached["accounts"])


def test_a_failing_live_balance_call_fails_fetch_and_cancels_the_holdings_call() -> None:
    started, cancelled = asyncio.Event(), asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == HOLDINGS_PATH:
            started.set()
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                cancelled.set()
                raise
        await started.wait()
        return answer(429, response_examples(SPEC, BALANCE_PATH, "post", "429")["rate_limit_exceeded"])

    async def run() -> float:
        adapter = PlaidAdapter(
            CREDENTIALS, "https://plaid.test", options=NO_RETRY, async_transport=httpx.MockTransport(handler)
        )
        loop = asyncio.get_running_loop()
        start = loop.time()
        with pytest.raises(RateLimitedError) as excinfo:
            await adapter.afetch(TOKEN, balances="live")
        assert excinfo.value.code == "BALANCE_LIMIT"
        took = loop.time() - start
        await adapter.aclose()
        return took

    assert asyncio.run(run()) < 5 and cancelled.is_set()


def test_an_unknown_balances_mode_is_refused_before_any_request() -> None:
    wire = Wire({})
    with pytest.raises(InvalidInputError, match="balances must be one of cached, live"):
        adapter_over(wire).fetch(TOKEN, balances="fresh")
    assert wire.requests == []


async def test_item_login_required_marks_the_outcome_for_the_user_and_an_outage_does_not() -> None:
    errors = response_examples(SPEC, HOLDINGS_PATH, "post", "400")
    by_token = {TOKEN: errors["item_login_required"], TOKEN + "-2": errors["institution_down"]}

    def plaid(request: httpx.Request) -> httpx.Response:
        return answer(400, by_token[json.loads(request.content)["access_token"]])

    connections = [
        PlaidConnection(label, CREDENTIALS, token, environment="https://plaid.test", options=NO_RETRY)
        for label, token in (("login", TOKEN), ("down", TOKEN + "-2"))
    ]
    async with SharedAdapters(transport=lambda: httpx.MockTransport(plaid)) as shared:
        portfolio = await fetch_portfolio(connections, shared=shared)
    outcomes = {o.label: o for o in portfolio.outcomes}
    assert outcomes["login"].needs_user_action and isinstance(
        outcomes["login"].error, UserActionRequiredError
    )
    assert not outcomes["down"].needs_user_action
    assert isinstance(outcomes["down"].error, ProviderUnavailableError) and outcomes["down"].error.retryable


def test_the_mock_connections_read_plaids_example_and_ours() -> None:
    connections = mock_connections("http://127.0.0.1:9")
    assert [c.label for c in connections] == ["plaid:chase", "plaid:harbor-point", "plaid:eth-wallet"]
    assert [c.balances for c in connections] == ["cached", "live", "cached"]
    assert connections[1].options.headers == {"Prefer": "example=brokerage"}
