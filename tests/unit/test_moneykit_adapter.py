"""MoneyKit adapter: every documented answer maps, dangling ids are kept and reported, errors are typed,
drift is kept or named by JSON path, and amounts stay exact."""

from __future__ import annotations

import copy
import datetime
import json
import re
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
from moneykit_client.models import GetHoldingsResponse
from moneykit_client.types import decode_json

from tests.conftest import load_spec, response_examples
from unifolio import (
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    ResponseContractError,
    UserActionRequiredError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.config import connection_from_table
from unifolio.models import AssetClass, CostBasisKind, PriceKind
from unifolio.providers import get_provider
from unifolio.providers.moneykit import (
    INFO,
    MoneyKitAdapter,
    MoneyKitConnection,
    MoneyKitCredentials,
    asset_class_of,
    map_holdings,
    mock_connections,
)

SPEC = load_spec("moneykit.yaml")
PATH = "/links/{id}/investments/holdings"
HOLDINGS = response_examples(SPEC, PATH, "get", "200")
ERROR_EXAMPLES = {
    status: response_examples(SPEC, PATH, "get", status)
    for status in SPEC["paths"][PATH]["get"]["responses"]
    if status != "200"
}
LINK = "mk_eqkWN34UEoa2NxyALG8pcV"
NO_RETRY = HttpOptions(retry=RetryPolicy(max_attempts=1))  # these tests check mapping, not retrying
AMOUNT_KEYS = ("quantity", "price", "value", "cost_basis", "close_price")


def connection_from_config(label: str, table: dict[str, Any], environ: dict[str, str]) -> Any:
    """The connection the shared config code builds from one table of this provider."""
    return connection_from_table({"name": label, "provider": "moneykit", **table}, environ, source="test")


class Server:
    """A token endpoint plus one canned holdings answer; records the data requests."""

    def __init__(self, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.status, self.headers = status, headers or {}
        self.requests: list[httpx.Request] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return httpx.Response(
                201, json={"access_token": "test-access-token", "token_type": "bearer", "expires_in": 3600}
            )
        self.requests.append(request)
        return httpx.Response(
            self.status, content=self.payload, headers={"content-type": "application/json", **self.headers}
        )


def _adapter(server: Server) -> MoneyKitAdapter:
    return MoneyKitAdapter(
        MoneyKitCredentials("test-client-id", "test-client-secret"),
        "https://moneykit.test",
        transport=httpx.MockTransport(server.handler),
        options=NO_RETRY,
    )


def _fetch(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Any:
    return _adapter(Server(body, status, headers)).get_holdings(LINK)


def _wire(value: Any) -> Any:
    """The example as the client decodes it off the wire (numbers as Decimal)."""
    return json.loads(json.dumps(value), parse_float=Decimal)


def _dec(value: Any) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _utc(text: str) -> datetime.datetime:
    parsed = datetime.datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


@pytest.mark.parametrize("name", list(HOLDINGS))
def test_every_200_example_maps_losslessly(name: str) -> None:
    example = HOLDINGS[name]
    snapshot = _fetch(example)
    securities = {s["security_id"]: s for s in example["securities"]}
    accounts = {a["account_id"]: a for a in example["accounts"]}
    assert len(snapshot.holdings) == len(example["holdings"])  # holdings in == holdings out
    assert [a.id for a in snapshot.accounts] == list(accounts)
    assert [b.account_id for b in snapshot.balances] == list(accounts)
    (exchange,) = snapshot.raw["get_investment_holdings"]
    assert exchange.body == _wire(example) and exchange.status == 200
    for holding, record in zip(snapshot.holdings, example["holdings"], strict=True):
        assert holding.provider == "moneykit" and holding.raw == _wire(record)
        assert holding.account_id == record["account_id"]
        assert isinstance(holding.quantity, Decimal) and holding.quantity == _dec(record["quantity"])
        account = accounts.get(record["account_id"])
        security = securities.get(record["security_id"])
        currency = account["balances"]["currency"] if account else security and security["currency"]
        assert holding.currency == currency
        if record.get("value") is not None:
            assert holding.market_value is not None and holding.market_value.kind is PriceKind.LAST
            assert holding.market_value.amount == _dec(record["value"])
            assert holding.market_value.currency == currency
        if record.get("cost_basis") is not None:
            (basis,) = holding.cost_basis
            assert basis.kind is CostBasisKind.TOTAL and basis.amount == _dec(record["cost_basis"])
            assert basis.total(holding.quantity) == basis.amount  # a total is not multiplied again
        if record.get("price") is not None:
            assert holding.price is not None and holding.price.kind is PriceKind.LAST
            assert holding.price.amount == _dec(record["price"]) and holding.price.currency == currency
            stamp = record.get("price_datetime")
            assert holding.price.as_of == (_utc(stamp) if stamp else None)
        instrument = holding.instrument
        assert instrument.provider_id == record["security_id"]
        if security is None:
            assert not instrument.resolved and instrument.asset_class is AssetClass.OTHER
            assert instrument.raw == _wire(record)
        else:
            assert instrument.resolved and instrument.raw == _wire(security)
            assert (instrument.name, instrument.currency) == (security["name"], security["currency"])
            assert (instrument.ticker, instrument.isin, instrument.sedol) == (
                security.get("ticker"),
                security.get("isin"),
                security.get("sedol"),
            )
            assert instrument.symbol == security.get("ticker")
            assert instrument.asset_class == asset_class_of(security["type"])
    for account_model, balance in zip(snapshot.accounts, snapshot.balances, strict=True):
        source = accounts[account_model.id]
        assert account_model.institution == example["link"]["institution_name"]
        assert (account_model.name, account_model.type) == (source["name"], source["account_type"])
        assert account_model.currency == balance.currency == source["balances"].get("currency")
        for attr in ("available", "current", "limit"):
            expected = source["balances"].get(attr)
            assert getattr(balance, attr) == (None if expected is None else _dec(expected))
        assert balance.as_of == _utc(source["balances"]["balance_date"])
    unresolved = [i for i, h in enumerate(example["holdings"]) if h["security_id"] not in securities]
    assert [n.path for n in snapshot.notices if n.code == "unresolved_security"] == [
        f"$.holdings[{i}].security_id" for i in unresolved
    ]


def test_mixed_portfolio_in_detail() -> None:
    snapshot = _fetch(HOLDINGS["mixed_portfolio"])
    by_ticker = {h.instrument.ticker: h for h in snapshot.holdings}
    assert {t: h.instrument.asset_class for t, h in by_ticker.items()} == {
        "MSFT": AssetClass.EQUITY,
        "VTI": AssetClass.ETF,
        None: AssetClass.BOND,  # the Treasury note has no ticker
        "SPAXX": AssetClass.CASH,
        "ETH": AssetClass.CRYPTO,
    }
    eth = by_ticker["ETH"]
    assert eth.quantity == Decimal("1.234567890123456789")
    for holding in snapshot.holdings:  # the example's values are quantity x price, rounded to cents
        exact = holding.quantity * holding.price.amount
        assert exact.quantize(Decimal("0.01")) == holding.market_value.amount
    assert eth.quantity * eth.price.amount == Decimal("3719.07404060240740402305")  # every digit kept
    cash = by_ticker["SPAXX"]
    assert cash.cost_basis == () and cash.price is not None and cash.price.as_of is None
    assert snapshot.notices == ()


def test_amounts_as_numbers_and_as_strings_give_equal_decimals() -> None:
    strings = HOLDINGS["mixed_portfolio"]
    text = json.dumps(strings)
    # The same body with every string amount written as a JSON number (digits copied, never via float).
    as_numbers = re.sub(rf'"({"|".join(AMOUNT_KEYS)})": "(-?[0-9.]+)"', r'"\1": \2', text)
    assert '"quantity": "' not in as_numbers and '"quantity": 1.234567890123456789' in as_numbers
    from_strings, from_numbers = _fetch(strings), _fetch(as_numbers.encode())
    assert from_strings.holdings == from_numbers.holdings
    assert from_strings.balances == from_numbers.balances
    numeric = HOLDINGS["msft_single_holding"]
    stringified = copy.deepcopy(numeric)
    for record in stringified["holdings"] + stringified["securities"]:
        for key in AMOUNT_KEYS:
            if isinstance(record.get(key), int | float):
                record[key] = str(record[key])
    assert _fetch(numeric).holdings == _fetch(stringified).holdings


def test_eighteen_decimals_and_sums_are_exact() -> None:
    example = HOLDINGS["mixed_portfolio"]
    snapshot = _fetch(example)
    for account, balance in zip(snapshot.accounts, snapshot.balances, strict=True):
        values = [h.market_value.amount for h in snapshot.holdings if h.account_id == account.id]
        assert sum(values, Decimal(0)) == balance.current  # 16994.00 and 3719.07 exactly
    total = sum((h.market_value.amount for h in snapshot.holdings), Decimal(0))
    assert total == Decimal("20713.07") and str(total) == "20713.07"
    tiny = copy.deepcopy(example)
    tiny["holdings"][4]["quantity"] = "0.000000000000000001"
    raw = json.dumps(tiny).replace('"0.000000000000000001"', "0.000000000000000001").encode()
    eth = _fetch(raw).holdings[4]
    assert eth.quantity == Decimal("1e-18") and eth.quantity + eth.quantity == Decimal("2e-18")


def test_unresolved_security_is_kept_and_reported() -> None:
    example = HOLDINGS["unresolved_security"]
    snapshot = _fetch(example)
    known = {s["security_id"] for s in example["securities"]}
    (index,) = [i for i, h in enumerate(example["holdings"]) if h["security_id"] not in known]
    holding = snapshot.holdings[index]
    record = example["holdings"][index]
    assert not holding.instrument.resolved
    assert holding.instrument.provider_id == record["security_id"]
    assert holding.instrument.asset_class is AssetClass.OTHER and holding.instrument.raw == _wire(record)
    assert holding.quantity == _dec(record["quantity"]) and holding.market_value.amount == _dec(
        record["value"]
    )
    assert holding.currency == "USD"  # the account's currency still applies
    (notice,) = snapshot.notices
    assert (notice.code, notice.path, notice.provider) == (
        "unresolved_security",
        f"$.holdings[{index}].security_id",
        "moneykit",
    )
    assert record["security_id"] in notice.message


def test_unknown_account_is_kept_and_reported() -> None:
    body = copy.deepcopy(HOLDINGS["mixed_portfolio"])
    body["holdings"][1]["account_id"] = "acc_NotInTheList"
    snapshot = _fetch(body)
    holding = snapshot.holdings[1]
    assert holding.account_id == "acc_NotInTheList" and holding.instrument.ticker == "VTI"
    assert holding.currency == "USD"  # falls back to the security's currency
    assert "acc_NotInTheList" not in {a.id for a in snapshot.accounts}  # no account invented
    (notice,) = snapshot.notices
    assert (notice.code, notice.path) == ("unresolved_account", "$.holdings[1].account_id")


@pytest.mark.parametrize("account_currency", ["", None])
def test_an_account_without_a_currency_gives_none_not_an_empty_string(account_currency: str | None) -> None:
    """An empty or null account currency is no currency: a resolved holding takes its security's, an
    unresolved one has none (found by comparing with the previous mapping on generated answers)."""
    example = copy.deepcopy(HOLDINGS["unresolved_security"])
    for account in example["accounts"]:
        account["balances"]["currency"] = account_currency
    snapshot = _fetch(example)
    known = {s["security_id"]: s for s in example["securities"]}
    for holding, record in zip(snapshot.holdings, example["holdings"], strict=True):
        security = known.get(record["security_id"])
        expected = security["currency"] if security else None
        assert holding.currency == expected
        if holding.market_value is not None:
            assert holding.market_value.currency == expected


def test_holding_currency_is_the_accounts_not_the_securitys() -> None:
    body = copy.deepcopy(HOLDINGS["msft_single_holding"])
    body["accounts"][0]["balances"]["currency"] = "EUR"
    holding = _fetch(body).holdings[0]
    assert holding.currency == "EUR" and holding.price.currency == "EUR"
    assert holding.market_value.currency == "EUR" and holding.cost_basis[0].currency == "EUR"
    assert holding.instrument.currency == "USD"  # the pricing currency stays on the instrument


def test_link_in_error_state_returns_cached_data_with_notices() -> None:
    example = HOLDINGS["link_in_error_state"]
    snapshot = _fetch(example)
    assert len(snapshot.holdings) == len(example["holdings"])
    notices = {n.code: n for n in snapshot.notices}
    assert set(notices) == {"link_not_connected", "product_refresh_failed"}
    assert notices["link_not_connected"].path == "$.link.state"
    assert "error" in notices["link_not_connected"].message
    assert example["link"]["error_code"] in notices["link_not_connected"].message
    product = notices["product_refresh_failed"]
    assert product.path == "$.link.products.investments.error_code"
    investments = example["link"]["products"]["investments"]
    assert investments["error_code"] in product.message and investments["error_message"] in product.message


def test_rate_limited_refresh_is_a_notice_on_a_connected_link() -> None:
    example = HOLDINGS["investments_refresh_rate_limited"]
    snapshot = _fetch(example)
    (notice,) = snapshot.notices
    assert notice.code == "product_refresh_failed" and "rate_limit" in notice.message
    assert example["link"]["products"]["investments"]["refreshed_at"][:10] in notice.message
    assert snapshot.holdings


def test_unavailable_product_is_a_notice() -> None:
    body = copy.deepcopy(HOLDINGS["mixed_portfolio"])
    body["link"]["products"]["investments"]["unavailable"] = "institution maintenance"
    (notice,) = _fetch(body).notices
    assert notice.code == "product_unavailable" and "institution maintenance" in notice.message
    assert notice.path == "$.link.products.investments.unavailable"


def _empty_link(state: str, error_code: str | None) -> dict[str, Any]:
    body = copy.deepcopy(HOLDINGS["link_in_error_state"])
    body["holdings"], body["securities"], body["accounts"] = [], [], []
    body["link"]["state"] = state
    body["link"]["error_code"] = error_code
    return body


@pytest.mark.parametrize(
    ("state", "error_code", "error"),
    [
        ("deleted", None, NotFoundError),
        ("error", "auth_expired", UserActionRequiredError),
        ("error", "invalid_credentials", UserActionRequiredError),
        ("error", "institution_error", ProviderUnavailableError),
        ("error", "a_reason_added_later", ProviderUnavailableError),
    ],
)
def test_a_dead_link_without_data_is_an_error_not_an_empty_portfolio(
    state: str, error_code: str | None, error: type[ProviderError]
) -> None:
    with pytest.raises(error) as excinfo:
        _fetch(_empty_link(state, error_code))
    assert type(excinfo.value) is error  # an outage must never read as "the user must reconnect"
    assert excinfo.value.provider == "moneykit" and excinfo.value.code == (error_code or state)


@pytest.mark.parametrize(("state", "error_code"), [("error", "no_accounts"), ("connecting", None)])
def test_an_empty_answer_that_is_true_stays_empty(state: str, error_code: str | None) -> None:
    snapshot = _fetch(_empty_link(state, error_code))
    assert snapshot.holdings == () and snapshot.accounts == ()
    assert "link_not_connected" in {n.code for n in snapshot.notices}


EXPECTED_ERRORS: dict[tuple[str, str], type[ProviderError]] = {
    ("401", "expired_access_token"): AuthenticationError,  # after the one renewal and retry
    ("401", "unauthorized"): AuthenticationError,
    ("401", "unauthorized_link_access"): PermissionDeniedError,
    ("403", "forbidden_action"): PermissionDeniedError,
    ("404", "not_found"): NotFoundError,
    ("410", "deleted"): NotFoundError,
    ("422", "bad_state"): BadRequestError,
    ("422", "validation_failed"): BadRequestError,
    ("429", "rate_limit_exceeded"): RateLimitedError,
}


@pytest.mark.parametrize(
    ("status", "name"), [(status, name) for status, examples in ERROR_EXAMPLES.items() for name in examples]
)
def test_every_documented_error_becomes_a_typed_error_with_the_error_code(status: str, name: str) -> None:
    body = ERROR_EXAMPLES[status][name]
    expected = EXPECTED_ERRORS[(status, name)]  # a new documented example must be decided here
    with pytest.raises(expected) as excinfo:
        _fetch(body, int(status), {"Retry-After": "30"})
    raised = excinfo.value
    assert type(raised) is expected
    assert (raised.status, raised.code, raised.provider) == (int(status), body["error_code"], "moneykit")
    assert body["error_message"] in raised.message
    if "link_error_code" in body:
        assert body["link_error_code"] in raised.message
    for problem in body.get("validation_errors", []):
        assert problem["message"] in raised.message
    if isinstance(raised, RateLimitedError):
        assert raised.retry_after == 30 and raised.retryable


def test_rate_limit_without_retry_after() -> None:
    with pytest.raises(RateLimitedError) as excinfo:
        _fetch(ERROR_EXAMPLES["429"]["rate_limit_exceeded"], 429)
    assert excinfo.value.retry_after is None


@pytest.mark.parametrize(
    ("status", "body", "error", "code"),
    [
        (
            500,
            {"error_code": "api_error.internal", "error_message": "boom"},
            ProviderUnavailableError,
            "api_error.internal",
        ),
        (502, b"<html>bad gateway</html>", ProviderUnavailableError, None),
        (404, b"", NotFoundError, None),
        (418, {"unexpected": True}, ProviderError, None),
    ],
)
def test_statuses_without_a_documented_body(
    status: int, body: Any, error: type[ProviderError], code: str | None
) -> None:
    with pytest.raises(error) as excinfo:
        _fetch(body, status)
    assert excinfo.value.status == status and excinfo.value.code == code


def test_request_shape() -> None:
    server = Server(HOLDINGS["mixed_portfolio"])
    _adapter(server).get_holdings("mk_a+b ü", ["acc_1", "acc_2"])
    (request,) = server.requests
    assert request.url.raw_path.decode().startswith("/links/mk_a%2Bb%20%C3%BC/investments/holdings")
    assert request.url.params.get_list("account_ids") == ["acc_1", "acc_2"]  # repeated key, as documented
    assert request.headers["moneykit-version"] == "2023-02-18"
    assert request.headers["authorization"] == "Bearer test-access-token"


@pytest.mark.parametrize(
    ("link_id", "account_ids"),
    [("", None), ("   ", None), (None, None), (LINK, []), (LINK, "acc_1"), (LINK, ["acc_1", ""])],
)
def test_bad_arguments_fail_before_any_request(link_id: Any, account_ids: Any) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500)

    adapter = MoneyKitAdapter(
        MoneyKitCredentials("test-client-id", "test-client-secret"),
        "https://moneykit.test",
        transport=httpx.MockTransport(handler),
    )
    with pytest.raises(InvalidInputError):
        adapter.get_holdings(link_id, account_ids)
    assert calls == []  # not even a token exchange


# --- drift --------------------------------------------------------------------------------------


def _mutated(
    path: tuple[Any, ...], value: Any, *, delete: bool = False, name: str = "mixed_portfolio"
) -> Any:
    body = copy.deepcopy(HOLDINGS[name])
    node: Any = body
    for key in path[:-1]:
        node = node[key]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return body


@pytest.mark.parametrize(
    ("security_type", "expected"),
    [
        ("derivative", "derivative"),
        ("loan", "loan"),
        ("unknown", "other"),
        ("structured_note", "structured_note"),
        ("Equity", "equity"),
    ],
)
def test_security_types_are_mapped_or_kept(security_type: str, expected: str) -> None:
    holding = _fetch(_mutated(("securities", 0, "type"), security_type)).holdings[0]
    assert holding.instrument.asset_class == expected
    assert isinstance(holding.instrument.asset_class, AssetClass)
    assert holding.instrument.asset_class.is_known == (expected in {m.value for m in AssetClass})


def test_unknown_enum_values_are_kept() -> None:
    body = _mutated(("link", "state"), "paused")
    body["link"]["provider"] = "a_new_aggregator"
    body["link"]["products"]["investments"]["error_code"] = "quota_exhausted"
    parsed = GetHoldingsResponse.from_dict(decode_json(json.dumps(body).encode()))
    assert parsed.link.state == "paused" and not parsed.link.state.is_known
    snapshot = _fetch(body)
    codes = {n.code: n.message for n in snapshot.notices}
    assert "paused" in codes["link_not_connected"] and "quota_exhausted" in codes["product_refresh_failed"]
    assert snapshot.raw["get_investment_holdings"][0].body["link"]["provider"] == "a_new_aggregator"
    unknown = {n.message.split(" is not")[0]: n for n in snapshot.notices if n.code == "unknown_value"}
    assert unknown["'a_new_aggregator'"].path == "$.link.provider"  # reported, not only kept


def test_unknown_fields_are_kept_in_raw() -> None:
    body = _mutated(("holdings", 0, "institution_price"), "415.49")
    body["securities"][0]["cusip"] = "594918104"
    body["accounts"][0]["balances"]["margin"] = 12.5
    body["a_new_top_level_list"] = [1, 2]
    snapshot = _fetch(body)
    assert snapshot.holdings[0].raw["institution_price"] == "415.49"
    assert snapshot.holdings[0].instrument.raw["cusip"] == "594918104"
    assert snapshot.balances[0].raw["margin"] == Decimal("12.5")
    assert snapshot.raw["get_investment_holdings"][0].body["a_new_top_level_list"] == [1, 2]


def test_missing_optional_fields_are_none_and_the_close_price_shows_instead() -> None:
    body = copy.deepcopy(HOLDINGS["mixed_portfolio"])
    for key in ("price", "price_datetime", "value", "cost_basis"):
        del body["holdings"][0][key]
        del body["holdings"][4][key]
    body["accounts"][0]["balances"] = {}
    snapshot = _fetch(body)
    msft, eth = snapshot.holdings[0], snapshot.holdings[4]
    assert msft.market_value is None and msft.cost_basis == ()
    assert msft.price is not None and msft.price.kind is PriceKind.CLOSE  # the close, marked as such
    assert msft.price.amount == Decimal("412.32") and msft.price.as_of == datetime.date(2024, 5, 9)
    assert eth.price.kind is PriceKind.CLOSE
    assert eth.price.as_of == datetime.datetime(2024, 5, 10, tzinfo=datetime.UTC)  # close_datetime wins
    assert msft.currency == "USD"  # the account has no currency any more: the security's is used
    balance = snapshot.balances[0]
    assert (balance.current, balance.available, balance.limit, balance.currency, balance.as_of) == (None,) * 5
    body["securities"][0]["close_price"] = None
    assert _fetch(body).holdings[0].price is None  # nothing to show: None, never zero


def test_offset_less_timestamps_are_read_as_utc() -> None:
    body = _mutated(("holdings", 0, "price_datetime"), "2023-02-16T09:14:11", name="msft_single_holding")
    body["accounts"][0]["balances"]["balance_date"] = "2021-08-12"
    snapshot = _fetch(body)
    assert snapshot.holdings[0].price.as_of == datetime.datetime(2023, 2, 16, 9, 14, 11, tzinfo=datetime.UTC)
    assert snapshot.balances[0].as_of == datetime.datetime(2021, 8, 12, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("path", "value", "json_path"),
    [
        (("holdings", 0, "quantity"), None, "$.holdings[0].quantity"),
        (("holdings", 0, "quantity"), True, "$.holdings[0].quantity"),
        (("holdings", 0, "account_id"), None, "$.holdings[0].account_id"),
        (("holdings", 0, "security_id"), 7, "$.holdings[0].security_id"),
        (("holdings",), {"account_id": "acc"}, "$.holdings"),
        (("securities",), "MSFT", "$.securities"),
        (("accounts", 0), ["not", "an", "object"], "$.accounts[0]"),
    ],
)
def test_values_the_records_cannot_be_right_without_fail_the_answer_with_the_path(
    path: tuple[Any, ...], value: Any, json_path: str
) -> None:
    with pytest.raises(ResponseContractError) as excinfo:
        _fetch(_mutated(path, value))
    assert excinfo.value.provider == "moneykit" and excinfo.value.path == json_path


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        (("holdings", 1, "price"), "n/a", "not a decimal number: 'n/a'"),
        (("holdings", 2, "value"), "1,234.00", "not a decimal number: '1,234.00'"),
        (("holdings", 0, "price_datetime"), "yesterday", "Invalid isoformat string"),
        (("securities", 0, "name"), None, "expected a string, got null"),
        (("securities", 0, "type"), None, "expected a string, got null"),
        (("accounts", 0, "balances"), None, "expected an object, got null"),
        (("accounts", 0, "balances", "current"), "lots", "got the string 'lots'"),
        (("link", "state"), None, "expected a string, got null"),
        (("link",), None, "expected an object, got null"),
        (("link", "products"), [], "expected an object, got list"),
    ],
)
def test_a_value_the_model_has_room_to_leave_unknown_reads_none_with_a_notice(
    path: tuple[Any, ...], value: Any, reason: str
) -> None:
    example = HOLDINGS["mixed_portfolio"]
    snapshot = _fetch(_mutated(path, value))
    assert len(snapshot.holdings) == len(example["holdings"]) and len(snapshot.accounts) == len(
        example["accounts"]
    )
    (notice,) = [n for n in snapshot.notices if n.code == "unusable_value"]
    json_path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    assert notice.provider == "moneykit" and notice.path == json_path
    assert reason in notice.message, notice.message


