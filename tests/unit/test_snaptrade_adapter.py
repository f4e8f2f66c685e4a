"""SnapTrade adapter: every named example maps (or raises its typed error), amounts are exact Decimals,
instrument kinds go through the discriminator, cash is never counted twice, disabled connections and
retired endpoints are told apart from outages, freshness is kept, and SnapTrade's limits are kept to."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import datetime
import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest

from tests.conftest import as_wire_bytes, load_spec, response_examples
from unifolio import (
    AuthenticationError,
    ConfigurationError,
    EndpointGoneError,
    InvalidInputError,
    NotFoundError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    ResponseContractError,
    UserActionRequiredError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio._redact import Redactor
from unifolio._transports import RATE_LIMIT_SCOPE, RateLimits, Window
from unifolio.aggregate import fetch_portfolio
from unifolio.config import connection_from_table
from unifolio.models import AssetClass, CostBasisKind, PriceKind, Snapshot
from unifolio.providers import get_provider
from unifolio.providers.snaptrade import (
    ACCOUNTS_AT_ONCE,
    INFO,
    SnapTradeAdapter,
    SnapTradeConnection,
    SnapTradeCredentials,
    SnapTradeUser,
    limits_for,
    mock_connections,
    positions_from_response,
)

SPEC = load_spec("snaptrade.yaml")
OPERATIONS = {
    "list_accounts": "/accounts",
    "list_connections": "/authorizations",
    "get_account": "/accounts/{accountId}",
    "get_account_positions": "/accounts/{accountId}/positions/all",
    "get_account_balances": "/accounts/{accountId}/balances",
}
ROBINHOOD = "917c8734-8470-4a3e-a18f-57c3f2ee6631"
QUESTRADE = "3c0f5d3e-8a7b-4b2c-9d1e-6f5a4b3c2d1e"
USER = SnapTradeUser("snaptrade-user-123", "adf2aa34-8219-40f7-a6b3-60156985cc61")
NO_RETRY = HttpOptions(retry=RetryPolicy(max_attempts=1))
UTC = datetime.UTC


def examples(operation: str, status: str = "200") -> dict[str, Any]:
    return response_examples(SPEC, OPERATIONS[operation], "get", status)


def documented(name: str) -> dict[str, tuple[int, Any]]:
    """Operation -> (status, body) of the named example, for every operation that documents it."""
    found = {}
    for operation, path in OPERATIONS.items():
        for status in SPEC["paths"][path]["get"]["responses"]:
            if status.isdigit() and name in (named := response_examples(SPEC, path, "get", status)):
                found[operation] = (int(status), named[name])
                break
    return found


def _operation(path: str) -> str:
    if path == "/accounts":
        return "list_accounts"
    if path == "/authorizations":
        return "list_connections"
    if path.endswith("/positions/all"):
        return "get_account_positions"
    if path.endswith("/balances"):
        return "get_account_balances"
    return "get_account"


class Server:
    """SnapTrade's operations over ``httpx.MockTransport``: each answers the given (status, body) or, like
    the mock, its first example; records every request."""

    def __init__(
        self, answers: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        self.answers = dict(answers or {})
        self.headers = dict(headers or {})
        self.requests: list[httpx.Request] = []

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        operation = _operation(request.url.path)
        answer = self.answers.get(operation, (200, next(iter(examples(operation).values()))))
        if callable(answer):
            answer = answer(request)
        if not isinstance(answer, tuple):
            answer = (200, answer)
        status, body, headers = (*answer, {}) if len(answer) == 2 else answer
        content = body if isinstance(body, bytes) else as_wire_bytes(body)
        headers = {"content-type": "application/json", **self.headers, **headers}
        return httpx.Response(status, content=content, headers=headers)

    async def aanswer(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request)

    def adapter(self, **kwargs: Any) -> SnapTradeAdapter:
        return SnapTradeAdapter(
            SnapTradeCredentials("test-client-id", "test-consumer-key"),
            "https://snaptrade.test",
            options=kwargs.pop("options", NO_RETRY),
            transport=httpx.MockTransport(self.answer),
            async_transport=httpx.MockTransport(self.aanswer),
            rate_limits=kwargs.pop("rate_limits", RateLimits()),
            **kwargs,
        )

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


def example_server(name: str) -> Server:
    return Server(documented(name))


def _dec(value: Any) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


# --- the named examples -----------------------------------------------------------------------------


def test_the_us_brokerage_example_maps_exactly() -> None:
    server = example_server("us_brokerage")
    snapshot = server.adapter().fetch(USER)
    (account,) = snapshot.accounts
    assert (account.id, account.name, account.type, account.institution, account.currency) == (
        ROBINHOOD,
        "Robinhood Individual",
        "Margin",
        "Robinhood",
        "USD",
    )
    by_symbol = {h.instrument.symbol: h for h in snapshot.holdings}
    assert list(by_symbol) == ["AAPL", "VOO", "BTC", "AAPL  261218C00240000", "SPAXX"]
    as_of = datetime.datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
    aapl = by_symbol["AAPL"]
    assert aapl.quantity == Decimal("10.5") and aapl.currency == "USD"
    assert (aapl.price.amount, aapl.price.kind, aapl.price.as_of) == (
        Decimal("231.42"),
        PriceKind.LAST,
        as_of,
    )
    assert aapl.market_value.amount == Decimal("2429.910") and aapl.market_value.as_of == as_of
    (basis,) = aapl.cost_basis
    assert (basis.amount, basis.kind, basis.includes_fees) == (Decimal("118.2"), CostBasisKind.PER_UNIT, None)
    assert basis.total(aapl.quantity) == Decimal("1241.10")
    assert aapl.instrument.asset_class is AssetClass.EQUITY
    assert (aapl.instrument.ticker, aapl.instrument.market) == ("AAPL", "XNAS")
    assert aapl.instrument.provider_id == "1ef3a5d3-4a9b-40b2-b8d1-cc35f74d6324"
    assert aapl.instrument.raw["figi_instrument"]["figi_code"] == "BBG000B9Y5X2"
    voo = by_symbol["VOO"]  # fractional units, 18 decimals: every digit kept, the product exact
    assert voo.quantity == Decimal("0.123456789012345678")
    assert voo.market_value.amount == Decimal("63.25555498625555503686")
    assert voo.instrument.asset_class is AssetClass.ETF
    btc = by_symbol["BTC"]
    assert btc.quantity == Decimal("0.00000001") and btc.market_value.amount == Decimal("0.0009712345")
    assert btc.instrument.asset_class is AssetClass.CRYPTO and btc.instrument.ticker is None
    option = by_symbol["AAPL  261218C00240000"]
    assert option.instrument.asset_class is AssetClass.OPTION
    terms = option.instrument.option
    assert (terms.option_type, terms.strike, terms.expiration, terms.contract_size) == (
        "call",
        Decimal("240"),
        datetime.date(2026, 12, 18),
        Decimal("100"),
    )
    assert option.price.amount == Decimal("12.35") and option.market_value is None  # units: not documented
    assert (
        option.cost_basis[0].amount == Decimal("9.8") and option.cost_basis[0].kind is CostBasisKind.PER_UNIT
    )
    sweep = by_symbol["SPAXX"]
    assert sweep.instrument.asset_class is AssetClass.FUND and sweep.raw["cash_equivalent"] is True
    (balance,) = snapshot.balances
    assert balance.currency == "USD" and balance.buying_power == Decimal("1850.55")
    assert balance.cash == Decimal("300.0000")  # 1550.55 less the 1250.55 money-market sweep
    assert _dec(balance.raw["cash"]) == Decimal("1550.55")  # SnapTrade's own figure is kept
    (notice,) = snapshot.notices
    assert notice.code == "cash_excludes_cash_equivalents" and "SPAXX" in notice.message
    (value,) = snapshot.values
    assert (value.account_id, value.currency, value.total) == (ROBINHOOD, "USD", Decimal("6513.72"))
    assert snapshot.as_of == as_of
    (positions,) = snapshot.raw["get_account_positions"]  # every answer, whole, with its request
    assert positions.body["data_freshness"]["as_of"] == "2026-11-20T14:30:00Z" and positions.status == 200
    assert positions.request is not None and positions.request.startswith(
        f"GET /accounts/{ROBINHOOD}/positions/all?userId=snaptrade-user-123&userSecret=*"
    )
    assert USER.user_secret.reveal() not in positions.request
    assert [a["id"] for a in snapshot.raw["list_accounts"][0].body] == [ROBINHOOD]
    assert list(snapshot.raw) == [
        "list_accounts",
        "list_connections",
        "get_account_positions",
        "get_account_balances",
    ]
    assert server.paths() == [
        "/accounts",
        "/authorizations",
        f"/accounts/{ROBINHOOD}/positions/all",
        f"/accounts/{ROBINHOOD}/balances",
    ]


def test_the_canadian_example_with_personal_keys_sends_no_user_and_counts_per_account() -> None:
    server = example_server("ca_tfsa")
    snapshot = server.adapter().fetch()  # personal keys: no user at all
    for request in server.requests:
        assert b"userId" not in request.url.query and b"userSecret" not in request.url.query
    per_account = [r for r in server.requests if r.url.path.startswith("/accounts/")]
    assert per_account and all(r.extensions[RATE_LIMIT_SCOPE] == {"account": QUESTRADE} for r in per_account)
    assert all(RATE_LIMIT_SCOPE not in r.extensions for r in server.requests if r not in per_account)
    vab, shop = snapshot.holdings
    assert (vab.instrument.symbol, vab.instrument.ticker, vab.instrument.market) == ("VAB.TO", "VAB", "XTSE")
    assert vab.currency == "CAD" and vab.market_value.amount == Decimal("3511.50")
    assert shop.instrument.asset_class is AssetClass.EQUITY and shop.market_value.amount == Decimal(
        "1737.9075"
    )
    assert [(b.currency, b.cash, b.buying_power) for b in snapshot.balances] == [
        ("CAD", Decimal("512.34"), Decimal("512.34")),
        ("USD", Decimal("0.1"), None),  # "not always available": None, never zero
    ]
    assert snapshot.values[0].currency == "CAD" and snapshot.values[0].total == Decimal("5761.75")
    assert snapshot.as_of == datetime.datetime(2026, 11, 20, 14, 31, 7, 812000, tzinfo=UTC)
    assert snapshot.notices == ()


def test_commercial_requests_do_not_count_against_the_per_account_limit() -> None:
    server = example_server("us_brokerage")
    server.adapter().fetch(USER)
    assert all(RATE_LIMIT_SCOPE not in r.extensions for r in server.requests)


def test_holdings_the_brokerage_hides_are_a_notice_not_an_empty_account() -> None:
    snapshot = example_server("holdings_hidden").adapter().fetch(USER)
    assert snapshot.holdings == ()
    (notice,) = snapshot.notices
    assert notice.code == "holdings_unavailable" and "does not mean it is empty" in notice.message
    assert notice.path == "$[0].sync_status.holdings.holdings_unavailable"
    assert snapshot.values[0].total == Decimal("84210.5")
    assert snapshot.balances[0].cash == Decimal("0")


def test_the_vendors_own_examples_map_too() -> None:
    snapshot = example_server("vendor").adapter().fetch(USER)
    (holding,) = snapshot.holdings
    assert holding.quantity == Decimal("10.5") and holding.market_value.amount == Decimal("1296.225")
    assert holding.raw["tax_lots"][0]["cost_basis"] == "1005.00"  # lot totals stay in the record
    assert [n.code for n in snapshot.notices] == ["holdings_unavailable"]
    assert snapshot.balances[0].cash == Decimal("300.71")
    # positions' data_freshness is older than the listing's last sync: the holdings are what it says
    assert snapshot.as_of == datetime.datetime(2026, 6, 2, 14, 30, tzinfo=UTC)


def test_a_disabled_connection_is_for_the_user_to_fix_not_an_outage() -> None:
    server = example_server("broken_connection")
    with pytest.raises(UserActionRequiredError) as caught:
        server.adapter().fetch(USER)
    error = caught.value
    assert error.code == "connection_disabled" and error.retryable is False and error.status is None
    assert "Robinhood connection 87b24961-b51e-4db8-9226-f198f6518a89 is disabled since 2026-11-02" in str(
        error
    )
    assert ROBINHOOD in str(error) and "reconnect" in str(error)
    assert server.paths() == ["/accounts", "/authorizations"]  # no stale per-account data was read
    snapshot = server.adapter().fetch(USER, include_disabled=True)
    assert snapshot.holdings and [n.code for n in snapshot.notices][:1] == ["connection_disabled"]
    assert snapshot.notices[0].path == "$[0].disabled"


@attrs.define
class Through:
    """A connection that reads through a given adapter (the test's canned server)."""

    adapter: SnapTradeAdapter
    label: str = "alice"
    provider: str = "snaptrade"
    redactor: Redactor = attrs.field(factory=Redactor)

    async def fetch(self, shared: Any = None) -> Snapshot:
        return await self.adapter.afetch(USER)


async def test_a_disabled_connection_needs_the_user_in_the_outcome() -> None:
    portfolio = await fetch_portfolio([Through(example_server("broken_connection").adapter())])
    (outcome,) = portfolio.outcomes
    assert outcome.needs_user_action and isinstance(outcome.error, UserActionRequiredError)


@pytest.mark.parametrize(
    ("name", "error", "status", "code"),
    [
        ("signature_rejected", AuthenticationError, 401, "1076"),
        ("connection_disabled", UserActionRequiredError, 402, "3003"),
        ("account_not_found", NotFoundError, 404, "1011"),
        ("endpoint_retired", EndpointGoneError, 410, None),
        ("being_populated", ProviderUnavailableError, 425, "3012"),
        ("rate_limited", RateLimitedError, 429, "0000"),
        ("syncing", ProviderUnavailableError, 503, "3002"),
    ],
)
def test_every_failure_example_is_its_typed_error(
    name: str, error: type[ProviderError], status: int, code: str | None
) -> None:
    with pytest.raises(error) as caught:
        example_server(name).adapter().fetch(USER)
    raised = caught.value
    assert type(raised) is error and raised.status == status and raised.code == code
    assert raised.retryable is (status in (425, 429, 503))
    if isinstance(raised, RateLimitedError):
        assert raised.retry_after == 7.0  # "Expected available in 7 seconds"


def test_every_named_example_is_covered_here() -> None:
    names = {
        name
        for op, path in OPERATIONS.items()
        for s in SPEC["paths"][path]["get"]["responses"]
        if s.isdigit()
        for name in response_examples(SPEC, path, "get", s)
    }
    covered = {"us_brokerage", "ca_tfsa", "holdings_hidden", "vendor", "broken_connection"}
    covered |= {"signature_rejected", "connection_disabled", "account_not_found", "endpoint_retired"}
    covered |= {"being_populated", "rate_limited", "syncing"}
    assert names == covered


# --- a retired endpoint, and other errors ---------------------------------------------------------


def test_a_retired_positions_endpoint_is_never_an_empty_holdings_list() -> None:
    """SnapTrade retires endpoints per customer (410); balances still work, as integrators saw."""
    gone = (410, {"detail": "This endpoint is no longer available for your account."})
    server = Server({"get_account_positions": gone})
    adapter = server.adapter()
    with pytest.raises(EndpointGoneError) as caught:
        adapter.fetch(USER)
    assert "retired this endpoint" in str(caught.value) and "no longer available" in str(caught.value)
    assert isinstance(caught.value, NotFoundError) and caught.value.retryable is False
    with pytest.raises(EndpointGoneError):
        adapter.get_positions(ROBINHOOD, USER)
    assert adapter.get_balances(ROBINHOOD, USER)  # the others still answer


@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        (
            {"detail": "Invalid userID or userSecret provided", "status_code": 401, "code": "1083"},
            "userSecret provided",
            "1083",
        ),
        (
            {"default_detail": "Unable to verify signature sent", "default_code": 1076},
            "this machine's clock",
            "1076",
        ),
        ({"detail": "User not found", "code": 0}, "User not found", "0"),
        (b"<html>unauthorized</html>", "HTTP 401", None),
    ],
)
def test_error_bodies_are_read_in_every_form_snaptrade_sends(
    body: Any, message: str, code: str | None
) -> None:
    server = Server({"list_accounts": (401, body)}, headers={"X-Request-ID": "req-7f3a"})
    with pytest.raises(AuthenticationError) as caught:
        server.adapter().get_accounts(USER)
    assert message in str(caught.value) and caught.value.code == code
    assert caught.value.request_id == "req-7f3a" and caught.value.status == 401


