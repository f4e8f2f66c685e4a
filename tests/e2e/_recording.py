"""Transports that keep what went over the wire, to assert Prism found nothing wrong with our requests."""

from __future__ import annotations

import httpx


class Recording(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.exchanges.append((request, response))
        return response

    def violations(self) -> list[str]:
        return [
            f"{req.method} {req.url.path}: {resp.headers['sl-violations']}"
            for req, resp in self.exchanges
            if resp.headers.get("sl-violations")
        ]


class AsyncRecording(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self.exchanges.append((request, response))
        return response

    def violations(self) -> list[str]:
        return [
            f"{req.method} {req.url.path}: {resp.headers['sl-violations']}"
            for req, resp in self.exchanges
            if resp.headers.get("sl-violations")
        ]
