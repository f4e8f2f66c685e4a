"""Retries, a total deadline and a body-size limit, as httpx transports.

Every call the adapters make is a read (Mesh's POSTs included), so any of them may be retried. What is
retried: 429, 502, 503, 504 and failures to connect or to receive a response. What never is: any other
status, in particular authentication failures and HabitTrade's 418 (IP banned after repeated 429s).
The wait before a retry is what the answer asks for (``Retry-After``, else the reset of an exhausted
``X-RateLimit-*`` scope, else a throttling message's "expected available in N seconds"), else an
exponential backoff.

Rate limits (``unifolio._transports.limits``): before every attempt the transport waits as long as the
client's ``RateLimits`` say (a provider's documented windows, or a ``*-Remaining: 0`` header seen on an
earlier answer); a wait that does not fit the deadline is not made and nothing is sent
(``unifolio._http.RateLimitWait``, a ``RateLimitedError`` for the caller).

The deadline: each request ends within ``total_timeout``, and within the deadline of the enclosing
``deadline()`` scope if there is one (every public adapter method opens one, so ``fetch`` with its
several requests shares one budget). A backoff or ``Retry-After`` that would overrun it is not waited
out: the last response (e.g. the 429 with its Retry-After) is returned so the caller gets the typed
error instead of a hang. Sync and async end at the deadline alike: async cancels the attempt, sync
caps every socket wait (connect, each write, each read of headers or body) at the time left, so a
server that stalls or drips bytes is cut off at the deadline, plus the time to handle one event.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import ssl
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any

import httpx
from attrs import field, frozen

from .._http import RateLimitWait, retry_after_seconds
from .limits import RateLimits

__all__ = [
    "AsyncResilientTransport",
    "ResilientTransport",
    "ResponseTooLarge",
    "RetryPolicy",
    "TotalTimeout",
    "deadline",
]

RETRYABLE_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,  # e.g. the connection reset or closed mid-body
    httpx.PoolTimeout,
)

_DEADLINE: ContextVar[float | None] = ContextVar("unifolio_deadline", default=None)
_MIN_WAIT = 0.001
"""A socket timeout of 0 would mean non-blocking, not "no time left"."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every request made inside ends by ``seconds`` from now (or an earlier enclosing deadline).

    A ``ContextVar``: it follows the call into the transports, sync or async, and into tasks started
    inside (``asyncio.gather``), without being passed around.
    """
    mine = time.monotonic() + seconds
    outer = _DEADLINE.get()
    token = _DEADLINE.set(mine if outer is None else min(outer, mine))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _retryable(exc: Exception) -> bool:
    """A failed TLS handshake (e.g. an untrusted certificate) will fail the same way again."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return False
        cause = cause.__cause__ or cause.__context__
    return True


class ResponseTooLarge(httpx.TransportError):
    """The body went past ``RetryPolicy.max_body_bytes``."""


class TotalTimeout(httpx.TimeoutException):
    """The call, retries included, ran past its total timeout."""


@frozen
class RetryPolicy:
    """How hard to try. ``RetryPolicy(max_attempts=1)`` turns retries off."""

    max_attempts: int = 4
    backoff_base: float = 0.5
    """First backoff in seconds; doubles per attempt, capped at ``backoff_max``, with full jitter."""
    backoff_max: float = 8.0
    retry_statuses: frozenset[int] = field(default=frozenset({429, 502, 503, 504}))

    def backoff(self, attempt: int, rng: Callable[[], float]) -> float:
        """Full jitter: uniform in [0, min(max, base * 2^(attempt-1))]."""
        ceiling: float = min(self.backoff_max, self.backoff_base * 2.0 ** (attempt - 1))
        return rng() * ceiling


class _CappedTimeouts(dict[str, float | None]):
    """httpx's per-request timeouts, each capped at the time left when httpcore reads it.

    httpcore looks ``request.extensions["timeout"][kind]`` up at every connect, write and read, so the
    last socket wait of a call ends at the deadline instead of a whole read timeout after it.
    """

    def __init__(self, timeouts: Mapping[str, float | None], attempts: _Attempts) -> None:
        super().__init__(timeouts)
        self._attempts = attempts

    def get(self, key: str, default: Any = None) -> Any:
        configured = super().get(key, default)
        left = max(self._attempts.remaining(), _MIN_WAIT)
        capped = configured is None or left < float(configured)
        self._attempts.deadline_bound = capped
        return left if capped else float(configured)

    def __getitem__(self, key: str) -> float | None:
        value: float | None = self.get(key)
        return value


