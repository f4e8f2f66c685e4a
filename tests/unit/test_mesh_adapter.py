"""Mesh adapter: every documented example maps, errors are typed, the cost-basis reading is justified."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

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
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.models import AssetClass, CostBasisKind, PriceKind
from unifolio.providers.mesh import MeshAdapter, MeshCredentials

SPEC = load_spec("mesh.yaml")
NO_RETRY = HttpOptions(retry=RetryPolicy(max_attempts=1))  # these tests check mapping, not retrying
HOLDINGS = response_examples(SPEC, "/api/v1/holdings/get", "post", "200")
VALUES = response_examples(SPEC, "/api/v1/holdings/value", "post", "200")
BALANCES = response_examples(SPEC, "/api/v1/balance/get", "post", "200")
PORTFOLIOS = response_examples(SPEC, "/api/v1/holdings/portfolio", "get", "200")
POSITION_GROUPS = (
    "equityPositions",
    "cryptocurrencyPositions",
    "notSupportedEquityPositions",
    "notSupportedCryptocurrencyPositions",
    "nftPositions",
    "optionPositions",
)


def _serving(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> MeshAdapter:
    payload = body if isinstance(body, bytes) else json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, content=payload, headers={"content-type": "application/json", **(headers or {})}
        )

    return MeshAdapter(
        MeshCredentials("test-client-id", "test-client-secret"),
        "https://mesh.test",
        transport=httpx.MockTransport(handler),
        options=NO_RETRY,
    )


def _dec(value: Any) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _wire(value: Any) -> Any:
    """The example as the client decodes it off the wire (numbers as Decimal)."""
    return json.loads(json.dumps(value), parse_float=Decimal)


def _positions(content: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for group in POSITION_GROUPS for p in _wire(content).get(group) or []]


@pytest.mark.parametrize("name", [n for n, v in HOLDINGS.items() if v["content"]["status"] == "succeeded"])
def test_every_holdings_example_maps_losslessly(name: str) -> None:
    example = HOLDINGS[name]
    snapshot = _serving(example).get_holdings("user-token", example["content"]["type"])
    positions = _positions(example["content"])
    assert len(snapshot.holdings) == len(positions)  # holdings in == holdings out
    for holding in snapshot.holdings:
        assert holding.provider == "mesh"
        assert isinstance(holding.quantity, Decimal)
        assert holding.raw in positions  # the original record rides along
        assert holding.quantity == _dec(holding.raw["amount"])
        if holding.raw.get("marketValue") is not None:
            assert holding.market_value is not None and holding.market_value.kind is PriceKind.LAST
            assert holding.market_value.amount == _dec(holding.raw["marketValue"])
    account = snapshot.accounts[0]
    assert account.id == (example["content"].get("accountId") or example["content"]["type"])
    (exchange,) = snapshot.raw["get_holdings"]
    assert exchange.body == _wire(example) and exchange.status == 200  # the whole answer, envelope too
    assert exchange.request == "POST /api/v1/holdings/get"


def test_brokerage_example_in_detail() -> None:
    snapshot = _serving(HOLDINGS["brokerage"]).get_holdings("user-token", "robinhood")
    by_symbol = {h.instrument.symbol: h for h in snapshot.holdings}
    aapl = by_symbol["AAPL"]
    assert aapl.quantity == 3 and aapl.price is not None and aapl.price.amount == Decimal("229.15")
    assert aapl.market_value is not None and aapl.market_value.amount == aapl.quantity * aapl.price.amount
    assert aapl.instrument.asset_class is AssetClass.EQUITY and aapl.instrument.ticker == "AAPL"
    btc = by_symbol["BTC"]
    assert btc.market_value is None and btc.price is None  # null stays "unknown", never zero
    assert btc.instrument.asset_class is AssetClass.CRYPTO
    unsupported = by_symbol["CUSIP38259P508"]
    assert not unsupported.supported and unsupported.instrument.cusip == "38259P508"


def test_cost_basis_is_per_unit_on_the_portfolio_endpoint_by_mesh_own_arithmetic() -> None:
    """ETH in Mesh's own example: 351.457 - 0.260325 x 3626.66 = -592.65 = totalReturn.

    Read as a total, the same figures would give 351.457 - 3626.66 = -3275.20: the documented
    "total" reading contradicts Mesh's own numbers, so the adapter reads it per unit.
    """
    example = PORTFOLIOS["cex"]
    with pytest.warns(DeprecationWarning):
        snapshot = _serving(example).get_portfolio("user-1")
    compared = 0
    for holding in snapshot.holdings:
        record = holding.raw
        if record.get("totalReturn") is None or not holding.cost_basis or holding.market_value is None:
            continue
        (basis,) = holding.cost_basis
        assert basis.kind is CostBasisKind.PER_UNIT
        total_return = _dec(record["totalReturn"])
        per_unit_residual = abs(holding.market_value.amount - basis.total(holding.quantity) - total_return)
        as_total_residual = abs(holding.market_value.amount - basis.amount - total_return)
        assert per_unit_residual < as_total_residual  # the per-unit reading fits every row better
        if holding.instrument.asset_class is AssetClass.CRYPTO:  # given to 4 dp: fits to the cent
            assert per_unit_residual < Decimal("0.01")
        compared += 1
    assert compared == 4
    eth = next(p for p in example["content"]["cryptocurrencyPositions"] if p["symbol"] == "ETH")
    exact = _dec(eth["marketValue"]) - _dec(eth["amount"]) * _dec(eth["costBasis"])
    assert (
        exact.quantize(Decimal("0.01"))
        == Decimal("-592.65")
        == _dec(eth["totalReturn"]).quantize(Decimal("0.01"))
    )


def test_cost_basis_is_per_unit_on_holdings_get_too() -> None:
    """/holdings/get's figures are unit prices (BTC 18000 on 0.05 BTC; AAPL 109 on 3 shares)."""
    snapshot = _serving(HOLDINGS["brokerage"]).get_holdings("user-token", "robinhood")
    btc = next(h for h in snapshot.holdings if h.instrument.symbol == "BTC")
    (basis,) = btc.cost_basis
    assert basis.kind is CostBasisKind.PER_UNIT and basis.amount == 18000
    assert basis.total(btc.quantity) == Decimal("0.0501672") * 18000


