"""The real ``unifolio`` console script, in a subprocess: formats, exit codes, messages."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from unifolio._serialize import HOLDING_CSV_COLUMNS
from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e

UNIFOLIO = shutil.which("unifolio") or "unifolio"
SECRETS = {
    "MESH_ID": "cli-client-id",
    "MESH_SECRET": "cli-secret-value-7f3a",
    "TOKEN": "cli-token-value-91bc",
}


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [UNIFOLIO, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def mock_json() -> dict:
    result = run("portfolio", "--mock", "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _config(tmp_path: Path, *environments: str) -> Path:
    tables = [
        f"""
[[connections]]
name = "mesh-{i}"
provider = "mesh"
environment = "{environment}"
broker_type = "robinhood"
client_id_env = "MESH_ID"
client_secret_env = "MESH_SECRET"
auth_token_env = "TOKEN"
"""
        for i, environment in enumerate(environments)
    ]
    path = tmp_path / "unifolio.toml"
    path.write_text("".join(tables))
    return path


def test_json_is_the_lossless_common_model(mock_json: dict) -> None:
    assert mock_json["complete"] is True
    assert mock_json["mock_data"] is True  # a file made from this can never pass for real holdings
    assert {c["provider"] for c in mock_json["connections"]} == set(PROVIDERS)
    holdings = mock_json["holdings"]
    assert {h["provider"] for h in holdings} == set(PROVIDERS)
    for h in holdings:
        assert isinstance(h["quantity"], str) and Decimal(h["quantity"]) == Decimal(h["quantity"])
        assert "raw" not in h
    totals = mock_json["totals"]["market_value"]
    assert all(isinstance(v, str) for v in totals.values())


def test_json_include_raw_carries_the_original_records(mock_json: dict) -> None:
    result = run("portfolio", "--mock", "--format", "json", "--include-raw")
    data = json.loads(result.stdout)
    assert all(isinstance(h["raw"], dict) and h["raw"] for h in data["holdings"])
    assert len(data["holdings"]) == len(mock_json["holdings"])


def test_csv_is_one_row_per_holding(mock_json: dict) -> None:
    result = run("portfolio", "--mock", "--format", "csv")
    assert result.returncode == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0].keys()) == ("mock_data", *HOLDING_CSV_COLUMNS)
    assert {row["mock_data"] for row in rows} == {"true"}
    assert len(rows) == len(mock_json["holdings"])
    assert sorted(r["quantity"] for r in rows) == sorted(h["quantity"] for h in mock_json["holdings"])


@pytest.mark.parametrize(
    ("group_by", "marker"), [("account", "mesh ·"), ("asset-class", "equity"), ("instrument", "merged")]
)
def test_table_groupings_with_totals_and_allocation(group_by: str, marker: str) -> None:
    result = run("portfolio", "--mock", "--group-by", group_by)
    assert result.returncode == 0, result.stderr
    assert marker in result.stdout
    assert "Totals per currency" in result.stdout and "█" in result.stdout
    assert "local Prism mocks" in result.stderr
    titles = [
        line for line in result.stdout.splitlines() if "·" in line or "Totals" in line or "merged" in line
    ]
    assert titles and all(line.startswith("MOCK DATA · ") for line in titles)


def test_partial_failure_exits_1_with_data_and_a_named_error(tmp_path: Path, unifolio_mocks) -> None:
    config = _config(tmp_path, unifolio_mocks.url("mesh"), f"http://127.0.0.1:{_closed_port()}")
    result = run("portfolio", "--config", str(config), "--format", "json", env=SECRETS)
    assert result.returncode == 1
    data = json.loads(result.stdout)  # the data that arrived is still printed
    assert [c["ok"] for c in data["connections"]] == [True, False]
    assert data["mock_data"] is False
    assert data["holdings"] and data["connections"][1]["error"]["type"] == "TransportError"
    assert re.search(r"failed mesh-1: mesh: transport failure", result.stderr)
    assert "Traceback" not in result.stderr
    for secret in SECRETS.values():
        assert secret not in result.stdout + result.stderr


def test_default_config_in_the_working_directory_is_used(tmp_path: Path, unifolio_mocks) -> None:
    _config(tmp_path, unifolio_mocks.url("mesh"))
    result = run("portfolio", env=SECRETS, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "mocks" not in result.stderr and "AAPL" in result.stdout


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (("portfolio", "--format", "xml"), {}, "invalid choice: 'xml'"),
        (
            ("portfolio", "--config", "CONFIG"),
            {"MESH_ID": "x", "MESH_SECRET": "y"},
            "environment variable TOKEN is not set",
        ),
        (("portfolio", "--config", "/nonexistent/unifolio.toml"), {}, "cannot read config"),
        (("nonsense",), {}, "invalid choice"),
    ],
)
def test_usage_and_configuration_errors_exit_2_without_traceback(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str], message: str
) -> None:
    config = _config(tmp_path, "sandbox")
    args = tuple(str(config) if a == "CONFIG" else a for a in args)
    result = run(*args, env={k: v for k, v in env.items()})
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_providers_lists_operations_and_environments() -> None:
    result = run("providers")
    assert result.returncode == 0
    for name, provider in PROVIDERS.items():
        assert name in result.stdout
        for url in provider.info.environments.values():
            assert url in result.stdout
        for key in provider.config_keys:  # the declarations the config is checked against
            assert f"config      {key.describe()}" in result.stdout


def test_mock_prints_urls_serves_and_stops_cleanly_on_sigterm() -> None:
    process = subprocess.Popen([UNIFOLIO, "mock"], stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert process.stdout is not None
        urls = {}
        for line in process.stdout:
            if line.startswith("Prism mocks are running"):
                break
            name, url = line.split()[:2]
            urls[name] = url
        assert set(urls) == set(PROVIDERS) and all(u.startswith("http://127.0.0.1:") for u in urls.values())
        assert httpx.get(f"{urls['mesh']}/api/v1/holdings/portfolio").status_code in (400, 401)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        for url in urls.values():
            with pytest.raises(httpx.TransportError):
                httpx.get(url, timeout=2)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