def test_a_rate_limit_answer_says_when_to_come_back() -> None:
    headers = {"X-RateLimit-Limit": "250", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "42"}
    server = Server({"list_accounts": (429, {"detail": "Request was throttled."})}, headers=headers)
    with pytest.raises(RateLimitedError) as caught:
        server.adapter().get_accounts(USER)
    assert caught.value.retry_after == 42.0 and caught.value.status == 429


def test_an_undocumented_success_status_is_a_contract_error() -> None:
    server = Server({"list_accounts": (204, b"")})
    with pytest.raises(ResponseContractError, match="HTTP 204 is not a documented answer"):
        server.adapter().get_accounts(USER)


# --- amounts ------------------------------------------------------------------------------------------


def _positions(*results: dict[str, Any], as_of: str = "2026-11-20T14:30:00Z") -> bytes:
    return json.dumps({"results": list(results), "data_freshness": {"as_of": as_of}}).encode()


def _position(kind: str = "stock", **fields: Any) -> dict[str, Any]:
    us = examples("get_account_positions")["us_brokerage"]["results"]
    instrument = copy.deepcopy(
        next(r["instrument"] for r in us if r["instrument"]["kind"] in (kind, "stock"))
    )
    instrument["kind"] = kind
    return {
        "instrument": instrument,
        "units": "1",
        "price": "2",
        "cost_basis": "1.5",
        "currency": "USD",
        **fields,
    }


