"""Client-side rate limits (``unifolio._transports.limits``) and the waits an answer asks for
(``unifolio._http.retry_after_seconds``), through the resilient transport with an injected clock."""

from __future__ import annotations

import datetime

import httpx
import pytest
from mesh_client import Client

from tests.unit.test_resilient_transport import FakeTime, scripted
from unifolio import RateLimitedError
from unifolio._clients import HttpOptions, make_clients
from unifolio._http import RateLimitWait, provider_call, raise_for_status, reset_seconds, retry_after_seconds
from unifolio._transports import (
    RATE_LIMIT_SCOPE,
    AsyncResilientTransport,
    RateLimits,
    ResilientTransport,
    RetryPolicy,
    Window,
)

THROTTLED = (
    b'{"detail":"Request was throttled. Expected available in 7 seconds.","status_code":429,"code":"0000"}'
)


def limited(remaining: str = "0", reset: str = "30", scope: str = "") -> dict[str, str]:
    prefix = f"X-RateLimit-{scope}-" if scope else "X-RateLimit-"
    return {f"{prefix}Limit": "10", f"{prefix}Remaining": remaining, f"{prefix}Reset": reset}


def transport(
    inner: httpx.MockTransport, time: FakeTime, limits: RateLimits | None = None, **kw: object
) -> httpx.Client:
    resilient = ResilientTransport(
        inner,
        RetryPolicy(),
        total_timeout=kw.pop("total", 60.0),  # type: ignore[arg-type]
        sleep=time.sleep,
        clock=time.clock,
        rng=lambda: 1.0,
        limits=limits if limits is not None else RateLimits(clock=time.clock),
    )
    return httpx.Client(transport=resilient, base_url="https://provider.test")


def account(key: str) -> dict[str, object]:
    return {"extensions": {RATE_LIMIT_SCOPE: {"account": key}}}


# --- what an answer asks for -----------------------------------------------------------------------


def test_the_wait_an_answer_asks_for_in_order_of_precedence() -> None:
    now = datetime.datetime(2026, 11, 21, 12, 0, 0, tzinfo=datetime.UTC)
    assert retry_after_seconds({"Retry-After": "3", **limited()}) == 3.0  # Retry-After first
    assert retry_after_seconds(httpx.Headers(limited(reset="7"))) == 7.0
    # every exhausted scope counts, the longest wait wins; a scope with requests left does not
    both = httpx.Headers({**limited(reset="7"), **limited(reset="42", scope="Account")})
    assert retry_after_seconds(both) == 42.0
    assert retry_after_seconds(httpx.Headers(limited(remaining="3", reset="42"))) is None
    assert retry_after_seconds(httpx.Headers({"RateLimit-Remaining": "0", "RateLimit-Reset": "5"})) == 5.0
    unix = str(int(now.timestamp()) + 90)  # some providers send the reset as a Unix time
    assert retry_after_seconds(httpx.Headers(limited(reset=unix)), now=now) == 90.0
    assert retry_after_seconds(httpx.Headers(limited(reset="soon"))) is None
    assert retry_after_seconds({}, content=THROTTLED) == 7.0  # Django REST framework's message
    assert retry_after_seconds({}, content=b'{"detail":"Expected available in 1 second."}') == 1.0
    assert retry_after_seconds({}, content=b'{"detail":"Request was throttled."}') is None
    assert reset_seconds({"r": "-5"}, "r") is None and reset_seconds({"r": "1e999"}, "r") is None


def test_a_rate_limit_error_carries_the_wait_of_its_message() -> None:
    with pytest.raises(RateLimitedError) as caught:
        raise_for_status("p", 429, {}, message="throttled", content=THROTTLED)
    assert caught.value.retry_after == 7.0 and caught.value.retryable


# --- retries --------------------------------------------------------------------------------------


def test_a_429_without_retry_after_waits_for_the_reset_header_then_succeeds() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(429, headers=limited(reset="7")), httpx.Response(200))
    assert transport(inner, time).get("/accounts").status_code == 200
    assert len(seen) == 2 and time.sleeps == [7.0]  # not the 0.5 s backoff


def test_a_429_with_only_a_throttling_message_waits_what_it_says() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(429, content=THROTTLED), httpx.Response(200))
    assert transport(inner, time).get("/accounts").status_code == 200
    assert len(seen) == 2 and time.sleeps == [7.0]


# --- headers seen earlier -------------------------------------------------------------------------


