"""How every adapter builds its generated clients: one place for timeouts, retries, TLS and headers."""

from __future__ import annotations

import functools
import ssl
from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol, TypeVar

import httpx
from attrs import field, frozen

from ._transports import AsyncResilientTransport, RateLimits, ResilientTransport, RetryPolicy

__all__ = ["GeneratedClient", "HttpOptions", "ResponseHooks", "RetryPolicy", "make_clients"]


@frozen
class HttpOptions:
    """Per-adapter HTTP behaviour. TLS certificate verification is always on and not configurable here."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    """Longest wait for any single read (a response's headers, or the next chunk of its body)."""
    total_timeout: float = 60.0
    """Longest one adapter call may take (``fetch``, ``get_holdings``...): all its requests, retries and
    bodies together. Sync and async end at it alike (see ``unifolio._transports.resilient``)."""
    retry: RetryPolicy = field(factory=RetryPolicy)
    max_body_bytes: int = 100 * 1024 * 1024
    headers: Mapping[str, str] = field(factory=dict)
    """Extra headers on every request (tracing ids; ``Prefer`` for a Prism mock)."""

    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(self.read_timeout, connect=self.connect_timeout)


@functools.cache
def _verifying_context() -> ssl.SSLContext:
    """One certificate-verifying TLS context per process.

    Building one loads the CA bundle (~20 ms of CPU); per adapter that dominated fanning out to many
    connections. Sharing it is safe: the context is only read after creation.
    """
    context = httpx.create_ssl_context(verify=True)
    return context


class GeneratedClient(Protocol):
    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


C = TypeVar("C", bound=GeneratedClient)
ResponseHooks = tuple[Callable[[httpx.Response], None], Callable[[httpx.Response], Awaitable[None]]]


def make_clients(
    client_class: type[C],
    base_url: str,
    auth: httpx.Auth,
    options: HttpOptions,
    *,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    response_hooks: ResponseHooks | None = None,
    rate_limits: RateLimits | None = None,
) -> tuple[C, C]:
    """A sync and an async generated client over resilient transports.

    ``transport``/``async_transport`` replace the network layer under the retry logic (tests use
    ``httpx.MockTransport``); by default it is httpx's own, with certificate verification on.
    ``response_hooks`` (sync, async) see every final response, after retries. ``rate_limits`` is shared
    by both clients (default: a fresh one that honours the provider's rate-limit headers only).
    """
    limits_shared = rate_limits if rate_limits is not None else RateLimits()
    sync_hooks = {"response": [response_hooks[0]]} if response_hooks else {}
    async_hooks = {"response": [response_hooks[1]]} if response_hooks else {}
    sync_inner = transport or httpx.HTTPTransport(verify=_verifying_context())
    async_inner = async_transport or httpx.AsyncHTTPTransport(verify=_verifying_context())
    limits = {
        "total_timeout": options.total_timeout,
        "max_body_bytes": options.max_body_bytes,
        "limits": limits_shared,
    }
    sync_client = client_class(  # type: ignore[call-arg]
        base_url=base_url,
        timeout=options.timeout(),
        headers=dict(options.headers),
        httpx_args={
            "auth": auth,
            "event_hooks": sync_hooks,
            "transport": ResilientTransport(sync_inner, options.retry, **limits),  # type: ignore[arg-type]
        },
    )
    async_client = client_class(  # type: ignore[call-arg]
        base_url=base_url,
        timeout=options.timeout(),
        headers=dict(options.headers),
        httpx_args={
            "auth": auth,
            "event_hooks": async_hooks,
            "transport": AsyncResilientTransport(async_inner, options.retry, **limits),  # type: ignore[arg-type]
        },
    )
    return sync_client, async_client