def _map(body: bytes, account_id: str = ROBINHOOD) -> Snapshot:
    return positions_from_response(httpx.Response(200, content=body), account_id)


@pytest.mark.parametrize("form", ["string", "number"])
def test_amounts_are_exact_decimals_whatever_json_type_they_come_in(form: str) -> None:
    units, price, cost = "0.123456789012345678", "12345678901234567.89", "0.00000001"
    raw = _position(units=units, price=price, cost_basis=cost)
    text = json.dumps({"results": [raw], "data_freshness": {"as_of": "2026-11-20T14:30:00Z"}})
    if form == "number":
        for value in (units, price, cost):
            text = text.replace(f'"{value}"', value)
        assert f'"units": {units}' in text
    (holding,) = _map(text.encode()).holdings
    assert holding.quantity == Decimal(units) and type(holding.quantity) is Decimal
    assert holding.price.amount == Decimal(price) and holding.cost_basis[0].amount == Decimal(cost)
    assert holding.market_value.amount == Decimal("1524157875323883.66390794098763907942")  # never rounded


def test_balances_and_totals_are_exact_whatever_json_type() -> None:
    balances = (
        b'[{"currency":{"code":"USD"},"cash":"0.123456789012345678","buying_power":12345678901234567.89}]'
    )
    (balance,) = Server({"get_account_balances": balances}).adapter().get_balances(ROBINHOOD, USER).balances
    assert balance.cash == Decimal("0.123456789012345678")
    assert balance.buying_power == Decimal("12345678901234567.89")  # a float would give ...568
    account = json.dumps(_account(ROBINHOOD))
    account = account.replace('"amount": 6513.72', '"amount": "6513.720000000000000001"')
    snapshot = Server({"list_accounts": f"[{account}]".encode()}).adapter().get_accounts(USER)
    assert snapshot.values[0].total == Decimal("6513.720000000000000001")


