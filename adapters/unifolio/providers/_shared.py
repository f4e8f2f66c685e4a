"""Adapters shared by the connections of one ``fetch_portfolio`` run.

Building an adapter per connection costs a client, a connection pool and a TCP (and TLS) set-up per
connection, and for MoneyKit a token exchange per link. Connections that agree on provider, credentials,
environment and HTTP options can use the same adapter instead. Two limits keep the sharing cheap:

- an adapter carries at most ``CONNECTIONS_PER_ADAPTER`` connections at a time; more at once get
  another adapter of the same kind (a "lane"). httpcore's pool (1.0.x) walks every connection it
  holds, checking each idle one's socket, whenever a request starts or ends: one pool for all of a
  provider's connections made that walk dominate the client's CPU (measured: Mesh ``fetch`` of 100
  connections at a limit of 20 took 4.4 ms of client CPU per connection with one pool, 1.9 with lanes
  of four; see tests/bench/RESULTS.md);
- a shared adapter's pool keeps every connection alive between requests (httpx keeps 20 by default,
  and would reconnect for most requests of the next wave).

Nothing is shared across credentials, environments or options: another API key, another timeout, is
another adapter.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import httpx

from .._clients import HttpOptions, _verifying_context
from .._redact import Redactor, call_scope
from ._base import GeneratedClientAdapter

__all__ = ["CONNECTIONS_PER_ADAPTER", "SharedAdapters", "adapter_for"]

CONNECTIONS_PER_ADAPTER = 4
"""Connections fetched through one shared adapter at the same time, at most (see the module notes)."""

A = TypeVar("A", bound=GeneratedClientAdapter[Any])


class _Lane:
    __slots__ = ("adapter", "in_use")

    def __init__(self, adapter: Any) -> None:
        self.adapter, self.in_use = adapter, 0


class SharedAdapters:
    """Adapters built on first use and closed together: ``fetch_portfolio`` makes one set per run, or
    takes yours (``async with SharedAdapters() as shared: await fetch_portfolio(..., shared=shared)``)
    to keep pools and tokens across runs.

    ``transport``: builds the network layer of each adapter (default: httpx's, certificate verification
    on, every connection kept alive); tests pass ``httpx.MockTransport``. The adapters' connections belong
    to the event loop they were opened in: one ``SharedAdapters`` serves one event loop (leasing from
    another raises ``RuntimeError``).
    """

    def __init__(
        self,
        connections_per_adapter: int = CONNECTIONS_PER_ADAPTER,
        *,
        transport: Callable[[], httpx.AsyncBaseTransport] | None = None,
    ) -> None:
        if connections_per_adapter < 1:
            raise ValueError("connections_per_adapter must be at least 1")
        self._per_adapter = connections_per_adapter
        self._transport = transport or _transport
        self._lanes: dict[tuple[object, object, str], list[tuple[HttpOptions, list[_Lane]]]] = {}
        self._closed = False
        self._loop: asyncio.AbstractEventLoop | None = None

    async def __aenter__(self) -> SharedAdapters:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    @contextlib.contextmanager
    def lease(
        self, adapter_class: Callable[..., A], credentials: object, environment: str, options: HttpOptions
    ) -> Iterator[A]:
        """An adapter for these credentials, environment and options, for the duration of the block:
        the least busy one of that kind, or a new one when every one carries its share already."""
        if self._closed:
            raise RuntimeError("these shared adapters are closed")
        loop = _running_loop()
        if loop is not None:
            if self._loop is None:
                self._loop = loop
            elif loop is not self._loop:
                raise RuntimeError(
                    "these shared adapters belong to another event loop: use one SharedAdapters per loop"
                )
        lanes = self._lanes_for((adapter_class, credentials, environment), options)
        lane = min(lanes, key=lambda lane: lane.in_use, default=None)
        if lane is None or lane.in_use >= self._per_adapter:
            transport = self._transport()
            adapter = adapter_class(credentials, environment, options=options, async_transport=transport)
            lane = _Lane(adapter)
            lanes.append(lane)
        lane.in_use += 1
        try:
            yield lane.adapter
        finally:
            lane.in_use -= 1

    def _lanes_for(self, key: tuple[object, object, str], options: HttpOptions) -> list[_Lane]:
        groups = self._lanes.setdefault(key, [])
        for known, lanes in groups:  # HttpOptions holds a dict: compared, not hashed
            if known == options:
                return lanes
        lanes = []
        groups.append((options, lanes))
        return lanes

    def __len__(self) -> int:
        """How many adapters have been built."""
        return sum(len(lanes) for groups in self._lanes.values() for _, lanes in groups)

    async def aclose(self) -> None:
        self._closed = True
        adapters = [lane.adapter for groups in self._lanes.values() for _, lanes in groups for lane in lanes]
        self._lanes.clear()
        for adapter in adapters:
            await adapter.aclose()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # leased outside any loop: nothing to check
        return None


def _transport() -> httpx.AsyncBaseTransport:
    """httpx's own network layer with the process' one verifying TLS context, keeping every connection
    alive between requests (under the adapter's resilient transport, as for any adapter)."""
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
    return httpx.AsyncHTTPTransport(verify=_verifying_context(), limits=limits)


@contextlib.asynccontextmanager
async def adapter_for(
    shared: SharedAdapters | None,
    adapter_class: Callable[..., A],
    credentials: object,
    environment: str,
    options: HttpOptions,
    redactor: Redactor | None = None,
) -> AsyncIterator[A]:
    """A connection's adapter: leased from ``shared`` (which closes it later), or built and closed here.

    ``redactor`` is the connection's: its own adapter uses it; a shared one knows the connection's
    secrets for the length of the lease only (a ``call_scope``: the shared adapter serves every
    connection, and must neither keep each user's token nor grow with them) and hands back what it
    knows (a token issued meanwhile) afterwards, so both can scrub everything either knows.
    """
    if shared is not None:
        lease = shared.lease(adapter_class, credentials, environment, options)
        with lease as adapter, call_scope(*(() if redactor is None else (redactor,))):
            try:
                yield adapter
            finally:
                if redactor is not None:
                    redactor.include(adapter.redactor)
        return
    adapter = adapter_class(credentials, environment, options=options, redactor=redactor)
    try:
        yield adapter
    finally:
        await adapter.aclose()
