"""The real ``unifolio`` command, in a subprocess: it says what it does, shows provider text literally,
and ends the way a Unix tool should (usage errors, exit codes, closed pipes, Ctrl-C at any moment).

Connections read local servers that answer from each provider's own spec (tests/spec_server.py),
configured from the registry, so every provider is exercised without naming one.
"""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.hostile import HOSTILE_ERROR, LITERALS, controls, hostile_names
from tests.processes import alive
from tests.spec_server import (
    SpecServer,
    documented,
    registry_config,
    registry_tables,
    rewrite,
    secret_variable,
    spec_servers,
    toml_connection,
)
from unifolio import __version__
from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e

UNIFOLIO = shutil.which("unifolio") or "unifolio"
ENV = {
    secret_variable(name, key): f"value-of-{name}-{key.name}"
    for name, provider in PROVIDERS.items()
    for key in provider.config_keys
}


def run(*args: str, cwd: Path | None = None, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [UNIFOLIO, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **ENV},
        cwd=cwd,
        **kwargs,
    )


def _dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def _specs() -> dict[str, str]:
    return {name: provider.info.spec for name, provider in PROVIDERS.items()}


def _served(operation: Any, exchange: Any) -> tuple[int, Any]:
    return documented(operation, success=True)


@contextmanager
def config_for(
    tmp_path: Path, answer: Any = _served, **common: Any
) -> Iterator[tuple[Path, dict[str, SpecServer]]]:
    with spec_servers(_specs(), answer) as servers:
        path = tmp_path / "unifolio.toml"
        path.write_text(registry_config({n: s.url for n, s in servers.items()}, max_attempts=1, **common))
        yield path, servers


# --- the command says what it does -----------------------------------------------------------------


def test_without_a_config_it_is_a_usage_error_not_a_silent_mock_run(tmp_path: Path) -> None:
    result = run("portfolio", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert "no config: create ./unifolio.toml" in result.stderr and "--mock" in result.stderr
    assert "--config PATH" in result.stderr and "Prism" not in result.stderr  # nothing was started


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--config", "x.toml", "--mock"), "--config and --mock exclude each other"),
        (
            ("--mock", "--format", "csv", "--group-by", "instrument"),
            "--group-by only applies to --format table, not csv",
        ),
        (
            ("--mock", "--format", "json", "--group-by", "account"),
            "--group-by only applies to --format table, not json",
        ),
        (("--mock", "--include-raw"), "--include-raw only applies to --format json, not table"),
        (
            ("--mock", "--format", "csv", "--include-raw"),
            "--include-raw only applies to --format json, not csv",
        ),
    ],
)
def test_options_that_would_be_ignored_are_usage_errors(args: tuple[str, ...], message: str) -> None:
    result = run("portfolio", *args)
    assert result.returncode == 2 and result.stdout == ""
    assert f"unifolio portfolio: error: {message}" in result.stderr


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    result = run(flag)
    assert (result.returncode, result.stdout) == (0, f"unifolio {__version__}\n")


def test_data_from_a_config_is_not_marked_as_mock(tmp_path: Path) -> None:
    with config_for(tmp_path) as (path, _):
        as_json = run("portfolio", "--config", str(path), "--format", "json")
        as_csv = run("portfolio", "--config", str(path), "--format", "csv")
        as_table = run("portfolio", "--config", str(path))
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["mock_data"] is False
    header, *rows = as_csv.stdout.splitlines()
    assert header.split(",")[0] == "mock_data" and rows
    assert all(row.startswith("false,") for row in rows)
    assert "MOCK" not in as_table.stdout


# --- exit codes, pipes, wrapping, all-failed output ------------------------------------------------


def test_every_connection_failed_prints_no_empty_totals(tmp_path: Path) -> None:
    path = tmp_path / "unifolio.toml"
    path.write_text(registry_config(dict.fromkeys(PROVIDERS, _dead_url()), max_attempts=1))
    result = run("portfolio", "--config", str(path))
    assert result.returncode == 1
    assert result.stdout == ""  # no "Totals per currency", no allocation, no footnotes
    assert f"0/{len(PROVIDERS)} connections ok, 0 holdings." in result.stderr