@pytest.mark.parametrize("bad", ["NaN", "1,5", "ten", True])
def test_a_price_that_is_no_number_reads_unknown_with_a_notice_naming_its_path(bad: object) -> None:
    snapshot = _map(_positions(_position(), _position(price=bad)))
    first, second = snapshot.holdings  # the position and the rest of the answer are kept
    assert second.price is None and second.market_value is None and second.quantity == first.quantity
    (notice,) = snapshot.notices
    assert (notice.provider, notice.code, notice.path) == (
        "snaptrade",
        "unusable_value",
        "$.results[1].price",
    )
    assert notice.raw is second.raw  # the notice names the record it is about


@pytest.mark.parametrize("bad", ["NaN", "1,5", True])
def test_units_that_are_no_number_are_a_contract_error_naming_their_path(bad: object) -> None:
    with pytest.raises(ResponseContractError) as caught:
        _map(_positions(_position(), _position(units=bad)))
    assert caught.value.path == "$.results[1].units" and caught.value.provider == "snaptrade"


def test_a_position_without_units_is_reported_not_guessed() -> None:
    snapshot = _map(_positions(_position(), _position(units=None)))
    assert len(snapshot.holdings) == 1
    (notice,) = snapshot.notices
    assert notice.code == "position_without_units" and notice.path == "$.results[1].units"


def test_short_positions_keep_their_sign() -> None:
    (holding,) = _map(_positions(_position(units="-3.5", price="10"))).holdings
    assert holding.quantity == Decimal("-3.5") and holding.market_value.amount == Decimal("-35.0")


# --- instrument kinds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "asset_class", "valued"),
    [
        ("stock", AssetClass.EQUITY, True),
        ("adr", AssetClass.EQUITY, True),
        ("etf", AssetClass.ETF, True),
        ("mutualfund", AssetClass.FUND, True),
        ("cef", AssetClass.FUND, True),
        ("crypto", AssetClass.CRYPTO, True),
        ("other", AssetClass.OTHER, True),
    ],
)
def test_stock_like_kinds(kind: str, asset_class: AssetClass, valued: bool) -> None:
    (holding,) = _map(_positions(_position(kind))).holdings
    assert holding.instrument.asset_class is asset_class
    assert (holding.market_value is not None) is valued


