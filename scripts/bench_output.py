"""Benchmarks of the output and the failure path (issue 14): a section of tests/bench/RESULTS.md.

    python scripts/bench_output.py            # measures and prints the markdown section

``section()`` returns the section's markdown lines:

- the ``unifolio portfolio`` output of 60,000 holdings (ten accounts; 18-decimal quantities, values of
  34 significant digits, names, costs) in each format, built by the CLI's own code (``cli._output``:
  rendering, scrubbing against a redactor, everything but the write), wall time, one process each;
- the peak resident memory of ``fetch_portfolio`` over 20,000 connections that all fail (a contract
  error at the first position of a 200-position answer; an HTTP 500), served by ``httpx.MockTransport``.

Targets: 60,000 holdings as a table in at most ``TARGET_TABLE`` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import resource
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOLDINGS = 60_000
FAILING = 20_000
TARGET_TABLE = 10.0
FORMATS = (("table", "account"), ("table", "instrument"), ("csv", None), ("json", None))


def portfolio(n: int) -> Any:
    from unifolio.aggregate import ConnectionOutcome, Portfolio
    from unifolio.models import (
        AssetClass,
        CostBasis,
        CostBasisKind,
        Holding,
        Instrument,
        Price,
        PriceKind,
        Snapshot,
        Valuation,
    )

    holdings = []
    for i in range(n):
        symbol = f"S{i % 5000:04d}"
        instrument = Instrument(
            symbol, f"Company number {i % 5000}", AssetClass.EQUITY, "USD", ticker=symbol, market_country="US"
        )
        quantity = Decimal("1.123456789012345678") + i
        holdings.append(
            Holding(
                "bench",
                f"account-{i % 10}",
                instrument,
                quantity,
                "USD",
                Price(Decimal("123.456789012345678"), "USD", PriceKind.LAST),
                Valuation(Decimal("1234567890123456.123456789012345678"), "USD", PriceKind.LAST),
                (CostBasis(Decimal("100.1"), "USD", CostBasisKind.PER_UNIT),),
                raw={"i": i},
            )
        )
    now = datetime.datetime.now(datetime.UTC)
    snapshot = Snapshot("bench", holdings=tuple(holdings))
    return Portfolio((ConnectionOutcome("bench", "bench", snapshot, None, now, 0.0),), now)


def child_output(n: int, output: str, group_by: str | None) -> dict[str, float]:
    from rich.console import Console

    from unifolio import cli
    from unifolio._redact import Redactor

    data = portfolio(n)
    args = argparse.Namespace(format=output, group_by=group_by, include_raw=False)
    out = Console(width=160, force_terminal=False)
    start = time.perf_counter()
    text = cli._output(args, data, out, Redactor("a-secret-that-is-not-there"), mock=False)
    return {"seconds": time.perf_counter() - start, "megabytes": len(text) / 1e6}


def child_failing(n: int, kind: str) -> dict[str, Any]:
    import httpx

    from unifolio._clients import HttpOptions, RetryPolicy
    from unifolio.aggregate import fetch_portfolio
    from unifolio.providers import SharedAdapters
    from unifolio.providers.mesh import MeshConnection, MeshCredentials

    positions = b",".join(
        b'{"symbol": "S%d", "name": "Name %d", "amount": "x", "lastPrice": 1.5}' % (i, i) for i in range(200)
    )
    body = b'{"status": "ok", "content": {"status": "succeeded", "equityPositions": [' + positions + b"]}}"

    def answer(request: httpx.Request) -> httpx.Response:
        if kind == "500":
            return httpx.Response(500, json={"status": "serverFailure", "message": "down"})
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    credentials = MeshCredentials("bench-client-id", "bench-client-secret")
    options = HttpOptions(retry=RetryPolicy(max_attempts=1))
    connections = [
        MeshConnection(f"c{i}", credentials, "bench-user-token", "robinhood", "http://127.0.0.1:9", options)
        for i in range(n)
    ]

    async def run() -> Any:
        async with SharedAdapters(transport=lambda: httpx.MockTransport(answer)) as shared:
            return await fetch_portfolio(connections, shared=shared, concurrency=8)

    start = time.perf_counter()
    result = asyncio.run(run())
    assert len(result.failures) == n
    return {
        "seconds": time.perf_counter() - start,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "error": type(result.failures[0].error).__name__,
    }


def _child(*args: str) -> Any:
    result = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(result.stdout)


def section(holdings: int = HOLDINGS, failing: int = FAILING, repeat: int = 3) -> list[str]:
    lines = [
        "## Output and failures (issue 14)",
        "",
        f"The CLI's output of {holdings:,} holdings (ten accounts, 18-decimal quantities, 34-digit values)"
        " built by its own code (`cli._output`: rendering and scrubbing, not the write), wall time, median"
        f" (min-max) of {repeat} processes each; and the peak resident memory of `fetch_portfolio` over"
        f" {failing:,} connections that all fail (`scripts/bench_output.py`).",
        "",
        "| output | time | size | target |",
        "|---|---|---|---|",
    ]
    for output, group_by in FORMATS:
        runs = [_child("--child-output", str(holdings), output, group_by or "-") for _ in range(repeat)]
        walls = [run["seconds"] for run in runs]
        label = f"`--format {output}`" + (f" `--group-by {group_by}`" if group_by else "")
        target = ""
        if output == "table":
            verdict = "met" if statistics.median(walls) <= TARGET_TABLE else "**not met**"
            target = f"≤ {TARGET_TABLE:.0f} s: {verdict}"
        lines.append(
            f"| {label} | {statistics.median(walls):.2f} s ({min(walls):.2f}-{max(walls):.2f}) |"
            f" {runs[0]['megabytes']:.1f} MB | {target} |"
        )
    lines += ["", "| failing connections | error | peak RSS | time |", "|---|---|---|---|"]
    for kind in ("contract", "500"):
        run = _child("--child-failing", str(failing), kind)
        lines.append(
            f"| {failing:,} ({kind}) | {run['error']} | {run['peak_mb']:.0f} MB | {run['seconds']:.1f} s |"
        )
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--child-output", nargs=3, metavar=("N", "FORMAT", "GROUP_BY"), help=argparse.SUPPRESS
    )
    parser.add_argument("--child-failing", nargs=2, metavar=("N", "KIND"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_output:
        n, output, group_by = args.child_output
        print(json.dumps(child_output(int(n), output, None if group_by == "-" else group_by)))
    elif args.child_failing:
        print(json.dumps(child_failing(int(args.child_failing[0]), args.child_failing[1])))
    else:
        print("\n".join(section()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
