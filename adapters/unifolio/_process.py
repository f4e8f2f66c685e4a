"""Child processes that never outlive whoever started them: whatever thread started them, whatever
wrapper (``make``, ``uv run``) started us.

Two mechanisms, both needed:

- ``spawn`` forks from one long-lived daemon thread. On Linux the child asks the kernel for SIGTERM
  when its parent dies (``PR_SET_PDEATHSIG``), and "parent" there means the *thread* that forked it:
  a mock started from a short-lived worker thread would be killed when that thread ends. The spawner
  thread lives as long as the process, so the signal comes exactly when the process dies, however
  (``kill -9`` included, where no cleanup code runs).
- ``watch_wrappers`` notices when a process that launched us dies (``make`` or ``uv`` killed with
  ``kill -9`` leaves us orphaned, still running): it watches the parent and every ancestor in our own
  process group (the job a shell started: ``make``, ``uv``, ...), and calls back when one is gone.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import queue
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import IO, Any

__all__ = ["STOP_WITH_PARENT_ENV", "kill_group", "spawn", "watch_wrappers"]

STOP_WITH_PARENT_ENV = "UNIFOLIO_STOP_WITH_PARENT"
"""Set to ``0`` to let mocks outlive the process that launched us (e.g. ``nohup`` in a script)."""

_PR_SET_PDEATHSIG = 1


def _load_prctl() -> Callable[[int, int], int] | None:
    """libc's prctl, looked up once in the parent: the child must not import or allocate after fork."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        prctl: Callable[[int, int], int] = libc.prctl
    except (OSError, AttributeError):
        return None
    return prctl


_PRCTL = _load_prctl()


def _child_setup(parent: int) -> Callable[[], None]:
    def setup() -> None:  # pragma: no cover - runs in the child between fork and exec
        if _PRCTL is not None:
            _PRCTL(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before the request above took effect
            os.kill(os.getpid(), signal.SIGTERM)

    return setup


class _Spawner:
    """Runs ``Popen`` on a daemon thread that lives as long as the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: queue.SimpleQueue[tuple[Callable[[], subprocess.Popen[bytes]], Future[Any]]] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None

    def _loop(self) -> None:
        while True:
            job, future = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job())
            except BaseException as exc:  # handed to the waiting caller
                future.set_exception(exc)

    def run(self, job: Callable[[], subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():  # also: first use after os.fork()
                self._thread = threading.Thread(target=self._loop, name="unifolio-spawner", daemon=True)
                self._thread.start()
        future: Future[subprocess.Popen[bytes]] = Future()
        self._jobs.put((job, future))
        try:
            return future.result()
        except BaseException:
            # Interrupted while waiting (Ctrl-C): whatever the spawner still starts is stopped at once.
            future.add_done_callback(_kill_if_started)
            raise


def _kill_if_started(future: Future[subprocess.Popen[bytes]]) -> None:
    if not future.cancelled() and future.exception() is None:
        process = future.result()
        kill_group(process, timeout=5)


_SPAWNER = _Spawner()


def spawn(argv: Sequence[str], *, output: IO[bytes]) -> subprocess.Popen[bytes]:
    """Start ``argv`` in a new session (its own process group), stdout and stderr to ``output``."""
    parent = os.getpid()
    return _SPAWNER.run(
        lambda: subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_child_setup(parent),  # prctl/getppid/kill only: nothing that locks
        )
    )


def kill_group(process: subprocess.Popen[bytes], *, timeout: float = 10.0) -> None:
    """SIGTERM to the child's whole process group, SIGKILL if it lingers, and reap it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=timeout)
    # Grandchildren that ignored SIGTERM would still hold the group: make sure it is empty.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def _parent_of(pid: int) -> int | None:
    """A process' parent from /proc (Linux); None where that is not available."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # "pid (comm) state ppid ...": comm may contain spaces and parentheses, so split after the last ")".
    return int(stat.rsplit(")", 1)[1].split()[1])


def _wrappers() -> list[int]:
    """The parent, and further ancestors that belong to our process group (the job a shell started)."""
    group = os.getpgrp()
    parent = os.getppid()
    chain = [parent]
    pid: int | None = _parent_of(parent)
    while pid is not None and pid > 1 and len(chain) < 16:
        try:
            if os.getpgid(pid) != group:
                break
        except ProcessLookupError:
            break
        chain.append(pid)
        pid = _parent_of(pid)
    return chain


def _wait_any_exit(pids: Sequence[int], stop: threading.Event) -> bool:
    """Block until one of ``pids`` has exited (True) or ``stop`` is set (False)."""
    fds: list[int] = []
    try:
        for pid in pids:
            try:
                fds.append(os.pidfd_open(pid))
            except ProcessLookupError:
                return True
        poller = select.poll()
        for fd in fds:
            poller.register(fd, select.POLLIN)
        while not stop.is_set():
            if poller.poll(250):
                return True
        return False
    except (AttributeError, OSError):  # no pidfd (not Linux, old kernel): check twice a second
        while not stop.wait(0.5):
            for pid in pids:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    return True
                except PermissionError:
                    pass
        return False
    finally:
        for fd in fds:
            os.close(fd)


def watch_wrappers(on_gone: Callable[[], None]) -> Callable[[], None]:
    """Call ``on_gone`` (on a daemon thread) once a process that launched us has died.

    Returns a function that stops watching. Does nothing when ``UNIFOLIO_STOP_WITH_PARENT=0`` or when
    we already run orphaned (started detached on purpose).
    """
    stop = threading.Event()
    if os.environ.get(STOP_WITH_PARENT_ENV, "1") == "0" or os.getppid() == 1:
        return stop.set
    pids = _wrappers()

    def watch() -> None:
        if _wait_any_exit(pids, stop) and not stop.is_set():
            on_gone()

    threading.Thread(target=watch, name="unifolio-parent-watch", daemon=True).start()
    return stop.set
