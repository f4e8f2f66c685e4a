"""The retry/deadline transport, with an injected clock and sleep: exact, instant, deterministic."""

from __future__ import annotations

import datetime
import email.utils
import ssl
from collections.abc import Callable

import httpx
import pytest

from unifolio._transports.resilient import (
    AsyncResilientTransport,
    ResilientTransport,
    ResponseTooLarge,
    RetryPolicy,
    TotalTimeout,
    deadline,
)


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def scripted(*answers: httpx.Response | Exception) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handler), seen


def client(
    inner: httpx.MockTransport,
    time: FakeTime,
    policy: RetryPolicy | None = None,
    *,
    total: float = 60.0,
    rng: Callable[[], float] = lambda: 1.0,
) -> httpx.Client:
    transport = ResilientTransport(
        inner, policy or RetryPolicy(), total_timeout=total, sleep=time.sleep, clock=time.clock, rng=rng
    )
    return httpx.Client(transport=transport, base_url="https://provider.test")


def test_exponential_backoff_with_full_jitter_then_success() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(503), httpx.Response(502), httpx.Response(504), httpx.Response(200))
    assert client(inner, time).post("/read").status_code == 200
    assert len(seen) == 4
    assert time.sleeps == [0.5, 1.0, 2.0]  # rng()=1.0: the ceiling of each jittered wait
    time2 = FakeTime()
    inner2, _ = scripted(httpx.Response(503), httpx.Response(200))
    client(inner2, time2, rng=lambda: 0.25).get("/")
    assert time2.sleeps == [0.125]


def test_retry_after_seconds_and_http_date_are_honoured() -> None:
    time = FakeTime()
    in_30s = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=30)
    inner, _ = scripted(
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(503, headers={"Retry-After": email.utils.format_datetime(in_30s, usegmt=True)}),
        httpx.Response(200),
    )
    assert client(inner, time).get("/").status_code == 200
    assert time.sleeps[0] == 7.0
    assert 25 <= time.sleeps[1] <= 30  # the date is read against the wall clock, to the second


def test_attempts_are_bounded_and_the_last_answer_is_returned() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(429, headers={"Retry-After": "1"}))
    response = client(inner, time, RetryPolicy(max_attempts=3)).get("/")
    assert response.status_code == 429 and len(seen) == 3 and time.sleeps == [1.0, 1.0]


def test_a_wait_that_does_not_fit_the_total_budget_is_not_made() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(429, headers={"Retry-After": "120"}))
    response = client(inner, time, total=60).get("/")
    assert response.status_code == 429 and len(seen) == 1 and time.sleeps == []


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 418, 422, 500, 520])
def test_other_statuses_are_never_retried(status: int) -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(status))
    assert client(inner, time).get("/").status_code == status
    assert len(seen) == 1 and time.sleeps == []


@pytest.mark.parametrize(
    "error", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset")]
)
def test_connection_failures_are_retried_then_raised(error: Exception) -> None:
    time = FakeTime()
    inner, seen = scripted(error)
    with pytest.raises(type(error)):
        client(inner, time, RetryPolicy(max_attempts=3)).get("/")
    assert len(seen) == 3


def test_a_tls_verification_failure_is_not_retried() -> None:
    error = httpx.ConnectError("handshake failed")
    error.__cause__ = ssl.SSLCertVerificationError("certificate verify failed")
    time = FakeTime()
    inner, seen = scripted(error)
    with pytest.raises(httpx.ConnectError):
        client(inner, time).get("/")
    assert len(seen) == 1


def test_retries_off() -> None:
    time = FakeTime()
    inner, seen = scripted(httpx.Response(503))
    assert client(inner, time, RetryPolicy(max_attempts=1)).get("/").status_code == 503
    assert len(seen) == 1


def test_total_timeout_and_body_limit() -> None:
    time = FakeTime()
    time.now = 0.0

    def slow(request: httpx.Request) -> httpx.Response:
        time.now += 61  # the server took longer than the whole budget
        return httpx.Response(200, content=b"{}")

    transport = ResilientTransport(
        httpx.MockTransport(slow), RetryPolicy(), total_timeout=60, sleep=time.sleep, clock=time.clock
    )
    with pytest.raises(TotalTimeout):
        httpx.Client(transport=transport).get("https://x.test/")
    big = ResilientTransport(
        httpx.MockTransport(lambda r: httpx.Response(200, content=b"x" * 2048)),
        RetryPolicy(),
        max_body_bytes=1024,
    )
    with pytest.raises(ResponseTooLarge):
        httpx.Client(transport=big).get("https://x.test/")


async def test_async_transport_retries_the_same_way() -> None:
    time = FakeTime()
    answers = [httpx.Response(503), httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200)]

    async def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    transport = AsyncResilientTransport(
        httpx.MockTransport(handler), RetryPolicy(), sleep=time.asleep, clock=time.clock, rng=lambda: 1.0
    )
    async with httpx.AsyncClient(transport=transport) as http:
        assert (await http.get("https://x.test/")).status_code == 200
    assert time.sleeps == [0.5, 3.0]


def test_sync_socket_waits_are_capped_at_the_time_left() -> None:
    """httpcore reads these at every connect/read/write: the last wait ends at the deadline."""
    time = FakeTime()
    seen: list[tuple[float, float, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts = request.extensions["timeout"]
        seen.append((timeouts.get("connect"), timeouts.get("read"), timeouts["read"]))
        time.now += 3.5  # the server used 3.5 s of the budget
        seen.append((timeouts.get("connect"), timeouts.get("read"), timeouts["read"]))
        return httpx.Response(200)

    transport = ResilientTransport(
        httpx.MockTransport(handler), RetryPolicy(), total_timeout=5, sleep=time.sleep, clock=time.clock
    )
    with httpx.Client(transport=transport, timeout=httpx.Timeout(30, connect=2)) as http:
        http.get("https://x.test/")
    assert seen == [(2.0, 5.0, 5.0), (1.5, 1.5, 1.5)]


def test_a_deadline_scope_bounds_every_request_inside_it() -> None:
    """``deadline()`` (opened by every adapter method) is shared by all requests made inside it."""
    reads: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        reads.append(request.extensions["timeout"].get("read"))
        return httpx.Response(200)

    transport = ResilientTransport(httpx.MockTransport(handler), RetryPolicy(), total_timeout=600)
    with httpx.Client(transport=transport, timeout=30) as http:
        http.get("https://x.test/")
        with deadline(10), deadline(20):  # nested: the earlier end wins
            http.get("https://x.test/")
        with deadline(-1), pytest.raises(TotalTimeout, match="total timeout of 600s"):
            http.get("https://x.test/")
    assert reads[0] == 30 and 9 < reads[1] <= 10 and len(reads) == 2


async def test_async_transport_gives_up_at_the_scope_deadline_too() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    transport = AsyncResilientTransport(httpx.MockTransport(handler), RetryPolicy(), total_timeout=600)
    async with httpx.AsyncClient(transport=transport) as http:
        assert (await http.get("https://x.test/")).status_code == 200
        with deadline(-1), pytest.raises(TotalTimeout):
            await http.get("https://x.test/")
