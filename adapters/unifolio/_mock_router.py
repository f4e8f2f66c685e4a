"""The loopback front of a provider mock: passes requests to Prism, choosing named examples by URL.

Prism picks an example only from a ``Prefer: code=..., example=...`` request header, which code under
test rarely lets a test set, and which would be wrong for the other calls of a flow (MoneyKit's token
exchange has no ``expired_access_token`` example). The front serves ``<base>/_examples/<name>/<path>``
by forwarding ``<path>`` with that header when the operation documents the example, and without it
otherwise. Everything else passes through unchanged (status, headers such as ``sl-violations``, body).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

from ._examples import EXAMPLES_PREFIX, NamedExample

__all__ = ["MockRouter"]

_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"}
)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True  # a fixed port is free again right after the previous run ended


class _NotRoutable(Exception):
    def __init__(self, status: int, body: Mapping[str, object]) -> None:
        super().__init__(status, body)
        self.status, self.body = status, body


class MockRouter:
    """A threaded HTTP server on ``127.0.0.1:port`` in front of Prism at ``upstream_port``."""

    host = "127.0.0.1"

    def __init__(
        self, port: int, upstream_port: int, examples: Callable[[], Mapping[str, NamedExample]]
    ) -> None:
        self.upstream_port = upstream_port
        self._examples = examples
        self._server = _Server((self.host, port), _handler(self))
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def route(self, method: str, target: str) -> tuple[str, str | None]:
        """(upstream target, Prefer header or None); ``_NotRoutable`` for a bad example URL."""
        if not target.startswith(EXAMPLES_PREFIX):
            return target, None
        name, slash, rest = target[len(EXAMPLES_PREFIX) :].partition("/")
        name = unquote(name)
        upstream = "/" + rest if slash else "/"
        try:
            examples = self._examples()
        except Exception as exc:  # e.g. PyYAML missing: say so to whoever sent the request
            raise _NotRoutable(501, {"title": "named examples unavailable", "detail": str(exc)}) from exc
        example = examples.get(name)
        if example is None:
            title = f"no example named {name!r} in this provider's spec"
            raise _NotRoutable(404, {"title": title, "examples": sorted(examples)})
        status = example.status_for(method, upstream.split("?", 1)[0])
        return upstream, None if status is None else f"code={status}, example={name}"


def _handler(router: MockRouter) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: Prism's own log says what matters."""

        def _body(self) -> bytes:
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                chunks: list[bytes] = []
                while True:
                    size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass  # trailers
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _reply(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
            self.send_response_only(status)
            for key, value in headers:
                if key.lower() not in _HOP_BY_HOP and key.lower() != "content-length":
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _problem(self, status: int, body: Mapping[str, object]) -> None:
            self._reply(status, [("Content-Type", "application/problem+json")], json.dumps(body).encode())

        def _forward(self) -> None:
            body = self._body()
            try:
                target, prefer = router.route(self.command, self.path)
            except _NotRoutable as refusal:
                self._problem(refusal.status, refusal.body)
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            if target != self.path:  # an example URL: its choice replaces any Prefer the caller sent
                headers = {k: v for k, v in headers.items() if k.lower() != "prefer"}
                if prefer is not None:
                    headers["Prefer"] = prefer
            headers.pop("Content-Length", None)
            if body or self.command in ("POST", "PUT", "PATCH"):
                headers["Content-Length"] = str(len(body))
            upstream = http.client.HTTPConnection(router.host, router.upstream_port, timeout=60)
            try:
                upstream.request(self.command, target, body=body or None, headers=headers)
                answer = upstream.getresponse()
                content = answer.read()
                self._reply(answer.status, answer.getheaders(), content)
            except (OSError, http.client.HTTPException) as exc:
                title = "the Prism mock behind this port is not answering"
                self._problem(502, {"title": title, "detail": str(exc)})
            finally:
                upstream.close()

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _forward

        def handle(self) -> None:
            with contextlib.suppress(ConnectionError, socket.timeout):  # the client hung up: its business
                super().handle()

    return Handler
