"""Aggregation: connections really overlap, per-provider limits hold, one failure hides nothing."""

from __future__ import annotations

import asyncio
import datetime
from decimal import Decimal

import pytest
from attrs import define, field

from unifolio import AuthenticationError, ConfigurationError, TransportError, UserActionRequiredError
from unifolio._serialize import portfolio_to_data
from unifolio.aggregate import ConnectionOutcome, fetch_portfolio, fetch_portfolio_sync
from unifolio.models import Account, AssetClass, Holding, Instrument, Snapshot
from unifolio.providers import SharedAdapters


@define
class Gauge:
    """Counts how many fetches run at the same moment, per provider."""

    running: dict[str, int] = field(factory=dict)
    peak: dict[str, int] = field(factory=dict)

    def enter(self, provider: str) -> None:
        self.running[provider] = self.running.get(provider, 0) + 1
        self.peak[provider] = max(self.peak.get(provider, 0), self.running[provider])

    def leave(self, provider: str) -> None:
        self.running[provider] -= 1


@define
class FakeConnection:
    label: str
    provider: str
    gauge: Gauge
    release: asyncio.Event
    error: Exception | None = None

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        self.gauge.enter(self.provider)
        try:
            await self.release.wait()  # held open until the test lets go: overlap is observable
            if self.error is not None:
                raise self.error
            holding = Holding(
                provider=self.provider,
                account_id=self.label,
                instrument=Instrument(symbol="X", name=None, asset_class=AssetClass.EQUITY),
                quantity=Decimal(1),
            )
            return Snapshot(
                provider=self.provider, accounts=(Account(self.provider, self.label),), holdings=(holding,)
            )
        finally:
            self.gauge.leave(self.provider)


async def _run(connections, release: asyncio.Event, gauge: Gauge, *, expect_running: int, **kwargs):
    task = asyncio.create_task(fetch_portfolio(connections, **kwargs))
    # Wait until the expected number of fetches are in flight at once, then let them all finish.
    for _ in range(1000):
        if sum(gauge.running.values()) >= expect_running:
            break
        await asyncio.sleep(0)
    assert sum(gauge.running.values()) == expect_running
    release.set()
    return await task


async def test_connections_overlap_up_to_the_per_provider_limit() -> None:
    gauge, release = Gauge(), asyncio.Event()
    connections = [FakeConnection(f"a{i}", "alpha", gauge, release) for i in range(6)]
    connections += [FakeConnection(f"b{i}", "beta", gauge, release) for i in range(5)]
    portfolio = await _run(
        connections, release, gauge, expect_running=3 + 2, concurrency={"alpha": 3, "beta": 2}
    )
    assert gauge.peak == {"alpha": 3, "beta": 2}
    assert [o.label for o in portfolio.outcomes] == [c.label for c in connections]  # order kept
    assert portfolio.complete and len(portfolio.holdings) == 11


async def test_one_limit_for_all_providers() -> None:
    gauge, release = Gauge(), asyncio.Event()
    connections = [FakeConnection(f"c{i}", p, gauge, release) for i in range(4) for p in ("alpha", "beta")]
    await _run(connections, release, gauge, expect_running=4, concurrency=2)
    assert gauge.peak == {"alpha": 2, "beta": 2}