def test_futures_and_cfds_are_kept_with_their_terms_but_not_valued() -> None:
    future = {
        "kind": "future",
        "id": "2fef6a3c-4d3f-4a0a-b1fe-8c45a9c7da7f",
        "symbol": "ESM26",
        "root_symbol": "ES",
        "expiration_code": "M26",
        "expiration_date": "2026-06-19",
        "multiplier": "50",
        "currency": "USD",
        "exchange": "XCME",
    }
    underlying = _position()["instrument"]
    cfd = {
        "kind": "cfd",
        "id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
        "symbol": "AAPL.CFD",
        "raw_symbol": "AAPL",
        "description": "Apple CFD",
        "currency": "USD",
        "exchange": None,
        "underlying_instrument": underlying,
    }
    held = _map(_positions(_position(instrument=future), _position(instrument=cfd))).holdings
    assert [h.instrument.asset_class for h in held] == [AssetClass("future"), AssetClass("cfd")]
    assert not any(h.instrument.asset_class.is_known for h in held)
    assert held[0].instrument.market == "XCME" and held[0].instrument.raw["multiplier"] == "50"
    assert held[1].instrument.raw["underlying_instrument"]["symbol"] == "AAPL"
    assert all(h.market_value is None and h.price is not None for h in held)


def test_an_unknown_kind_is_kept_and_flagged_never_typed_as_a_stock() -> None:
    bond = {
        "kind": "bond",
        "id": "11111111-2222-4333-8444-555555555555",
        "symbol": "US912828Z",
        "cusip": "912828Z",
        "coupon": "4.25",
    }
    snapshot = _map(_positions(_position(), _position(instrument=bond, units="1000", price="0.98")))
    holding = snapshot.holdings[1]
    assert (
        holding.instrument.asset_class == "bond" and holding.instrument.asset_class is not AssetClass.EQUITY
    )
    assert holding.instrument.symbol == "US912828Z" and holding.instrument.raw["coupon"] == "4.25"
    assert holding.market_value is None and holding.quantity == Decimal("1000")
    (notice,) = snapshot.notices
    assert notice.code == "unknown_instrument_kind" and notice.path == "$.results[1].instrument.kind"
    assert "'bond'" in notice.message


@pytest.mark.parametrize(
    ("kind", "path"), [(None, "$.results[0].instrument"), (7, "$.results[0].instrument")]
)
def test_an_instrument_without_a_usable_kind_is_a_contract_error(kind: Any, path: str) -> None:
    position = _position()
    if kind is None:
        del position["instrument"]["kind"]
    else:
        position["instrument"]["kind"] = kind
    with pytest.raises(ResponseContractError) as caught:
        _map(_positions(position))
    assert caught.value.path.startswith(path)


def test_put_options_and_unknown_option_types() -> None:
    option = next(
        r
        for r in examples("get_account_positions")["us_brokerage"]["results"]
        if r["instrument"]["kind"] == "option"
    )
    put = copy.deepcopy(option)
    put["instrument"]["option_type"] = "PUT"
    odd = copy.deepcopy(option)
    odd["instrument"]["option_type"] = "BINARY"
    a, b = _map(_positions(put, odd)).holdings
    assert a.instrument.option.option_type == "put" and b.instrument.option.option_type == "BINARY"


# --- cash, never counted twice -------------------------------------------------------------------


def _cash_server(positions: list[dict[str, Any]], balances: list[dict[str, Any]]) -> Server:
    return Server(
        {
            **{op: body for op, (_, body) in documented("us_brokerage").items()},
            "get_account_positions": json.loads(_positions(*positions)),
            "get_account_balances": balances,
        }
    )


def test_cash_equivalents_are_taken_out_of_cash_per_currency_exactly() -> None:
    sweep = _position("mutualfund", units="1000.000000000000000001", price="1", cash_equivalent=True)
    cad_sweep = _position("mutualfund", units="10", price="1", currency="CAD", cash_equivalent=True)
    other = _position("stock", units="5", price="3")
    balances = [
        {"currency": {"code": "USD"}, "cash": Decimal("1500.5"), "buying_power": 9999},
        {"currency": {"code": "CAD"}, "cash": 10, "buying_power": None},
        {"currency": {"code": "EUR"}, "cash": 7, "buying_power": None},
    ]
    snapshot = _cash_server([sweep, cad_sweep, other], balances).adapter().fetch(USER)
    usd, cad, eur = snapshot.balances
    assert usd.cash == Decimal("500.499999999999999999") and usd.buying_power == 9999
    assert cad.cash == 0 and eur.cash == 7
    total_cash = sum((b.cash for b in snapshot.balances if b.currency == "USD"), Decimal(0))
    held = sum((h.market_value.amount for h in snapshot.holdings if h.currency == "USD"), Decimal(0))
    assert total_cash + held == Decimal("1500.5") + 15  # cash + holdings: the sweep once
    assert [n.code for n in snapshot.notices] == ["cash_excludes_cash_equivalents"] * 2
    assert snapshot.notices[0].path == "$[0].cash"


def test_cash_less_the_sweep_keeps_every_digit_beyond_28() -> None:
    # A bare ``-swept`` is computed in the default context: 38 digits would be rounded to 28 before the
    # exact sum ever saw them.
    units = "12345678901234567890.123456789012345678"
    sweep = _position("mutualfund", units=units, price="1", cash_equivalent=True)
    stated = Decimal("12345678901234567891")
    snapshot = _cash_server([sweep], [{"currency": {"code": "USD"}, "cash": stated}]).adapter().fetch(USER)
    assert snapshot.balances[0].cash == Decimal("0.876543210987654322")
    assert snapshot.balances[0].cash + snapshot.holdings[0].market_value.amount == stated  # type: ignore[union-attr]


def test_an_unvalued_cash_equivalent_leaves_the_cash_as_stated_and_says_so() -> None:
    sweep = _position("mutualfund", units="100", price=None, cash_equivalent=True)
    snapshot = _cash_server([sweep], [{"currency": {"code": "USD"}, "cash": 150}]).adapter().fetch(USER)
    assert snapshot.balances[0].cash == 150
    assert [n.code for n in snapshot.notices] == ["cash_may_include_holdings"]