def test_self_custody_distribution_per_network() -> None:
    example = HOLDINGS["self_custody_wallet"]
    snapshot = _serving(example).get_holdings("user-token", example["content"]["type"])
    spread = [h for h in snapshot.holdings if len(h.distribution) > 1]
    assert spread
    for holding in spread:
        assert sum((d.quantity for d in holding.distribution), Decimal(0)) == holding.quantity
        assert all(d.network and d.network.count(":") == 1 for d in holding.distribution)  # CAIP-2


def test_options_and_nfts_keep_their_terms() -> None:
    snapshot = _serving(HOLDINGS["mixed_assets"]).get_holdings("user-token", "public")
    option = next(h for h in snapshot.holdings if h.instrument.asset_class is AssetClass.OPTION)
    assert option.instrument.option is not None
    assert option.instrument.option.strike == 250 and option.instrument.option.option_type == "call"
    assert (
        option.instrument.option.expiration is not None and option.instrument.option.expiration.year >= 2026
    )
    assert option.cost_basis == ()  # averageOpenPrice's unit is undocumented: kept in raw, not guessed
    assert option.raw["averageOpenPrice"] == Decimal("3.45")
    nft = next(h for h in snapshot.holdings if h.instrument.asset_class is AssetClass.NFT)
    assert nft.instrument.provider_id == "0x7dcabad71930c6ebf7d8631cfec180269765ec27:4821"


@pytest.mark.parametrize(
    ("name", "error"),
    [("institution_failed", ProviderUnavailableError), ("not_authorized", AuthenticationError)],
)
def test_institution_failures_inside_a_200_are_typed(name: str, error: type[ProviderError]) -> None:
    with pytest.raises(error) as excinfo:
        _serving(HOLDINGS[name]).get_holdings("user-token", "robinhood")
    assert excinfo.value.provider == "mesh"


@pytest.mark.parametrize("name", list(VALUES))
def test_every_value_example_maps(name: str) -> None:
    content = VALUES[name]["content"]
    snapshot = _serving(VALUES[name]).get_holdings_value("user-token", "robinhood", account_id="acc")
    (value,) = snapshot.values
    assert snapshot.raw["get_holdings_value"][0].body == _wire(VALUES[name])
    assert value.total == _dec(content["totalValue"]) and value.currency == "USD"
    assert value.cash == _dec(content["fiatValue"]) and value.nfts == _dec(content["nftsValue"])
    assert value.raw == _wire(content)


@pytest.mark.parametrize("name", list(BALANCES))
def test_every_balance_example_maps(name: str) -> None:
    content = BALANCES[name]["content"]
    snapshot = _serving(BALANCES[name]).get_balance("user-token", "robinhood", account_id="acc")
    balances = snapshot.balances
    assert snapshot.raw["get_balance"][0].body == _wire(BALANCES[name])  # the USD totals are in there
    entries = content.get("balances") or []
    assert len(balances) == len(entries)
    for balance, entry in zip(balances, entries, strict=True):
        assert balance.currency == entry.get("currencyCode")
        for attr, key in (("cash", "cash"), ("buying_power", "buyingPower")):
            expected = entry.get(key)
            assert getattr(balance, attr) == (None if expected is None else _dec(expected))


def test_portfolio_self_custody_example() -> None:
    with pytest.warns(DeprecationWarning):
        snapshot = _serving(PORTFOLIOS["self_custody_wallet"]).get_portfolio("user-1")
    eth = next(h for h in snapshot.holdings if h.instrument.symbol == "ETH")
    assert [d.network for d in eth.distribution] == ["eip155:1", "eip155:42161"]
    (value,) = snapshot.values
    assert value.cost_basis == Decimal("3626.74")


ERROR_CASES = [
    ("/api/v1/holdings/get", "post", "400", BadRequestError),
    ("/api/v1/holdings/get", "post", "401", AuthenticationError),
    ("/api/v1/holdings/get", "post", "403", PermissionDeniedError),
    ("/api/v1/holdings/get", "post", "404", NotFoundError),
    ("/api/v1/holdings/get", "post", "429", RateLimitedError),
    ("/api/v1/holdings/get", "post", "500", ProviderUnavailableError),
]


