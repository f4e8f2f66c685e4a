"""Bench plug-in for MoneyKit: investment holdings answers, and fan-out over ``MoneyKitConnection``s."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from moneykit_client.models import GetHoldingsResponse
from moneykit_client.types import decode_json

from tests.bench._plugin import (
    INDEX,
    Fanout,
    Served,
    dumps,
    examples,
    joined,
    load_spec,
    slot,
    unique,
    vary,
)
from unifolio.models import Snapshot
from unifolio.providers import moneykit

PYDANTIC_ROOT = "GetHoldingsResponse"
AMOUNTS = ("quantity", "price", "value", "cost_basis")
LINK = moneykit.MOCK_LINK_ID
CREDENTIALS = moneykit.MoneyKitCredentials("bench-client", "bench-secret")
TOKEN = dumps({"access_token": "bench-token", "token_type": "Bearer", "expires_in": 3600})


@functools.cache
def _templates() -> tuple[bytes, list[list[tuple[bytes, bytes]]]]:
    """The answer (slots for holdings and securities) and, per example holding and factor, the holding
    with its own copy of its security (numbered id and ticker), amounts as strings as MoneyKit sends."""
    answers = examples(load_spec("moneykit"), "/links/{id}/investments/holdings", "get")
    holdings = unique([h for e in answers for h in e["holdings"]])
    securities = {s["security_id"]: s for e in answers for s in e["securities"]}
    accounts = {a["account_id"]: a for e in answers for a in e["accounts"]}
    connected = next(e for e in answers if e["link"]["state"] == "connected" and "webhook" in e["link"])
    document = {
        "holdings": slot("holdings"),
        "securities": slot("securities"),
        "accounts": list(accounts.values()),
        "link": connected["link"],
    }
    encoded = []
    for example in holdings:
        variants = []
        for f in range(10):
            holding = vary(example, AMOUNTS, f, as_string=True)
            security = vary(securities[holding["security_id"]], ("close_price",), f, as_string=True)
            security["security_id"] = holding["security_id"] = f"{holding['security_id']}_{INDEX}"
            if "ticker" in security:
                security["ticker"] = f"{security['ticker']}{INDEX}"
            variants.append((dumps(holding), dumps(security)))
        encoded.append(variants)
    return dumps(document), encoded


def payload(n: int) -> bytes:
    """A holdings answer: each holding refers to its own security, amounts as strings."""
    return joined(*_templates(), n)


def snapshot(body: bytes) -> Snapshot:
    return moneykit.holdings_from_response(httpx.Response(200, content=body))


def generated(body: bytes) -> object:
    return GetHoldingsResponse.from_dict(decode_json(body))


_served = Served(
    lambda transport: moneykit.MoneyKitAdapter(CREDENTIALS, "https://bench.invalid", transport=transport),
    fixed={"/auth/token": TOKEN},
)


def through_adapter(body: bytes) -> Snapshot:
    return _served(body).get_holdings(LINK)


# --- B2 -------------------------------------------------------------------------------------------


def _answers() -> Mapping[str, bytes]:
    spec = load_spec("moneykit")
    return {
        f"/links/{LINK}/investments/holdings": dumps(
            examples(spec, "/links/{id}/investments/holdings", "get")[0]
        ),
        "/auth/token": TOKEN,
    }


def _connections(base_url: str, n: int) -> Sequence[Any]:
    return [moneykit.MoneyKitConnection(f"c{i}", CREDENTIALS, LINK, environment=base_url) for i in range(n)]


FANOUT = Fanout(answers=_answers, connections=_connections, steps=1, one_call=_connections, setup_steps=1)
