"""Provider-independent httpx.Auth building blocks (provider-specific flows live in their adapter)."""

from __future__ import annotations

from collections.abc import Generator, Mapping

import httpx

from ._secrets import Secret

__all__ = ["StaticHeaderAuth"]


class StaticHeaderAuth(httpx.Auth):
    """Adds fixed credential headers to every request; the values stay ``Secret`` until the last moment."""

    def __init__(self, headers: Mapping[str, Secret]) -> None:
        self._headers = dict(headers)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        for name, value in self._headers.items():
            request.headers[name] = value.reveal()
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(headers={sorted(self._headers)})"
