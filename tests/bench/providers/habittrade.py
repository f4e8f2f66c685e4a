"""Bench plug-in for HabitTrade: ``/portfolios/{id}`` answers, and fan-out over ``HabitTradeConnection``s."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from habittrade_client.models import PortfolioResponse
from habittrade_client.types import decode_json

from tests.bench._plugin import (
    INDEX,
    Fanout,
    OneCall,
    Served,
    dumps,
    examples,
    fill,
    load_spec,
    numbered,
    slot,
    unique,
    vary,
)
from unifolio.models import Snapshot
from unifolio.providers import habittrade

PYDANTIC_ROOT = "PortfolioResponse"
AMOUNTS = (
    "qty",
    "os_sell_qty",
    "avail_qty",
    "avail_sell_qty",
    "uncleared_qty",
    "avg_cost",
    "avg_price",
    "prev_price",
    "prev_market_value",
)
PORTFOLIO = habittrade.MOCK_PORTFOLIO_ID  # the portfolio of the spec's first example
CREDENTIALS = habittrade.HabitTradeCredentials("bench-key", "bench-secret")


@functools.cache
def _templates() -> tuple[bytes, list[list[bytes]]]:
    """The envelope (a slot for the positions) and each example position under each factor; only the
    examples that send amounts as JSON numbers, as the provider's own samples do."""
    answers = examples(load_spec("habittrade"), "/account/v1/portfolios/{id}", "get")
    positions = unique([p for e in answers for p in e["data"]["positions"] if not isinstance(p["qty"], str)])
    envelope = answers[0]
    envelope["data"]["positions"] = slot("positions")
    encoded = []
    for position in positions:
        variants = []
        for f in range(10):
            varied = vary(position, AMOUNTS, f, as_string=False)
            varied["product_code"] = f"{varied['product_code']}.{INDEX}"
            variants.append(dumps(varied))
        encoded.append(variants)
    return dumps(envelope), encoded


def payload(n: int) -> bytes:
    """A ``/portfolios/{id}`` answer: the examples' positions cycled, product codes numbered."""
    envelope, encoded = _templates()
    items = [numbered(encoded[i % len(encoded)][i % 10], i) for i in range(n)]
    return fill(envelope, {"positions": items})


def _response(body: bytes) -> httpx.Response:
    request = httpx.Request("GET", f"https://bench.invalid/account/v1/portfolios/{PORTFOLIO}")
    return httpx.Response(200, content=body, request=request)


def snapshot(body: bytes) -> Snapshot:
    return habittrade.portfolio_from_response(_response(body), PORTFOLIO)


def generated(body: bytes) -> object:
    return PortfolioResponse.from_dict(decode_json(body))


_served = Served(
    lambda transport: habittrade.HabitTradeAdapter(CREDENTIALS, "https://bench.invalid", transport=transport)
)


def through_adapter(body: bytes) -> Snapshot:
    return _served(body).get_portfolio(PORTFOLIO)


# --- B2 -------------------------------------------------------------------------------------------


def _answers() -> Mapping[str, bytes]:
    spec = load_spec("habittrade")
    return {
        f"/account/v1/portfolios/{PORTFOLIO}": dumps(examples(spec, "/account/v1/portfolios/{id}", "get")[0]),
        "/account/v1/balance": dumps(examples(spec, "/account/v1/balance", "get")[0]),
    }


def _connections(base_url: str, n: int) -> Sequence[Any]:
    return [
        habittrade.HabitTradeConnection(f"c{i}", CREDENTIALS, (PORTFOLIO,), environment=base_url)
        for i in range(n)
    ]


def _one_call(base_url: str, n: int) -> Sequence[Any]:
    """``/portfolios/{id}`` only, through the shared adapters."""
    adapter, call = habittrade.HabitTradeAdapter, lambda a: a.aget_portfolio(PORTFOLIO)
    return [OneCall(f"c{i}", "habittrade", base_url, adapter, CREDENTIALS, call) for i in range(n)]


FANOUT = Fanout(answers=_answers, connections=_connections, steps=2, one_call=_one_call)
