"""A misbehaving HTTP server on 127.0.0.1 for fault-injection tests.

Each request pops the next scripted fault (the last one repeats), so a test can say "503, then 200".
Faults work at the socket level, which httpx.MockTransport cannot imitate: a reset in the middle of a
body, a truncated body, a stall past the read timeout, a body dripped one byte at a time.
"""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from attrs import define, field

Fault = Callable[[socket.socket, threading.Event], None]


def _head(status: int, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def respond(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Fault:
    headers = {"Content-Type": "application/json", **(headers or {})}

    def fault(sock: socket.socket, stop: threading.Event) -> None:
        sock.sendall(_head(status, headers, len(body)) + body)

    return fault


def reset_mid_body(body: bytes) -> Fault:
    """Headers promise the whole body; half of it arrives, then a TCP reset."""

    def fault(sock: socket.socket, stop: threading.Event) -> None:
        sock.sendall(_head(200, {"Content-Type": "application/json"}, len(body)) + body[: len(body) // 2])
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close => RST

    return fault


def truncated(body: bytes) -> Fault:
    """Content-Length says N bytes, the server sends half and closes cleanly."""

    def fault(sock: socket.socket, stop: threading.Event) -> None:
        sock.sendall(_head(200, {"Content-Type": "application/json"}, len(body)) + body[: len(body) // 2])

    return fault


def stall(seconds: float) -> Fault:
    """Accept the request and say nothing (until the client gives up or the server stops)."""

    def fault(sock: socket.socket, stop: threading.Event) -> None:
        stop.wait(seconds)

    return fault


def late(seconds: float, then: Fault) -> Fault:
    """Wait ``seconds`` (a slow provider), then answer as ``then`` does."""

    def fault(sock: socket.socket, stop: threading.Event) -> None:
        if not stop.wait(seconds):
            then(sock, stop)

    return fault


def drip(interval: float) -> Fault:
    """A 200 whose body never ends: one byte every ``interval`` seconds, each within the read timeout."""

    def fault(sock: socket.socket, stop: threading.Event) -> None:
        sock.sendall(_head(200, {"Content-Type": "application/json"}, 10**9) + b"{")
        while not stop.wait(interval):
            try:
                sock.sendall(b" ")
            except OSError:
                return

    return fault


@define
class FaultServer:
    """Threaded server; ``script(...)`` sets what the next requests get; ``requests`` counts them."""

    faults: list[Fault] = field(factory=list)
    routes: dict[str, Fault] = field(factory=dict)
    """Fixed answers by request path (without the query), for requests whose order is not fixed."""
    requests: int = 0
    paths: list[str] = field(factory=list)
    _server: socketserver.ThreadingTCPServer | None = None
    _stop: threading.Event = field(factory=threading.Event)
    _lock: threading.Lock = field(factory=threading.Lock)

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, *faults: Fault) -> None:
        with self._lock:
            self.faults, self.requests, self.paths = list(faults), 0, []

    def _next(self, path: str) -> Fault:
        with self._lock:
            self.requests += 1
            self.paths.append(path)
            route = self.routes.get(path.split("?", 1)[0])  # a provider may send its credentials in the query
            if route is not None:
                return route
            return self.faults.pop(0) if len(self.faults) > 1 else self.faults[0]

    def start(self) -> FaultServer:
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                sock: socket.socket = self.request
                path = _read_request(sock)
                if path is None:
                    return
                with suppress(OSError):  # the client hung up first: that is the client's business
                    owner._next(path)(sock, owner._stop)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def _read_request(sock: socket.socket) -> str | None:
    """Read one request (headers and Content-Length body); return its path."""
    data = b""
    sock.settimeout(5)
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next(
        (int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")), 0
    )
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return lines[0].split(" ")[1]


@contextmanager
def fault_server(*faults: Fault) -> Iterator[FaultServer]:
    server = FaultServer(faults=list(faults)).start()
    try:
        yield server
    finally:
        server.stop()


def elapsed(fn: Callable[[], object]) -> tuple[object, float]:
    start = time.monotonic()
    return fn(), time.monotonic() - start


__all__ = ["FaultServer", "drip", "fault_server", "late", "reset_mid_body", "respond", "stall", "truncated"]