def test_a_broken_close_price_fails_only_where_it_is_used() -> None:
    body = _mutated(("securities", 3, "close_price"), "NaN")
    cash = _fetch(body).holdings[3]  # the holding has its own price: the close is not needed
    assert cash.price.kind is PriceKind.LAST and cash.instrument.raw["close_price"] == "NaN"
    del body["holdings"][3]["price"]
    snapshot = _fetch(body)
    assert snapshot.holdings[3].price is None  # unknown, never zero, never NaN
    (notice,) = snapshot.notices
    assert notice.path == "$.securities[3].close_price" and "not a finite number" in notice.message


def test_balances_given_as_numeric_strings_are_tolerated_exactly() -> None:
    body = _mutated(("accounts", 0, "balances", "current"), "16994.000000000000000001")
    assert _fetch(body).balances[0].current == Decimal("16994.000000000000000001")


def test_missing_required_key_names_its_path() -> None:
    with pytest.raises(ResponseContractError) as excinfo:
        _fetch(_mutated(("holdings", 3, "security_id"), None, delete=True))
    assert excinfo.value.path == "$.holdings[3].security_id" and "missing" in str(excinfo.value)


@pytest.mark.parametrize("payload", [b"<html>502</html>", b'{"holdings": [', b"", b"[]"])
def test_a_200_that_is_not_the_documented_object_fails_at_the_root(payload: bytes) -> None:
    with pytest.raises(ResponseContractError) as excinfo:
        _fetch(payload)
    assert excinfo.value.path == "$"


