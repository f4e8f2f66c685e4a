"""Bench plug-in for Mesh: ``/holdings/get`` answers, and fan-out over ``MeshConnection``s."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from mesh_client.models import HoldingsModelApiResult
from mesh_client.types import decode_json

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
    vary,
)
from unifolio.models import Snapshot
from unifolio.providers import mesh

PYDANTIC_ROOT = "HoldingsModelApiResult"
GROUPS = (
    "equityPositions",
    "cryptocurrencyPositions",
    "notSupportedEquityPositions",
    "notSupportedCryptocurrencyPositions",
    "nftPositions",
    "optionPositions",
)
AMOUNTS = ("amount", "costBasis", "marketValue", "lastPrice")
BROKER = "robinhood"
TOKEN = "bench-token"
CREDENTIALS = mesh.MeshCredentials("bench-client", "bench-secret")


@functools.cache
def _templates() -> tuple[bytes, list[tuple[str, list[bytes]]]]:
    """The envelope (a slot per group) and, per example position, its encoding under each factor."""
    ok = [
        e
        for e in examples(load_spec("mesh"), "/api/v1/holdings/get", "post")
        if e["content"].get("status") == "succeeded"
    ]
    envelope = ok[0]
    positions = [(group, p) for e in ok for group in GROUPS for p in (e["content"].get(group) or ())]
    for group in GROUPS:
        envelope["content"][group] = slot(group)
    encoded = []
    for group, example in positions:
        variants = []
        for f in range(10):
            position = vary(example, AMOUNTS, f, as_string=False)
            if position.get("distribution"):
                position["distribution"] = [
                    vary(part, ("amount",), f, as_string=False) for part in position["distribution"]
                ]
            symbol = position.get("symbol")
            if isinstance(symbol, str) and not symbol.startswith("CUSIP"):
                position["symbol"] = symbol + INDEX
            if "tokenId" in position:
                position["tokenId"] = INDEX
            variants.append(dumps(position))
        encoded.append((group, variants))
    return dumps(envelope), encoded


def payload(n: int) -> bytes:
    """A ``/holdings/get`` answer: the succeeded examples' positions cycled over every group, symbols
    numbered, amounts scaled."""
    envelope, encoded = _templates()
    lists: dict[str, list[bytes]] = {group: [] for group in GROUPS}
    for i in range(n):
        group, variants = encoded[i % len(encoded)]
        lists[group].append(numbered(variants[i % 10], i))
    return fill(envelope, lists)


def snapshot(body: bytes) -> Snapshot:
    return mesh.holdings_from_response(httpx.Response(200, content=body), BROKER)


def generated(body: bytes) -> object:
    return HoldingsModelApiResult.from_dict(decode_json(body))


_served = Served(
    lambda transport: mesh.MeshAdapter(CREDENTIALS, "https://bench.invalid", transport=transport)
)


def through_adapter(body: bytes) -> Snapshot:
    return _served(body).get_holdings(TOKEN, BROKER)


# --- B2 -------------------------------------------------------------------------------------------


def _answers() -> Mapping[str, bytes]:
    spec = load_spec("mesh")
    return {
        "/api/v1/holdings/get": dumps(examples(spec, "/api/v1/holdings/get", "post")[0]),
        "/api/v1/balance/get": dumps(examples(spec, "/api/v1/balance/get", "post")[0]),
        "/api/v1/holdings/value": dumps(examples(spec, "/api/v1/holdings/value", "post")[0]),
    }


def _connections(base_url: str, n: int) -> Sequence[Any]:
    return [mesh.MeshConnection(f"c{i}", CREDENTIALS, TOKEN, BROKER, environment=base_url) for i in range(n)]


def _one_call(base_url: str, n: int) -> Sequence[Any]:
    """``/holdings/get`` only, through the shared adapters as ``MeshConnection`` does."""
    return [
        OneCall(
            f"c{i}", "mesh", base_url, mesh.MeshAdapter, CREDENTIALS, lambda a: a.aget_holdings(TOKEN, BROKER)
        )
        for i in range(n)
    ]


FANOUT = Fanout(answers=_answers, connections=_connections, steps=2, one_call=_one_call)
