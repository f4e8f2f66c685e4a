"""Local Prism mock servers for the provider specs.

Prism (``@stoplight/prism-cli``, pinned in ``mocks/package.json``) is started as a subprocess in its
own process group on a free 127.0.0.1 port; ``start()`` returns once it answers HTTP, and ``stop()``
ends the whole group, so no node process outlives the test or command that started it.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Self

import httpx

from ._exceptions import MockServerError, PrismNotInstalledError
from ._specs import checkout_root

__all__ = ["PrismMock", "find_prism", "running_mocks"]

PRISM_ENV = "UNIFOLIO_PRISM"
INSTALL_HINT = (
    "Prism is not installed. From a unifolio checkout run `npm ci --prefix mocks` (or any make target, "
    "which bootstraps it); elsewhere `npm install @stoplight/prism-cli@5.14.2` and set "
    f"{PRISM_ENV} to the path of its `prism` executable."
)
_LIVE: weakref.WeakSet[PrismMock] = weakref.WeakSet()


def find_prism() -> Path:
    """The prism executable: $UNIFOLIO_PRISM, the checkout's mocks/node_modules, then PATH."""
    configured = os.environ.get(PRISM_ENV)
    if configured:
        path = Path(configured)
        if path.is_file() and os.access(path, os.X_OK):
            return path
        raise PrismNotInstalledError(f"{PRISM_ENV}={configured} is not an executable file. {INSTALL_HINT}")
    local = checkout_root() / "mocks" / "node_modules" / ".bin" / "prism"
    if local.is_file():
        return local
    on_path = shutil.which("prism")
    if on_path:
        return Path(on_path)
    raise PrismNotInstalledError(INSTALL_HINT)


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: have the kernel send SIGTERM to Prism if the Python process that started it dies."""
    os.setsid()
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class PrismMock:
    """One ``prism mock`` process serving one OpenAPI document.

    Use it as a context manager, or call ``start()``/``stop()``. ``dynamic=True`` makes Prism generate
    schema-valid random bodies instead of serving the named examples.
    """

    host = "127.0.0.1"  # never listen beyond loopback

    def __init__(
        self,
        spec: Path | str,
        *,
        dynamic: bool = False,
        seed: str | None = None,
        port: int | None = None,
        log_path: Path | str | None = None,
        startup_timeout: float = 30.0,
        extra_args: Sequence[str] = (),
    ) -> None:
        self.spec = Path(spec)
        self.dynamic = dynamic
        self.seed = seed
        self.requested_port = port
        self.startup_timeout = startup_timeout
        self.extra_args = tuple(extra_args)
        self.log_path = Path(log_path) if log_path else None
        self.port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def __repr__(self) -> str:
        state = f"running at {self.base_url}" if self.running else "stopped"
        return f"PrismMock({self.spec.name!r}, dynamic={self.dynamic}, {state})"

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise MockServerError(f"the mock for {self.spec.name} is not running")
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def log_text(self) -> str:
        """Everything Prism wrote so far (warnings and errors; it runs at ``-v warn``)."""
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(errors="replace")

    def command(self, port: int) -> list[str]:
        # -v warn: at the default level Prism 5 crashes in its logger on some fuzzed requests.
        args = [str(find_prism()), "mock", str(self.spec), "-h", self.host, "-p", str(port), "-v", "warn"]
        if self.dynamic:
            args.append("-d")
        if self.seed is not None:
            args += ["--seed", self.seed]
        return args + list(self.extra_args)

    def start(self) -> Self:
        """Launch Prism and return once it answers HTTP."""
        return self.launch().wait_until_ready()

    def launch(self) -> Self:
        """Spawn Prism without waiting, so several mocks can start at the same time."""
        if self.running:
            return self
        if not self.spec.is_file():
            raise MockServerError(f"no OpenAPI document at {self.spec}")
        self._spawn(self.requested_port or _free_port(self.host))
        return self

    def wait_until_ready(self, *, _attempts: int = 3) -> Self:
        try:
            self._wait_until_ready()
            return self
        except MockServerError:
            self.stop()
            # A free port can be taken between probing and binding: retry on a new one.
            if self.requested_port or _attempts <= 1 or "EADDRINUSE" not in self.log_text():
                raise
        return self.launch().wait_until_ready(_attempts=_attempts - 1)

    def _spawn(self, port: int) -> None:
        if self.log_path is None:
            handle, name = tempfile.mkstemp(prefix=f"prism-{self.spec.stem}-", suffix=".log")
            os.close(handle)
            self.log_path = Path(name)
        self._log = self.log_path.open("ab")
        self.port = port
        self._process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            self.command(port),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
        _LIVE.add(self)

    def _wait_until_ready(self) -> None:
        """Poll until Prism answers any HTTP request; fail fast if the process exits."""
        deadline = time.monotonic() + self.startup_timeout
        with httpx.Client(timeout=1.0) as client:
            while True:
                if not self.running:
                    raise MockServerError(
                        f"Prism exited while starting for {self.spec.name}:\n{self.log_text()[-2000:]}"
                    )
                try:
                    client.get(f"{self.base_url}/")
                    return
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise MockServerError(
                        f"Prism did not answer on {self.base_url} within {self.startup_timeout:.0f}s:\n"
                        f"{self.log_text()[-2000:]}"
                    )
                time.sleep(0.05)  # poll interval of the readiness check, not a fixed wait

    def stop(self, timeout: float = 10.0) -> None:
        """Stop Prism's whole process group (SIGTERM, then SIGKILL) and wait for it."""
        process, self._process = self._process, None
        if process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=timeout)
            # Children that ignored SIGTERM would still hold the group: make sure it is empty.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        if self._log is not None:
            self._log.close()
            self._log = None
        _LIVE.discard(self)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


@contextlib.contextmanager
def running_mocks(mocks: Sequence[PrismMock]) -> Iterator[Sequence[PrismMock]]:
    """Start several mocks and stop all of them on the way out, whatever happens."""
    with contextlib.ExitStack() as stack:
        for mock in mocks:
            stack.callback(mock.stop)
            mock.launch()
        for mock in mocks:
            mock.wait_until_ready()
        yield mocks


@atexit.register
def _stop_leftovers() -> None:
    for mock in list(_LIVE):
        mock.stop()