class _Attempts:
    """The retry decisions both transports share: what to wait, when to give up, what to return."""

    def __init__(
        self, policy: RetryPolicy, total: float, clock: Callable[[], float], rng: Callable[[], float]
    ) -> None:
        self.policy, self.total, self.clock, self.rng = policy, total, clock, rng
        scoped = _DEADLINE.get()
        own = clock() + total
        # A scope's deadline is on time.monotonic; an injected test clock only ever has its own.
        self.deadline = own if scoped is None or clock is not time.monotonic else min(own, scoped)
        self.number = 0
        self.last: httpx.Response | None = None
        self.deadline_bound = False
        """Whether the socket wait in progress was shortened to end at the deadline."""

    def remaining(self) -> float:
        return self.deadline - self.clock()

    def expired(self) -> TotalTimeout:
        return TotalTimeout(f"gave up after the total timeout of {self.total:g}s")

    def begin(self) -> None:
        """Before each attempt: count it, or give up if no time is left."""
        self.number += 1
        if self.remaining() <= 0:
            raise self.expired()

    def after_error(self, exc: Exception) -> float:
        """The wait before retrying a failed attempt; re-raises what cannot or need not be retried."""
        if self.remaining() <= 0 or (isinstance(exc, httpx.TimeoutException) and self.deadline_bound):
            if self.last is not None:
                raise _ReturnLast
            raise self.expired() from exc
        delay = self.policy.backoff(self.number, self.rng)
        if self.number >= self.policy.max_attempts or delay >= self.remaining() or not _retryable(exc):
            raise exc
        return delay

    def rate_limit_wait(self, limits: RateLimits, request: httpx.Request) -> float:
        """The wait a rate limit asks for before this attempt (0: send now, counted as sent); raises
        ``RateLimitWait`` instead of waiting past the deadline."""
        wait = limits.reserve(request)
        if wait > 0 and wait >= self.remaining():
            raise RateLimitWait(
                f"rate limit: the next request may go in {wait:.3g}s, beyond this call's time budget "
                f"({max(self.remaining(), 0.0):.3g}s left); nothing was sent",
                retry_after=wait,
            )
        return wait

    def after_response(self, response: httpx.Response) -> float | None:
        """The wait before retrying this answer, or None to return it."""
        if response.status_code not in self.policy.retry_statuses or self.number >= self.policy.max_attempts:
            return None
        retry_after = retry_after_seconds(response.headers, content=response.content)
        delay = retry_after if retry_after is not None else self.policy.backoff(self.number, self.rng)
        if delay >= self.remaining():
            return None
        self.last = response
        return delay


class _ReturnLast(Exception):
    """The deadline cut the retry of a retryable answer short: that answer says more than a timeout."""


def _rebuilt(response: httpx.Response, body: bytes) -> httpx.Response:
    return httpx.Response(
        response.status_code, headers=response.headers, content=body, extensions=response.extensions
    )


def _too_large(limit: int) -> ResponseTooLarge:
    return ResponseTooLarge(f"response body exceeds {limit} bytes")


class ResilientTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        *,
        total_timeout: float = 60.0,
        max_body_bytes: int = 100 * 1024 * 1024,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
        limits: RateLimits | None = None,
    ) -> None:
        self._inner, self._policy = inner, policy
        self._total_timeout, self._max_body_bytes = total_timeout, max_body_bytes
        self._sleep, self._clock, self._rng = sleep, clock, rng
        self.limits = limits if limits is not None else RateLimits(clock=clock)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._policy, self._total_timeout, self._clock, self._rng)
        request.extensions["timeout"] = _CappedTimeouts(request.extensions.get("timeout", {}), attempts)
        while True:
            try:
                attempts.begin()
                while (wait := attempts.rate_limit_wait(self.limits, request)) > 0:
                    self._sleep(wait)
                response = self._attempt(request, attempts)
                self.limits.observe(request, response)
            except RETRYABLE_EXCEPTIONS as exc:
                try:
                    self._sleep(attempts.after_error(exc))
                except _ReturnLast:
                    assert attempts.last is not None
                    return attempts.last
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return response
            self._sleep(delay)

    def _attempt(self, request: httpx.Request, attempts: _Attempts) -> httpx.Response:
        response = self._inner.handle_request(request)
        chunks, size = [], 0
        try:
            for chunk in response.stream:  # type: ignore[union-attr]
                size += len(chunk)
                if size > self._max_body_bytes:
                    raise _too_large(self._max_body_bytes)
                chunks.append(chunk)
                if attempts.remaining() <= 0:
                    raise httpx.ReadTimeout("the body was still arriving at the deadline")
        finally:
            response.close()
        return _rebuilt(response, b"".join(chunks))

    def close(self) -> None:
        self._inner.close()


class AsyncResilientTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        total_timeout: float = 60.0,
        max_body_bytes: int = 100 * 1024 * 1024,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
        limits: RateLimits | None = None,
    ) -> None:
        self._inner, self._policy = inner, policy
        self._total_timeout, self._max_body_bytes = total_timeout, max_body_bytes
        self._sleep, self._clock, self._rng = sleep, clock, rng
        self.limits = limits if limits is not None else RateLimits(clock=clock)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._policy, self._total_timeout, self._clock, self._rng)
        while True:
            try:
                attempts.begin()
                while (wait := attempts.rate_limit_wait(self.limits, request)) > 0:
                    await self._sleep(wait)
                try:
                    async with asyncio.timeout(max(attempts.remaining(), 0.0)):
                        response = await self._attempt(request)
                except TimeoutError as exc:
                    attempts.deadline_bound = True
                    raise httpx.ReadTimeout(str(attempts.expired()), request=request) from exc
                self.limits.observe(request, response)
            except RETRYABLE_EXCEPTIONS as exc:
                try:
                    await self._sleep(attempts.after_error(exc))
                except _ReturnLast:
                    assert attempts.last is not None
                    return attempts.last
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return response
            await self._sleep(delay)

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        chunks, size = [], 0
        try:
            async for chunk in response.stream:  # type: ignore[union-attr]
                size += len(chunk)
                if size > self._max_body_bytes:
                    raise _too_large(self._max_body_bytes)
                chunks.append(chunk)
        finally:
            await response.aclose()
        return _rebuilt(response, b"".join(chunks))

    async def aclose(self) -> None:
        await self._inner.aclose()
