"""The Prism launcher: starts on loopback, is ready when it returns, and leaves no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from unifolio import MockServerError, PrismNotInstalledError
from unifolio.mocks import PRISM_ENV, PrismMock, find_prism

pytestmark = pytest.mark.e2e

TINY_SPEC = textwrap.dedent(
    """
    openapi: 3.1.0
    info: {title: tiny, version: '1'}
    paths:
      /ping:
        get:
          operationId: ping
          responses:
            '200':
              description: pong
              content:
                application/json:
                  schema: {type: object, properties: {pong: {type: boolean}}}
                  examples:
                    yes: {value: {pong: true}}
    """
)


@pytest.fixture
def tiny_spec(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY_SPEC)
    return path


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_starts_on_loopback_ready_and_stops_whole_group(tiny_spec: Path) -> None:
    mock = PrismMock(tiny_spec)
    with mock:
        assert mock.base_url.startswith("http://127.0.0.1:")
        # Ready means ready: the very first request after start() is answered from the example.
        assert httpx.get(f"{mock.base_url}/ping").json() == {"pong": True}
        pgid = mock.pid
        assert pgid is not None and os.getpgid(pgid) == pgid  # its own process group
        assert _group_alive(pgid)
    assert not mock.running
    assert not _group_alive(pgid)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{mock.port}/ping", timeout=2)


def test_stops_when_the_body_raises(tiny_spec: Path) -> None:
    mock = PrismMock(tiny_spec)
    with pytest.raises(RuntimeError, match="boom"), mock:
        pgid = mock.pid
        raise RuntimeError("boom")
    assert pgid is not None and not _group_alive(pgid)


def test_dynamic_mode_and_log_file(tiny_spec: Path, tmp_path: Path) -> None:
    log = tmp_path / "prism.log"
    with PrismMock(tiny_spec, dynamic=True, seed="1", log_path=log) as mock:
        body = httpx.get(f"{mock.base_url}/ping").json()
        assert isinstance(body, dict)
        assert "-d" in mock.command(mock.port or 0)
    assert log.exists()


def test_a_broken_spec_fails_fast_with_prisms_log(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\npaths: [not, a, mapping]\n")
    with pytest.raises(MockServerError) as excinfo:
        PrismMock(broken, startup_timeout=20).start()
    assert "broken.yaml" in str(excinfo.value)


def test_missing_prism_names_the_install_command(tiny_spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PRISM_ENV, "/nonexistent/prism")
    with pytest.raises(PrismNotInstalledError, match="npm ci --prefix mocks"):
        find_prism()
    with pytest.raises(PrismNotInstalledError):
        PrismMock(tiny_spec).start()


def test_killed_parent_takes_prism_with_it(tiny_spec: Path) -> None:
    """Even a test runner killed with SIGKILL (no cleanup code runs) leaves no Prism behind."""
    script = textwrap.dedent(
        f"""
        import sys, time
        from unifolio.mocks import PrismMock
        mock = PrismMock({str(tiny_spec)!r}).start()
        print(mock.pid, flush=True)
        time.sleep(600)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        pgid = int(parent.stdout.readline())
        assert _group_alive(pgid)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    # PR_SET_PDEATHSIG delivers SIGTERM to Prism when its parent dies; poll until the group is gone.
    deadline = time.monotonic() + 15
    while _group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _group_alive(pgid)
