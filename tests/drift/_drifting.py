"""Providers that drift the way real ones do, served on 127.0.0.1, read by the real CLI and the library.

Every provider in the registry is served by a ``tests.spec_server.SpecServer`` answering from its own
spec's documented examples, changed the way a test says (``Drift``): nothing here names a provider, so a
provider added to the registry is driven through every drift test without touching them.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.contract._specs import Operation, load, operations
from tests.contract._strategies import Node, SchemaWalker
from tests.contract._strategies import dumps as exact_dumps
from tests.spec_server import (
    Exchange,
    Reply,
    SpecServer,
    documented,
    is_token_key,
    registry_config,
    secret_variable,
    spec_servers,
)
from unifolio.aggregate import Portfolio, fetch_portfolio
from unifolio.config import load_config
from unifolio.providers import PROVIDERS

ROOT = Path(__file__).resolve().parents[2]
UNIFOLIO = shutil.which("unifolio") or "unifolio"
ENV = {
    secret_variable(name, key): f"value-of-{name}-{key.name}"
    for name, provider in PROVIDERS.items()
    for key in provider.config_keys
}

Body = Any
Change = Callable[[Operation, Body], "Body | Reply"]
"""What a drifting provider does to the documented success body of an operation (credential exchanges
excepted: see ``is_credential``)."""


def spec_of(provider: str) -> str:
    return Path(PROVIDERS[provider].info.spec).stem


def is_credential(body: Body) -> bool:
    """An answer that hands out a credential (a token exchange): not data, never drifted or kept."""
    return isinstance(body, dict) and any(is_token_key(key) for key in body)


def unchanged(operation: Operation, body: Body) -> Body:
    return body


@dataclass
class Drift:
    """The servers of one test (one per provider) and a config file that reads them."""

    config: Path
    servers: dict[str, SpecServer]

    def cli(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [UNIFOLIO, "portfolio", "--config", str(self.config), *args],
            capture_output=True,
            timeout=120,
            env={**os.environ, **ENV, "COLUMNS": "250"},
            check=False,
        )

    def json(self, *args: str) -> dict[str, Any]:
        """The CLI's JSON output, read by a strict RFC 8259 parser (no NaN/Infinity), numbers exact."""
        result = self.cli("--format", "json", *args)
        assert result.returncode in (0, 1), result.stderr.decode(errors="replace")
        return strict_loads(result.stdout)

    def library(self, monkeypatch: pytest.MonkeyPatch) -> Portfolio:
        """The same connections through the library (``fetch_portfolio``), in this process."""
        for variable, value in ENV.items():
            monkeypatch.setenv(variable, value)
        config = load_config(self.config)
        return asyncio.run(fetch_portfolio(config.connections))

    def sent(self, provider: str) -> list[bytes]:
        """Every data answer the provider's server sent (credential exchanges left out)."""
        return [body for body in self.servers[provider].sent if not is_credential(_loads_lenient(body))]


def strict_loads(text: bytes | str) -> Any:
    def refuse(token: str) -> Any:
        raise ValueError(f"not RFC 8259 JSON: {token}")

    return json.loads(text, parse_float=Decimal, parse_constant=refuse)


def _loads_lenient(content: bytes) -> Any:
    try:
        return json.loads(content, parse_float=Decimal)
    except ValueError:
        return None


def success(operation: Operation) -> tuple[int, Body]:
    """The operation's first documented success answer, as JSON-ready Python (numbers exact)."""
    status, body = documented(operation, success=True)
    return status, json.loads(json.dumps(body), parse_float=Decimal)


@contextmanager
def drifting(tmp_path: Path, change: Change = unchanged) -> Iterator[Drift]:
    """One server per registered provider answering every operation with its documented success body,
    changed by ``change`` (a ``Reply`` is sent byte for byte); a config file reading all of them."""

    def answer(operation: Operation, exchange: Exchange) -> tuple[int, Any]:
        status, body = success(operation)
        if is_credential(body):
            return status, Reply(exact_dumps(body))
        changed = change(operation, body)
        return status, changed if isinstance(changed, Reply) else Reply(exact_dumps(changed))

    specs = {name: provider.info.spec for name, provider in PROVIDERS.items()}
    with spec_servers(specs, answer) as servers:
        path = tmp_path / "unifolio.toml"
        path.write_text(registry_config({n: s.url for n, s in servers.items()}, max_attempts=1))
        yield Drift(path, servers)


