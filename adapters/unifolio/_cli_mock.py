"""``unifolio mock``: run every provider's mock, install Prism, list the named examples.

unifolio mock [--port 4010 | --port mesh=4010 ...] [--dynamic]
unifolio mock install [--force]
unifolio mock examples [PROVIDER ...]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import TypeVar

from rich.console import Console
from rich.markup import escape

from ._examples import EXAMPLES_PREFIX
from ._exceptions import ConfigurationError
from ._prism import find_prism, install_prism, installed_prism, pinned_prism_version, prism_home
from ._process import watch_wrappers
from .mocks import ProviderMock, named_examples, running_mocks
from .providers import PROVIDERS, get_provider

__all__ = ["add_mock_command", "parse_ports"]

P = TypeVar("P", bound=argparse.ArgumentParser)
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class _Stopped(BaseException):
    """A stop signal arrived (BaseException, so no ``except Exception`` on the way swallows it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_stopped(signum: int, frame: FrameType | None) -> None:
    for sig in _STOP_SIGNALS:  # the first signal decides; the clean-up it starts must not be cut short
        signal.signal(sig, signal.SIG_IGN)
    raise _Stopped(signum)


@contextlib.contextmanager
def _stop_signals_raise() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP raise ``_Stopped`` at once, start-up included."""
    previous = {sig: signal.signal(sig, _raise_stopped) for sig in _STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def parse_ports(values: Sequence[str], providers: Sequence[str]) -> dict[str, int]:
    """``--port 4010`` (providers in registry order get 4010, 4011, ...) and/or ``--port mesh=4010``."""
    base: int | None = None
    fixed: dict[str, int] = {}
    for value in values:
        name, equals, number = value.rpartition("=")
        if not number.isdigit() or not 0 < int(number) < 65536:
            raise ConfigurationError(f"--port {value}: expected PORT or PROVIDER=PORT, 1 <= PORT <= 65535")
        if not equals:
            base = int(number)
        elif name not in providers:
            known = ", ".join(providers)
            raise ConfigurationError(f"--port {value}: unknown provider {name!r}; known: {known}")
        else:
            fixed[name] = int(number)
    ports = dict(fixed)
    if base is not None:
        for offset, name in enumerate(providers):
            ports.setdefault(name, base + offset)
    if any(port > 65535 for port in ports.values()):
        raise ConfigurationError(f"--port {base}: too high for {len(providers)} providers")
    taken: dict[int, str] = {}
    for name, port in ports.items():
        if port in taken:
            raise ConfigurationError(f"port {port} given to both {taken[port]} and {name}")
        taken[port] = name
    return ports


def _print(out: Console, text: str) -> None:
    out.print(text, highlight=False, soft_wrap=True)
    out.file.flush()


def cmd_mock(args: argparse.Namespace, out: Console, err: Console) -> int:
    if args.mock_command == "install":
        return cmd_install(args, out, err)
    if args.mock_command == "examples":
        return cmd_examples(args, out, err)
    names = list(PROVIDERS)
    ports = parse_ports(args.port or [], names)
    find_prism()  # fail before binding any port if Prism is missing
    # `make`/`uv` killed with kill -9 would leave us running: treat that like a SIGTERM.
    unwatch = watch_wrappers(lambda: os.kill(os.getpid(), signal.SIGTERM))
    mocks = [ProviderMock(name, port=ports.get(name)) for name in names]
    started = False
    try:
        with _stop_signals_raise(), running_mocks(mocks):
            started = True
            for mock in mocks:
                _print(out, f"{mock.provider:<12} {mock.base_url}   ({mock.spec.name})")
            _print(
                out,
                f"Prism mocks are running on 127.0.0.1 (Prism {pinned_prism_version()}). Named "
                f"examples: <base URL>{EXAMPLES_PREFIX}<name> (`unifolio mock examples` lists them). "
                "Ctrl-C stops them.",
            )
            while True:
                signal.pause()
    except _Stopped as stop:
        name = signal.Signals(stop.signum).name
        what = "the mocks are stopped" if started else "start-up interrupted, nothing left running"
        err.print(f"{name}: {what}.")
        return 0 if started else 128 + stop.signum
    finally:
        unwatch()


def cmd_install(args: argparse.Namespace, out: Console, err: Console) -> int:
    home = prism_home()
    already = not args.force and installed_prism() is not None
    if not already:
        version = pinned_prism_version()
        err.print(f"Installing @stoplight/prism-cli {version} into {escape(str(home))} (npm ci) ...")
    prism = install_prism(force=args.force)
    _print(out, f"Prism {pinned_prism_version()}: {prism}{' (already installed)' if already else ''}")
    return 0


def _examples_table(provider: str, out: Console) -> None:
    examples = named_examples(provider)
    _print(out, f"[bold]{provider}[/bold]  (served at <base URL>{EXAMPLES_PREFIX}<name>)")
    width = max(len(name) for name in examples) if examples else 0
    for name, example in examples.items():
        statuses = ",".join(map(str, example.statuses))
        operations = ", ".join(f"{op.method} {op.path}" for op in example.operations)
        _print(out, f"  {escape(name):<{width}}  {statuses:<7} {escape(operations)}")


def cmd_examples(args: argparse.Namespace, out: Console, err: Console) -> int:
    for provider in args.providers or list(PROVIDERS):
        get_provider(provider)  # a typo is a ConfigurationError naming the known providers
        _examples_table(provider, out)
    return 0


def add_mock_command(sub: argparse._SubParsersAction[P]) -> None:
    """Register ``unifolio mock`` (and its ``install``/``examples`` subcommands) on the CLI's subparsers."""
    mock = sub.add_parser(
        "mock",
        help="run every provider's mock until Ctrl-C (install: get Prism; examples: list named examples)",
        description="Run every provider's Prism mock on 127.0.0.1 until Ctrl-C, printing where each answers.",
    )
    mock.add_argument(
        "--port",
        action="append",
        metavar="PORT|PROVIDER=PORT",
        help="fixed ports: a base port (providers in registry order get PORT, PORT+1, ...) and/or "
        "PROVIDER=PORT, repeatable; default: free ports",
    )
    mock.set_defaults(handler=cmd_mock, mock_command=None)
    commands = mock.add_subparsers(dest="mock_command", parser_class=type(mock))
    install = commands.add_parser(
        "install", help="install the pinned Prism into the user cache (needs Node.js >= 18.20 and npm)"
    )
    install.add_argument("--force", action="store_true", help="reinstall even if present")
    examples = commands.add_parser("examples", help="list each provider's named examples and their statuses")
    examples.add_argument("providers", nargs="*", metavar="PROVIDER")