def test_duplicate_ids_use_the_first_entry_and_say_so() -> None:
    body = copy.deepcopy(HOLDINGS["mixed_portfolio"])
    body["securities"].append({**body["securities"][0], "name": "Shadow copy"})
    body["accounts"].append({**body["accounts"][0], "name": "Shadow account"})
    snapshot = _fetch(body)
    assert snapshot.holdings[0].instrument.name == "Microsoft Corporation"
    assert [a.name for a in snapshot.accounts] == ["Individual - TOD", "Fidelity Crypto"]
    assert {n.code for n in snapshot.notices} == {"duplicate_security", "duplicate_account"}


def test_map_holdings_is_usable_on_a_parsed_model() -> None:
    parsed = GetHoldingsResponse.from_dict(decode_json(json.dumps(HOLDINGS["mixed_portfolio"]).encode()))
    assert map_holdings(parsed) == _fetch(HOLDINGS["mixed_portfolio"])


# --- async, registry, configuration -------------------------------------------------------------


async def test_async_twins_map_the_same() -> None:
    server = Server(HOLDINGS["mixed_portfolio"])

    async def handler(request: httpx.Request) -> httpx.Response:
        return server.handler(request)

    adapter = MoneyKitAdapter(
        MoneyKitCredentials("test-client-id", "test-client-secret"),
        "https://moneykit.test",
        async_transport=httpx.MockTransport(handler),
    )
    snapshot = await adapter.afetch(LINK, ["acc_Nw3Rb8YtK5pQz2Xm7LcV4h"])
    assert snapshot == _fetch(HOLDINGS["mixed_portfolio"])
    assert server.requests[0].url.params.get_list("account_ids") == ["acc_Nw3Rb8YtK5pQz2Xm7LcV4h"]
    await adapter.aclose()


