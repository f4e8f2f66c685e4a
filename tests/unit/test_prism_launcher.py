"""The Prism launcher: starts on loopback, is ready when it returns, and leaves no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import httpx
import pytest

from unifolio import MockServerError, PrismNotInstalledError, _prism
from unifolio.mocks import PRISM_ENV, PrismMock, find_prism

pytestmark = pytest.mark.e2e

STATIC_WORD = "the-static-example-word-no-generator-would-pick"
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
                  schema:
                    type: object
                    properties: {pong: {type: boolean}, word: {type: string}}
                  examples:
                    yes: {value: {pong: true, word: STATIC_WORD}}
    """
).replace("STATIC_WORD", STATIC_WORD)


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
        assert httpx.get(f"{mock.base_url}/ping").json() == {"pong": True, "word": STATIC_WORD}
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


def test_dynamic_mode_generates_bodies_instead_of_serving_the_example(
    tiny_spec: Path, tmp_path: Path
) -> None:
    # The control: static mode serves the named example...
    with PrismMock(tiny_spec) as static:
        assert httpx.get(f"{static.base_url}/ping").json() == {"pong": True, "word": STATIC_WORD}
    # ...dynamic mode generates a schema-valid body, which cannot carry the example's long word.
    log = tmp_path / "prism.log"
    with PrismMock(tiny_spec, dynamic=True, seed="1", log_path=log) as mock:
        body = httpx.get(f"{mock.base_url}/ping").json()
    assert isinstance(body, dict) and body.get("word") != STATIC_WORD
    assert isinstance(body.get("pong", False), bool)
    assert log.exists()


def test_a_broken_spec_fails_fast_with_prisms_log(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\npaths: [not, a, mapping]\n")
    start = time.monotonic()
    with pytest.raises(MockServerError) as excinfo:
        PrismMock(broken, startup_timeout=120).start()
    # The reason is Prism's exit, with its own words, noticed long before the start-up timeout.
    assert "Prism exited while starting for broken.yaml" in str(excinfo.value)
    assert "did not answer" not in str(excinfo.value)
    assert len(str(excinfo.value).splitlines()) > 1  # the log tail follows
    assert time.monotonic() - start < 60


def test_missing_prism_names_the_install_command_and_node(
    tiny_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PRISM_ENV, "/nonexistent/prism")
    with pytest.raises(
        PrismNotInstalledError, match="UNIFOLIO_PRISM=/nonexistent/prism is not an executable"
    ):
        find_prism()
    with pytest.raises(PrismNotInstalledError):
        PrismMock(tiny_spec).start()
    # Outside a checkout, with nothing in the user cache: the one command to run, and what it needs.
    monkeypatch.delenv(PRISM_ENV)
    monkeypatch.setattr(_prism, "_checkout_prism", lambda: tmp_path / "not-a-checkout" / "prism")
    monkeypatch.setenv(_prism.CACHE_ENV, str(tmp_path / "cache"))
    with pytest.raises(PrismNotInstalledError) as excinfo:
        find_prism()
    message = str(excinfo.value)
    assert "`unifolio mock install`" in message and "Node.js >= 18.20.1" in message
    assert "@stoplight/prism-cli@5.14.2" in message and str(tmp_path / "cache") in message


def test_find_prism_finds_the_user_cache_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PRISM_ENV, raising=False)
    monkeypatch.setattr(_prism, "_checkout_prism", lambda: tmp_path / "not-a-checkout" / "prism")
    monkeypatch.setenv(_prism.CACHE_ENV, str(tmp_path / "cache"))
    home = _prism.prism_home()
    assert home.parent == tmp_path / "cache" / "prism"
    executable = home / "node_modules" / ".bin" / "prism"
    executable.parent.mkdir(parents=True)
    executable.write_text("#!/bin/sh\n")
    executable.chmod(0o755)
    assert find_prism() == executable


@pytest.mark.parametrize(
    ("node", "reason"),
    [
        (None, "needs Node.js >= 18.20.1 and npm on PATH; node was not found"),
        ("v16.20.2", "needs Node.js >= 18.20.1; {bin}/node is 16.20.2"),
    ],
)
def test_mock_install_refuses_without_a_recent_enough_node(
    node: str | None, reason: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, output in (("node", node), ("npm", "11.0.0")):
        if output is not None:
            (bin_dir / name).write_text(f"#!/bin/sh\necho {output}\n")
            (bin_dir / name).chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv(_prism.CACHE_ENV, str(tmp_path / "cache"))
    with pytest.raises(PrismNotInstalledError) as excinfo:
        _prism.install_prism()
    assert reason.format(bin=bin_dir) in str(excinfo.value)
    assert "unifolio mock install" in str(excinfo.value)
    assert not (tmp_path / "cache" / "prism").exists() or not list((tmp_path / "cache" / "prism").iterdir())


def test_no_log_file_is_left_in_the_temp_folder(
    tiny_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with PrismMock(tiny_spec) as mock:
        assert "Starting Prism" in mock.log_text()  # the log exists, without a name in the folder
        assert list(temp.iterdir()) == []
    assert list(temp.iterdir()) == []
    assert "Starting Prism" in mock.log_text()  # still readable after stop(), for error messages


def test_a_mock_started_by_a_worker_thread_outlives_the_thread(tiny_spec: Path) -> None:
    """PR_SET_PDEATHSIG fires when the *thread* that forked the child ends: that must not be ours."""
    mock = PrismMock(tiny_spec)
    worker = threading.Thread(target=mock.start)
    worker.start()
    worker.join()
    try:
        assert mock.running
        process = mock._process
        assert process is not None
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=3)  # a SIGTERM at thread exit would end it within milliseconds
        assert httpx.get(f"{mock.base_url}/ping").json()["pong"] is True
    finally:
        mock.stop()


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
