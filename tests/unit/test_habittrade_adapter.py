"""HabitTrade adapter: every documented example maps, errors are typed, drift is kept or located.

Bodies come from the named examples of specs/habittrade.yaml and are served through httpx.MockTransport.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from habittrade_client.models import BalanceEntry, BalanceResponse
from habittrade_client.types import UNSET

from tests.conftest import load_spec, response_examples
from unifolio import (
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    ResponseContractError,
    Secret,
    TransportError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.config import connection_from_table
from unifolio.models import AssetClass, CostBasisKind, PriceKind, QuantityBreakdown
from unifolio.providers import PROVIDERS, get_provider
from unifolio.providers.habittrade import (
    ACCOUNT_ID,
    MOCK_PORTFOLIO_ID,
    HabitTradeAdapter,
    HabitTradeConnection,
    HabitTradeCredentials,
    HabitTradeSigner,
    InvalidPortfolioIdError,
    map_balances,
    mock_auth,
    mock_connections,
)

SPEC = load_spec("habittrade.yaml")
PORTFOLIO_PATH, BALANCE_PATH = "/account/v1/portfolios/{id}", "/account/v1/balance"
PORTFOLIOS = response_examples(SPEC, PORTFOLIO_PATH, "get", "200")
BALANCES = response_examples(SPEC, BALANCE_PATH, "get", "200")
PID = MOCK_PORTFOLIO_ID
NO_RETRY = HttpOptions(retry=RetryPolicy(max_attempts=1))  # mapping tests; tests/faults covers retries
CREDENTIALS = HabitTradeCredentials("test-api-key", "test-api-secret")
BREAKDOWN_FIELDS = {
    "available": "avail_qty",
    "available_for_sale": "avail_sell_qty",
    "frozen_for_sale": "os_sell_qty",
    "uncleared": "uncleared_qty",
    "pending_deposit": "pending_deposit_qty",
    "pending_withdrawal": "pending_withdrawal_qty",
    "approved_deposit": "approved_deposit_qty",
    "approved_withdrawal": "approved_withdrawal_qty",
}


def connection_from_config(label: str, table: dict[str, Any], environ: dict[str, str]) -> Any:
    """The connection the shared config code builds from one table of this provider."""
    return connection_from_table({"name": label, "provider": "habittrade", **table}, environ, source="test")


class Server:
    """Answers each path with a canned (status, body, headers); keeps the requests it saw."""

    def __init__(self, portfolio: Any = None, balance: Any = None, status: int = 200, **headers: str) -> None:
        self.bodies = {"portfolio": portfolio, "balance": balance}
        self.status = status
        self.headers = headers
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = self.bodies["balance" if request.url.path == BALANCE_PATH else "portfolio"]
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers = {"content-type": "application/json", **self.headers}
        return httpx.Response(self.status, content=content, headers=headers)

    def adapter(self) -> HabitTradeAdapter:
        return HabitTradeAdapter(
            CREDENTIALS,
            "https://ht.test",
            transport=httpx.MockTransport(self.handle),
            async_transport=httpx.MockTransport(self.handle),
            clock=lambda: 1746777861334,
            options=NO_RETRY,
        )


def _dec(value: Any) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _portfolio(body: Any, portfolio_id: str = PID) -> Any:
    return Server(portfolio=body).adapter().get_portfolio(portfolio_id)


def _position_body(**changes: Any) -> dict[str, Any]:
    """The documented AAPL example with fields changed (a value of ... deletes the field)."""
    body = copy.deepcopy(PORTFOLIOS["documented_us_position"])
    position = body["data"]["positions"][0]
    for key, value in changes.items():
        if value is ...:
            del position[key]
        else:
            position[key] = value
    return body


# --- every named example ------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(PORTFOLIOS))
def test_every_portfolio_example_maps_losslessly(name: str) -> None:
    example = PORTFOLIOS[name]
    portfolio_id = example["data"]["portfolio_id"]
    snapshot = _portfolio(example, portfolio_id)
    positions = example["data"]["positions"]
    assert len(snapshot.holdings) == len(positions)
    (account,) = snapshot.accounts
    assert (account.provider, account.id, account.type, account.institution) == (
        "habittrade",
        portfolio_id,
        None,
        "HabitTrade",
    )
    for holding, position in zip(snapshot.holdings, positions, strict=True):
        assert holding.provider == "habittrade" and holding.account_id == portfolio_id
        assert dict(holding.raw) == json.loads(json.dumps(position), parse_float=Decimal)
        assert holding.raw["contract_time"] == position["contract_time"]  # kept, not mapped
        instrument = holding.instrument
        assert instrument.symbol == instrument.ticker == position["product_code"]
        assert instrument.name == position["product_name"]
        assert instrument.market == position["market"]
        assert instrument.asset_class is AssetClass.EQUITY  # security_type "stock"
        assert holding.currency == instrument.currency == position["base_currency"]
        assert holding.quantity == _dec(position["qty"]) and isinstance(holding.quantity, Decimal)
        assert holding.price is not None and holding.market_value is not None
        assert holding.price.kind is PriceKind.PREVIOUS_CLOSE and holding.price.kind is not PriceKind.LAST
        assert holding.market_value.kind is PriceKind.PREVIOUS_CLOSE
        assert holding.price.amount == _dec(position["prev_price"])
        assert holding.market_value.amount == _dec(position["prev_market_value"])
        assert holding.price.currency == holding.market_value.currency == position["base_currency"]
        assert holding.price.as_of is None  # the close's date is not given (contract_time is no such date)
        assert holding.breakdown == QuantityBreakdown(
            **{ours: _dec(position[theirs]) for ours, theirs in BREAKDOWN_FIELDS.items()}
        )
        fees_in, fees_out = holding.cost_basis
        assert (fees_in.amount, fees_in.kind, fees_in.includes_fees) == (
            _dec(position["avg_cost"]),
            CostBasisKind.PER_UNIT,
            True,
        )
        assert (fees_out.amount, fees_out.kind, fees_out.includes_fees) == (
            _dec(position["avg_price"]),
            CostBasisKind.PER_UNIT,
            False,
        )
    (exchange,) = snapshot.raw["get_portfolio"]
    assert exchange.body["code"] == 0 and exchange.status == 200
    assert exchange.request == f"GET /account/v1/portfolios/{portfolio_id}"


def test_documented_sample_figures_add_up() -> None:
    (aapl,) = _portfolio(PORTFOLIOS["documented_us_position"]).holdings
    assert aapl.quantity * aapl.price.amount == aapl.market_value.amount == Decimal("14230")
    assert aapl.cost_basis[0].total(aapl.quantity) == Decimal("14050.0")  # 100 x 140.5, fees in
    assert aapl.cost_basis[1].total(aapl.quantity) == Decimal("13900.0")  # 100 x 139.0, fees out
    assert aapl.breakdown is not None and aapl.breakdown.frozen_for_sale == Decimal(10)


def test_decimals_as_strings_give_the_same_decimals_as_numbers() -> None:
    numbers = _portfolio(PORTFOLIOS["us_and_hk_positions"]).holdings
    strings = _portfolio(PORTFOLIOS["decimals_as_strings"]).holdings
    assert numbers == strings  # attrs equality: every Decimal, kind and currency
    assert strings[1].cost_basis[1].amount == Decimal("371.2")
    numbers_balances = Server(balance=BALANCES["usd_and_hkd"]).adapter().get_balance().balances
    strings_balances = Server(balance=BALANCES["decimals_as_strings"]).adapter().get_balance().balances
    assert numbers_balances == strings_balances


@pytest.mark.parametrize("name", list(BALANCES))
def test_every_balance_example_maps(name: str) -> None:
    example = BALANCES[name]
    snapshot = Server(balance=example).adapter().get_balance()
    balances = snapshot.balances
    assert len(balances) == len(example["data"])
    assert [a.id for a in snapshot.accounts] == [ACCOUNT_ID] and not snapshot.notices
    assert snapshot.raw["get_balance"][0].body == json.loads(json.dumps(example), parse_float=Decimal)
    for balance, entry in zip(balances, example["data"], strict=True):
        assert (balance.provider, balance.account_id, balance.currency) == (
            "habittrade",
            ACCOUNT_ID,
            entry["base_currency"],
        )
        assert balance.cash == _dec(entry["cash_on_hold"])
        assert balance.withdrawable == _dec(entry["cash_withdraw"])
        assert balance.buying_power is None and balance.available is None  # not given, so not zero
        assert balance.raw["market_value"] == json.loads(
            json.dumps(entry["market_value"]), parse_float=Decimal
        )
        assert set(balance.raw) == set(entry)  # unsettled and interest figures ride along


def test_balance_prefers_cash_on_hold_over_the_deprecated_cash() -> None:
    body = copy.deepcopy(BALANCES["usd_and_hkd"])
    body["data"][0]["cash"] = 1
    (usd, _) = Server(balance=body).adapter().get_balance().balances
    assert usd.cash == Decimal("25000.0")


def test_deprecated_cash_is_the_fallback_when_cash_on_hold_is_absent() -> None:
    entry = BalanceEntry(
        base_currency="USD", market_value=Decimal(0), cash_on_hold=UNSET, cash=Decimal("7.5")
    )  # type: ignore[arg-type]
    (balance,) = map_balances(BalanceResponse(code=0, data=[entry]))
    assert balance.cash == Decimal("7.5")


def test_older_answers_with_only_the_deprecated_cash_map_off_the_wire() -> None:
    body = copy.deepcopy(BALANCES["usd_and_hkd"])
    body["data"][1]["cash"] = body["data"][1].pop("cash_on_hold")
    (_, hkd) = Server(balance=body).adapter().get_balance().balances
    assert hkd.cash == Decimal(str(body["data"][1]["cash"]))


def test_a_balance_without_any_cash_figure_has_cash_none_not_zero() -> None:
    body = copy.deepcopy(BALANCES["usd_and_hkd"])
    del body["data"][1]["cash_on_hold"]
    body["data"][1].pop("cash", None)
    (_, hkd) = Server(balance=body).adapter().get_balance().balances
    assert hkd.cash is None


def test_fetch_combines_portfolios_and_account_wide_balances() -> None:
    server = Server(portfolio=PORTFOLIOS["us_and_hk_positions"], balance=BALANCES["usd_and_hkd"])
    snapshot = server.adapter().fetch([PID, PID], account_id="main-account")  # repeat dropped
    assert [r.url.path for r in server.requests] == [f"/account/v1/portfolios/{PID}", BALANCE_PATH]
    assert [a.id for a in snapshot.accounts] == [PID, "main-account"]
    assert {b.account_id for b in snapshot.balances} == {"main-account"}
    assert [h.instrument.symbol for h in snapshot.holdings] == ["AAPL", "00700"]
    assert set(snapshot.raw) == {"get_portfolio", "get_balance"}
    assert [e.request for e in snapshot.raw["get_portfolio"]] == [f"GET /account/v1/portfolios/{PID}"]
    assert snapshot.raw["get_balance"][0].body["data"][0]["base_currency"] == "USD"
    # per currency, the account-wide market value equals the previous-close values of the holdings
    for balance in snapshot.balances:
        held = sum(h.market_value.amount for h in snapshot.holdings if h.currency == balance.currency)
        assert held == balance.raw["market_value"]


async def test_async_twins_map_the_same() -> None:
    server = Server(portfolio=PORTFOLIOS["us_and_hk_positions"], balance=BALANCES["usd_and_hkd"])
    adapter = server.adapter()
    assert await adapter.aget_portfolio(PID) == adapter.get_portfolio(PID)
    assert await adapter.aget_balance() == adapter.get_balance()
    assert await adapter.afetch([PID]) == adapter.fetch([PID])
    await adapter.aclose()
    adapter.close()


# --- errors -------------------------------------------------------------------------------------

EXPECTED_BY_STATUS: dict[str, type[ProviderError]] = {
    "400": BadRequestError,
    "401": AuthenticationError,
    "403": PermissionDeniedError,
    "404": NotFoundError,
    "418": PermissionDeniedError,
    "429": RateLimitedError,
    "500": ProviderUnavailableError,
    "502": ProviderUnavailableError,
    "503": ProviderUnavailableError,
    "504": ProviderUnavailableError,
}


def _error_cases() -> list[tuple[str, str, str, dict[str, Any]]]:
    cases = []
    for path in (PORTFOLIO_PATH, BALANCE_PATH):
        for status, response in SPEC["paths"][path]["get"]["responses"].items():
            if status == "200":
                continue
            if "$ref" in response:
                response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
            for name, example in response["content"]["application/json"]["examples"].items():
                cases.append((path, status, name, example["value"]))
    return cases


ERROR_CASES = _error_cases()


def test_every_documented_error_status_is_covered() -> None:
    statuses = {status for _, status, _, _ in ERROR_CASES}
    assert statuses == set(EXPECTED_BY_STATUS)


@pytest.mark.parametrize(
    ("path", "status", "name", "body"), ERROR_CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in ERROR_CASES]
)
def test_every_documented_error_maps_to_its_typed_error(path: str, status: str, name: str, body: Any) -> None:
    server = Server(portfolio=body, balance=body, status=int(status), **{"Retry-After": "10"})
    adapter = server.adapter()
    with pytest.raises(ProviderError) as excinfo:
        adapter.get_balance() if path == BALANCE_PATH else adapter.get_portfolio(PID)
    error = excinfo.value
    assert type(error) is EXPECTED_BY_STATUS[status]
    assert error.status == int(status) and error.code == str(body["code"])
    assert body["message"] in error.message and body.get("details", "") in error.message
    assert error.request_id == server.requests[0].headers["X-REQUEST-ID"]  # the id we sent
    assert error.provider == "habittrade"
    if status == "429":
        assert isinstance(error, RateLimitedError) and error.retry_after == 10 and error.retryable
    if status == "418":
        assert error.retryable is False and "banned" in error.message
    if status.startswith("5"):
        assert error.retryable


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, 10010008, AuthenticationError),  # the signature code wins over a generic status
        (403, 10010008, AuthenticationError),
        (400, 12010012, ProviderUnavailableError),
        (418, 10010008, PermissionDeniedError),  # an IP ban is an IP ban, whatever the code
    ],
)
def test_business_codes_refine_the_status(status: int, code: int, expected: type[ProviderError]) -> None:
    body = {"code": code, "message": "x"}
    with pytest.raises(expected) as excinfo:
        Server(portfolio=body, status=status).adapter().get_portfolio(PID)
    assert excinfo.value.status == status and excinfo.value.code == str(code)


@pytest.mark.parametrize(
    ("body", "expected", "retryable"),
    [
        ({"code": 10010008, "message": "Signature verification failed"}, AuthenticationError, False),
        ({"code": 12010012, "message": "Internal server error"}, ProviderUnavailableError, True),
        ({"code": 11010004, "message": "Portfolio not found", "details": "x"}, ProviderError, False),
    ],
)
@pytest.mark.parametrize("operation", ["portfolio", "balance"])
async def test_a_200_with_an_error_envelope_is_the_typed_provider_error(
    body: dict[str, Any], expected: type[ProviderError], retryable: bool, operation: str
) -> None:
    server = Server(portfolio=body, balance=body)
    adapter = server.adapter()
    with pytest.raises(ProviderError) as excinfo:
        adapter.get_portfolio(PID) if operation == "portfolio" else adapter.get_balance()
    assert type(excinfo.value) is expected  # not a ResponseContractError
    assert excinfo.value.status == 200 and excinfo.value.code == str(body["code"])
    assert excinfo.value.retryable is retryable
    assert excinfo.value.request_id == server.requests[-1].headers["X-REQUEST-ID"]
    with pytest.raises(ProviderError) as async_info:
        await (adapter.aget_portfolio(PID) if operation == "portfolio" else adapter.aget_balance())
    assert type(async_info.value) is expected and async_info.value.status == 200


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"code": 10010008}, "$.code"),  # non-zero code without a message: neither success nor error
        ({"code": "0", "data": {}}, "$.code"),
        ({"message": "no code"}, "$.code"),
        ({"code": 0}, "$.data"),
    ],
)
def test_a_200_that_is_neither_success_nor_error_is_a_contract_error(body: dict[str, Any], path: str) -> None:
    with pytest.raises(ResponseContractError) as excinfo:
        _portfolio(body)
    assert excinfo.value.path == path and excinfo.value.provider == "habittrade"


@pytest.mark.parametrize("payload", [b"<html>502 Bad Gateway</html>", b'{"code": 0, "data": {', b""])
def test_a_200_that_is_not_json_is_a_contract_error_at_the_root(payload: bytes) -> None:
    with pytest.raises(ResponseContractError) as excinfo:
        _portfolio(payload)
    assert excinfo.value.path == "$"


def test_gateway_errors_without_a_json_body_keep_their_status() -> None:
    with pytest.raises(ProviderUnavailableError) as excinfo:
        Server(balance=b"<html>504 Gateway Timeout</html>", status=504).adapter().get_balance()
    assert excinfo.value.status == 504 and excinfo.value.code is None
    assert "without a usable error body" in excinfo.value.message


def test_undocumented_statuses() -> None:
    with pytest.raises(ResponseContractError) as contract:
        Server(balance=b"", status=204).adapter().get_balance()
    assert contract.value.status == 204
    with pytest.raises(ProviderError) as conflict:
        Server(balance={"code": 10010409, "message": "conflict"}, status=409).adapter().get_balance()
    assert type(conflict.value) is ProviderError and conflict.value.status == 409


def test_transport_failures_are_typed() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    adapter = HabitTradeAdapter(
        CREDENTIALS, "https://ht.test", transport=httpx.MockTransport(refuse), options=NO_RETRY
    )
    with pytest.raises(TransportError):
        adapter.get_balance()


# --- drift --------------------------------------------------------------------------------------


def test_unknown_market_and_security_type_are_kept() -> None:
    (holding,) = _portfolio(_position_body(market="cryptoex", security_type="perpetual")).holdings
    assert holding.instrument.market == "cryptoex"
    asset_class = holding.instrument.asset_class
    assert isinstance(asset_class, AssetClass) and asset_class == "perpetual" and not asset_class.is_known


@pytest.mark.parametrize(
    ("security_type", "expected"),
    [
        ("stock", AssetClass.EQUITY),
        ("etf", AssetClass.ETF),
        ("crypto", AssetClass.CRYPTO),
        (..., AssetClass.OTHER),
    ],
)
def test_security_type_mapping(security_type: Any, expected: AssetClass) -> None:
    (holding,) = _portfolio(_position_body(security_type=security_type)).holdings
    assert holding.instrument.asset_class is expected


def test_unknown_fields_are_kept_in_raw() -> None:
    body = _position_body(exchange_mic="XNAS", lot_size=1)
    body["data"]["owner"] = "someone"
    body["trace_id"] = "abc"
    snapshot = _portfolio(body)
    (holding,) = snapshot.holdings
    assert holding.raw["exchange_mic"] == "XNAS" and holding.instrument.raw["lot_size"] == 1
    assert snapshot.accounts[0].raw["owner"] == "someone"
    assert snapshot.raw["get_portfolio"][0].body["trace_id"] == "abc"


def test_missing_optional_fields_are_none_not_zero() -> None:
    optional = [
        "product_name",
        "avg_cost",
        "avg_price",
        "prev_price",
        "prev_market_value",
        "security_type",
        "contract_time",
        *BREAKDOWN_FIELDS.values(),
    ]
    (holding,) = _portfolio(_position_body(**dict.fromkeys(optional, ...))).holdings
    assert holding.instrument.name is None
    assert holding.price is None and holding.market_value is None
    assert holding.cost_basis == () and holding.breakdown is None
    assert holding.quantity == Decimal(100)


def test_one_missing_cost_basis_leaves_the_other() -> None:
    (holding,) = _portfolio(_position_body(avg_cost=...)).holdings
    (basis,) = holding.cost_basis
    assert basis.includes_fees is False and basis.amount == Decimal("139.0")
    (holding,) = _portfolio(_position_body(avail_qty=...)).holdings
    assert holding.breakdown is not None and holding.breakdown.available is None
    assert holding.breakdown.available_for_sale == Decimal(85)


@pytest.mark.parametrize(
    ("changes", "json_path"),
    [
        ({"qty": None}, "$.data.positions[0].qty"),
        ({"qty": "one hundred"}, "$.data.positions[0].qty"),
        ({"product_code": 700}, "$.data.positions[0].product_code"),
        ({"qty": ...}, "$.data.positions[0].qty"),
        ({"portfolio_id": "someone-else"}, "$.data.positions[0].portfolio_id"),
    ],
)
def test_values_a_holding_cannot_be_right_without_fail_the_answer_with_the_path(
    changes: dict[str, Any], json_path: str
) -> None:
    with pytest.raises(ResponseContractError) as excinfo:
        _portfolio(_position_body(**changes))
    assert excinfo.value.provider == "habittrade"
    assert excinfo.value.path == json_path


@pytest.mark.parametrize(
    ("mutate", "json_path"),
    [
        (lambda b: b["data"].__setitem__("positions", {"0": b["data"]["positions"][0]}), "$.data.positions"),
        (lambda b: b.__setitem__("data", [b["data"]]), "$.data"),
        (lambda b: b["data"]["positions"].__setitem__(0, "AAPL"), "$.data.positions[0]"),
        (lambda b: b["data"].__setitem__("portfolio_id", "another-portfolio"), "$.data.portfolio_id"),
    ],
)
def test_wrong_containers_and_foreign_ids_name_their_path(
    mutate: Callable[[Any], None], json_path: str
) -> None:
    body = _position_body()
    mutate(body)
    with pytest.raises(ResponseContractError) as excinfo:
        _portfolio(body)
    assert excinfo.value.path == json_path


@pytest.mark.parametrize(
    ("mutate", "json_path"),
    [
        (lambda b: b.__setitem__("data", b["data"][0]), "$.data"),
        (lambda b: b["data"].__setitem__(1, "USD"), "$.data[1]"),
    ],
)
def test_balance_drift_names_its_path(mutate: Callable[[Any], None], json_path: str) -> None:
    body = copy.deepcopy(BALANCES["usd_and_hkd"])
    mutate(body)
    with pytest.raises(ResponseContractError) as excinfo:
        Server(balance=body).adapter().get_balance()
    assert excinfo.value.path == json_path


@pytest.mark.parametrize(
    ("changes", "key", "reason"),
    [
        ({"prev_price": None}, "prev_price", "expected number or string, got null"),
        ({"product_name": None}, "product_name", "expected a string, got null"),
        ({"market": None}, "market", "expected a string, got null"),
        ({"base_currency": 840}, "base_currency", "expected a string, got int"),
        ({"avg_cost": "NaN"}, "avg_cost", "not a finite number: 'NaN'"),
        ({"os_sell_qty": [10]}, "os_sell_qty", "expected number or string, got list"),
        ({"contract_time": "2025-05-09"}, "contract_time", "expected an integer, got str"),
        ({"security_type": {"kind": "stock"}}, "security_type", "expected a string, got dict"),
    ],
)
def test_a_value_the_model_has_room_to_leave_unknown_reads_none_with_a_notice(
    changes: dict[str, Any], key: str, reason: str
) -> None:
    snapshot = _portfolio(_position_body(**changes))
    (holding,) = snapshot.holdings  # the holding and the rest of the answer are kept
    assert holding.quantity == Decimal(100) and holding.instrument.symbol == "AAPL"
    (notice,) = snapshot.notices
    assert (notice.provider, notice.code, notice.path) == (
        "habittrade",
        "unusable_value",
        f"$.data.positions[0].{key}",
    )
    assert reason in notice.message and notice.message.endswith("read as unknown")
    assert notice.raw is holding.raw  # the notice names the record it is about


@pytest.mark.parametrize(
    ("mutate", "json_path"),
    [
        (lambda b: b["data"][1].__setitem__("cash_withdraw", "lots"), "$.data[1].cash_withdraw"),
        (lambda b: b["data"][0].__setitem__("base_currency", None), "$.data[0].base_currency"),
    ],
)
def test_balance_values_that_cannot_be_used_read_none_with_a_notice(
    mutate: Callable[[Any], None], json_path: str
) -> None:
    body = copy.deepcopy(BALANCES["usd_and_hkd"])
    mutate(body)
    snapshot = Server(balance=body).adapter().get_balance()
    assert len(snapshot.balances) == 2
    (notice,) = snapshot.notices
    assert notice.path == json_path and notice.code == "unusable_value"


def test_numbers_as_strings_are_tolerated() -> None:
    (holding,) = _portfolio(_position_body(qty="100", prev_price="142.30", avg_cost="1.405E2")).holdings
    assert holding.quantity == Decimal(100)
    assert holding.price is not None and holding.price.amount == Decimal("142.3")
    assert holding.cost_basis[0].amount == Decimal("140.5")


def test_eighteen_decimal_quantities_survive_and_sums_are_exact() -> None:
    body = _position_body(qty="0.123456789012345678", prev_market_value="0.1")
    second = dict(body["data"]["positions"][0], product_code="BTC-USDT", prev_market_value="0.2")
    body["data"]["positions"].append(second)
    raw = json.dumps(body).replace('"0.123456789012345678"', "0.123456789012345678", 1)  # once as a number
    first, other = _portfolio(raw.encode()).holdings
    assert first.quantity == other.quantity == Decimal("0.123456789012345678")
    assert isinstance(first.quantity, Decimal) and isinstance(other.quantity, Decimal)
    assert first.market_value is not None and other.market_value is not None
    assert first.market_value.amount + other.market_value.amount == Decimal("0.3")
    assert first.quantity * 3 == Decimal("0.370370367037037034")


# --- ids ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", "x" * 51, "ü" * 51, None, 42])
def test_invalid_portfolio_ids_are_refused_before_any_request(bad: Any) -> None:
    server = Server(portfolio=PORTFOLIOS["documented_us_position"], balance=BALANCES["usd_and_hkd"])
    adapter = server.adapter()
    with pytest.raises(InvalidPortfolioIdError) as excinfo:
        adapter.get_portfolio(bad)
    assert isinstance(excinfo.value, ConfigurationError) and isinstance(excinfo.value, ValueError)
    with pytest.raises(InvalidPortfolioIdError):
        adapter.fetch([PID, bad])  # checked before the first portfolio is read
    assert server.requests == []


def test_fifty_characters_are_accepted_and_a_single_string_is_not_a_list() -> None:
    long_id = "ü" * 50  # characters, not bytes
    body = copy.deepcopy(PORTFOLIOS["empty_portfolio"])
    body["data"]["portfolio_id"] = long_id
    snapshot = _portfolio(body, long_id)
    assert snapshot.accounts[0].id == long_id and snapshot.holdings == ()
    with pytest.raises(InvalidPortfolioIdError, match="list"):
        Server().adapter().fetch(PID)


# --- registry, config, mocks ------------------------------------------------------------------


ENV = {"HT_KEY": "live-key", "HT_SECRET": "live-secret"}


def test_connection_from_config() -> None:
    table = {
        "portfolio_ids": [PID, "hk-dividend-sleeve"],
        "environment": "sandbox",
        "api_key_env": "HT_KEY",
        "api_secret_env": "HT_SECRET",
    }
    connection = connection_from_config("ht", table, ENV)
    assert isinstance(connection, HabitTradeConnection)
    assert connection.portfolio_ids == (PID, "hk-dividend-sleeve")
    assert connection.environment == "sandbox" and connection.account_id == ACCOUNT_ID
    assert connection.credentials.api_key == "live-key"
    assert connection.credentials.api_secret == Secret("live-secret")
    assert "live-secret" not in repr(connection)
    named = connection_from_config("ht", {**table, "account_id": "family"}, ENV)
    assert named.account_id == "family"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"portfolio_ids": None}, "portfolio_ids"),
        ({"portfolio_ids": []}, "portfolio_ids"),
        ({"portfolio_ids": PID}, "portfolio_ids"),
        ({"portfolio_ids": ["x" * 51]}, "longer than 50 characters"),
        ({"api_secret_env": "UNSET_VARIABLE"}, "UNSET_VARIABLE"),
        ({"api_key_env": None}, "api_key_env"),
        ({"environment": "staging"}, "unknown environment"),
        ({"account_id": ""}, "account_id"),
    ],
)
def test_bad_config_is_a_configuration_error(changes: dict[str, Any], message: str) -> None:
    table = {"portfolio_ids": [PID], "api_key_env": "HT_KEY", "api_secret_env": "HT_SECRET", **changes}
    with pytest.raises(ConfigurationError, match=message):
        connection_from_config("ht", table, ENV)


def test_registry_entry_and_mocks() -> None:
    provider = get_provider("habittrade")
    assert PROVIDERS["habittrade"] is provider
    info = provider.info
    assert info.title == "HabitTrade" and info.spec == "habittrade.yaml"
    assert info.environments == {
        "production": "https://api.habittrade.com",
        "sandbox": "https://api-uat.habittrade.com",
    }
    assert info.operations == ("GET /account/v1/portfolios/{id}", "GET /account/v1/balance")
    (connection,) = mock_connections("http://127.0.0.1:4010")
    assert connection.portfolio_ids == (PORTFOLIOS["documented_us_position"]["data"]["portfolio_id"],)
    assert connection.environment == "http://127.0.0.1:4010" and connection.provider == "habittrade"
    assert isinstance(mock_auth("http://127.0.0.1:4010"), HabitTradeSigner)


def test_a_success_answer_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The adapter's own calls skip the response hook's error-envelope decode: one decode per answer
    (a large portfolio was decoded twice)."""
    import habittrade_client.api.account.get_portfolio as endpoint

    from unifolio.providers import habittrade

    decoded: list[int] = []

    def counting(decode: Callable[[bytes], Any]) -> Callable[[bytes], Any]:
        def wrapper(content: bytes) -> Any:
            decoded.append(len(content))
            return decode(content)

        return wrapper

    monkeypatch.setattr(endpoint, "decode_json", counting(endpoint.decode_json))
    monkeypatch.setattr(habittrade, "decode_json", counting(habittrade.decode_json))
    snapshot = Server(portfolio=PORTFOLIOS["documented_us_position"]).adapter().get_portfolio(PID)
    assert len(snapshot.holdings) == 1
    assert len(decoded) == 1