def test_environments_share_one_host_and_provider_is_registered() -> None:
    assert INFO.environments["production"] == INFO.environments["sandbox"] == "https://api.moneykit.com"
    assert "key pair" in INFO.auth
    assert INFO.operations == ("POST /auth/token", "GET /links/{id}/investments/holdings")
    assert (
        MoneyKitAdapter(MoneyKitCredentials("test-client-id", "test-client-secret"), "sandbox").base_url
        == "https://api.moneykit.com"
    )
    provider = get_provider("moneykit")
    assert provider.info is INFO
    (connection,) = provider.mock_connections("http://127.0.0.1:4010")
    assert isinstance(connection, MoneyKitConnection) and connection.environment == "http://127.0.0.1:4010"
    assert mock_connections("http://127.0.0.1:4010")[0].link_id == LINK


def test_connection_from_config() -> None:
    environ = {"MK_ID": "client-1", "MK_SECRET": "secret-1"}
    table = {
        "link_id": LINK,
        "account_ids": ["acc_1"],
        "environment": "sandbox",
        "client_id_env": "MK_ID",
        "client_secret_env": "MK_SECRET",
    }
    connection = connection_from_config("work", table, environ)
    assert (connection.link_id, connection.account_ids, connection.environment) == (
        LINK,
        ("acc_1",),
        "sandbox",
    )
    assert connection.credentials.client_id == "client-1"
    assert connection.credentials.client_secret.reveal() == "secret-1"
    assert "secret-1" not in repr(connection)
    tuned = connection_from_config("work", {**table, "read_timeout": 5, "max_attempts": 2}, environ)
    assert (tuned.options.read_timeout, tuned.options.retry.max_attempts) == (5.0, 2)
    without_filter = {k: v for k, v in table.items() if k != "account_ids"}
    assert connection_from_config("work", without_filter, environ).account_ids is None
    for broken in (
        {**table, "account_ids": "acc_1"},
        {**table, "account_ids": []},
        {**table, "link_id": ""},
        {k: v for k, v in table.items() if k != "client_secret_env"},
        {**table, "environment": "staging"},
        {**table, "read_timeout": -1},
    ):
        with pytest.raises(ConfigurationError):
            connection_from_config("work", broken, environ)


