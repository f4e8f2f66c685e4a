"""``unifolio mock`` and the mocks' lifecycle, in real processes: fixed ports, Ctrl-C during start-up,
``kill -9`` of whatever wraps it (make, uv, uv around pytest), no log files left behind.

Every wait here is a readiness check with a deadline (a line printed, a file written, a process gone).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.processes import alive, descendants
from unifolio import ConfigurationError
from unifolio._cli_mock import parse_ports
from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
UNIFOLIO = shutil.which("unifolio") or str(Path(sys.executable).with_name("unifolio"))
UV = shutil.which("uv") or str(ROOT / ".tools" / "uv" / "bin" / "uv")
READY_LINE = "Prism mocks are running"


def _until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:.0f}s: {what}")
        time.sleep(0.05)  # poll interval of a readiness check


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


@contextmanager
def _started(argv: list[str], **kwargs: object) -> Iterator[subprocess.Popen[str]]:
    """A process group of its own, as a shell starts a job; killed, group and all, on the way out."""
    process = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, **kwargs
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def _urls(process: subprocess.Popen[str]) -> dict[str, str]:
    """Read the provider -> URL lines up to the ready line."""
    assert process.stdout is not None
    urls: dict[str, str] = {}
    for line in process.stdout:
        if line.startswith(READY_LINE):
            return urls
        words = line.split()
        if len(words) >= 2 and words[1].startswith("http://"):  # not what a wrapper prints first
            urls[words[0]] = words[1]
    stderr = process.stderr.read() if process.stderr else ""
    raise AssertionError(f"exited before ready: {process.wait()} {stderr}")


def test_parse_ports() -> None:
    names = ["a", "b", "c"]
    assert parse_ports([], names) == {}
    assert parse_ports(["4010"], names) == {"a": 4010, "b": 4011, "c": 4012}
    assert parse_ports(["4010", "b=5000"], names) == {"a": 4010, "b": 5000, "c": 4012}
    assert parse_ports(["c=7000"], names) == {"c": 7000}
    with pytest.raises(ConfigurationError, match="unknown provider 'x'; known: a, b, c"):
        parse_ports(["x=4010"], names)
    with pytest.raises(ConfigurationError, match="port 4011 given to both"):
        parse_ports(["4010", "c=4011"], names)
    with pytest.raises(ConfigurationError, match="expected PORT or PROVIDER=PORT"):
        parse_ports(["a=70000"], names)
    with pytest.raises(ConfigurationError, match="too high"):
        parse_ports(["65535"], names)


def test_fixed_ports_say_which_provider_answers_where() -> None:
    ports = dict(zip(PROVIDERS, _free_ports(len(PROVIDERS)), strict=True))
    argv = [UNIFOLIO, "mock", *(f"--port={name}={port}" for name, port in ports.items())]
    with _started(argv) as process:
        urls = _urls(process)
        assert urls == {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
        for url in urls.values():
            assert httpx.get(f"{url}/").status_code < 500  # Prism answers behind the fixed port
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    for url in urls.values():
        with pytest.raises(httpx.TransportError):
            httpx.get(url, timeout=2)


def test_a_taken_port_is_refused_by_name_before_anything_starts() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        provider = next(iter(PROVIDERS))
        result = subprocess.run(
            [UNIFOLIO, "mock", "--port", f"{provider}={port}"], capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 2
    assert f"{provider}: cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


FAKE_PRISM = """#!/bin/sh
# Starts, says nothing on HTTP, never gets ready: start-up can only end by timeout or by Ctrl-C.
echo $$ >> "$FAKE_PRISM_PIDS"
exec sleep 600
"""


def test_ctrl_c_during_start_up_takes_effect_at_once(tmp_path: Path) -> None:
    fake, pids = tmp_path / "prism", tmp_path / "pids"
    fake.write_text(FAKE_PRISM)
    fake.chmod(0o755)
    env = {**os.environ, "UNIFOLIO_PRISM": str(fake), "FAKE_PRISM_PIDS": str(pids)}
    with _started([UNIFOLIO, "mock"], env=env) as process:
        _until(lambda: pids.exists() and len(pids.read_text().split()) == len(PROVIDERS), 30, "all launched")
        started = [int(pid) for pid in pids.read_text().split()]
        sent = time.monotonic()
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=25)  # the start-up timeout is 30 s: ending within it proves nothing
        took = time.monotonic() - sent
        stderr = process.stderr.read() if process.stderr else ""
    assert took < 5, f"Ctrl-C took {took:.1f}s"
    assert code == 130 and "SIGINT: start-up interrupted, nothing left running" in stderr
    assert not [pid for pid in started if alive(pid)]


def _assert_nothing_left_after_kill_9(wrapper: subprocess.Popen[str], tree: set[int]) -> None:
    assert tree, "nothing was running under the wrapper"
    wrapper.send_signal(signal.SIGKILL)
    wrapper.wait(timeout=10)
    _until(lambda: not [pid for pid in tree if alive(pid)], 30, f"all of {sorted(tree)} gone")


@pytest.mark.parametrize("wrapper", ["make", "uv"])
def test_kill_9_of_the_wrapper_leaves_no_python_or_prism(wrapper: str, tmp_path: Path) -> None:
    ports = _free_ports(len(PROVIDERS))
    port_args = " ".join(f"{name}={port}" for name, port in zip(PROVIDERS, ports, strict=True))
    argv = {
        "make": ["make", "-s", "-C", str(ROOT), "mock", f"PORTS={port_args}"],
        "uv": [UV, "run", "--frozen", "--no-sync", "--project", str(ROOT), "unifolio", "mock"]
        + [f"--port={p}" for p in port_args.split()],
    }[wrapper]
    with _started(argv, cwd=tmp_path) as process:
        urls = _urls(process)
        assert sorted(int(url.rsplit(":", 1)[1]) for url in urls.values()) == sorted(ports)
        tree = descendants(process.pid)  # python, and each Prism (node) with its own children
        assert len(tree) >= 1 + len(PROVIDERS)
        _assert_nothing_left_after_kill_9(process, tree)
    for url in urls.values():
        with pytest.raises(httpx.TransportError):
            httpx.get(url, timeout=2)


USER_SUITE = textwrap.dedent(
    """
    import os
    import time
    from pathlib import Path


    def test_holds_the_mocks(unifolio_mocks):
        Path(os.environ["READY_FILE"]).write_text(unifolio_mocks.url("{provider}"))
        time.sleep(600)  # a long test: the run only ends because its wrapper was killed
    """
)


def test_kill_9_of_uv_around_pytest_leaves_no_python_or_prism(tmp_path: Path) -> None:
    (tmp_path / "test_hold.py").write_text(USER_SUITE.replace("{provider}", next(iter(PROVIDERS))))
    ready = tmp_path / "ready"
    argv = [
        UV,
        "run",
        "--frozen",
        "--no-sync",
        "--project",
        str(ROOT),
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
    ]
    env = {**os.environ, "READY_FILE": str(ready)}
    with _started([*argv, "test_hold.py"], cwd=tmp_path, env=env) as process:
        _until(ready.exists, 60, "the user's test holds a running mock")
        url = ready.read_text()
        tree = descendants(process.pid)
        _assert_nothing_left_after_kill_9(process, tree)
    with pytest.raises(httpx.TransportError):
        httpx.get(url, timeout=2)


def test_no_prism_log_is_left_in_the_temp_folder(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    with _started([UNIFOLIO, "mock"], env=env) as process:
        _urls(process)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    demo = subprocess.run(
        [UNIFOLIO, "portfolio", "--mock", "--format", "csv"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert demo.returncode == 0, demo.stderr
    assert sorted(p.name for p in temp.rglob("*")) == []