def test_remaining_zero_holds_the_next_request_until_the_reset() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(200, headers=limited(reset="30")), httpx.Response(200))
    client = transport(inner, time)
    client.get("/a")
    assert time.sleeps == []
    client.get("/b")
    assert time.sleeps == [30.0] and len(seen) == 2
    client.get("/c")  # the block is over once waited out
    assert time.sleeps == [30.0]


def test_an_exhausted_account_scope_holds_that_account_only() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(200, headers=limited(reset="45", scope="Account")))
    client = transport(inner, time)
    client.get("/accounts/a/balances", **account("a"))  # type: ignore[arg-type]
    client.get("/accounts/b/balances", **account("b"))  # type: ignore[arg-type]
    assert time.sleeps == []
    client.get("/accounts/a/positions", **account("a"))  # type: ignore[arg-type]
    assert time.sleeps == [45.0] and len(seen) == 3


def test_a_wait_beyond_the_budget_sends_nothing_and_is_a_rate_limit_error() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(200, headers=limited(reset="3600")))
    client = transport(inner, time)
    client.get("/a")
    with pytest.raises(RateLimitWait) as waiting:
        client.get("/b")
    assert len(seen) == 1 and time.sleeps == []
    assert waiting.value.retry_after == pytest.approx(3600.0)
    with pytest.raises(RateLimitedError) as caught, provider_call("snaptrade"):
        raise waiting.value
    assert caught.value.retry_after == pytest.approx(3600.0) and caught.value.status is None
    assert "nothing was sent" in str(caught.value)


# --- documented windows ---------------------------------------------------------------------------


def test_a_window_spaces_requests_over_its_rolling_period() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(200))
    client = transport(inner, time, RateLimits([Window(2, 60.0)], clock=time.clock))
    client.get("/1")
    time.now += 10
    client.get("/2")
    client.get("/3")  # the first one leaves the window 60 s after it went
    assert time.sleeps == [50.0] and len(seen) == 3
    client.get("/4")  # now the second one is the oldest: 60 s after it, 10 s after the first left
    assert time.sleeps == [50.0, 10.0]
    limits = client._transport.limits  # type: ignore[attr-defined]
    limits.clear()  # forgets what was counted
    client.get("/5")
    client.get("/6")
    assert time.sleeps == [50.0, 10.0]


def test_a_scoped_window_counts_per_key_and_ignores_requests_without_one() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(200))
    client = transport(inner, time, RateLimits([Window(1, 60.0, scope="account")], clock=time.clock))
    client.get("/accounts/a", **account("a"))  # type: ignore[arg-type]
    time.now += 5
    client.get("/accounts/b", **account("b"))  # type: ignore[arg-type]
    client.get("/accounts")
    client.get("/accounts")
    assert time.sleeps == []
    client.get("/accounts/a/balances", **account("a"))  # type: ignore[arg-type]
    assert time.sleeps == [55.0] and len(seen) == 5


def test_windows_must_allow_something() -> None:
    with pytest.raises(ValueError, match="requests >= 1"):
        Window(0, 60.0)
    with pytest.raises(ValueError, match="seconds > 0"):
        Window(1, 0)


def test_sync_and_async_clients_of_one_adapter_share_their_limits() -> None:
    inner, seen = scripted(httpx.Response(200, headers=limited(reset="20")))
    shared = RateLimits([Window(100, 60.0)])
    sync_client, async_client = make_clients(
        Client, "https://provider.test", httpx.Auth(), HttpOptions(), transport=inner, rate_limits=shared
    )
    sync_transport = sync_client.get_httpx_client()._transport
    async_transport = async_client.get_async_httpx_client()._transport
    assert isinstance(sync_transport, ResilientTransport)
    assert isinstance(async_transport, AsyncResilientTransport)
    assert sync_transport.limits is async_transport.limits is shared
    sync_client.get_httpx_client().get("/a")
    wait = async_transport.limits.reserve(httpx.Request("GET", "https://provider.test/b"))
    assert 19.0 < wait <= 20.0  # the header the sync client saw holds the async one too
    assert len(seen) == 1
    own_sync, own_async = make_clients(Client, "https://provider.test", httpx.Auth(), HttpOptions())
    own = own_sync.get_httpx_client()._transport
    assert isinstance(own, ResilientTransport)
    assert own.limits is own_async.get_async_httpx_client()._transport.limits  # type: ignore[attr-defined]
    assert own.limits.windows == ()  # by default: the provider's headers only
