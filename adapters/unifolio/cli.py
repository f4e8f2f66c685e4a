"""The ``unifolio`` command line: portfolio, providers, mock.

Exit codes: 0 every connection ok; 1 some or all connections failed (the data that did arrive is still
printed, the failures are listed on stderr); 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import csv
import json
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__
from ._exceptions import UnifolioError
from ._render import GROUPINGS, render_portfolio
from ._serialize import HOLDING_CSV_COLUMNS, holding_csv_row, portfolio_to_data
from ._specs import spec_path
from .aggregate import ConnectionOutcome, Portfolio, fetch_portfolio_sync
from .config import DEFAULT_CONFIG, Config, load_config
from .mocks import PrismMock, running_mocks
from .providers import PROVIDERS, Connection

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Usage(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _mocks() -> list[PrismMock]:
    return [PrismMock(spec_path(p.info.spec)) for p in PROVIDERS.values()]


@contextmanager
def _connections(args: argparse.Namespace, err: Console) -> Iterator[Config]:
    """Connections from the config file, or from the providers' mocks (started here, stopped after)."""
    config_path: Path | None = args.config
    if config_path is None and not args.mock and DEFAULT_CONFIG.exists():
        config_path = DEFAULT_CONFIG
    if config_path is not None and not args.mock:
        yield load_config(config_path)
        return
    if not args.mock:
        err.print(f"No config given and no {DEFAULT_CONFIG} here: running against the local Prism mocks.")
    else:
        err.print("Running against the local Prism mocks.")
    with ExitStack() as stack:
        mocks = _mocks()
        stack.enter_context(running_mocks(mocks))
        connections: list[Connection] = [
            connection
            for provider, mock in zip(PROVIDERS.values(), mocks, strict=True)
            for connection in provider.mock_connections(mock.base_url)
        ]
        yield Config(connections=tuple(connections), concurrency={}, source="mocks")


def _fetch(config: Config, err: Console) -> Portfolio:
    if not err.is_terminal:
        return fetch_portfolio_sync(config.connections, concurrency=dict(config.concurrency) or 4)
    columns = (TextColumn("fetching"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"))
    with Progress(*columns, TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("", total=len(config.connections))

        def advance(outcome: ConnectionOutcome, done: int, total: int) -> None:
            progress.update(
                task, completed=done, description=f"{outcome.label} {'ok' if outcome.ok else 'failed'}"
            )

        return fetch_portfolio_sync(
            config.connections, concurrency=dict(config.concurrency) or 4, on_progress=advance
        )


def cmd_portfolio(args: argparse.Namespace, out: Console, err: Console) -> int:
    with _connections(args, err) as config:
        portfolio = _fetch(config, err)
    if args.format == "json":
        sys.stdout.write(
            json.dumps(portfolio_to_data(portfolio, include_raw=args.include_raw), indent=2) + "\n"
        )
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=HOLDING_CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(holding_csv_row(h) for h in portfolio.holdings)
    else:
        render_portfolio(portfolio, out, group_by=args.group_by)
    for notice in portfolio.notices:
        err.print(
            f"[yellow]notice[/yellow] {notice.provider}: {notice.message}"
            + (f" ({notice.path})" if notice.path else "")
        )
    for failure in portfolio.failures:
        err.print(f"[red]failed[/red] {failure.label}: {failure.error}")
    ok = len(portfolio.outcomes) - len(portfolio.failures)
    err.print(f"{ok}/{len(portfolio.outcomes)} connections ok, {len(portfolio.holdings)} holdings.")
    return EXIT_OK if portfolio.complete else EXIT_FAILED


def cmd_providers(_: argparse.Namespace, out: Console, err: Console) -> int:
    for provider in PROVIDERS.values():
        info = provider.info
        out.print(f"[bold]{info.name}[/bold] — {info.title} (spec: specs/{info.spec})")
        out.print(f"  auth: {info.auth}")
        for env, url in info.environments.items():
            out.print(f"  environment {env:<11} {url}")
        for operation in info.operations:
            out.print(f"  operation   {operation}")
    return EXIT_OK


def cmd_mock(_: argparse.Namespace, out: Console, err: Console) -> int:
    stop_signals = {signal.SIGINT, signal.SIGTERM}
    # Blocked, so sigwait receives them instead of the process dying before the mocks are stopped
    # (Prism children also get SIGTERM from the kernel if we die regardless).
    signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    mocks = _mocks()
    with running_mocks(mocks):
        for name, mock in zip(PROVIDERS, mocks, strict=True):
            out.print(f"{name:<12} {mock.base_url}   ({mock.spec.name})")
        out.print("Prism mocks are running on 127.0.0.1; press Ctrl-C to stop them.")
        received = signal.sigwait(stop_signals)
        out.print(f"{signal.Signals(received).name}: stopping the mocks.")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Usage(prog="unifolio", description="Unified investment holdings across providers.")
    parser.add_argument("--version", action="version", version=f"unifolio {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Usage)
    portfolio = sub.add_parser("portfolio", help="fetch every connection and print the unified portfolio")
    portfolio.add_argument(
        "--config", type=Path, help=f"connections file (default: ./{DEFAULT_CONFIG} if present)"
    )
    portfolio.add_argument(
        "--mock", action="store_true", help="read the local Prism mocks instead of a config"
    )
    portfolio.add_argument("--format", choices=("table", "json", "csv"), default="table")
    portfolio.add_argument("--group-by", choices=GROUPINGS, default="account", help="table grouping")
    portfolio.add_argument(
        "--include-raw", action="store_true", help="JSON: include each provider's original records"
    )
    portfolio.set_defaults(handler=cmd_portfolio)
    sub.add_parser("providers", help="list providers, operations and environments").set_defaults(
        handler=cmd_providers
    )
    sub.add_parser("mock", help="run every provider's Prism mock until Ctrl-C").set_defaults(handler=cmd_mock)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out, err = Console(), Console(stderr=True)
    if not out.is_terminal:
        out.width = 160  # piped or captured: don't squeeze tables to 80 columns
    try:
        return int(args.handler(args, out, err))
    except UnifolioError as exc:  # expected failures: one line, no traceback
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.print("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
