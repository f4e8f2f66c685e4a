"""Fetch many connections at once and merge them into one portfolio.

Partial failure is the normal case at scale: every connection ends as either a ``Snapshot`` or the typed
error that says why not, and one provider being down never hides the others' data.
"""

from __future__ import annotations

import asyncio
import datetime
import time
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from attrs import frozen

from ._exceptions import ConfigurationError, InternalError, UnifolioError, UserActionRequiredError
from .models import Account, Balance, Holding, Notice, PortfolioValue, Snapshot
from .providers._base import Connection
from .providers._shared import SharedAdapters

__all__ = [
    "DEFAULT_CONCURRENCY",
    "ConnectionOutcome",
    "Portfolio",
    "ProgressCallback",
    "fetch_portfolio",
    "fetch_portfolio_sync",
]

DEFAULT_CONCURRENCY = 4
"""Connections of one provider fetched at the same time, unless configured otherwise."""


@frozen
class ConnectionOutcome:
    """How one connection went: its snapshot, or the typed error, and when and how long."""

    label: str
    provider: str
    snapshot: Snapshot | None
    error: UnifolioError | None
    started_at: datetime.datetime
    seconds: float

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def needs_user_action(self) -> bool:
        """True when only the end user can fix the connection (re-link, sign in again): prompt them
        instead of retrying. An outage or a rate limit is never this."""
        return isinstance(self.error, UserActionRequiredError)


@frozen
class Portfolio:
    """Everything from every connection. Views over it live in ``unifolio.views`` (computed, not stored)."""

    outcomes: tuple[ConnectionOutcome, ...]
    fetched_at: datetime.datetime

    @property
    def snapshots(self) -> tuple[Snapshot, ...]:
        return tuple(o.snapshot for o in self.outcomes if o.snapshot is not None)

    @property
    def accounts(self) -> tuple[Account, ...]:
        return tuple(a for s in self.snapshots for a in s.accounts)

    @property
    def holdings(self) -> tuple[Holding, ...]:
        return tuple(h for s in self.snapshots for h in s.holdings)

    @property
    def balances(self) -> tuple[Balance, ...]:
        return tuple(b for s in self.snapshots for b in s.balances)

    @property
    def values(self) -> tuple[PortfolioValue, ...]:
        return tuple(v for s in self.snapshots for v in s.values)

    @property
    def notices(self) -> tuple[Notice, ...]:
        return tuple(n for s in self.snapshots for n in s.notices)

    @property
    def failures(self) -> tuple[ConnectionOutcome, ...]:
        return tuple(o for o in self.outcomes if not o.ok)

    @property
    def complete(self) -> bool:
        return not self.failures


class ProgressCallback(Protocol):
    def __call__(self, outcome: ConnectionOutcome, done: int, total: int) -> None: ...


async def fetch_portfolio(
    connections: Sequence[Connection],
    *,
    concurrency: int | Mapping[str, int] = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
    clock: Callable[[], datetime.datetime] = lambda: datetime.datetime.now(datetime.UTC),
    shared: SharedAdapters | None = None,
) -> Portfolio:
    """Fetch every connection concurrently, at most ``concurrency`` at a time per provider.

    Connections that agree on provider, credentials, environment and HTTP options share adapters
    (``unifolio.providers.SharedAdapters``: a few connections per adapter, so a few connection pools and
    tokens per provider instead of a client, a TLS set-up and a token per connection), closed at the end
    unless ``shared`` is given (the caller's, kept open for another run).

    ``concurrency`` is one limit for every provider or a mapping of provider name to limit (providers
    not in it get ``DEFAULT_CONCURRENCY``). Outcomes keep the order of ``connections``.
    """
    limits = _limits(concurrency, (c.provider for c in connections))
    semaphores = {provider: asyncio.Semaphore(limit) for provider, limit in limits.items()}
    total, done = len(connections), 0
    adapters = shared if shared is not None else SharedAdapters()

    async def run(connection: Connection) -> ConnectionOutcome:
        nonlocal done
        async with semaphores[connection.provider]:
            started, start = clock(), time.perf_counter()
            snapshot: Snapshot | None = None
            error: UnifolioError | None = None
            try:
                snapshot = await connection.fetch(adapters)
            except UnifolioError as exc:
                error = _detached(exc)
            except Exception as exc:  # a bug must not hide the other connections' data
                error = InternalError(
                    f"unexpected {type(exc).__name__} while fetching: {exc}", provider=connection.provider
                )
                error.formatted_traceback = "".join(traceback.format_exception(exc))
                error.__cause__ = exc
                error = _detached(error)
            outcome = ConnectionOutcome(
                label=connection.label,
                provider=connection.provider,
                snapshot=snapshot,
                error=error,
                started_at=started,
                seconds=time.perf_counter() - start,
            )
        done += 1
        if on_progress is not None:
            on_progress(outcome, done, total)
        return outcome

    fetched_at = clock()
    try:
        outcomes = await asyncio.gather(*(run(c) for c in connections))
    finally:
        if shared is None:
            await adapters.aclose()
    return Portfolio(outcomes=tuple(outcomes), fetched_at=fetched_at)


def fetch_portfolio_sync(
    connections: Sequence[Connection],
    *,
    concurrency: int | Mapping[str, int] = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
) -> Portfolio:
    """``fetch_portfolio`` for code without an event loop (runs one with ``asyncio.run``)."""
    return asyncio.run(fetch_portfolio(connections, concurrency=concurrency, on_progress=on_progress))


def _detached(error: BaseException) -> UnifolioError:
    """``error`` without the frames it was raised through (``__traceback__``, along its cause and context
    chain), as an outcome keeps it: the frames hold every local of every call on the way (clients,
    answers, parsed bodies), which 20,000 failed connections would otherwise keep alive. The message,
    attributes and causes stay; a bug's traceback is kept as text (``InternalError.formatted_traceback``)."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__cause__, current.__context__]
    assert isinstance(error, UnifolioError)
    return error


def _limits(concurrency: int | Mapping[str, int], providers: Iterable[str]) -> dict[str, int]:
    limits: dict[str, int] = {}
    for provider in providers:
        limit = (
            concurrency if isinstance(concurrency, int) else concurrency.get(provider, DEFAULT_CONCURRENCY)
        )
        if limit < 1:
            raise ConfigurationError(f"concurrency for {provider} must be at least 1, got {limit}")
        limits[provider] = limit
    return limits