# --- accounts, connections, freshness -----------------------------------------------------------


def _account(account_id: str, **changes: Any) -> dict[str, Any]:
    account = copy.deepcopy(examples("list_accounts")["us_brokerage"][0])
    account["id"] = account_id
    account.update(changes)
    return account


def test_non_investment_accounts_are_read_for_cash_only() -> None:
    deposit = "0f0f0f0f-1111-4222-8333-444455556666"
    server = Server(
        {
            "list_accounts": [
                _account(ROBINHOOD),
                _account(deposit, account_category="DEPOSIT", name="Cash"),
            ],
            "list_connections": examples("list_connections")["us_brokerage"],
            "get_account_positions": examples("get_account_positions")["us_brokerage"],
            "get_account_balances": examples("get_account_balances")["us_brokerage"],
        }
    )
    snapshot = server.adapter().fetch(USER)
    assert f"/accounts/{deposit}/positions/all" not in server.paths()
    assert f"/accounts/{deposit}/balances" in server.paths()
    assert {b.account_id for b in snapshot.balances} == {ROBINHOOD, deposit}
    assert {h.account_id for h in snapshot.holdings} == {ROBINHOOD}
    # its freshness is its last sync; the snapshot's is the oldest of the two accounts
    assert snapshot.as_of == datetime.datetime(2026, 11, 20, 14, 29, 58, 120943, tzinfo=UTC)


def test_account_ids_select_accounts_and_an_unknown_one_is_refused() -> None:
    other = "0f0f0f0f-1111-4222-8333-444455556666"
    answers = {
        **{op: body for op, (_, body) in documented("us_brokerage").items()},
        "list_accounts": [_account(ROBINHOOD), _account(other)],
    }
    server = Server(answers)
    snapshot = server.adapter().fetch(USER, account_ids=[other.upper()])
    assert [a.id for a in snapshot.accounts] == [other] and {h.account_id for h in snapshot.holdings} == {
        other
    }
    assert ROBINHOOD not in "".join(server.paths()[2:])
    server = Server(answers)
    with pytest.raises(NotFoundError, match="0f0f0f0f-1111-4222-8333-444455556667"):
        server.adapter().fetch(USER, account_ids=["0f0f0f0f-1111-4222-8333-444455556667"])
    assert server.paths() == ["/accounts", "/authorizations"]


@pytest.mark.parametrize(
    ("account_ids", "message"),
    [
        (["not-a-uuid"], "is not a UUID"),
        (["../accounts"], "would change the request path"),
        ("917c8734-8470-4a3e-a18f-57c3f2ee6631", "not one string"),
        ([], "is empty"),
    ],
)
def test_account_ids_are_checked_before_any_request(account_ids: Any, message: str) -> None:
    server = Server()
    with pytest.raises(InvalidInputError, match=message):
        server.adapter().fetch(USER, account_ids=account_ids)
    with pytest.raises(InvalidInputError):
        server.adapter().get_positions("x/../y", USER)
    assert server.requests == []


def test_account_states_worth_knowing_are_notices() -> None:
    account = _account(ROBINHOOD, status="closed", is_paper=True)
    account["sync_status"]["holdings"].update(
        initial_sync_completed=False, last_successful_sync="yesterday-ish"
    )
    snapshot = Server({"list_accounts": [account]}).adapter().get_accounts(USER)
    assert [n.code for n in snapshot.notices] == [
        "initial_sync_pending",
        "account_not_open",
        "paper_account",
        "unreadable_sync_time",
    ]
    assert snapshot.notices[-1].path == "$[0].sync_status.holdings.last_successful_sync"
    assert snapshot.as_of is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-06-28 18:42:46.561408+00:00", datetime.datetime(2024, 6, 28, 18, 42, 46, 561408, tzinfo=UTC)),
        ("2024-06-28T18:42:46Z", datetime.datetime(2024, 6, 28, 18, 42, 46, tzinfo=UTC)),
        ("2024-06-28 14:42:46-04:00", datetime.datetime(2024, 6, 28, 18, 42, 46, tzinfo=UTC)),
        ("2024-06-28 18:42:46", datetime.datetime(2024, 6, 28, 18, 42, 46, tzinfo=UTC)),  # no offset: UTC
    ],
)
def test_the_last_sync_is_read_with_a_space_or_a_t(text: str, expected: datetime.datetime) -> None:
    account = _account(ROBINHOOD)
    account["sync_status"]["holdings"]["last_successful_sync"] = text
    assert Server({"list_accounts": [account]}).adapter().get_accounts(USER).as_of == expected


def test_an_account_of_a_connection_that_is_not_listed_is_read_and_flagged() -> None:
    answers = {op: body for op, (_, body) in documented("us_brokerage").items()}
    answers["list_connections"] = []
    snapshot = Server(answers).adapter().fetch(USER)
    assert snapshot.holdings and snapshot.notices[0].code == "connection_state_unknown"
    assert (
        "did not list" in snapshot.notices[0].message
        and snapshot.notices[0].path == "$[0].brokerage_authorization"
    )


def test_one_account_and_the_connections_on_their_own() -> None:
    adapter = example_server("us_brokerage").adapter()
    one = adapter.get_account(ROBINHOOD, USER)
    assert [a.id for a in one.accounts] == [ROBINHOOD] and one.values[0].total == Decimal("6513.72")
    assert one.raw["get_account"][0].body["id"] == ROBINHOOD
    (connection,) = adapter.get_connections(USER)
    assert (connection.id, connection.brokerage, connection.disabled) == (
        "87b24961-b51e-4db8-9226-f198f6518a89",
        "Robinhood",
        False,
    )


