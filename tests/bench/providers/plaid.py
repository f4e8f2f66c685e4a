"""Bench plug-in for Plaid: investment holdings answers, and fan-out over ``PlaidConnection``s."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from plaid_client.models import InvestmentsHoldingsGetResponse
from plaid_client.types import decode_json

from tests.bench._plugin import (
    INDEX,
    Fanout,
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
from unifolio.providers import plaid

PYDANTIC_ROOT = "InvestmentsHoldingsGetResponse"
HOLDINGS = "/investments/holdings/get"
AMOUNTS = (
    "quantity",
    "institution_price",
    "institution_value",
    "cost_basis",
    "vested_quantity",
    "vested_value",
)
CREDENTIALS = plaid.PlaidCredentials("bench-client-id", "bench-plaid-secret")
TOKEN = "access-sandbox-bench-item-token"  # made up


@functools.cache
def _templates() -> tuple[bytes, list[list[tuple[bytes, bytes]]]]:
    """The answer (slots for holdings and securities) and, per example holding and factor, the holding
    with its own copy of its security (numbered id and ticker); amounts are JSON numbers, as Plaid
    sends them."""
    answers = examples(load_spec("plaid"), HOLDINGS, "post")
    holdings = unique([h for e in answers for h in e["holdings"]])
    securities = {s["security_id"]: s for e in answers for s in e["securities"]}
    holdings = [h for h in holdings if h["security_id"] in securities]  # not the unresolved example's
    accounts = {a["account_id"]: a for e in answers for a in e["accounts"]}
    document = {
        "accounts": list(accounts.values()),
        "holdings": slot("holdings"),
        "securities": slot("securities"),
        "item": answers[0]["item"],
        "request_id": "BenchRequest01",
    }
    encoded = []
    for example in holdings:
        variants = []
        for f in range(10):
            holding = vary(example, AMOUNTS, f, as_string=False)
            security = vary(securities[holding["security_id"]], ("close_price",), f, as_string=False)
            security["security_id"] = holding["security_id"] = f"{holding['security_id']}_{INDEX}"
            if security.get("ticker_symbol"):
                security["ticker_symbol"] = f"{security['ticker_symbol']}{INDEX}"
            variants.append((dumps(holding), dumps(security)))
        encoded.append(variants)
    return dumps(document), encoded


def payload(n: int) -> bytes:
    """A holdings answer: each holding refers to its own security."""
    document, encoded = _templates()
    holdings, securities = [], []
    for i in range(n):
        holding, security = encoded[i % len(encoded)][i % 10]
        holdings.append(numbered(holding, i))
        securities.append(numbered(security, i))
    return fill(document, {"holdings": holdings, "securities": securities})


def snapshot(body: bytes) -> Snapshot:
    return plaid.holdings_from_response(httpx.Response(200, content=body))


def generated(body: bytes) -> object:
    return InvestmentsHoldingsGetResponse.from_dict(decode_json(body))


_served = Served(
    lambda transport: plaid.PlaidAdapter(CREDENTIALS, "https://bench.invalid", transport=transport)
)


def through_adapter(body: bytes) -> Snapshot:
    return _served(body).get_holdings(TOKEN)


# --- B2 -------------------------------------------------------------------------------------------


def _answers() -> Mapping[str, bytes]:
    spec = load_spec("plaid")
    return {
        HOLDINGS: dumps(examples(spec, HOLDINGS, "post")[0]),
        "/accounts/balance/get": dumps(examples(spec, "/accounts/balance/get", "post")[0]),
    }


def _connections(base_url: str, n: int) -> Sequence[Any]:
    """Cached balances (the default): one holdings call per Item."""
    return [plaid.PlaidConnection(f"c{i}", CREDENTIALS, TOKEN, environment=base_url) for i in range(n)]


FANOUT = Fanout(answers=_answers, connections=_connections, steps=1, one_call=_connections)