async def test_connection_fetch_uses_the_configured_environment() -> None:
    connection = attrs.evolve(mock_connections("http://127.0.0.1:1")[0], options=NO_RETRY)  # nothing listens
    with pytest.raises(ProviderError) as excinfo:
        await connection.fetch()
    assert excinfo.value.provider == "moneykit" and excinfo.value.retryable


# --- inputs checked before any request (issue 10) ------------------------------------------------


@pytest.mark.parametrize(
    ("link_id", "account_ids"),
    [("..", None), (".", None), ("mk/../x", None), (LINK, [".."]), (LINK, ["a#b"])],
)
def test_a_path_changing_link_or_account_id_sends_nothing(
    link_id: str, account_ids: list[str] | None
) -> None:
    server = Server(HOLDINGS["mixed_portfolio"])
    with pytest.raises(InvalidInputError, match="would change the request path"):
        _adapter(server).get_holdings(link_id, account_ids)
    assert server.requests == []


def test_the_adapter_refuses_clear_text_and_credentials_in_the_url() -> None:
    credentials = MoneyKitCredentials("test-client-id", "test-client-secret")
    with pytest.raises(ConfigurationError, match="would send credentials in clear text"):
        MoneyKitAdapter(credentials, "http://api.moneykit.example")
    with pytest.raises(ConfigurationError, match="carries credentials"):
        MoneyKitAdapter(credentials, "https://id:secret@api.moneykit.com")
    with pytest.raises(ConfigurationError, match=r"MoneyKitCredentials\.client_secret contains whitespace"):
        MoneyKitCredentials("test-client-id", "test client secret")
