"""The ``unifolio`` command line: portfolio, providers, mock.

Exit codes (README, "Reliability and errors"):

- 0: every connection ok.
- 1: some or all connections failed; the data that did arrive is printed, the failures listed on stderr.
- 2: usage or configuration error; nothing was requested.
- 70: internal error, i.e. a bug in unifolio (``EX_SOFTWARE`` of sysexits.h), also when it hit only one
  connection; the scrubbed traceback is on stderr.
- 130: interrupted (Ctrl-C), at any moment: one line on stderr, no traceback.
- 141: stdout was closed early (``| head``): ends quietly, with the status of a tool killed by SIGPIPE.
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70
EXIT_INTERRUPTED = 128 + 2  # SIGINT
EXIT_BROKEN_PIPE = 128 + 13  # SIGPIPE


def _interrupted() -> int:
    """Ctrl-C: one line and 130; a second Ctrl-C while we finish is ignored rather than a traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        sys.stderr.write("unifolio: interrupted\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return EXIT_INTERRUPTED


# The console script imports this module before it can call main(): Ctrl-C while the heavy modules
# below load (rich, httpx, the generated clients) must end the same way as at any later moment.
try:
    import argparse
    import csv
    import io
    import os
    import traceback
    from collections.abc import Iterator, Sequence
    from contextlib import ExitStack, contextmanager
    from pathlib import Path
    from typing import Any, cast

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.text import Text

    from . import __version__
    from ._cli_mock import add_mock_command
    from ._exceptions import InternalError, UnifolioError
    from ._redact import Redactor
    from ._render import (
        GROUPINGS,
        MOCK_LABEL,
        SHOWN_NOTICES,
        literal,
        notice_line,
        printable,
        render_portfolio,
    )
    from ._serialize import HOLDING_CSV_COLUMNS, dumps, holding_csv_rows, portfolio_to_data
    from ._specs import spec_path
    from .aggregate import ConnectionOutcome, Portfolio, fetch_portfolio_sync
    from .config import DEFAULT_CONFIG, Config, load_config
    from .mocks import PrismMock, running_mocks
    from .providers import PROVIDERS, Connection
    from .providers._base import COMMON_KEYS
except KeyboardInterrupt:
    raise SystemExit(_interrupted()) from None

MOCK_COLUMN = "mock_data"
"""First CSV column and JSON field: ``true`` when the data came from the local Prism mocks."""


class _Usage(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Let ``main`` end quietly with the conventional status instead of rich's exit(1)."""
        raise BrokenPipeError


def _line(console: Console, *parts: str | Text | tuple[str, str]) -> None:
    """One message line: our words (plain ``str``, or ``(text, style)``) and ``Text`` built with
    ``literal``; never parsed as markup, never hard-wrapped (the terminal wraps; a log keeps one line)."""
    console.print(Text.assemble(*parts), soft_wrap=True, highlight=False)


def _mocks() -> list[PrismMock]:
    return [PrismMock(spec_path(p.info.spec)) for p in PROVIDERS.values()]


@contextmanager
def _connections(args: argparse.Namespace, err: Console) -> Iterator[Config]:
    """Connections from the config file, or from the providers' mocks (started here, stopped after)."""
    if not args.mock:
        yield load_config(args.config or DEFAULT_CONFIG)
        return
    _line(err, "Running against the local Prism mocks: ", (MOCK_LABEL, "bold red"), ", not real holdings.")
    with ExitStack() as stack:
        mocks = _mocks()
        stack.enter_context(running_mocks(mocks))
        connections: list[Connection] = [
            connection
            for provider, mock in zip(PROVIDERS.values(), mocks, strict=True)
            for connection in provider.mock_connections(mock.base_url)
        ]
        yield Config(connections=tuple(connections), concurrency={}, source="mocks", mock=True)


def _fetch(config: Config, err: Console) -> Portfolio:
    if not err.is_terminal:
        return fetch_portfolio_sync(config.connections, concurrency=dict(config.concurrency) or 4)
    columns = (
        TextColumn("fetching"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}", markup=False),
    )
    with Progress(*columns, TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("", total=len(config.connections))

        def advance(outcome: ConnectionOutcome, done: int, total: int) -> None:
            state = "ok" if outcome.ok else "failed"
            progress.update(task, completed=done, description=f"{printable(outcome.label)} {state}")

        return fetch_portfolio_sync(
            config.connections, concurrency=dict(config.concurrency) or 4, on_progress=advance
        )


def _portfolio_usage(args: argparse.Namespace) -> str | None:
    """Option combinations that would be ignored or surprising: refused before anything runs."""
    if args.config is not None and args.mock:
        return "--config and --mock exclude each other (--mock reads the local Prism mocks, not a config)"
    if args.config is None and not args.mock and not DEFAULT_CONFIG.exists():
        return (
            f"no config: create ./{DEFAULT_CONFIG} ([[connections]] tables; `unifolio providers` lists "
            "each provider's keys) or pass --config PATH; to try unifolio on made-up data, use --mock"
        )
    if args.group_by is not None and args.format != "table":
        return f"--group-by only applies to --format table, not {args.format}"
    if args.include_raw and args.format != "json":
        return f"--include-raw only applies to --format json, not {args.format}"
    return None


def cmd_portfolio(args: argparse.Namespace, out: Console, err: Console) -> int:
    redactor: Redactor = args.redactor
    with _connections(args, err) as config:
        for connection in config.connections:
            redactor.include(connection.redactor)
        portfolio = _fetch(config, err)
    for connection in config.connections:  # and the tokens they were issued meanwhile
        redactor.include(connection.redactor)
    _emit(_output(args, portfolio, out, redactor, mock=config.mock))
    return _report(portfolio, err, redactor, mock=config.mock, notices_shown=args.format == "table")


def _output(
    args: argparse.Namespace, portfolio: Portfolio, out: Console, redactor: Redactor, *, mock: bool
) -> str:
    """The whole output in the chosen format, built before any of it is written: whatever a provider
    sent, either every holding is printed or (a bug) nothing is."""
    if args.format == "json":
        data = {MOCK_COLUMN: mock, **portfolio_to_data(portfolio, include_raw=args.include_raw)}
        return dumps(redactor.scrub_data(data)) + "\n"
    buffer = io.StringIO()
    if args.format == "csv":
        writer = csv.DictWriter(buffer, fieldnames=(MOCK_COLUMN, *HOLDING_CSV_COLUMNS), lineterminator="\n")
        writer.writeheader()
        flag = str(mock).lower()
        shown = printable if out.is_terminal else _storable  # a file keeps the data; a terminal is shown it
        for row in holding_csv_rows(portfolio):
            scrubbed = redactor.scrub_data({MOCK_COLUMN: flag, **row})
            writer.writerow({key: shown(value) for key, value in scrubbed.items()})
        return buffer.getvalue()
    console = _Console(
        file=buffer,
        width=out.width,
        force_terminal=out.is_terminal,
        color_system=cast(Any, out.color_system) if out.is_terminal else None,  # the terminal's own
        legacy_windows=False,
    )
    render_portfolio(portfolio, console, group_by=args.group_by or "account", scrub=redactor.scrub, mock=mock)
    return buffer.getvalue()


def _storable(text: str) -> str:
    """``text`` as a file can hold it: a lone UTF-16 surrogate (valid in a JSON string, not in UTF-8) is
    written as its ``\\udXXX`` escape; everything else as is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _emit(text: str) -> None:
    """Write the output in one go, in stdout's encoding; a character it cannot hold becomes an escape
    instead of an error halfway through."""
    stream = sys.stdout
    data = text.encode(stream.encoding or "utf-8", "backslashreplace")
    buffer = getattr(stream, "buffer", None)
    stream.flush()
    if buffer is None:
        stream.write(data.decode(stream.encoding or "utf-8"))
    else:
        buffer.write(data)
        buffer.flush()
    stream.flush()


def _report(
    portfolio: Portfolio, err: Console, redactor: Redactor, *, mock: bool, notices_shown: bool = False
) -> int:
    """Notices (unless the output already shows them), failures and the summary on stderr; the exit
    status."""

    def shown(text: str) -> Text:
        return literal(redactor.scrub(text))

    notices = portfolio.notices
    if not notices_shown:
        for notice in notices[:SHOWN_NOTICES]:
            _line(
                err,
                ("notice", "yellow"),
                " ",
                literal(notice_line(notice, lambda t: printable(redactor.scrub(str(t))))),
            )
        if len(notices) > SHOWN_NOTICES:
            _line(
                err,
                ("notice", "yellow"),
                f" ... and {len(notices) - SHOWN_NOTICES} more (all in --format json)",
            )
    internal = False
    for failure in portfolio.failures:
        label = ("needs the user", "red") if failure.needs_user_action else ("failed", "red")
        _line(err, label, " ", shown(failure.label), ": ", shown(str(failure.error)))
        if isinstance(failure.error, InternalError):
            internal = True
            _traceback(err, failure.error, redactor)
    ok = len(portfolio.outcomes) - len(portfolio.failures)
    summary = f"{ok}/{len(portfolio.outcomes)} connections ok, {len(portfolio.holdings)} holdings"
    counted = (f", {len(notices)} notice{'s' if len(notices) != 1 else ''}", "yellow") if notices else ""
    _line(err, summary, counted, (f" ({MOCK_LABEL})", "bold red") if mock else "", ".")
    if internal:
        return EXIT_INTERNAL
    return EXIT_OK if portfolio.complete else EXIT_FAILED


def _traceback(err: Console, error: BaseException, redactor: Redactor) -> None:
    """A bug's traceback for the report: scrubbed of every known secret, one escaped line per line (a
    connection's bug as its outcome kept it: ``InternalError.formatted_traceback``)."""
    kept = error.formatted_traceback if isinstance(error, InternalError) else None
    text = kept if kept is not None else "".join(traceback.format_exception(redactor.scrub_exception(error)))
    for line in text.splitlines():
        _line(err, literal(redactor.scrub(line), style="dim"))


def cmd_providers(_: argparse.Namespace, out: Console, err: Console) -> int:
    for provider in PROVIDERS.values():
        info = provider.info
        _line(out, (info.name, "bold"), f" — {info.title} (spec: specs/{info.spec})")
        _line(out, f"  auth: {info.auth}")
        for env, url in info.environments.items():
            _line(out, f"  environment {env:<11} {url}")
        for operation in info.operations:
            _line(out, f"  operation   {operation}")
        for key in provider.config_keys:
            _line(out, f"  config      {key.describe()}")
    _line(out, "Every connection may also have:")
    for key in COMMON_KEYS:
        _line(out, f"  config      {key.describe()}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Usage(prog="unifolio", description="Unified investment holdings across providers.")
    parser.add_argument("-V", "--version", action="version", version=f"unifolio {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Usage)
    portfolio = sub.add_parser("portfolio", help="fetch every connection and print the unified portfolio")
    portfolio.add_argument(
        "--config", type=Path, help=f"connections file (default: ./{DEFAULT_CONFIG} if present)"
    )
    portfolio.add_argument(
        "--mock", action="store_true", help="read the local Prism mocks (made-up data, labelled as such)"
    )
    portfolio.add_argument("--format", choices=("table", "json", "csv"), default="table")
    portfolio.add_argument(
        "--group-by", choices=GROUPINGS, default=None, help="table grouping (default: account)"
    )
    portfolio.add_argument(
        "--include-raw",
        action="store_true",
        help="JSON: include each provider's original records and every answer each connection received",
    )
    portfolio.set_defaults(handler=cmd_portfolio, usage=_portfolio_usage, parser=portfolio)
    sub.add_parser("providers", help="list providers, operations, environments, config keys").set_defaults(
        handler=cmd_providers
    )
    add_mock_command(sub)
    return parser


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the final flush cannot complain either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    usage = getattr(args, "usage", None)
    problem = usage(args) if usage is not None else None
    if problem is not None:
        args.parser.error(problem)
    out, err = _Console(), _Console(stderr=True)
    if not out.is_terminal:
        out.width = 160  # piped or captured: don't squeeze tables to 80 columns
    redactor = args.redactor = Redactor()
    try:
        return int(args.handler(args, out, err))
    except UnifolioError as exc:  # expected failures (config, mocks): one line, no traceback
        _line(err, ("error:", "red"), " ", literal(redactor.scrub(str(exc))))
        return EXIT_USAGE
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as exc:  # a bug in unifolio: say so, with the (scrubbed) traceback to report
        _traceback(err, exc, redactor)
        _line(
            err,
            ("internal error", "red"),
            f": a bug in unifolio ({type(exc).__name__}); please report it with the traceback above",
        )
        return EXIT_INTERNAL


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except KeyboardInterrupt:
        return _interrupted()
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
