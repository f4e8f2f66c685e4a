"""Local mock servers for the provider specs.

``PrismMock`` is one ``prism mock`` process (``@stoplight/prism-cli``, pinned by the npm lockfile the
package ships; ``unifolio mock install`` installs it) on 127.0.0.1. ``ProviderMock`` is what users
point code at: Prism behind a loopback front that also serves each named example of the spec at
``<base_url>/_examples/<name>`` (see ``unifolio._mock_router``).

Nothing outlives its owner: Prism runs in its own process group, ``stop()`` ends the whole group, the
kernel ends it if the Python process dies (also from ``kill -9``, also when a worker thread started
it), and its log is an anonymous temporary file, so no ``prism-*.log`` is left behind.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import tempfile
import time
import weakref
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Protocol, Self, TypeVar

import httpx

from ._examples import EXAMPLES_PREFIX, ExampleOperation, NamedExample, load_examples
from ._exceptions import MockServerError
from ._mock_router import MockRouter
from ._prism import PRISM_ENV, find_prism, install_prism, pinned_prism_version
from ._process import kill_group, spawn
from ._specs import spec_path

__all__ = [
    "PRISM_ENV",
    "ExampleOperation",
    "NamedExample",
    "PrismMock",
    "ProviderMock",
    "find_prism",
    "install_prism",
    "named_examples",
    "pinned_prism_version",
    "running_mocks",
]

_LIVE: weakref.WeakSet[PrismMock] = weakref.WeakSet()
_LOG_TAIL = 64 * 1024


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class _Managed:
    """``with mock:`` starts it and stops it on the way out, whatever happens inside."""

    def start(self) -> Self:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class PrismMock(_Managed):
    """One ``prism mock`` process serving one OpenAPI document.

    Use it as a context manager, or call ``start()``/``stop()``. ``dynamic=True`` makes Prism generate
    schema-valid random bodies instead of serving the named examples. Its output goes to ``log_path``
    when given, else to an anonymous temporary file (``log_text()`` reads either).
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
        self._last_log = ""

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
        """What Prism wrote so far (warnings and errors; it runs at ``-v warn``), at most the last 64 KiB."""
        if self._log is None:
            return self._last_log
        fd = self._log.fileno()
        size = os.fstat(fd).st_size
        start = max(0, size - _LOG_TAIL)
        return os.pread(fd, size - start, start).decode(errors="replace")

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
            log = self.log_text()
            self.stop()
            # A free port can be taken between probing and binding: retry on a new one.
            if self.requested_port or _attempts <= 1 or "EADDRINUSE" not in log:
                raise
        return self.launch().wait_until_ready(_attempts=_attempts - 1)

    def _spawn(self, port: int) -> None:
        if self._log is None:
            if self.log_path is not None:
                self._log = self.log_path.open("a+b")
            else:  # no name in the temp folder (O_TMPFILE on Linux), gone when closed or when we die
                self._log = tempfile.TemporaryFile(prefix="prism-")  # noqa: SIM115 - closed in stop()
        self.port = port
        command = self.command(port)
        self._process = spawn(command, output=self._log)
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
            kill_group(process, timeout=timeout)
        if self._log is not None:
            self._last_log = self.log_text()
            self._log.close()
            self._log = None
        _LIVE.discard(self)


def named_examples(provider: str) -> Mapping[str, NamedExample]:
    """The named examples a provider's mock serves, by name (needs ``unifolio[mocks]``).

    Usable at collection time, e.g. to parametrise a test over every failure a provider documents.
    """
    from .providers import get_provider

    return load_examples(provider, spec_path(get_provider(provider).info.spec))


class ProviderMock(_Managed):
    """A provider's mock as users see it: Prism behind a loopback front on ``port`` (or a free one).

    ``base_url`` answers like the provider with its spec's default examples;
    ``example_url(name)`` answers every operation that documents the named example with it.
    """

    def __init__(
        self,
        provider: str,
        *,
        port: int | None = None,
        dynamic: bool = False,
        seed: str | None = None,
        startup_timeout: float = 30.0,
        log_path: Path | str | None = None,
    ) -> None:
        from .providers import get_provider

        self.provider = provider
        self.requested_port = port
        self.prism = PrismMock(
            spec_path(get_provider(provider).info.spec),
            dynamic=dynamic,
            seed=seed,
            startup_timeout=startup_timeout,
            log_path=log_path,
        )
        self._router: MockRouter | None = None

    def __repr__(self) -> str:
        state = f"running at {self.base_url}" if self._router else "stopped"
        return f"ProviderMock({self.provider!r}, {state})"

    @property
    def spec(self) -> Path:
        return self.prism.spec

    @property
    def port(self) -> int:
        if self._router is None:
            raise MockServerError(f"the {self.provider} mock is not running")
        return self._router.port

    @property
    def base_url(self) -> str:
        return f"http://{MockRouter.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._router is not None and self.prism.running

    def examples(self) -> Mapping[str, NamedExample]:
        return named_examples(self.provider)

    def example_url(self, name: str) -> str:
        """The base URL at which this mock answers with the named example (see ``examples()``)."""
        examples = self.examples()
        if name not in examples:
            raise MockServerError(
                f"{self.provider}: no example named {name!r}; the spec names: {', '.join(sorted(examples))}"
            )
        return f"{self.base_url}{EXAMPLES_PREFIX}{name}"

    def launch(self) -> Self:
        if self._router is None:
            port = self.requested_port or 0
            try:
                self._router = MockRouter(port, 0, self.examples)
            except OSError as exc:
                raise MockServerError(
                    f"{self.provider}: cannot listen on 127.0.0.1:{port} ({exc.strerror or exc})"
                ) from exc
        try:
            self.prism.launch()
        except BaseException:
            self.stop()
            raise
        return self

    def wait_until_ready(self) -> Self:
        try:
            self.prism.wait_until_ready()
        except BaseException:
            self.stop()
            raise
        assert self._router is not None and self.prism.port is not None
        self._router.upstream_port = self.prism.port
        return self

    def start(self) -> Self:
        return self.launch().wait_until_ready()

    def stop(self) -> None:
        router, self._router = self._router, None
        try:
            self.prism.stop()
        finally:
            if router is not None:
                router.close()


class _Mock(Protocol):
    def launch(self) -> object: ...

    def wait_until_ready(self) -> object: ...

    def stop(self) -> None: ...


M = TypeVar("M", bound=_Mock)


@contextlib.contextmanager
def running_mocks(mocks: Sequence[M]) -> Iterator[Sequence[M]]:
    """Start several mocks at the same time and stop all of them on the way out, whatever happens."""
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