# --- rate limits and concurrency ------------------------------------------------------------------


class FrozenClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_personal_keys_keep_to_ten_requests_a_minute_per_account() -> None:
    clock = FrozenClock()
    limits = RateLimits([Window(250, 60.0), Window(10, 60.0, scope="account")], clock=clock)
    server = example_server("ca_tfsa")
    adapter = server.adapter(
        rate_limits=limits, options=HttpOptions(total_timeout=5, retry=RetryPolicy(max_attempts=1))
    )
    for _ in range(5):
        adapter.fetch()  # positions + balances: 2 requests of the account each time
    sent = len(server.requests)
    with pytest.raises(RateLimitedError) as caught:
        adapter.fetch()
    assert 59 < caught.value.retry_after <= 60 and "nothing was sent" in str(caught.value)
    assert len(server.requests) == sent + 2  # accounts and connections went; the account's did not
    clock.now += 60
    assert adapter.fetch().holdings


def test_commercial_keys_keep_to_the_per_client_limit_only() -> None:
    clock = FrozenClock()
    limits = RateLimits([Window(6, 60.0), Window(10, 60.0, scope="account")], clock=clock)
    server = example_server("us_brokerage")
    adapter = server.adapter(
        rate_limits=limits, options=HttpOptions(total_timeout=5, retry=RetryPolicy(max_attempts=1))
    )
    adapter.get_accounts(USER)
    adapter.fetch(USER)  # 4 more: 5 of 6
    adapter.get_connections(USER)
    with pytest.raises(RateLimitedError):
        adapter.get_accounts(USER)


def test_an_exhausted_account_bucket_holds_that_account_only() -> None:
    other = "0f0f0f0f-1111-4222-8333-444455556666"
    exhausted = {"X-RateLimit-Account-Remaining": "0", "X-RateLimit-Account-Reset": "3600"}
    server = Server(
        {
            "get_account_balances": lambda request: (
                200,
                [],
                exhausted if ROBINHOOD in request.url.path else {},
            )
        }
    )
    adapter = server.adapter()
    adapter.get_balances(ROBINHOOD)  # personal keys: the answer says this account's bucket is empty
    adapter.get_balances(other)
    with pytest.raises(RateLimitedError) as caught:
        adapter.get_positions(ROBINHOOD)
    assert caught.value.retry_after == pytest.approx(3600, abs=5)
    assert adapter.get_positions(other).holdings
    assert len(server.requests) == 3


def test_adapters_of_one_client_id_share_its_budget() -> None:
    first = SnapTradeAdapter(
        SnapTradeCredentials("shared-client-1", "consumer-key"), "https://snaptrade.test"
    )
    second = SnapTradeAdapter(
        SnapTradeCredentials("shared-client-1", "consumer-key-2"), "https://snaptrade.test"
    )
    third = SnapTradeAdapter(
        SnapTradeCredentials("shared-client-2", "consumer-key"), "https://snaptrade.test"
    )
    assert first.rate_limits is second.rate_limits is limits_for("https://snaptrade.test", "shared-client-1")
    assert third.rate_limits is not first.rate_limits
    assert [w.requests for w in first.rate_limits.windows] == [250, 10]


