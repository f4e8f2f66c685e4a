"""No secret, in any form it travels in, reaches output, logs, reprs, exception text or tracebacks.

Every registered provider is configured from its own declaration (``Provider.config_keys`` with the
values of ``Provider.mock_config``; every credential in an environment variable) and pointed at a local
server that answers from the provider's own spec while echoing each request back: its request line
(query included), every header and the body, into every object (and every name) of the success
answers, or into every string of the operation's documented error answer. Token fields of success
answers carry freshly issued tokens, which the client must then treat as secrets too.

Modes: ``success`` (every answer echoes), ``error-after-auth`` (token exchanges succeed and issue a
token, every other call fails with the echo: the issued token comes back in the error text), ``error``
(every call fails, token exchanges included: Basic credentials come back in the error text).

Secret values contain characters that change under JSON, percent and HTML encoding, and a random core
that any leak, full or partial, must contain; base64 of every ``a:b`` pair is searched for too.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import secrets
import shutil
import subprocess
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.spec_server import (
    SpecServer,
    TokenMint,
    add_to_objects,
    documented,
    is_token_key,
    registry_config,
    rewrite,
    secret_variable,
    spec_servers,
)
from unifolio._serialize import error_to_data, portfolio_to_data
from unifolio.aggregate import fetch_portfolio
from unifolio.config import parse_config
from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e

UNIFOLIO = shutil.which("unifolio") or "unifolio"
SPECIALS = '+/=%"<&\\'
"""Characters whose JSON, percent and HTML forms differ from the raw ones."""
MODES = ("success", "error-after-auth", "error")


CORES = {
    secret_variable(name, key): f"sk{secrets.token_hex(8)}"
    for name, provider in PROVIDERS.items()
    for key in provider.config_keys
    if key.config_name.endswith("_env")
}
ENV = {variable: f"{core}{SPECIALS}" for variable, core in CORES.items()}


def _has_token(body: Any) -> bool:
    found: list[bool] = []
    rewrite(body, lambda key, leaf: found.append(is_token_key(key)))
    return any(found)


def _answer(mode: str, mint: TokenMint) -> Any:
    def answer(operation: Any, exchange: Any) -> tuple[int, Any]:
        status, body = documented(operation, success=True)
        if mode == "success" or (mode == "error-after-auth" and _has_token(body)):
            echo = exchange.echo()
            body = rewrite(
                mint(body),
                lambda key, leaf: (
                    f"{leaf} {echo}" if key.lower().endswith("name") and isinstance(leaf, str) else leaf
                ),
            )
            return status, add_to_objects(body, "echo", echo)
        status, body = documented(operation, success=False)
        return status, rewrite(body, lambda key, leaf: exchange.echo() if isinstance(leaf, str) else leaf)

    return answer


@contextmanager
def echoing(mode: str) -> Iterator[tuple[dict[str, SpecServer], TokenMint, str]]:
    mint = TokenMint()
    specs = {name: provider.info.spec for name, provider in PROVIDERS.items()}
    with spec_servers(specs, _answer(mode, mint)) as servers:
        config = registry_config({n: s.url for n, s in servers.items()}, max_attempts=1)
        yield servers, mint, config


def _forbidden(mint: TokenMint) -> list[str]:
    """Every core (inside any encoding of a secret), base64 of every id:secret pair, issued tokens."""
    values = list(ENV.values())
    pairs = [base64.b64encode(f"{a}:{b}".encode()).decode() for a in values for b in values if a != b]
    return [*CORES.values(), *pairs, *mint.issued]


def assert_clean(text: str, where: str, mint: TokenMint) -> None:
    for needle in _forbidden(mint):
        assert needle not in text, f"a secret ({needle[:6]}...) leaked into {where}"


def _assert_exercised(servers: dict[str, SpecServer], mint: TokenMint, mode: str) -> None:
    """The echo really carried secrets back, and issued tokens really came back in later requests."""
    for name, server in servers.items():
        assert server.exchanges, f"{name}: no request reached the server"
        echoed = b"".join(server.sent).decode()
        assert any(needle in echoed for needle in _forbidden(mint)), f"{name}: no secret was echoed back"
    if mode != "error":
        requests = "".join(e.echo() for s in servers.values() for e in s.exchanges)
        assert all(token in requests for token in mint.issued), "an issued token was never used"


@pytest.fixture
def debug_logs() -> Iterator[io.StringIO]:
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    root = logging.getLogger()
    loggers = [root, *(logging.getLogger(n) for n in ("httpx", "httpcore", "unifolio", "asyncio"))]
    levels = [lg.level for lg in loggers]
    root.addHandler(handler)
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
    try:
        yield buffer
    finally:
        root.removeHandler(handler)
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


@pytest.mark.parametrize("mode", MODES)
async def test_no_secret_in_logs_reprs_errors_or_tracebacks(mode: str, debug_logs: io.StringIO) -> None:
    with echoing(mode) as (servers, mint, text):
        config = parse_config(text, source="test", environ=ENV)
        portfolio = await fetch_portfolio(config.connections)
    _assert_exercised(servers, mint, mode)
    if mode == "success":
        assert portfolio.complete, [str(o.error) for o in portfolio.failures]
    else:
        assert len(portfolio.failures) == len(PROVIDERS)
    if mode != "error":
        assert mint.issued or not any(
            _has_token(documented(op, success=True)[1]) for s in servers.values() for op in s.operations
        )
    logs = debug_logs.getvalue()
    assert "HTTP Request" in logs or "send_request_headers" in logs  # logging really was on
    assert_clean(logs, "DEBUG logs", mint)
    for connection in config.connections:
        assert_clean(repr(connection) + str(connection) + repr(connection.redactor), "a repr", mint)
    for outcome in portfolio.failures:
        error = outcome.error
        assert error is not None
        text = str(error) + repr(error) + "".join(traceback.format_exception(error))
        text += json.dumps(error_to_data(error)) + repr(error.args) + repr(vars(error))
        assert_clean(text, f"the error of {outcome.label}", mint)
        chained: BaseException | None = error
        while chained is not None:  # every link, printed or not
            assert_clean(
                str(chained) + repr(chained) + repr(chained.args), f"a link of {outcome.label}", mint
            )
            chained = chained.__cause__ or chained.__context__
    if mode != "success":  # success answers echo into the data itself, which only the CLI scrubs
        assert_clean(json.dumps(portfolio_to_data(portfolio, include_raw=True)), "the JSON document", mint)


@pytest.mark.parametrize("mode", MODES)
def test_no_secret_in_cli_output_in_any_format(mode: str, tmp_path: Path) -> None:
    with echoing(mode) as (servers, mint, text):
        config = tmp_path / "unifolio.toml"
        config.write_text(text)
        for fmt in ("table", "json", "csv"):
            args = ["portfolio", "--config", str(config), "--format", fmt]
            result = subprocess.run(
                [UNIFOLIO, *args, *(["--include-raw"] if fmt == "json" else [])],
                capture_output=True,
                text=True,
                timeout=120,
                env={**os.environ, **ENV},
            )
            assert result.returncode == (0 if mode == "success" else 1), result.stderr
            assert_clean(result.stdout + result.stderr, f"CLI {fmt} output", mint)
            if mode == "success" and fmt == "json":  # the echo is in the raw records, masked
                assert "**********" in result.stdout
    _assert_exercised(servers, mint, mode)
