"""No secret reaches logs (every logger at DEBUG, httpx/httpcore included), reprs, errors or output.

Each provider is configured the way a user would (config table + environment variables holding
distinctive secret values), fetched against its Prism mock and against a dead port, and everything
observable is searched for the secret values.
"""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from unifolio._serialize import portfolio_to_data
from unifolio.aggregate import fetch_portfolio
from unifolio.config import parse_config
from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e

SECRETS = {
    "CLIENT_ID": "cid-1b2c3d4e5f",
    "CLIENT_SECRET": "csecret-9a8b7c6d5e4f",
    "AUTH_TOKEN": "utoken-0f1e2d3c4b5a",
    "API_KEY": "apikey-5e6f7a8b9c0d",
    "API_SECRET": "apisecret-3c4d5e6f7a8b",
}
# What a user writes per provider; the environment holds the values above.
TABLES: dict[str, str] = {
    "mesh": 'broker_type = "robinhood"\nclient_id_env = "CLIENT_ID"\nclient_secret_env = "CLIENT_SECRET"\n'
    'auth_token_env = "AUTH_TOKEN"\n',
    "habittrade": 'portfolio_ids = ["d59c4577-d450-2cbb-43c9-ef06e40f1fde"]\napi_key_env = "API_KEY"\n'
    'api_secret_env = "API_SECRET"\n',
    "moneykit": 'link_id = "mk_eqkWN34UEoa2NxyALG8pcV"\nclient_id_env = "CLIENT_ID"\n'
    'client_secret_env = "CLIENT_SECRET"\n',
}
# Values that are secret but not ours to choose: tokens the provider hands out (served by the mock).
ISSUED = ("eyJ", "mk_access_")


def test_every_provider_has_a_secrets_case() -> None:
    assert set(TABLES) == set(PROVIDERS)


def _dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def _config(environments: dict[str, str]) -> str:
    return "".join(
        f'[[connections]]\nname = "{name}"\nprovider = "{name.split("-")[0]}"\nenvironment = "{url}"\n'
        f"max_attempts = 1\n{TABLES[name.split('-')[0]]}\n"
        for name, url in environments.items()
    )


@pytest.fixture
def debug_logs() -> Iterator[io.StringIO]:
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    root = logging.getLogger()
    previous = root.level
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
        root.setLevel(previous)


def _assert_clean(text: str, where: str) -> None:
    for name, value in SECRETS.items():
        assert value not in text, f"{name} leaked into {where}"


async def test_no_secret_in_logs_reprs_errors_or_json(unifolio_mocks: Any, debug_logs: io.StringIO) -> None:
    environments = {f"{p}-ok": unifolio_mocks.url(p) for p in PROVIDERS}
    environments |= {f"{p}-down": _dead_url() for p in PROVIDERS}
    config = parse_config(_config(environments), source="test", environ=SECRETS)
    portfolio = await fetch_portfolio(config.connections)

    oks = {o.label for o in portfolio.outcomes if o.ok}
    assert oks == {f"{p}-ok" for p in PROVIDERS}, [str(o.error) for o in portfolio.failures]
    logs = debug_logs.getvalue()
    assert "HTTP Request" in logs or "send_request_headers" in logs  # logging really was on
    _assert_clean(logs, "DEBUG logs")
    for connection in config.connections:
        _assert_clean(repr(connection) + str(connection), f"repr of {connection.label}")
    for outcome in portfolio.failures:
        assert outcome.error is not None
        _assert_clean(str(outcome.error) + repr(outcome.error), f"error of {outcome.label}")
        chained = outcome.error.__cause__
        _assert_clean(str(chained), f"cause of {outcome.label}")
    _assert_clean(json.dumps(portfolio_to_data(portfolio, include_raw=True)), "JSON output")


def test_no_secret_in_cli_output(unifolio_mocks: Any, tmp_path: Path) -> None:
    environments = {f"{p}-ok": unifolio_mocks.url(p) for p in PROVIDERS} | {"mesh-down": _dead_url()}
    config = tmp_path / "unifolio.toml"
    config.write_text(_config(environments))
    for fmt in ("table", "json", "csv"):
        result = subprocess.run(
            ["unifolio", "portfolio", "--config", str(config), "--format", fmt, "--include-raw"][
                : 6 if fmt != "json" else 7
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, **SECRETS},
        )
        assert result.returncode == 1, result.stderr  # mesh-down failed, the rest printed
        _assert_clean(result.stdout + result.stderr, f"CLI {fmt} output")