class Gauge(Server):
    """Holds per-account requests until as many as the adapter may send at once are in flight."""

    def __init__(self, answers: Mapping[str, Any]) -> None:
        super().__init__(answers)
        self.in_flight = self.peak = 0
        self.full = asyncio.Event()

    async def aanswer(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            if request.url.path.startswith("/accounts/"):
                if self.in_flight >= 2 * ACCOUNTS_AT_ONCE:
                    self.full.set()
                with contextlib.suppress(TimeoutError):  # a lower peak than expected fails the assert below
                    await asyncio.wait_for(self.full.wait(), 2)
            return self.answer(request)
        finally:
            self.in_flight -= 1


async def test_afetch_reads_accounts_at_once_within_its_limit_and_equals_fetch() -> None:
    ids = [f"0f0f0f0f-1111-4222-8333-{i:012d}" for i in range(10)]
    answers = {**{op: body for op, (_, body) in documented("us_brokerage").items()}}
    answers["list_accounts"] = [_account(account_id) for account_id in ids]
    server = Gauge(answers)
    snapshot = await server.adapter().afetch(USER)
    assert server.peak == 2 * ACCOUNTS_AT_ONCE  # positions and balances of four accounts at a time, no more
    assert snapshot == Server(answers).adapter().fetch(USER)
    assert [a.id for a in snapshot.accounts] == ids and len(snapshot.holdings) == 50


async def test_afetch_stops_the_other_reads_on_the_first_failure_and_raises_it_as_is() -> None:
    ids = [f"0f0f0f0f-1111-4222-8333-{i:012d}" for i in range(6)]
    answers = {
        **{op: body for op, (_, body) in documented("us_brokerage").items()},
        "list_accounts": [_account(account_id) for account_id in ids],
    }
    answers["get_account_balances"] = lambda request: (
        (410, {"detail": "gone"}) if ids[0] in request.url.path else (200, [])
    )
    with pytest.raises(EndpointGoneError):
        await Server(answers).adapter().afetch(USER)


# --- redaction ------------------------------------------------------------------------------------


def test_an_error_that_echoes_the_request_never_shows_the_user_secret_or_client_id() -> None:
    secret = 'user-secret+/=%"<&\\'
    user = SnapTradeUser("alice", secret)

    def echo(request: httpx.Request) -> tuple[int, Any]:
        return 401, {"detail": f"bad request {request.url} headers {dict(request.headers)}", "code": "1083"}

    server = Server({"list_accounts": echo})
    adapter = SnapTradeAdapter(
        SnapTradeCredentials("client-id-42", "consumer-key-42"),
        "https://snaptrade.test",
        options=NO_RETRY,
        transport=httpx.MockTransport(server.answer),
        rate_limits=RateLimits(),
    )
    with pytest.raises(AuthenticationError) as caught:
        adapter.get_accounts(user)
    text = str(caught.value) + repr(caught.value) + repr(caught.value.args)
    assert "userSecret=" in text  # the echo is there...
    for leak in (secret, "user-secret%2B%2F%3D%25%22%3C%26%5C", "client-id-42", "consumer-key-42"):
        assert leak not in text  # ...without the secrets, in the form they travelled in


# --- configuration and registry -------------------------------------------------------------------

ENV = {"ST_ID": "client-id-0001", "ST_KEY": "consumer-key-0001", "ST_SECRET": "user-secret-0001"}


def _table(**keys: Any) -> dict[str, Any]:
    return {
        "name": "st",
        "provider": "snaptrade",
        "client_id_env": "ST_ID",
        "consumer_key_env": "ST_KEY",
        **keys,
    }


def test_config_commercial_and_personal_keys() -> None:
    commercial = connection_from_table(_table(user_id="u-1", user_secret_env="ST_SECRET"), ENV, source="t")
    assert isinstance(commercial, SnapTradeConnection) and commercial.user == SnapTradeUser(
        "u-1", "user-secret-0001"
    )
    personal = connection_from_table(_table(account_ids=[ROBINHOOD.upper()]), ENV, source="t")
    assert isinstance(personal, SnapTradeConnection) and personal.user is None
    assert personal.account_ids == (ROBINHOOD,)
    assert personal.redactor.reveals("client-id-0001") and commercial.redactor.reveals("user-secret-0001")
    assert not personal.include_disabled
    reading = connection_from_table(_table(disabled_connections="read"), ENV, source="t")
    assert isinstance(reading, SnapTradeConnection) and reading.include_disabled


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ({"user_id": "u-1"}, "user_id is set but user_secret_env is not"),
        ({"user_secret_env": "ST_SECRET"}, "user_secret_env is set but user_id is not"),
        ({"account_ids": ["nope"]}, "is not a UUID"),
        ({"disabled_connections": "ignore"}, "disabled_connections must be one of fail, read, not 'ignore'"),
    ],
)
def test_config_refusals_name_the_reason(keys: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        connection_from_table(_table(**keys), ENV, source="t")


def test_the_registry_entry() -> None:
    provider = get_provider("snaptrade")
    assert provider.info is INFO and INFO.environments == {
        "production": "https://api.snaptrade.com",
        "sandbox": "https://api.snaptrade.com",
    }
    us, ca = mock_connections("http://127.0.0.1:4010")
    assert us.user is not None and ca.user is None
    assert us.credentials.client_id != ca.credentials.client_id  # mock runs never share a rate budget
    assert us.options.headers == {"Prefer": "example=us_brokerage"}


# --- instrument identity --------------------------------------------------------------------------


def test_a_listing_on_a_known_mic_is_one_security_with_the_same_us_ticker_from_another_provider() -> None:
    from unifolio.models import Holding, Instrument
    from unifolio.views import merge_positions

    snapshot = example_server("us_brokerage").adapter().fetch(USER)
    aapl = next(h for h in snapshot.holdings if h.instrument.symbol == "AAPL")
    assert (aapl.instrument.market, aapl.instrument.mic, aapl.instrument.market_country) == (
        "XNAS",
        "XNAS",
        "US",
    )
    elsewhere = Holding(  # AAPL as a US-only broker states it: a ticker on the US market, no exchange
        "other",
        "acct",
        Instrument("AAPL", "Apple", AssetClass.EQUITY, "USD", ticker="AAPL", market_country="US"),
        Decimal("2"),
        "USD",
    )
    (merged,) = merge_positions([aapl, elsewhere])
    assert merged.quantity == aapl.quantity + 2 and len(merged.holdings) == 2


@pytest.mark.parametrize(
    ("exchange", "mic", "country"),
    [
        ("XTSE", "XTSE", "CA"),
        ("xnys", "XNYS", "US"),
        ("TSX", None, None),
        ("NYSE", None, None),
        (None, None, None),
    ],
)
def test_only_a_known_mic_becomes_a_listing_identity(
    exchange: str | None, mic: str | None, country: str | None
) -> None:
    """SnapTrade's ``exchange`` is a MIC or a code of its own: a code is kept as the market, never guessed
    into a MIC."""
    instrument = _position()["instrument"]
    instrument["exchange"] = exchange
    (holding,) = _map(_positions({**_position(), "instrument": instrument})).holdings
    assert (holding.instrument.market, holding.instrument.mic, holding.instrument.market_country) == (
        exchange,
        mic,
        country,
    )


def test_the_keys_own_request_rate_is_the_client_window() -> None:
    """``requests_per_minute`` is what the adapter keeps to (was ignored: every adapter kept to 250)."""
    fast = SnapTradeCredentials("rate-client-0001", "consumer-key-0001", requests_per_minute=5000)
    slow = SnapTradeCredentials("rate-client-0002", "consumer-key-0001", requests_per_minute=60)
    windows = [SnapTradeAdapter(keys, "http://127.0.0.1:9").rate_limits.windows for keys in (fast, slow)]
    assert [w[0] for w in windows] == [Window(5000, 60.0), Window(60, 60.0)]
    assert all(w[1] == Window(10, 60.0, scope="account") for w in windows)  # personal keys, per account