def test_error_lines_are_not_wrapped_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    name = "a-connection-with-a-long-name-" + "x" * 90
    tables = registry_tables(dict.fromkeys(PROVIDERS, _dead_url()), max_attempts=1)
    first = next(iter(tables.values()))
    path = tmp_path / "unifolio.toml"
    path.write_text(toml_connection({**first, "name": name}))
    result = run("portfolio", "--config", str(path))
    assert result.returncode == 1
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert line.startswith(f"failed {name}: ") and "transport failure" in line and len(line) > 160


def _closed_stdout(*args: str) -> subprocess.CompletedProcess[str]:
    read, write = os.pipe()
    os.close(read)  # whatever is written now gets EPIPE, like `unifolio ... | head -0`
    try:
        return subprocess.run(
            [UNIFOLIO, *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env={**os.environ, **ENV},
        )
    finally:
        os.close(write)


def test_a_closed_pipe_ends_quietly_with_the_sigpipe_status(tmp_path: Path) -> None:
    result = _closed_stdout("providers")
    assert (result.returncode, result.stderr) == (141, "")
    with config_for(tmp_path) as (path, _):
        for fmt in ("json", "csv", "table"):
            result = _closed_stdout("portfolio", "--config", str(path), "--format", fmt)
            assert result.returncode == 141, (fmt, result.stderr)
            assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


# --- Ctrl-C at any moment --------------------------------------------------------------------------

_INTERRUPT_DURING_IMPORT = """
import builtins, importlib.util, os, signal, sys
target, real_import = sys.argv[1], builtins.__import__
def interrupting_import(name, globals=None, locals=None, fromlist=(), level=0):
    package = (globals or {}).get("__package__")
    full = importlib.util.resolve_name("." * level + name, package) if level else name
    if full == target and target not in sys.modules:
        print(f"interrupting at {target}", file=sys.stderr, flush=True)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C exactly while this module is first imported
    return real_import(name, globals, locals, fromlist, level)
builtins.__import__ = interrupting_import
sys.argv = ["unifolio", "portfolio", "--mock"]
from unifolio.cli import main  # what the console script does
sys.exit(main())
"""


@pytest.mark.parametrize(
    "module", ["httpx", "rich.console", "unifolio._clients", "unifolio.providers", "mesh_client"]
)
def test_ctrl_c_while_importing_prints_one_line_and_exits_130(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_DURING_IMPORT, module], capture_output=True, text=True, timeout=60
    )
    assert f"interrupting at {module}" in result.stderr  # the Ctrl-C came where this case says
    # Provider modules load when a provider is first used (issue 16), i.e. after the mock banner: lines
    # written before the Ctrl-C may precede the one line it prints.
    assert (result.returncode, result.stdout) == (130, "")
    assert result.stderr.endswith("unifolio: interrupted\n") and "Traceback" not in result.stderr


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found += [int(child) for child in children]
    return found


def test_ctrl_c_while_the_mocks_start_exits_130_at_once_and_stops_them() -> None:
    process = subprocess.Popen(
        [UNIFOLIO, "portfolio", "--mock"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not _children(process.pid):  # Prism launched, not ready yet (it needs ~1.5 s)
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)  # polling /proc for the child, not a fixed wait
        prism = _children(process.pid)
        sent = time.monotonic()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
        elapsed = time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130 and err.endswith("unifolio: interrupted\n") and "Traceback" not in err
    assert out == ""
    assert elapsed < 5, f"took {elapsed:.1f}s to stop after Ctrl-C"
    deadline = time.monotonic() + 10  # a Prism spawned at the very moment dies with its parent (PDEATHSIG)
    while any(alive(pid) for pid in prism) and time.monotonic() < deadline:
        time.sleep(0.05)  # polling /proc until the processes are gone
    assert not any(alive(pid) for pid in prism)


def test_ctrl_c_while_fetching_exits_130(tmp_path: Path) -> None:
    arrived, release = threading.Event(), threading.Event()

    def stall(operation: Any, exchange: Any) -> tuple[int, Any]:
        arrived.set()
        release.wait(30)
        return documented(operation, success=True)

    with config_for(tmp_path, stall) as (path, _):
        process = subprocess.Popen(
            [UNIFOLIO, "portfolio", "--config", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **ENV},
        )
        try:
            assert arrived.wait(60), "no request arrived"
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=30)
        finally:
            release.set()
            if process.poll() is None:
                process.kill()
                process.wait()
    assert (process.returncode, out) == (130, "")
    assert err == "unifolio: interrupted\n"


