"""Transports that keep what went over the wire, to assert Prism found nothing wrong with our requests."""

from __future__ import annotations

import httpx


class _Exchanges:
    def __init__(self) -> None:
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def violations(self) -> list[str]:
        """Prism's ``sl-violations`` header of every response: empty means our requests met the spec."""
        return [
            f"{req.method} {req.url.path}: {resp.headers['sl-violations']}"
            for req, resp in self.exchanges
            if resp.headers.get("sl-violations")
        ]


class Recording(_Exchanges, httpx.HTTPTransport):
    def __init__(self) -> None:
        _Exchanges.__init__(self)
        httpx.HTTPTransport.__init__(self)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.exchanges.append((request, response))
        return response


class AsyncRecording(_Exchanges, httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        _Exchanges.__init__(self)
        httpx.AsyncHTTPTransport.__init__(self)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self.exchanges.append((request, response))
        return response