# --- the specs as the drift tests need them ------------------------------------------------------


@cache
def walker(spec: str) -> SchemaWalker:
    return SchemaWalker(spec)


def nodes(operation: Operation, status: int, body: Body) -> list[Node]:
    """Every node of a success body with its schema."""
    schema = operation.responses()[status]
    return walker(operation.spec).nodes(body, schema)


@cache
def component_names(spec: str) -> dict[int, str]:
    """``id`` of each component schema -> its name (the generated class is named after it)."""
    schemas = load(spec).get("components", {}).get("schemas", {})
    return {id(walker(spec).resolve(schema)): name for name, schema in schemas.items()}


@cache
def degradable(spec: str) -> dict[str, frozenset[str]]:
    """The ``degradable`` list of the provider's codegen config: class -> JSON keys read as unknown."""
    config = yaml.safe_load((ROOT / "codegen" / f"{spec}.yaml").read_text()) or {}
    return {name: frozenset(keys) for name, keys in (config.get("degradable") or {}).items()}


def data_operations(provider: str) -> list[Operation]:
    """The operations a connection's fetch calls whose answer is data (not a credential exchange)."""
    called = _fetched_operations()[provider]
    return [op for op in operations(spec_of(provider)) if op.operation_id in called]


@cache
def _fetched_operations() -> dict[str, frozenset[str]]:
    """Which operations each provider's ``Connection.fetch`` calls: found by fetching once from servers
    that answer every operation with its documented example (credential exchanges left out)."""
    requested: dict[str, set[str]] = {name: set() for name in PROVIDERS}

    def answer(operation: Operation, exchange: Exchange) -> tuple[int, Any]:
        status, body = success(operation)
        if not is_credential(body):
            provider = next(name for name in PROVIDERS if spec_of(name) == operation.spec)
            requested[provider].add(operation.operation_id)
        return status, Reply(exact_dumps(body))

    specs = {name: provider.info.spec for name, provider in PROVIDERS.items()}
    with (
        spec_servers(specs, answer) as servers,
        _secrets_in_environment(),
        tempfile.TemporaryDirectory() as folder,
    ):
        path = Path(folder) / "unifolio.toml"
        path.write_text(registry_config({n: s.url for n, s in servers.items()}, max_attempts=1))
        portfolio = asyncio.run(fetch_portfolio(load_config(path).connections))
    assert portfolio.complete, portfolio.failures
    return {name: frozenset(ids) for name, ids in requested.items()}


@contextmanager
def _secrets_in_environment() -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in ENV}
    os.environ.update(ENV)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def set_at(body: Body, path: tuple[str | int, ...], value: Any) -> None:
    node = body
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def json_path(path: tuple[str | int, ...]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def every_string(body: Body, change: Callable[[str, str], str]) -> Body:
    """``body`` with ``change(key, value)`` applied to every string value of every object."""
    if isinstance(body, dict):
        return {k: change(k, v) if isinstance(v, str) else every_string(v, change) for k, v in body.items()}
    if isinstance(body, list):
        return [every_string(item, change) for item in body]
    return body


def every_number(body: Body, change: Callable[[Decimal], Any]) -> Body:
    """``body`` with every non-integer number replaced by ``change(number)``."""
    if isinstance(body, dict):
        return {k: every_number(v, change) for k, v in body.items()}
    if isinstance(body, list):
        return [every_number(item, change) for item in body]
    if isinstance(body, Decimal):
        return change(body)
    return body


def holdings_of(data: dict[str, Any], provider: str) -> list[dict[str, Any]]:
    return [h for h in data["holdings"] if h["provider"] == provider]
