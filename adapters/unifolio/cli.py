"""The ``unifolio`` command line."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Sequence

from rich.console import Console

from . import __version__
from ._exceptions import UnifolioError
from ._render import holdings_table
from ._specs import spec_path
from .mocks import PrismMock, running_mocks
from .models import Snapshot
from .providers import PROVIDERS, Connection

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _mocks() -> list[PrismMock]:
    return [PrismMock(spec_path(p.info.spec)) for p in PROVIDERS.values()]


def cmd_mock(_: argparse.Namespace, console: Console) -> int:
    stop_signals = {signal.SIGINT, signal.SIGTERM}
    # Block the stop signals so they are received by sigwait below instead of killing the process before
    # the mocks are stopped (Prism children also get SIGTERM from the kernel if we die regardless).
    signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    mocks = _mocks()
    with running_mocks(mocks):
        for name, mock in zip(PROVIDERS, mocks, strict=True):
            console.print(f"{name:<12} {mock.base_url}   ({mock.spec.name})")
        console.print("Prism mocks are running on 127.0.0.1; press Ctrl-C to stop them.")
        received = signal.sigwait(stop_signals)
        console.print(f"{signal.Signals(received).name}: stopping the mocks.")
    return EXIT_OK


def cmd_providers(_: argparse.Namespace, console: Console) -> int:
    for provider in PROVIDERS.values():
        info = provider.info
        console.print(f"[bold]{info.name}[/bold] — {info.title} (spec: specs/{info.spec})")
        console.print(f"  auth: {info.auth}")
        for env, url in info.environments.items():
            console.print(f"  {env:<11} {url}")
        for operation in info.operations:
            console.print(f"  op: {operation}")
    return EXIT_OK


async def _fetch_all(connections: Sequence[Connection]) -> list[Snapshot | BaseException]:
    return await asyncio.gather(*(c.fetch() for c in connections), return_exceptions=True)


def cmd_portfolio(args: argparse.Namespace, console: Console) -> int:
    mocks = _mocks()
    with running_mocks(mocks):
        connections = [
            connection
            for provider, mock in zip(PROVIDERS.values(), mocks, strict=True)
            for connection in provider.mock_connections(mock.base_url)
        ]
        results = asyncio.run(_fetch_all(connections))
    snapshots = [r for r in results if isinstance(r, Snapshot)]
    failures = [(c, r) for c, r in zip(connections, results, strict=True) if not isinstance(r, Snapshot)]
    console.print("Running against the local Prism mocks (no configuration given).", style="yellow")
    holdings_table(snapshots, console, title="unifolio — unified holdings")
    err = Console(stderr=True)
    for connection, error in failures:
        err.print(f"[red]{connection.label}: {error}[/red]")
    return EXIT_FAILED if failures else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="unifolio", description="Unified investment holdings across providers."
    )
    parser.add_argument("--version", action="version", version=f"unifolio {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    portfolio = sub.add_parser("portfolio", help="fetch every connection and print the unified holdings")
    portfolio.add_argument("--mock", action="store_true", help="read the local Prism mocks")
    portfolio.set_defaults(handler=cmd_portfolio)
    sub.add_parser("providers", help="list providers, operations and environments").set_defaults(
        handler=cmd_providers
    )
    sub.add_parser("mock", help="run every provider's Prism mock until Ctrl-C").set_defaults(handler=cmd_mock)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    console = Console()
    if not console.is_terminal:
        console.width = 160  # piped or captured output: don't squeeze the table to 80 columns
    try:
        return int(args.handler(args, console))
    except UnifolioError as exc:
        Console(stderr=True).print(f"[red]error:[/red] {exc}")
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