# --- provider text never drives the terminal ---------------------------------------------------------


def _hostile(operation: Any, exchange: Any) -> tuple[int, Any]:
    status, body = documented(operation, success=True)
    return status, rewrite(body, hostile_names())


def _failing(operation: Any, exchange: Any) -> tuple[int, Any]:
    status, body = documented(operation, success=False)
    return status, rewrite(body, lambda key, leaf: HOSTILE_ERROR if isinstance(leaf, str) else leaf)


def test_hostile_names_are_shown_literally_in_the_table(tmp_path: Path) -> None:
    with config_for(tmp_path, _hostile) as (path, _):
        result = run("portfolio", "--config", str(path))
        by_class = run("portfolio", "--config", str(path), "--group-by", "instrument")
    for output in (result, by_class):
        assert output.returncode == 0, output.stderr
        assert "MarkupError" not in output.stderr and "Traceback" not in output.stderr
        assert controls(output.stdout + output.stderr) == []  # no ESC, CSI, OSC-8, C1, bidi override
    squeezed = "".join(result.stdout.split())  # cells may wrap; the text must still be there
    for literal in LITERALS:
        assert "".join(literal.split()) in squeezed, literal
    assert "\\x1b[2J" in squeezed and "\\u202e" in squeezed  # shown, inert


def test_hostile_error_text_is_shown_literally_in_the_failure_list(tmp_path: Path) -> None:
    with config_for(tmp_path, _failing) as (path, _):
        result = run("portfolio", "--config", str(path))
    assert result.returncode == 1
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert len(failures) == len(PROVIDERS)
    assert any(
        "[/] rejected [bold]x] \\x1b[2J [link=https://evil.example]y \\u202eevil" in f for f in failures
    )
    assert controls(result.stderr) == []


def test_progress_lines_show_connection_names_literally(tmp_path: Path) -> None:
    """On a terminal (a pty here) the progress line names each connection as it finishes."""
    with spec_servers(_specs(), _hostile) as servers:
        tables = registry_tables({n: s.url for n, s in servers.items()}, max_attempts=1)
        names = [f"[reverse]{name}[/]" for name in tables]
        path = tmp_path / "unifolio.toml"
        path.write_text(
            "\n".join(toml_connection({**t, "name": n}) for t, n in zip(tables.values(), names, strict=True))
        )
        leader, follower = pty.openpty()
        process = subprocess.Popen(
            [UNIFOLIO, "portfolio", "--config", str(path), "--format", "json"],
            stdout=subprocess.PIPE,
            stderr=follower,
            env={**os.environ, **ENV, "TERM": "xterm", "COLUMNS": "200"},
        )
        os.close(follower)
        seen = b""
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            assert ready, "no terminal output"
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the command is done
                break
            if not chunk:
                break
            seen += chunk
        process.communicate(timeout=60)
        os.close(leader)
    terminal = seen.decode("utf-8", "replace")
    assert process.returncode == 0, terminal
    assert "fetching" in terminal
    assert any(f"{name} ok" in terminal for name in names), terminal
    for hostile in ("\x1b[2J", "\x1b]8;;", "\u202e", "\x9b"):
        assert hostile not in terminal
