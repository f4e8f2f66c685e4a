"""scripts/verify_live.py (`make verify-live`) against a LOCAL upstream that answers off-contract.

Real providers are out of reach here, so a tiny http.server on 127.0.0.1 plays Mesh: the script puts
``prism proxy`` in front of it, runs the Mesh adapter's own calls through it with credentials from the
environment, and must print every violation, in both directions.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.contract._specs import ROOT, load

SCRIPT = ROOT / "scripts" / "verify_live.py"
MESH = load("mesh")


def _example(path: str) -> Any:
    media = MESH["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]
    return next(iter(media["examples"].values()))["value"]


OFF_CONTRACT_HOLDINGS = {
    "status": "ok",
    "content": {
        "status": "succeeded",
        "type": "robinhood",
        "accountId": "A1",
        "equityPositions": [{"symbol": "AAPL", "amount": 3, "exchangeMic": "XNAS"}],  # extra field
        "cryptocurrencyPositions": [
            {
                "symbol": 42,  # wrong type
                "amount": 1,
                "distribution": [{"caipNetworkId": "eip155:1", "amount": 1}],  # required `address` missing
            }
        ],
    },
}


class Upstream:
    def __init__(self, holdings: Any) -> None:
        answers = {
            "/api/v1/holdings/get": holdings,
            "/api/v1/balance/get": _example("/api/v1/balance/get"),
            "/api/v1/holdings/value": _example("/api/v1/holdings/value"),
        }
        self.requests: list[str] = []
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length", 0)))
                upstream.requests.append(self.path)
                data = json.dumps(answers.get(self.path, {"status": "notFound"})).encode()
                self.send_response(200 if self.path in answers else 404)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Upstream:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def verify_live(upstream: str, *extra: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LIVE_MESH_ID": "live-client-id", "LIVE_MESH_SECRET": "s3cret-never-printed"}
    env["LIVE_MESH_TOKEN"] = "user-token-never-printed"
    args = [
        "--provider", "mesh", "--upstream", upstream,
        "--set", "broker_type=robinhood", "--set", "client_id_env=LIVE_MESH_ID",
        "--set", "client_secret_env=LIVE_MESH_SECRET", "--set", "auth_token_env=LIVE_MESH_TOKEN",
    ]  # fmt: skip
    return subprocess.run(  # in a folder without unifolio.toml: the connection is all --set
        [sys.executable, str(SCRIPT), *args, *extra], capture_output=True, text=True, timeout=120, env=env,
        cwd=cwd,
    )  # fmt: skip


@pytest.fixture
def off_contract() -> Iterator[Upstream]:
    with Upstream(OFF_CONTRACT_HOLDINGS) as upstream:
        yield upstream


def test_off_contract_answers_are_reported(off_contract: Upstream, tmp_path: Path) -> None:
    result = verify_live(off_contract.url, cwd=tmp_path)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "/api/v1/holdings/get" in off_contract.requests  # the adapter's call went through to upstream
    assert "found 'exchangeMic'" in out  # the extra field
    assert "cryptocurrencyPositions.0.symbol must be string" in out  # the wrong type
    assert "must have required property 'address'" in out  # the missing required field
    assert "answers received (mesh -> unifolio): 0 violation" not in out
    assert "requests we sent (unifolio -> mesh): 0 violation(s)" in out  # our side is clean
    assert "adapter: ResponseContractError" in out  # and the adapter refused the wrong type itself
    assert "s3cret-never-printed" not in out + result.stderr
    assert "user-token-never-printed" not in out + result.stderr


def test_our_own_off_contract_request_is_reported(off_contract: Upstream, tmp_path: Path) -> None:
    # An institution the spec does not list: the open enum sends it, the spec's closed enum refuses it.
    result = verify_live(off_contract.url, "--set", "broker_type=someNewBroker", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    requests_part = result.stdout.split("requests we sent")[1].split("answers received")[0]
    assert "request.body.type" in requests_part


def test_a_compliant_upstream_gives_no_violation(tmp_path: Path) -> None:
    with Upstream(_example("/api/v1/holdings/get")) as upstream:
        result = verify_live(upstream.url, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 violation(s)" in result.stdout and "adapter: mapped 1 account(s)" in result.stdout
    assert "checked: 3 request(s) sent, 3 upstream response(s) received" in result.stdout
    assert sorted(upstream.requests) == [
        "/api/v1/balance/get",
        "/api/v1/holdings/get",
        "/api/v1/holdings/value",
    ]


def test_a_run_that_checked_no_traffic_fails(tmp_path: Path) -> None:
    """Every request failed (nothing listens upstream): "0 violation(s)" must not read as a pass."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    result = verify_live(dead, cwd=tmp_path)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "checked: 1 request(s) sent, 0 upstream response(s) received" in result.stdout
    assert "NOTHING CHECKED for mesh-live: no upstream response went through the proxy" in result.stdout
    assert "s3cret-never-printed" not in result.stdout + result.stderr


def test_a_clear_text_upstream_is_refused_before_anything_runs(tmp_path: Path) -> None:
    result = verify_live("http://api.example.com", cwd=tmp_path)
    assert result.returncode == 2 and "would send credentials in clear text" in result.stderr
    assert "==" not in result.stdout  # no proxy was started


def test_missing_config_file_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--provider", "mesh", "--config", "/nonexistent/none.toml"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "not found" in result.stderr
