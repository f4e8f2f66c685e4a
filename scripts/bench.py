"""unifolio benchmarks (issue 7): ``make bench`` -> tests/bench/RESULTS.md.

    python scripts/bench.py                 # everything, writes tests/bench/RESULTS.md
    python scripts/bench.py --quick         # fewer rounds and no 100k payloads (a smoke run)
    python scripts/bench.py --profile mesh:10000:full   # cProfile one B1 variant, print the top entries

B1 - bytes to unified holdings. Payloads of 1k/10k/100k positions per provider, generated
deterministically from the named examples of each spec (the example positions cycled, with varied
symbols and amounts; Decimal-exact: MoneyKit amounts as strings, Mesh/HabitTrade as JSON numbers).
Every variant runs on the same bytes, interleaved round by round, so load on the machine hits them
alike; each figure is the median over rounds with its min-max, each ratio the median of the per-round
ratios to ``json.loads``.

Memory - one subprocess per measurement on the 100k payloads: the peak resident set (VmHWM, reset
just before the run) over the RSS before it, taken after imports, a warm-up and reading the payload.

B2 - fan-out. A server in a child process on 127.0.0.1 answers every call after 50 ms; 100 connections
go through ``unifolio.aggregate.fetch_portfolio`` with a concurrency limit of 20.

Nothing here asserts on time: this is a report, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import copy
import cProfile
import datetime
import functools
import gc
import importlib.util
import json
import os
import platform
import pstats
import re
import shutil
import ssl
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_proposals  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
WORK = ROOT / ".bench"
"""Bench artefacts (git-ignored): pydantic models generated from the specs, payload files."""
RESULTS = ROOT / "tests" / "bench" / "RESULTS.md"

PROVIDERS = ("mesh", "habittrade", "moneykit")
SIZES = (1_000, 10_000, 100_000)
VARIANTS = ("loads", "loads_decimal", "generated", "full", "full_proposed", "full_http", "pydantic")
VARIANT_TITLES = {
    "loads": "`json.loads` (floor)",
    "loads_decimal": "`json.loads(parse_float=Decimal)`",
    "generated": "generated client parse (`from_dict(decode_json(b))`)",
    "full": "**unifolio full path** (bytes -> `Snapshot`)",
    "full_proposed": "full path with the proposed adapter mapping (`scripts/bench_proposals.py`)",
    "full_http": "adapter over `httpx.MockTransport`",
    "pydantic": "pydantic v2 `model_validate_json` (datamodel-codegen, Decimal)",
}
MEMORY_VARIANTS = ("loads", "loads_decimal", "generated", "full", "pydantic")
SKIP_AT_100K = ("full_proposed", "full_http")
"""Left out at 100k positions to keep ``make bench`` within its time budget (shown at 1k and 10k)."""
TARGET_RATIO = 2.8
TARGET_MEMORY = 3.0
TARGET_FANOUT = 1.3

FANOUT_CONNECTIONS = 100
FANOUT_LIMIT = 20
FANOUT_DELAY = 0.050


# --- payloads -----------------------------------------------------------------------------------


class _DecimalLoader(yaml.SafeLoader):
    """YAML floats as Decimal, so the examples' 18-decimal amounts stay exact."""


def _yaml_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    return Decimal(str(loader.construct_scalar(node)).replace("_", ""))  # type: ignore[arg-type]


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _yaml_decimal)


def load_spec(provider: str) -> dict[str, Any]:
    with (SPECS / f"{provider}.yaml").open() as f:
        spec: dict[str, Any] = yaml.load(f, Loader=_DecimalLoader)  # noqa: S506 - a SafeLoader subclass
    return spec


def _examples(spec: dict[str, Any], path: str, method: str, status: str = "200") -> list[Any]:
    content = spec["paths"][path][method]["responses"][status]["content"]["application/json"]
    return [example["value"] for example in content["examples"].values()]


_NUMBER = re.compile(r'"\\u0000N([-+0-9.eE]+)"')
FACTORS = tuple(Decimal(f) for f in ("1", "2", "0.5", "3", "1.25", "7", "0.1", "11", "2.75", "0.04"))


class _Number:
    """A Decimal to be written as a bare JSON number (json.dumps has no hook for that)."""

    __slots__ = ("text",)

    def __init__(self, value: Decimal) -> None:
        self.text = str(value)


def _encode(value: object) -> str:
    if isinstance(value, _Number):
        return "\u0000N" + value.text
    if isinstance(value, Decimal):
        return "\u0000N" + str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(document: object) -> bytes:
    """Compact JSON; Decimals become bare numbers, exactly as written (no float round trip)."""
    text = json.dumps(document, default=_encode, separators=(",", ":"), ensure_ascii=False)
    return _NUMBER.sub(r"\1", text).encode()


def _scaled(value: object, factor: Decimal, *, as_string: bool) -> object:
    if value is None or isinstance(value, bool):
        return value
    if not isinstance(value, int | Decimal | str):
        raise TypeError(f"not an amount: {value!r}")
    amount = Decimal(value) * factor
    return str(amount) if as_string else amount


def _vary(record: dict[str, Any], keys: Sequence[str], i: int, *, as_string: bool) -> dict[str, Any]:
    varied = dict(record)  # shallow: nested lists are replaced, never mutated, by the callers
    factor = FACTORS[i % len(FACTORS)]
    for key in keys:
        if key in varied:
            varied[key] = _scaled(varied[key], factor, as_string=as_string)
    return varied