@pytest.mark.parametrize("body", [{"code": 10010008, "message": "Signature verification failed"}])
async def test_callers_of_the_generated_client_still_get_the_typed_error_of_an_envelope(
    body: dict[str, Any],
) -> None:
    """``adapter.client`` users go through the response hook, which raises before the generated parser
    would report a mere contract violation at ``$.code``."""
    from habittrade_client.api.account import get_portfolio

    server = Server(portfolio=body)
    adapter = server.adapter()
    with pytest.raises(AuthenticationError) as excinfo:
        get_portfolio.sync_detailed(PID, client=adapter.client)
    assert excinfo.value.status == 200 and excinfo.value.code == "10010008"
    with pytest.raises(AuthenticationError):
        await get_portfolio.asyncio_detailed(PID, client=adapter._async_client)


# --- inputs checked before any request (issue 10) ------------------------------------------------


@pytest.mark.parametrize("portfolio_id", ["..", ".", "a/b", "%2e%2e", "x?y", "\uff0f", "p\n1"])
def test_a_path_changing_portfolio_id_sends_nothing(portfolio_id: str) -> None:
    """``..`` used to become a signed ``GET /account/v1`` (httpx resolves dot segments)."""
    server = Server(portfolio=PORTFOLIOS["documented_us_position"], balance=BALANCES["usd_and_hkd"])
    adapter = server.adapter()
    with pytest.raises(InvalidPortfolioIdError, match=r"would change the request path|control"):
        adapter.get_portfolio(portfolio_id)
    with pytest.raises(InvalidPortfolioIdError):
        adapter.fetch([PID, portfolio_id])
    assert server.requests == []


def test_the_adapter_refuses_clear_text_and_credentials_in_the_url() -> None:
    with pytest.raises(ConfigurationError, match="would send credentials in clear text"):
        HabitTradeAdapter(CREDENTIALS, "http://api.habittrade.example")
    with pytest.raises(ConfigurationError, match=r"carries credentials \(user:password@host\)"):
        HabitTradeAdapter(CREDENTIALS, "https://key:secret@api.habittrade.com")
    with pytest.raises(ConfigurationError, match=r"HabitTradeCredentials\.api_key has leading or trailing"):
        HabitTradeCredentials("test-api-key\n", "test-api-secret")
