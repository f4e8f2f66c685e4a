"""Check a provider's LIVE traffic against its spec, both ways (`make verify-live PROVIDER=...`).

    python scripts/verify_live.py --provider mesh                       # connections from ./unifolio.toml
    python scripts/verify_live.py --provider mesh --connection alice-robinhood --config ~/unifolio.toml
    python scripts/verify_live.py --provider habittrade \\
        --set portfolio_ids='["p-1"]' --set api_key_env=HT_KEY --set api_secret_env=HT_SECRET

Prism runs as a validating proxy (``prism proxy specs/<provider>.yaml <upstream>``) on 127.0.0.1; the
adapter's own calls for each connection (``Connection.fetch()``: the same requests ``unifolio
portfolio`` makes) go through it to the provider. Prism passes every answer on unchanged and reports
what breaks the contract: in our requests (``request.*``) and in the provider's answers
(``response.*``). Every violation is printed; the adapter's verdict on the data is printed too.

Connections are configured exactly as for ``unifolio`` (``unifolio.toml``, ``[[connections]]`` with
``provider``; ``<credential>_env`` keys name the environment variables holding the secrets, which are
read from the environment and never printed). ``--set key=value`` adds or overrides keys of the
connection table (a JSON value is parsed, anything else is a string), so no file is needed.
The upstream is the connection's ``environment`` (production by default) or ``--upstream URL``.

Prism runs at ``-v info`` so that its log also says what it checked: each request it received and
each upstream response it passed on. The script prints both counts per connection; a connection none
of whose requests came back with an upstream response checked nothing (wrong upstream, refused
credentials before any exchange, a network failure), and that is a failure, not a clean bill.

Exit status: 0 traffic checked and no violation, 1 violations found, 2 configuration or tool error,
3 some connection's traffic could not be checked at all (no upstream response went through Prism).
Everything printed is scrubbed of the connection's secrets (``unifolio._redact``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import socket
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from unifolio import UnifolioError
from unifolio._process import kill_group, spawn
from unifolio._redact import Redactor
from unifolio._specs import spec_path
from unifolio.config import DEFAULT_CONFIG, connection_from_table, read_config_text
from unifolio.mocks import find_prism
from unifolio.providers import Connection, get_provider
from unifolio.providers._base import resolve_base_url

HOST = "127.0.0.1"
VIOLATION = re.compile(r"Violation: (?P<location>(?:request|response)\S*) (?P<message>.*)$")
RECEIVED = re.compile(r"\[HTTP SERVER\] \S+ \S+ .*Request received$")
FORWARDED = re.compile(r"\[PROXY\] .*< Received forward response$")
EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_ERROR, EXIT_UNCHECKED = 0, 1, 2, 3


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def prism_proxy(spec: Path, upstream: str, log: Path, timeout: float = 30.0) -> Iterator[str]:
    """A ``prism proxy`` in its own process group; yields its base URL; stops the whole group."""
    port = _free_port()
    command = [str(find_prism()), "proxy", str(spec), upstream, "-h", HOST, "-p", str(port), "-v", "info"]
    with log.open("wb") as out:
        process = spawn(command, output=out)  # own process group, ends with us even on kill -9
    try:
        deadline = time.monotonic() + timeout
        # Wait for the port, not with a request: that would be forwarded to the real provider.
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"prism proxy exited:\n{log.read_text(errors='replace')[-2000:]}")
            with socket.socket() as probe:
                if probe.connect_ex((HOST, port)) == 0:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"prism proxy did not listen within {timeout:.0f}s")
            time.sleep(0.05)  # poll interval of the readiness check
        yield f"http://{HOST}:{port}"
    finally:
        kill_group(process)


def violations(log_text: str) -> list[tuple[str, str]]:
    """(location, message) of every violation Prism logged, in order, duplicates kept."""
    found = []
    for line in log_text.splitlines():
        match = VIOLATION.search(line)
        if match:
            found.append((match["location"], match["message"].strip()))
    return found


def traffic(log_text: str) -> tuple[int, int]:
    """(requests Prism received and checked, upstream responses it checked and passed on)."""
    lines = log_text.splitlines()
    return sum(bool(RECEIVED.search(line)) for line in lines), sum(
        bool(FORWARDED.search(line)) for line in lines
    )


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def connection_tables(args: argparse.Namespace) -> list[dict[str, Any]]:
    tables: list[dict[str, Any]] = []
    config = Path(args.config)
    if config.is_file():
        import tomllib

        try:
            data = tomllib.loads(read_config_text(config))
        except tomllib.TOMLDecodeError as exc:
            raise UnifolioError(f"{config}: not valid TOML: {exc}") from None
        found = data.get("connections", [])
        if not isinstance(found, list):
            raise UnifolioError(f"{config}: write each connection as a [[connections]] table")
        tables = [dict(t) for t in found if isinstance(t, dict) and t.get("provider") == args.provider]
        if args.connection:
            tables = [t for t in tables if t.get("name") == args.connection]
    elif args.config != str(DEFAULT_CONFIG):
        raise UnifolioError(f"config file {config} not found")
    overrides = {key: _value(value) for key, value in (item.split("=", 1) for item in args.set)}
    if not tables:
        if not overrides:
            raise UnifolioError(
                f"no {args.provider} connection: add one to {config} or describe it with --set key=value"
            )
        tables = [{"name": args.connection or f"{args.provider}-live"}]
    return [{**table, **overrides, "provider": args.provider} for table in tables]


def check(
    provider: str, table: Mapping[str, Any], upstream_override: str | None, environ: Mapping[str, str]
) -> int:
    """Run one connection's calls through a validating proxy; print what was checked and what broke."""
    entry = get_provider(provider)
    label = str(table.get("name", provider))
    source = f"connection {label!r}"
    # Checked like a config file's table (keys, values, secrets, clear-text rule) before Prism starts.
    redactor = connection_from_table(table, environ, source=source).redactor
    upstream = resolve_base_url(entry.info, upstream_override or table.get("environment", "production"))
    print(f"== {label}: {entry.info.title} at {upstream}, through prism proxy (specs/{entry.info.spec})")
    with tempfile.TemporaryDirectory(prefix="verify-live-") as tmp:
        log = Path(tmp) / "prism.log"
        with prism_proxy(spec_path(entry.info.spec), upstream, log) as proxy:
            connection: Connection = connection_from_table(
                {**table, "environment": proxy}, environ, source=source
            )
            redactor = connection.redactor
            try:
                snapshot = asyncio.run(connection.fetch())
            except UnifolioError as exc:
                _say(redactor, f"adapter: {type(exc).__name__}: {exc}")
            else:
                print(
                    f"adapter: mapped {len(snapshot.accounts)} account(s), "
                    f"{len(snapshot.holdings)} holding(s), {len(snapshot.balances)} balance(s), "
                    f"{len(snapshot.notices)} notice(s)"
                )
            time.sleep(0.2)  # let Prism flush its log for the last exchange
        log_text = log.read_text(errors="replace")
    found = violations(log_text)
    requests, responses = traffic(log_text)
    ours = [v for v in found if v[0].startswith("request")]
    theirs = [v for v in found if v[0].startswith("response")]
    print(f"checked: {requests} request(s) sent, {responses} upstream response(s) received")
    print(f"requests we sent (unifolio -> {provider}): {len(ours)} violation(s)")
    for location, message in ours:
        _say(redactor, f"  {location}: {message}")
    print(f"answers received ({provider} -> unifolio): {len(theirs)} violation(s)")
    for location, message in theirs:
        _say(redactor, f"  {location}: {message}")
    if found:
        return EXIT_VIOLATIONS
    if responses == 0:
        print(f"NOTHING CHECKED for {label}: no upstream response went through the proxy")
        return EXIT_UNCHECKED
    return EXIT_CLEAN


def _say(redactor: Redactor, line: str) -> None:
    print(redactor.scrub(line))


def _verdict(results: list[int]) -> int:
    """Violations first (they are findings), then connections whose traffic was not checked at all."""
    if EXIT_VIOLATIONS in results:
        return EXIT_VIOLATIONS
    return EXIT_UNCHECKED if EXIT_UNCHECKED in results else EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--provider", required=True, help="registry name: mesh, habittrade, moneykit ...")
    parser.add_argument("--config", default=str(DEFAULT_CONFIG), help="unifolio.toml with [[connections]]")
    parser.add_argument(
        "--connection", help="name of one connection in the config (default: all of provider)"
    )
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="connection table key"
    )
    parser.add_argument("--upstream", help="base URL to proxy to (default: the connection's environment)")
    args = parser.parse_args(argv)
    try:
        get_provider(args.provider)
        tables = connection_tables(args)
        results = [check(args.provider, table, args.upstream, os.environ) for table in tables]
    except (UnifolioError, RuntimeError, OSError) as exc:
        print(f"verify-live: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return _verdict(results)


if __name__ == "__main__":
    sys.exit(main())