def _unique(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[bytes, dict[str, Any]] = {}
    for record in records:
        seen.setdefault(dumps(record), record)
    return list(seen.values())


MESH_GROUPS = (
    "equityPositions",
    "cryptocurrencyPositions",
    "notSupportedEquityPositions",
    "notSupportedCryptocurrencyPositions",
    "nftPositions",
    "optionPositions",
)
MESH_AMOUNTS = ("amount", "costBasis", "marketValue", "lastPrice")


def mesh_payload(n: int) -> bytes:
    """A ``/holdings/get`` answer: the succeeded examples' positions cycled over every group."""
    spec = load_spec("mesh")
    ok = [
        e
        for e in _examples(spec, "/api/v1/holdings/get", "post")
        if e["content"].get("status") == "succeeded"
    ]
    pairs = [(group, p) for e in ok for group in MESH_GROUPS for p in (e["content"].get(group) or ())]
    envelope = copy.deepcopy(ok[0])
    for group in MESH_GROUPS:
        envelope["content"][group] = []
    for i in range(n):
        group, example = pairs[i % len(pairs)]
        position = _vary(example, MESH_AMOUNTS, i, as_string=False)
        if position.get("distribution"):
            position["distribution"] = [
                _vary(part, ("amount",), i, as_string=False) for part in position["distribution"]
            ]
        symbol = position.get("symbol")
        if isinstance(symbol, str) and not symbol.startswith("CUSIP"):
            position["symbol"] = f"{symbol}{i}"
        if "tokenId" in position:
            position["tokenId"] = str(i)
        envelope["content"][group].append(position)
    return dumps(envelope)


HABITTRADE_AMOUNTS = (
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


def habittrade_payload(n: int) -> bytes:
    """A ``/portfolios/{id}`` answer from the examples that send amounts as JSON numbers."""
    spec = load_spec("habittrade")
    examples = _examples(spec, "/account/v1/portfolios/{id}", "get")
    positions = _unique(
        [p for e in examples for p in e["data"]["positions"] if not isinstance(p["qty"], str)]
    )
    envelope = copy.deepcopy(examples[0])
    envelope["data"]["positions"] = []
    for i in range(n):
        position = _vary(positions[i % len(positions)], HABITTRADE_AMOUNTS, i, as_string=False)
        position["product_code"] = f"{position['product_code']}.{i}"
        envelope["data"]["positions"].append(position)
    return dumps(envelope)


HABITTRADE_PORTFOLIO = "d59c4577-d450-2cbb-43c9-ef06e40f1fde"
MONEYKIT_AMOUNTS = ("quantity", "price", "value", "cost_basis")


def moneykit_payload(n: int) -> bytes:
    """A holdings answer: each holding refers to its own security (varied ticker), amounts as strings."""
    spec = load_spec("moneykit")
    examples = _examples(spec, "/links/{id}/investments/holdings", "get")
    holdings = _unique([h for e in examples for h in e["holdings"]])
    securities = {s["security_id"]: s for e in examples for s in e["securities"]}
    accounts = {a["account_id"]: a for e in examples for a in e["accounts"]}
    connected = next(e for e in examples if e["link"]["state"] == "connected" and "webhook" in e["link"])
    out_holdings, out_securities = [], []
    for i in range(n):
        holding = _vary(holdings[i % len(holdings)], MONEYKIT_AMOUNTS, i, as_string=True)
        security = _vary(securities[holding["security_id"]], ("close_price",), i, as_string=True)
        security["security_id"] = holding["security_id"] = f"{holding['security_id']}_{i}"
        if "ticker" in security:
            security["ticker"] = f"{security['ticker']}{i}"
        out_holdings.append(holding)
        out_securities.append(security)
    document = {
        "holdings": out_holdings,
        "securities": out_securities,
        "accounts": list(accounts.values()),
        "link": connected["link"],
    }
    return dumps(document)


PAYLOADS: dict[str, Callable[[int], bytes]] = {
    "mesh": mesh_payload,
    "habittrade": habittrade_payload,
    "moneykit": moneykit_payload,
}


@functools.cache
def payload(provider: str, n: int) -> bytes:
    """Generated once per run and written to .bench/ for the memory subprocesses."""
    WORK.mkdir(exist_ok=True)
    body = PAYLOADS[provider](n)
    (WORK / f"{provider}-{n}.json").write_bytes(body)
    return body


# --- pydantic models (the alternative a user would pick) ---------------------------------------

PYDANTIC_ROOT_MODELS = {
    "mesh": "HoldingsModelApiResult",
    "habittrade": "PortfolioResponse",
    "moneykit": "GetHoldingsResponse",
}


def generate_pydantic_models() -> None:
    """datamodel-codegen on each spec, every JSON number as Decimal, into .bench/pydantic/."""
    out = WORK / "pydantic"
    out.mkdir(parents=True, exist_ok=True)
    codegen = shutil.which("datamodel-codegen", path=str(Path(sys.executable).parent)) or "datamodel-codegen"
    for provider in PROVIDERS:
        command = [
            codegen,
            "--input",
            str(SPECS / f"{provider}.yaml"),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--type-mappings",
            "number+default=decimal",
            "number+double=decimal",
            "number+float=decimal",
            "--formatters",
            "ruff-format",
            "--disable-timestamp",
            "--output",
            str(out / f"{provider}_models.py"),
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            sys.exit(f"datamodel-codegen failed for {provider}:\n{result.stdout}{result.stderr}")


def pydantic_model(provider: str) -> Any:
    path = WORK / "pydantic" / f"{provider}_models.py"
    name = f"_bench_pydantic_{provider}"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise RuntimeError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    model = getattr(module, PYDANTIC_ROOT_MODELS[provider])
    model.model_rebuild()
    return model


# --- B1 variants --------------------------------------------------------------------------------

Variant = Callable[[bytes], object]


def _loads(body: bytes) -> object:
    return json.loads(body)


def _loads_decimal(body: bytes) -> object:
    return json.loads(body, parse_float=Decimal)


def _mesh_variants() -> dict[str, Variant]:
    from mesh_client import Client
    from mesh_client.api.holdings import get_holdings
    from mesh_client.models import HoldingsModel, HoldingsModelApiResult
    from mesh_client.types import decode_json

    from unifolio.providers import mesh

    client = Client(base_url="https://bench.invalid")
    credentials = mesh.MeshCredentials("bench-client", "bench-secret")

    def generated(body: bytes) -> object:
        return HoldingsModelApiResult.from_dict(decode_json(body))

    def full(body: bytes) -> object:
        # exactly what MeshAdapter.get_holdings does once the response is in: the generated
        # endpoint's response builder (decode + parse), the envelope checks, the mapping
        response = get_holdings._build_response(client=client, response=httpx.Response(200, content=body))
        content, raw = mesh._content(response, HoldingsModel, "get_holdings")
        return mesh._holdings_snapshot(content, raw, "robinhood")

    def full_proposed(body: bytes) -> object:
        response = get_holdings._build_response(client=client, response=httpx.Response(200, content=body))
        content, raw = mesh._content(response, HoldingsModel, "get_holdings")
        return bench_proposals.mesh_holdings_snapshot(content, raw, "robinhood")

    def same_mapping(body: bytes) -> object:
        response = get_holdings._build_response(client=client, response=httpx.Response(200, content=body))
        content, raw = mesh._content(response, HoldingsModel, "get_holdings")
        return bench_proposals.same_snapshot(
            mesh._holdings_snapshot(content, raw, "robinhood"),
            bench_proposals.mesh_holdings_snapshot(content, raw, "robinhood"),
        )

    def full_http(body: bytes) -> object:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
        adapter = mesh.MeshAdapter(credentials, "https://bench.invalid", transport=transport)
        try:
            return adapter.get_holdings("bench-token", "robinhood")
        finally:
            adapter.close()

    return {
        "generated": generated,
        "full": full,
        "full_proposed": full_proposed,
        "full_http": full_http,
        "same_mapping": same_mapping,
    }


def _habittrade_variants() -> dict[str, Variant]:
    from habittrade_client import Client
    from habittrade_client.api.account import get_portfolio
    from habittrade_client.models import PortfolioResponse
    from habittrade_client.types import decode_json

    from unifolio.providers import habittrade

    client = Client(base_url="https://bench.invalid")
    credentials = habittrade.HabitTradeCredentials("bench-key", "bench-secret")

    def generated(body: bytes) -> object:
        return PortfolioResponse.from_dict(decode_json(body))

    def full(body: bytes) -> object:
        # what HabitTradeAdapter.get_portfolio does once the response is in, including its response
        # hook (it runs on every 2xx and decodes the body a second time, looking for an error envelope)
        raw_response = httpx.Response(200, content=body)
        habittrade._check_success_body(raw_response)
        response = get_portfolio._build_response(client=client, response=raw_response)
        data = habittrade._data(response, PortfolioResponse, "get_portfolio", "bench")
        return habittrade._portfolio_snapshot(data, HABITTRADE_PORTFOLIO)

    def full_proposed(body: bytes) -> object:
        raw_response = httpx.Response(200, content=body)
        bench_proposals.habittrade_check_success_body(raw_response)
        response = get_portfolio._build_response(client=client, response=raw_response)
        data = habittrade._data(response, PortfolioResponse, "get_portfolio", "bench")
        return bench_proposals.habittrade_portfolio_snapshot(data, HABITTRADE_PORTFOLIO)

    def same_mapping(body: bytes) -> object:
        data = PortfolioResponse.from_dict(decode_json(body))
        return bench_proposals.same_snapshot(
            habittrade._portfolio_snapshot(data, HABITTRADE_PORTFOLIO),
            bench_proposals.habittrade_portfolio_snapshot(data, HABITTRADE_PORTFOLIO),
        )

    def full_http(body: bytes) -> object:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
        adapter = habittrade.HabitTradeAdapter(credentials, "https://bench.invalid", transport=transport)
        try:
            return adapter.get_portfolio(HABITTRADE_PORTFOLIO)
        finally:
            adapter.close()

    return {
        "generated": generated,
        "full": full,
        "full_proposed": full_proposed,
        "full_http": full_http,
        "same_mapping": same_mapping,
    }


def _moneykit_variants() -> dict[str, Variant]:
    from moneykit_client import Client
    from moneykit_client.api.investments import get_investment_holdings
    from moneykit_client.models import GetHoldingsResponse
    from moneykit_client.types import decode_json

    from unifolio.providers import moneykit

    client = Client(base_url="https://bench.invalid")
    credentials = moneykit.MoneyKitCredentials("bench-client", "bench-secret")
    token = dumps({"access_token": "bench-token", "token_type": "Bearer", "expires_in": 3600})

    def generated(body: bytes) -> object:
        return GetHoldingsResponse.from_dict(decode_json(body))

    def full(body: bytes) -> object:
        # what MoneyKitAdapter.get_holdings does once the response is in
        response = get_investment_holdings._build_response(
            client=client, response=httpx.Response(200, content=body)
        )
        return moneykit._holdings_result(response)

    def full_proposed(body: bytes) -> object:
        response = get_investment_holdings._build_response(
            client=client, response=httpx.Response(200, content=body)
        )
        if not isinstance(response.parsed, GetHoldingsResponse):
            raise RuntimeError("not a holdings answer")
        return bench_proposals.moneykit_map_holdings(response.parsed)

    def same_mapping(body: bytes) -> object:
        content = GetHoldingsResponse.from_dict(decode_json(body))
        return bench_proposals.same_snapshot(
            moneykit.map_holdings(content), bench_proposals.moneykit_map_holdings(content)
        )

    def full_http(body: bytes) -> object:
        def answer(request: httpx.Request) -> httpx.Response:
            is_token = request.url.path.endswith("/auth/token")
            return httpx.Response(200, content=token if is_token else body)

        transport = httpx.MockTransport(answer)
        adapter = moneykit.MoneyKitAdapter(credentials, "https://bench.invalid", transport=transport)
        try:
            return adapter.get_holdings("mk_bench")
        finally:
            adapter.close()

    return {
        "generated": generated,
        "full": full,
        "full_proposed": full_proposed,
        "full_http": full_http,
        "same_mapping": same_mapping,
    }


_PROVIDER_VARIANTS: dict[str, Callable[[], dict[str, Variant]]] = {
    "mesh": _mesh_variants,
    "habittrade": _habittrade_variants,
    "moneykit": _moneykit_variants,
}


def variants(provider: str) -> dict[str, Variant]:
    model = pydantic_model(provider)

    def pydantic(body: bytes) -> object:
        return model.model_validate_json(body)

    found: dict[str, Variant] = {"loads": _loads, "loads_decimal": _loads_decimal}
    found.update(_PROVIDER_VARIANTS[provider]())
    found["pydantic"] = pydantic
    return {name: found[name] for name in (*VARIANTS, "same_mapping")}


def check_outputs(provider: str, n: int, found: dict[str, Variant]) -> list[str]:
    """Sanity: every variant accepts the payload; amounts stay exact where they should."""
    body = payload(provider, n)
    notes = []
    for name in VARIANTS:
        found[name](body)
    holdings = found["full"](body).holdings  # type: ignore[attr-defined]
    if len(holdings) != n:
        notes.append(f"{provider}: {len(holdings)} holdings for {n} positions")
    if not all(type(h.quantity) is Decimal for h in holdings):
        notes.append(f"{provider}: a quantity is not a Decimal")
    if found["same_mapping"](body) is not True:
        notes.append(f"{provider}: the proposed mapping does not return what the shipped one does")
    if found["full_http"](body).holdings != holdings:  # type: ignore[attr-defined]
        notes.append(f"{provider}: the MockTransport path maps differently")
    floats = _count_floats(found["pydantic"](body))
    if floats:
        notes.append(f"{provider}: the pydantic models hold {floats} float values")
    return notes


def _count_floats(value: object) -> int:
    if isinstance(value, float):
        return 1
    if isinstance(value, list | tuple):
        return sum(_count_floats(v) for v in value)
    fields = getattr(type(value), "__pydantic_fields__", None)
    if fields is not None:
        with warnings.catch_warnings():  # fields the spec marks deprecated warn on access
            warnings.simplefilter("ignore", DeprecationWarning)
            return sum(_count_floats(getattr(value, name)) for name in fields)
    return 0


# --- timing -------------------------------------------------------------------------------------


def _time_once(fn: Variant, body: bytes, number: int) -> float:
    """CPU seconds per call (``time.process_time``: time spent descheduled by other processes does not
    count); results are kept alive until the clock stops, so deallocation is not timed."""
    gc.collect()
    results: list[object] = []
    start = time.process_time()
    for _ in range(number):
        results.append(fn(body))
    elapsed = time.process_time() - start
    del results
    return elapsed / number


def time_variants(
    fns: dict[str, Variant], body: bytes, rounds: int, *, warm_up: bool = True
) -> dict[str, list[float]]:
    """Interleaved rounds: each round times every variant once (order rotated), on the same bytes.
    Short runs are repeated within a sample (at least ~20 ms); without ``warm_up`` (the big payloads,
    after the smaller ones warmed everything) each sample is one call."""
    numbers = dict.fromkeys(fns, 1)
    for name, fn in fns.items() if warm_up else ():
        once = _time_once(fn, body, 1)
        numbers[name] = max(1, min(50, int(0.02 / max(once, 1e-6))))
    samples: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            samples[name].append(_time_once(fns[name], body, numbers[name]))
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def per_round_ratios(samples: dict[str, list[float]], name: str) -> list[float]:
    return [t / floor for t, floor in zip(samples[name], samples["loads"], strict=True)]


# --- memory (one subprocess per measurement) -----------------------------------------------------


def _status_kb(field: str) -> int | None:
    """A ``VmRSS``/``VmHWM`` line of /proc/self/status, in bytes (None where there is no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0). ``ru_maxrss`` cannot be used here: a child
    inherits the parent's peak across fork+exec, and the bench process is big by then."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def memory_child(provider: str, variant: str) -> None:
    """Run one variant once on the 100k payload file and print what it cost, as JSON."""
    body = (WORK / f"{provider}-100000.json").read_bytes()
    fn = variants(provider)[variant]
    fn((WORK / f"{provider}-1000.json").read_bytes())  # imports, lazy imports, caches
    gc.collect()
    before = _status_kb("VmRSS")
    if before is None or not _reset_peak_rss():
        raise SystemExit("needs Linux /proc (VmRSS, VmHWM, clear_refs)")
    result = fn(body)
    peak, after = _status_kb("VmHWM"), _status_kb("VmRSS")
    assert peak is not None and after is not None
    print(json.dumps({"peak": peak - before, "retained": after - before, "alive": result is not None}))


def measure_memory(provider: str, variant: str) -> dict[str, int]:
    command = [sys.executable, str(Path(__file__).resolve()), "--memory-child", provider, variant]
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"memory child {provider}/{variant} failed:\n{result.stderr}")
    values: dict[str, int] = json.loads(result.stdout.strip().splitlines()[-1])
    return values


# --- B2: fan-out against a slow local server ---------------------------------------------------


def _mesh_answers() -> dict[str, bytes]:
    spec = load_spec("mesh")
    return {
        "/api/v1/holdings/get": dumps(_examples(spec, "/api/v1/holdings/get", "post")[0]),
        "/api/v1/balance/get": dumps(_examples(spec, "/api/v1/balance/get", "post")[0]),
        "/api/v1/holdings/value": dumps(_examples(spec, "/api/v1/holdings/value", "post")[0]),
    }


async def _serve(delay: float) -> None:
    """HTTP/1.1 with keep-alive; every answer after ``delay`` seconds, except under ``/nodelay``."""
    answers = _mesh_answers()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                path = request_line.split(" ")[1].partition("?")[0]
                length = 0
                for line in header_lines:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if length:
                    await reader.readexactly(length)
                wait = not path.startswith("/nodelay")
                path = path.removeprefix("/nodelay")
                if wait:
                    await asyncio.sleep(delay)
                body = answers.get(path)
                status = b"200 OK" if body is not None else b"404 Not Found"
                body = body if body is not None else b"{}"
                writer.write(
                    b"HTTP/1.1 "
                    + status
                    + b"\r\ncontent-type: application/json\r\ncontent-length: "
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


@contextlib.contextmanager
def slow_server() -> Iterator[str]:
    """The server in a child process (so its work does not compete with the client's event loop)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--serve", str(FANOUT_DELAY)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


_SHARED_SSL: ssl.SSLContext | None = None


def _shared_ssl_context() -> ssl.SSLContext:
    global _SHARED_SSL
    if _SHARED_SSL is None:
        _SHARED_SSL = httpx.create_ssl_context()
    return _SHARED_SSL


class HoldingsOnly:
    """A connection that makes one call (``/holdings/get``) through a fresh MeshAdapter, as
    ``MeshConnection.fetch`` builds one per fetch. ``shared_tls``: the adapter's transports get one
    process-wide SSL context instead of creating two per adapter (the change recommended for
    ``unifolio._clients``)."""

    provider = "mesh"

    def __init__(self, label: str, base_url: str, *, shared_tls: bool) -> None:
        self.label, self.base_url, self.shared_tls = label, base_url, shared_tls

    def adapter(self) -> Any:
        from unifolio.providers.mesh import MeshAdapter, MeshCredentials

        transports: dict[str, Any] = {}
        if self.shared_tls:
            context = _shared_ssl_context()
            transports = {
                "transport": httpx.HTTPTransport(verify=context),
                "async_transport": httpx.AsyncHTTPTransport(verify=context),
            }
        return MeshAdapter(MeshCredentials("bench-client", "bench-secret"), self.base_url, **transports)

    async def fetch(self) -> Any:
        adapter = self.adapter()
        try:
            return await adapter.aget_holdings("bench-token", "robinhood")
        finally:
            await adapter.aclose()


def _run_fanout(connections: Sequence[Any], limit: int) -> tuple[float, int]:
    from unifolio.aggregate import fetch_portfolio

    async def main() -> tuple[float, int]:
        start = time.perf_counter()
        portfolio = await fetch_portfolio(connections, concurrency=limit)
        return time.perf_counter() - start, len(portfolio.failures)

    return asyncio.run(main())


def _stub_sniffio() -> bool:
    """Make ``import sniffio`` succeed (what installing sniffio does; returns ``"asyncio"`` here).

    httpcore 1.0.9 imports sniffio inside ``current_async_library()``, several times per request; when
    sniffio is not installed (anyio >= 4.11 no longer pulls it in) every call is a failed import that
    searches all of sys.path again (encode/httpcore#1103). Returns False if sniffio is really installed.
    """
    if importlib.util.find_spec("sniffio") is not None:
        return False
    stub = ModuleType("sniffio")
    stub.current_async_library = lambda: "asyncio"  # type: ignore[attr-defined]
    sys.modules["sniffio"] = stub
    return True


def _per_call_overhead(base_url: str, calls: int, rows: Sequence[str]) -> dict[str, float]:
    """Client-side milliseconds per call, sequential, against the same server without its delay."""
    from unifolio.providers.mesh import MeshAdapter, MeshCredentials

    url = base_url + "/nodelay"
    credentials = MeshCredentials("bench-client", "bench-secret")
    body = dumps({"authToken": "bench-token", "type": "robinhood", "includeMarketValue": True})

    async def plain_httpx() -> float:
        async with httpx.AsyncClient(base_url=url) as client:
            await client.post("/api/v1/holdings/get", content=body)
            start = time.perf_counter()
            for _ in range(calls):
                (await client.post("/api/v1/holdings/get", content=body)).json()
            return time.perf_counter() - start

    async def reused_adapter() -> float:
        adapter = MeshAdapter(credentials, url)
        try:
            await adapter.aget_holdings("bench-token", "robinhood")
            start = time.perf_counter()
            for _ in range(calls):
                await adapter.aget_holdings("bench-token", "robinhood")
            return time.perf_counter() - start
        finally:
            await adapter.aclose()

    async def adapter_per_call(shared_tls: bool) -> float:
        connection = HoldingsOnly("x", url, shared_tls=shared_tls)
        await connection.fetch()
        start = time.perf_counter()
        for _ in range(calls):
            await connection.fetch()
        return time.perf_counter() - start

    def construct_only(shared_tls: bool) -> float:
        start = time.perf_counter()
        for _ in range(calls):
            adapter = HoldingsOnly("x", url, shared_tls=shared_tls).adapter()
            adapter.close()
        return time.perf_counter() - start

    measures: dict[str, Callable[[], float]] = {
        "plain": lambda: asyncio.run(plain_httpx()),
        "reused": lambda: asyncio.run(reused_adapter()),
        "per_call": lambda: asyncio.run(adapter_per_call(False)),
        "per_call_shared": lambda: asyncio.run(adapter_per_call(True)),
        "construct": lambda: construct_only(False),
        "construct_shared": lambda: construct_only(True),
    }
    return {row: measures[row]() / calls * 1000 for row in rows}


OVERHEAD_TITLES = {
    "plain": "plain `httpx.AsyncClient`, reused (the floor)",
    "reused": "`MeshAdapter.aget_holdings`, adapter reused",
    "per_call": "new `MeshAdapter` per connection (as `MeshConnection.fetch` does)",
    "per_call_shared": "new `MeshAdapter` per connection, shared SSL context",
    "construct": "`MeshAdapter(...)` construction alone",
    "construct_shared": "`MeshAdapter(...)` construction alone, shared SSL context",
}

Scenario = tuple[str, Callable[[str], Sequence[Any]], int, int, int]


def fanout(quick: bool) -> dict[str, Any]:
    """B2. Scenarios as shipped first; then with a shared SSL context; then also with sniffio importable
    (that one stays in effect for the rest of the process, so it runs last)."""
    from unifolio.providers.mesh import MeshConnection, MeshCredentials

    credentials = MeshCredentials("bench-client", "bench-secret")
    n = FANOUT_CONNECTIONS

    def holdings_only(shared: bool) -> Callable[[str], Sequence[Any]]:
        return lambda url: [HoldingsOnly(f"c{i}", url, shared_tls=shared) for i in range(n)]

    def full_fetch(url: str) -> Sequence[Any]:
        return [
            MeshConnection(f"c{i}", credentials, "bench-token", "robinhood", environment=url)
            for i in range(n)
        ]

    few, many = (1, 3) if quick else (2, 7)
    # (title, connections, limit, sequential calls per connection, rounds)
    shipped: list[Scenario] = [
        ("1 call per connection, as shipped", holdings_only(False), FANOUT_LIMIT, 1, few + 1),
        ("`MeshConnection.fetch` (3 calls: 1, then 2 at once), as shipped", full_fetch, FANOUT_LIMIT, 2, 1),
        ("1 call per connection, sequential (limit 1), as shipped", holdings_only(False), 1, 1, 1),
        ("1 call per connection, shared SSL context", holdings_only(True), FANOUT_LIMIT, 1, many),
    ]
    fixed: list[Scenario] = [
        ("1 call per connection, shared SSL context + sniffio", holdings_only(True), FANOUT_LIMIT, 1, many),
        (
            "`MeshConnection.fetch`, shared SSL context + sniffio (patched in)",
            full_fetch,
            FANOUT_LIMIT,
            2,
            few,
        ),
        ("1 call per connection, sequential, shared SSL context + sniffio", holdings_only(True), 1, 1, few),
    ]
    out: dict[str, Any] = {"scenarios": {}, "overhead": {}}
    with slow_server() as url:
        _run_fanout(holdings_only(False)(url)[:5], FANOUT_LIMIT)  # warm-up: imports, first connections
        out["overhead"]["as shipped"] = _per_call_overhead(url, 30, list(OVERHEAD_TITLES))
        _run_scenarios(shipped, url, out["scenarios"])
        stubbed = _stub_sniffio()
        out["sniffio_stubbed"] = stubbed
        with _shared_tls_for_mesh_connections():
            _run_scenarios(fixed, url, out["scenarios"])
        out["overhead"]["sniffio importable"] = _per_call_overhead(
            url, 30, ["plain", "reused", "per_call_shared"]
        )
    return out


@contextlib.contextmanager
def _shared_tls_for_mesh_connections() -> Iterator[None]:
    """``MeshConnection.fetch`` with the recommended ``make_clients`` change (one SSL context per process)
    patched in for the scenarios that say so; restored afterwards."""
    from unifolio import _clients

    original = _clients.make_clients

    def make_clients(*args: Any, **kwargs: Any) -> Any:
        context = _shared_ssl_context()
        kwargs["transport"] = kwargs.get("transport") or httpx.HTTPTransport(verify=context)
        kwargs["async_transport"] = kwargs.get("async_transport") or httpx.AsyncHTTPTransport(verify=context)
        return original(*args, **kwargs)

    # every unifolio module that imported make_clients by name (the provider modules or their base)
    patched = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("unifolio.") and getattr(module, "make_clients", None) is original
    ]
    for module in patched:
        module.make_clients = make_clients  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module in patched:
            module.make_clients = original  # type: ignore[attr-defined]


def _run_scenarios(scenarios: list[Scenario], url: str, out: dict[str, Any]) -> None:
    for title, make, limit, stages, rounds in scenarios:
        print(f"   {title} ...", flush=True)
        waves = -(-FANOUT_CONNECTIONS // limit)
        walls, failures = [], 0
        for _ in range(rounds):
            wall, failed = _run_fanout(make(url), limit)
            walls.append(wall)
            failures += failed
        out[title] = {
            "walls": walls,
            "ideal": waves * stages * FANOUT_DELAY,
            "failures": failures,
            "limit": limit,
        }


# --- report -------------------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.0f}" if ms >= 100 else f"{ms:.1f}" if ms >= 10 else f"{ms:.2f}"


def _spread(values: Sequence[float], fmt: Callable[[float], str]) -> str:
    return f"{fmt(median(values))} ({fmt(min(values))}-{fmt(max(values))})"


def _ratio(value: float) -> str:
    return f"{value:.2f}x"


def _mb(value: float) -> str:
    return f"{value / 1e6:.1f} MB"


def machine() -> list[str]:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False, cwd=ROOT
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "codegen", "generated", "adapters", "scripts"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    ).stdout.strip()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    import pydantic

    return [
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {os.cpu_count()} CPUs, {platform.machine()}, {platform.platform()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), "
        f"pydantic {pydantic.VERSION}, httpx {httpx.__version__}",
        f"- load average at start: {', '.join(f'{x:.2f}' for x in load) if load else 'n/a'} "
        "(other processes were running: ratios are taken per round to cancel most of it)",
        f"- commit: {commit}{' + uncommitted changes' if dirty else ''}",
    ]


def write_results(
    header: list[str],
    b1: dict[str, dict[int, dict[str, list[float]]]],
    sizes: dict[str, dict[int, int]],
    notes: list[str],
    memory: dict[str, dict[str, dict[str, int]]],
    b2: dict[str, Any] | None,
    rounds: dict[int, int],
    elapsed: float,
) -> str:
    lines = [
        "# unifolio benchmarks",
        "",
        "Written by `make bench` (`scripts/bench.py`); do not edit by hand.",
        "",
    ]
    lines += header
    lines += [f"- whole run: {elapsed:.0f} s", ""]
    lines += [
        "Every time is the median over rounds, with the min-max in brackets; every ratio is the median of",
        "the per-round ratios (each round runs every variant back to back on the same bytes), min-max in",
        "brackets. Rounds: " + ", ".join(f"{n:,} positions: {r}" for n, r in rounds.items()) + ".",
        "",
        "## B1 — bytes to unified holdings",
        "",
        "Variants, all on the same bytes in the same run:",
        "",
        "- `json.loads` — the floor; `json.loads(parse_float=Decimal)` — the cheapest exact decode.",
        "- generated client parse — `<Root>.from_dict(decode_json(body))`: strict, Decimal, open enums,",
        "  unknown fields kept, `source_json` on every model.",
        "- **unifolio full path** — bytes to the common model `Snapshot`: the generated endpoint's",
        "  `_build_response` (decode + parse) on an `httpx.Response`, then the adapter's own checks and",
        "  mapping functions, exactly as `get_holdings`/`get_portfolio` run them once the response is in",
        "  (HabitTrade: its response hook too, which decodes every 2xx body once more). Called directly, so",
        "  the figure is CPU per holding, not HTTP plumbing.",
        "- adapter over `httpx.MockTransport` — the same through the public sync method, with the request,",
        "  auth, the resilient transport and a fresh adapter per call (MoneyKit: token exchange included).",
        "- pydantic v2 — models generated from the same spec by datamodel-codegen (every `number` mapped to",
        "  `Decimal`), `Root.model_validate_json(body)`. Note what it does not do: its enums are closed and",
        "  `additionalProperties: false` becomes `extra='forbid'`, so a provider's new value or field is an",
        "  error there; no source JSON is kept; no common model.",
        "",
    ]
    for provider, by_size in b1.items():
        lines += [f"### {provider}", ""]
        lines += ["| variant | " + " | ".join(f"{n:,} positions" for n in by_size) + " |"]
        lines += ["|---|" + "---|" * len(by_size)]
        lines += ["| payload | " + " | ".join(f"{sizes[provider][n] / 1e6:.2f} MB" for n in by_size) + " |"]
        for variant in VARIANTS:
            cells = []
            for samples in by_size.values():
                if variant not in samples:
                    cells.append("—")
                    continue
                time_cell = _spread(samples[variant], _ms) + " ms"
                if variant != "loads":
                    ratios = per_round_ratios(samples, variant)
                    time_cell += (
                        f"<br>**{_ratio(median(ratios))}** ({_ratio(min(ratios))}-{_ratio(max(ratios))})"
                    )
                cells.append(time_cell)
            lines.append(f"| {VARIANT_TITLES[variant]} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["### Target: full path ≤ 2.8x `json.loads` at 10k positions", ""]
    lines += ["| provider | full path / json.loads | pydantic / json.loads | verdict |", "|---|---|---|---|"]
    for provider, by_size in b1.items():
        if 10_000 not in by_size:
            continue
        full = per_round_ratios(by_size[10_000], "full")
        pyd = per_round_ratios(by_size[10_000], "pydantic")
        verdict = "met" if median(full) <= TARGET_RATIO else "**not met**"
        lines.append(
            f"| {provider} | {_ratio(median(full))} ({_ratio(min(full))}-{_ratio(max(full))}) | "
            f"{_ratio(median(pyd))} | {verdict} |"
        )
    lines.append("")
    if notes:
        lines += ["Checks that failed:", ""] + [f"- {n}" for n in notes] + [""]
    else:
        lines += [
            "Checks: every variant accepted every payload; every quantity of the full path is a `Decimal`;",
            "the MockTransport path maps to the same holdings; the pydantic models hold no floats.",
            "",
        ]
    if memory:
        lines += [
            "## Peak memory, 100k positions",
            "",
            "One subprocess per figure (`scripts/bench.py --memory-child PROVIDER VARIANT`): after imports,",
            "a warm-up run on the 1k payload and reading the 100k payload, the variant runs once. **peak** =",
            "the process' peak resident set (`VmHWM`, reset to the current RSS just before the run through",
            "`/proc/self/clear_refs`) minus the RSS before the run: native allocations such as",
            "pydantic-core's count, and so does allocator slack. (`ru_maxrss` is not used: a child inherits",
            "the bench process' peak across fork+exec.) **retained** = RSS growth with the result still",
            "alive. Target: the full path's peak ≤ 3x the size of `json.loads`' result (its retained",
            "growth, measured the same way). The full path keeps the decoded JSON alive on purpose",
            "(`source_json`",
            "on every generated model, `raw` on every mapped object), with Decimals, so",
            "`json.loads(parse_float=Decimal)`'s result is part of it.",
            "",
            "| provider | variant | peak | retained | peak / json.loads result |",
            "|---|---|---|---|---|",
        ]
        for provider, by_variant in memory.items():
            floor = by_variant["loads"]["retained"]
            for variant, figures in by_variant.items():
                peak, retained = figures["peak"], figures["retained"]
                ratio = _ratio(peak / floor) if floor > 0 else "n/a"
                if variant == "full":
                    ratio = f"**{ratio}**" + (" ✓" if floor > 0 and peak / floor <= TARGET_MEMORY else " ✗")
                lines.append(
                    f"| {provider} | {VARIANT_TITLES[variant]} | {_mb(peak)} | {_mb(retained)} | {ratio} |"
                )
        lines.append("")
    if b2 is not None:
        lines += [
            "## B2 — fan-out",
            "",
            f"{FANOUT_CONNECTIONS} Mesh connections through `unifolio.aggregate.fetch_portfolio`"
            f" (limit {FANOUT_LIMIT}) against a server on 127.0.0.1 (a child process, HTTP/1.1) that",
            f"answers every call after {FANOUT_DELAY * 1000:.0f} ms. Each",
            "connection builds its own `MeshAdapter` over the real resilient transports, as",
            '`MeshConnection.fetch` does. "1 call per connection" is a small Connection in the bench that',
            "calls `aget_holdings` only; `MeshConnection.fetch` makes 3 calls (holdings, then balance and",
            "value at once: 2 sequential steps).",
            "Ideal = waves x sequential steps x 50 ms (limit 20: 5 waves, so 250 ms for one call per",
            "connection, 500 ms for `fetch`; sequential: 100 x 50 ms = 5 s). Wall times: median (min-max).",
            "",
            "| scenario | limit | ideal | wall time | x ideal | failures |",
            "|---|---|---|---|---|---|",
        ]
        for title, result in b2["scenarios"].items():
            walls = result["walls"]
            verdict = " ✓" if result["limit"] > 1 and median(walls) / result["ideal"] <= TARGET_FANOUT else ""
            lines.append(
                f"| {title} | {result['limit']} | {_ms(result['ideal'])} ms | {_spread(walls, _ms)} ms | "
                f"{_ratio(median(walls) / result['ideal'])}{verdict} | {result['failures']} |"
            )
        lines.append("")
        sc = b2["scenarios"]
        pairs = [
            (
                "as shipped",
                "1 call per connection, as shipped",
                "1 call per connection, sequential (limit 1), as shipped",
            ),
            (
                "shared SSL context + sniffio",
                "1 call per connection, shared SSL context + sniffio",
                "1 call per connection, sequential, shared SSL context + sniffio",
            ),
        ]
        for label, concurrent, sequential in pairs:
            if concurrent in sc and sequential in sc:
                c, q = median(sc[concurrent]["walls"]), median(sc[sequential]["walls"])
                lines.append(
                    f"- concurrent vs sequential, {label}: {_ms(c)} ms vs {_ms(q)} ms ({q / c:.1f}x faster)."
                )
        lines += [
            '- "shared SSL context": the adapters\' transports get one process-wide `ssl.SSLContext`',
            "  instead of",
            "  `httpx.HTTPTransport(verify=True)` + `httpx.AsyncHTTPTransport(verify=True)` creating two per",
            "  adapter",
            "  (the change recommended for `unifolio/_clients.py`; for `MeshConnection.fetch` it is patched",
            "  into",
            '  `make_clients` by the bench). "sniffio": `import sniffio` made to succeed'
            + (
                ' (a stub module returning "asyncio", as sniffio itself does under asyncio); sniffio is not'
                if b2.get("sniffio_stubbed")
                else "; sniffio is"
            )
            + " installed, and httpcore 1.0.9 retries the failed import several times per request"
            " (encode/httpcore#1103).",
            "",
            "Client-side cost per call (sequential calls against the same server without the delay;",
            "wall ms per call):",
            "",
            "| what | as shipped | with sniffio importable |",
            "|---|---|---|",
        ]
        shipped_overhead = b2["overhead"].get("as shipped", {})
        fixed_overhead = b2["overhead"].get("sniffio importable", {})
        for row, title in OVERHEAD_TITLES.items():
            a = shipped_overhead.get(row)
            b = fixed_overhead.get(row)
            lines.append(
                f"| {title} | {'—' if a is None else f'{a:.2f}'} | {'—' if b is None else f'{b:.2f}'} |"
            )
        lines.append("")
    return "\n".join(lines)


# --- main ---------------------------------------------------------------------------------------


def profile(spec: str) -> None:
    provider, size, variant = spec.split(":")
    body = payload(provider, int(size))
    fn = variants(provider)[variant]
    fn(body)
    profiler = cProfile.Profile()
    profiler.enable()
    fn(body)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(25)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="1k and 10k only, few rounds, no memory")
    parser.add_argument(
        "--only", choices=("b1", "memory", "b2"), action="append", help="run only these parts"
    )
    parser.add_argument("--providers", default=",".join(PROVIDERS))
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--profile", metavar="PROVIDER:SIZE:VARIANT")
    parser.add_argument("--memory-child", nargs=2, metavar=("PROVIDER", "VARIANT"), help=argparse.SUPPRESS)
    parser.add_argument("--serve", type=float, metavar="DELAY", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.serve is not None:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve(args.serve))
        return 0
    if args.memory_child:
        memory_child(*args.memory_child)
        return 0

    started = time.perf_counter()
    generate_pydantic_models()
    if args.profile:
        profile(args.profile)
        return 0

    parts = set(args.only or ("b1", "memory", "b2"))
    providers = [p for p in args.providers.split(",") if p]
    sizes = SIZES[:2] if args.quick else SIZES
    rounds = {1_000: 5, 10_000: 3} if args.quick else {1_000: 15, 10_000: 9, 100_000: 3}
    header = machine()
    b1: dict[str, dict[int, dict[str, list[float]]]] = {}
    payload_sizes: dict[str, dict[int, int]] = {}
    notes: list[str] = []
    for provider in providers:
        for n in SIZES if "memory" in parts and not args.quick else sizes:
            body = payload(provider, n)
            payload_sizes.setdefault(provider, {})[n] = len(body)
        if "b1" not in parts:
            continue
        fns = variants(provider)
        notes += check_outputs(provider, 1_000, fns)
        for n in sizes:
            body = payload(provider, n)
            print(f"B1 {provider} {n:,} positions ({len(body) / 1e6:.1f} MB) ...", flush=True)
            chosen = [v for v in VARIANTS if n < 100_000 or v not in SKIP_AT_100K]
            b1.setdefault(provider, {})[n] = time_variants(
                {v: fns[v] for v in chosen}, body, rounds[n], warm_up=n < 100_000
            )
            s = b1[provider][n]
            print(
                "   "
                + ", ".join(f"{v}: {_ms(median(s[v]))} ms" for v in s)
                + f" | full/loads {median(per_round_ratios(s, 'full')):.2f}x",
                flush=True,
            )
    memory: dict[str, dict[str, dict[str, int]]] = {}
    if "memory" in parts and not args.quick:
        print("memory (100k positions, one subprocess per figure, two at a time) ...", flush=True)
        jobs = [(p, v) for p in providers for v in MEMORY_VARIANTS]
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for (provider, variant), result in zip(
                jobs, pool.map(lambda job: measure_memory(*job), jobs), strict=True
            ):
                memory.setdefault(provider, {})[variant] = result
    b2 = None
    if "b2" in parts:
        print("B2 fan-out ...", flush=True)
        b2 = fanout(quick=args.quick)
    text = write_results(header, b1, payload_sizes, notes, memory, b2, rounds, time.perf_counter() - started)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text + "\n")
    print(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