async def test_partial_failure_keeps_everyone_elses_data() -> None:
    gauge, release = Gauge(), asyncio.Event()
    release.set()
    connections = [
        FakeConnection("good-1", "alpha", gauge, release),
        FakeConnection("down", "beta", gauge, release, TransportError("connection refused", provider="beta")),
        FakeConnection("denied", "beta", gauge, release, AuthenticationError("bad token", provider="beta")),
        FakeConnection("bug", "gamma", gauge, release, KeyError("oops")),
        FakeConnection("good-2", "gamma", gauge, release),
    ]
    seen: list[tuple[str, int, int]] = []

    def progress(outcome: ConnectionOutcome, done: int, total: int) -> None:
        seen.append((outcome.label, done, total))

    portfolio = await fetch_portfolio(connections, on_progress=progress)
    assert not portfolio.complete
    assert [o.label for o in portfolio.failures] == ["down", "denied", "bug"]
    assert {h.account_id for h in portfolio.holdings} == {"good-1", "good-2"}
    errors = {o.label: o.error for o in portfolio.outcomes}
    assert isinstance(errors["down"], TransportError) and isinstance(errors["denied"], AuthenticationError)
    assert "unexpected KeyError" in str(errors["bug"]) and isinstance(errors["bug"].__cause__, KeyError)
    assert sorted(d for _, d, _ in seen) == [1, 2, 3, 4, 5] and all(t == 5 for _, _, t in seen)
    assert all(o.started_at.tzinfo is not None for o in portfolio.outcomes)


async def test_a_connection_only_the_user_can_fix_is_told_apart_from_an_outage() -> None:
    gauge, release = Gauge(), asyncio.Event()
    release.set()
    relink = UserActionRequiredError("sign in again", provider="beta", code="ITEM_LOGIN_REQUIRED")
    connections = [
        FakeConnection("relink", "beta", gauge, release, relink),
        FakeConnection("down", "beta", gauge, release, TransportError("connection refused", provider="beta")),
        FakeConnection("denied", "beta", gauge, release, AuthenticationError("bad key", provider="beta")),
    ]
    portfolio = await fetch_portfolio(connections)
    assert [o.needs_user_action for o in portfolio.outcomes] == [True, False, False]
    data = portfolio_to_data(portfolio)
    assert [c["needs_user_action"] for c in data["connections"]] == [True, False, False]
    assert data["connections"][0]["error"]["type"] == "UserActionRequiredError"
    assert data["connections"][0]["error"]["retryable"] is False


async def test_the_data_freshness_a_provider_states_is_in_each_connection_outcome() -> None:
    as_of = datetime.datetime(2026, 11, 20, 14, 29, 58, 120943, tzinfo=datetime.UTC)

    @define
    class Stated:
        label: str
        provider: str = "gamma"
        as_of: datetime.datetime | None = None

        async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
            return Snapshot(provider=self.provider, as_of=self.as_of)

    portfolio = await fetch_portfolio([Stated("synced", as_of=as_of), Stated("unstated")])
    assert [o.snapshot.as_of for o in portfolio.outcomes if o.snapshot] == [as_of, None]
    data = portfolio_to_data(portfolio)
    assert [c["data_as_of"] for c in data["connections"]] == ["2026-11-20T14:29:58.120943+00:00", None]


@define
class TimedConnection:
    """A provider that takes ``seconds`` to answer (simulated work, not a wait for readiness)."""

    label: str
    seconds: float
    provider: str = "alpha"

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        await asyncio.sleep(self.seconds)
        return Snapshot(provider=self.provider, accounts=(Account(self.provider, self.label),))


async def test_outcome_times_are_the_fetch_itself_not_the_wait_for_a_slot() -> None:
    slow, quick = TimedConnection("slow", 0.3), TimedConnection("quick", 0.0)
    portfolio = await fetch_portfolio([slow, quick], concurrency=1)  # quick waits for slow's slot
    first, second = portfolio.outcomes
    assert 0.3 <= first.seconds < 2.0
    assert second.seconds < 0.15  # its 0.3 s in the queue are not its provider's time
    assert (second.started_at - first.started_at).total_seconds() >= 0.3  # it started after slow ended
    assert portfolio.fetched_at <= first.started_at


def test_sync_wrapper_and_bad_limits() -> None:
    gauge = Gauge()
    release = asyncio.Event()
    release.set()
    portfolio = fetch_portfolio_sync([FakeConnection("x", "alpha", gauge, release)])
    assert portfolio.complete and portfolio.fetched_at.tzinfo is not None
    with pytest.raises(ConfigurationError):
        fetch_portfolio_sync([FakeConnection("x", "alpha", gauge, release)], concurrency={"alpha": 0})
