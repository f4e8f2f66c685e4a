"""Bench plug-in for SnapTrade: ``/positions/all`` answers, and fan-out over ``SnapTradeConnection``s.

The bench keys allow far more than SnapTrade's documented 250 requests a minute
(``requests_per_minute``): B2 sends hundreds of requests in seconds and measures unifolio, not the
client-side limit, which would rightly hold them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from snaptrade_client.models import AllAccountPositionsResponse
from snaptrade_client.types import decode_json

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
from unifolio.providers import snaptrade

PYDANTIC_ROOT = "AllAccountPositionsResponse"
AMOUNTS = ("units", "price", "cost_basis")
POSITIONS = "/accounts/{accountId}/positions/all"
ACCOUNT = "917c8734-8470-4a3e-a18f-57c3f2ee6631"  # the account of the spec's us_brokerage example
USER = snaptrade.MOCK_USER
CREDENTIALS = snaptrade.SnapTradeCredentials(
    "bench-client-id", "bench-consumer-key", requests_per_minute=snaptrade.MAX_REQUESTS_PER_MINUTE
)


@functools.cache
def _templates() -> tuple[bytes, list[list[bytes]]]:
    """The answer (a slot for the positions) and each example position under each factor: every
    instrument kind the examples have, amounts as decimal text as SnapTrade sends them."""
    answers = examples(load_spec("snaptrade"), POSITIONS, "get")
    positions = unique([p for e in answers for p in e["results"]])
    document = {"results": slot("positions"), "data_freshness": answers[0]["data_freshness"]}
    encoded = []
    for position in positions:
        variants = []
        for f in range(10):
            varied = vary(position, AMOUNTS, f, as_string=True)
            instrument = dict(varied["instrument"])
            instrument["symbol"] = f"{instrument['symbol']}.{INDEX}"
            varied["instrument"] = instrument
            variants.append(dumps(varied))
        encoded.append(variants)
    return dumps(document), encoded


def payload(n: int) -> bytes:
    """A ``/positions/all`` answer: the examples' positions cycled, symbols numbered."""
    document, encoded = _templates()
    items = [numbered(encoded[i % len(encoded)][i % 10], i) for i in range(n)]
    return fill(document, {"positions": items})


def snapshot(body: bytes) -> Snapshot:
    return snaptrade.positions_from_response(httpx.Response(200, content=body), ACCOUNT)


def generated(body: bytes) -> object:
    return AllAccountPositionsResponse.from_dict(decode_json(body))


_served = Served(
    lambda transport: snaptrade.SnapTradeAdapter(CREDENTIALS, "https://bench.invalid", transport=transport)
)


def through_adapter(body: bytes) -> Snapshot:
    return _served(body).get_positions(ACCOUNT, USER)


# --- B2 -------------------------------------------------------------------------------------------


def _demo(spec: Mapping[str, Any], path: str) -> bytes:
    """The spec's demo answer (``us_brokerage``) of one operation."""
    content = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    return dumps(content["examples"]["us_brokerage"]["value"])


def _answers() -> Mapping[str, bytes]:
    spec = load_spec("snaptrade")
    return {
        "/accounts": _demo(spec, "/accounts"),
        "/authorizations": _demo(spec, "/authorizations"),
        f"/accounts/{ACCOUNT}/positions/all": _demo(spec, POSITIONS),
        f"/accounts/{ACCOUNT}/balances": _demo(spec, "/accounts/{accountId}/balances"),
    }


def _connections(base_url: str, n: int) -> Sequence[Any]:
    """Full reads: accounts and connections at once, then positions and balances at once (2 rounds)."""
    return [snaptrade.SnapTradeConnection(f"c{i}", CREDENTIALS, USER, environment=base_url) for i in range(n)]


def _one_call(base_url: str, n: int) -> Sequence[Any]:
    """``/positions/all`` only, through the shared adapters."""
    adapter, call = snaptrade.SnapTradeAdapter, lambda a: a.aget_positions(ACCOUNT, USER)
    return [OneCall(f"c{i}", "snaptrade", base_url, adapter, CREDENTIALS, call) for i in range(n)]


FANOUT = Fanout(answers=_answers, connections=_connections, steps=2, one_call=_one_call)