def _resolved_examples(path: str, method: str, status: str) -> dict[str, Any]:
    response = SPEC["paths"][path][method]["responses"][status]
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    return {n: e["value"] for n, e in response["content"]["application/json"]["examples"].items()}


@pytest.mark.parametrize(("path", "method", "status", "error"), ERROR_CASES)
def test_documented_error_responses_become_typed_errors(
    path: str, method: str, status: str, error: type[ProviderError]
) -> None:
    for body in _resolved_examples(path, method, status).values():
        adapter = _serving(body, int(status), {"Retry-After": "3"})
        with pytest.raises(error) as excinfo:
            adapter.get_holdings("user-token", "robinhood")
        raised = excinfo.value
        assert raised.status == int(status)
        assert raised.request_id == body.get("errorHash")
        assert raised.code == (body.get("errorType") or body.get("status"))
        if isinstance(raised, RateLimitedError):
            assert raised.retry_after == 3


@pytest.mark.parametrize(
    ("envelope_status", "error"),
    [
        ("tooManyRequest", RateLimitedError),
        ("serverFailure", ProviderUnavailableError),
        ("permissionDenied", PermissionDeniedError),
        ("notFound", NotFoundError),
        ("badRequest", BadRequestError),
        ("conflict", ProviderError),
        ("aStatusMeshAddsNextYear", ProviderError),
    ],
)
def test_envelope_errors_inside_http_200(envelope_status: str, error: type[ProviderError]) -> None:
    body = {
        "status": envelope_status,
        "message": "nope",
        "errorType": "",
        "errorHash": "0badc0de",
        "content": None,
    }
    with pytest.raises(error) as excinfo:
        _serving(body).get_holdings("user-token", "robinhood")
    assert excinfo.value.message == "nope" and excinfo.value.code == envelope_status


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (401, b"", AuthenticationError),
        (502, b"<html>bad gateway</html>", ProviderUnavailableError),
        (520, b"cloudflare says no", ProviderUnavailableError),
        (499, b"", ProviderUnavailableError),
    ],
)
def test_statuses_without_a_usable_body(status: int, body: bytes, error: type[ProviderError]) -> None:
    with pytest.raises(error) as excinfo:
        _serving(body, status).get_holdings("user-token", "robinhood")
    assert excinfo.value.status == status


async def test_async_twins_map_the_same() -> None:
    example = HOLDINGS["brokerage"]

    async def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        body = {
            "/api/v1/holdings/get": example,
            "/api/v1/balance/get": BALANCES["brokerage"],
            "/api/v1/holdings/value": VALUES["brokerage"],
        }[path]
        return httpx.Response(200, json=body)

    adapter = MeshAdapter(
        MeshCredentials("test-client-id", "test-client-secret"),
        "https://mesh.test",
        async_transport=httpx.MockTransport(handler),
    )
    snapshot = await adapter.afetch("user-token", "robinhood")
    sync = _serving(example).get_holdings("user-token", "robinhood")
    assert snapshot.holdings == sync.holdings
    assert snapshot.balances and snapshot.values
    await adapter.aclose()


def test_credentials_never_show() -> None:
    credentials = MeshCredentials("client-id", "super-secret-value")
    adapter = MeshAdapter(credentials, "sandbox")
    for text in (repr(credentials), str(credentials), repr(adapter)):
        assert "super-secret-value" not in text
    assert adapter.base_url == "https://sandbox-integration-api.meshconnect.com"


# --- inputs checked before any request (issue 10) ------------------------------------------------


def test_user_id_and_broker_type_are_checked_like_every_id() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(500)

    adapter = MeshAdapter(
        MeshCredentials("test-client-id", "test-client-secret"),
        "https://mesh.test",
        transport=httpx.MockTransport(handler),
        options=NO_RETRY,
    )
    with (
        pytest.warns(DeprecationWarning),
        pytest.raises(InvalidInputError, match=r"user_id '\.\.' is a dot segment"),
    ):
        adapter.get_portfolio("..")
    with pytest.warns(DeprecationWarning), pytest.raises(InvalidInputError, match="user_id '   ' is blank"):
        adapter.get_portfolio("   ")
    with pytest.raises(InvalidInputError, match=r"broker_type .* contains '/'"):
        adapter.get_holdings("user-token", "robinhood/../x")
    assert requests == []


def test_the_adapter_refuses_clear_text_and_credentials_in_the_url() -> None:
    credentials = MeshCredentials("test-client-id", "test-client-secret")
    with pytest.raises(ConfigurationError, match="would send credentials in clear text"):
        MeshAdapter(credentials, "http://integration-api.meshconnect.example")
    with pytest.raises(ConfigurationError, match="carries credentials"):
        MeshAdapter(credentials, "https://id:secret@integration-api.meshconnect.com")
    with pytest.raises(ConfigurationError, match=r"MeshCredentials\.client_id is shorter than 8"):
        MeshCredentials("id", "test-client-secret")
