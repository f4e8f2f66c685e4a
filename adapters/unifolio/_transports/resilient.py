"""Retries, a total deadline and a body-size limit, as httpx transports.

Every call the adapters make is a read (Mesh's POSTs included), so any of them may be retried. What is
retried: 429, 502, 503, 504 and failures to connect or to receive a response. What never is: any other
status, in particular authentication failures and HabitTrade's 418 (IP banned after repeated 429s).

The whole call, retries included, stays within ``total_timeout``: a backoff or ``Retry-After`` that
would overrun it is not waited out; the last response (e.g. the 429 with its Retry-After) is returned
so the caller gets the typed error instead of a hang. Bodies are read here, chunk by chunk, so a
server that drips bytes forever is cut off at the deadline and an endless body at ``max_body_bytes``.
"""

from __future__ import annotations

import asyncio
import random
import ssl
import time
from collections.abc import Awaitable, Callable

import httpx
from attrs import field, frozen

from .._http import retry_after_seconds

__all__ = ["AsyncResilientTransport", "ResilientTransport", "ResponseTooLarge", "RetryPolicy"]

RETRYABLE_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,  # e.g. the connection reset or closed mid-body
    httpx.PoolTimeout,
)


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
    """The call, retries included, ran past ``RetryPolicy.total_timeout``."""


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


class _Budget:
    """One call's clock: when it must end, and whether a wait still fits."""

    def __init__(self, total: float, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.deadline = clock() + total
        self.total = total

    def remaining(self) -> float:
        return self.deadline - self.clock()

    def fits(self, delay: float) -> bool:
        return delay < self.remaining()

    def check(self) -> None:
        if self.remaining() <= 0:
            raise TotalTimeout(f"gave up after the total timeout of {self.total:g}s")


def _delay_for(
    response: httpx.Response, attempt: int, policy: RetryPolicy, rng: Callable[[], float]
) -> float:
    retry_after = retry_after_seconds(response.headers)
    return retry_after if retry_after is not None else policy.backoff(attempt, rng)


def _rebuilt(response: httpx.Response, body: bytes) -> httpx.Response:
    return httpx.Response(
        response.status_code, headers=response.headers, content=body, extensions=response.extensions
    )


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
    ) -> None:
        self._inner, self._policy = inner, policy
        self._total_timeout, self._max_body_bytes = total_timeout, max_body_bytes
        self._sleep, self._clock, self._rng = sleep, clock, rng

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy, budget = self._policy, _Budget(self._total_timeout, self._clock)
        attempt = 0
        while True:
            attempt += 1
            try:
                budget.check()
                response = self._inner.handle_request(request)
                body = self._read(response, budget)
            except RETRYABLE_EXCEPTIONS as exc:
                delay = policy.backoff(attempt, self._rng)
                if attempt >= policy.max_attempts or not budget.fits(delay) or not _retryable(exc):
                    raise
                self._sleep(delay)
                continue
            response = _rebuilt(response, body)
            if response.status_code in policy.retry_statuses and attempt < policy.max_attempts:
                delay = _delay_for(response, attempt, policy, self._rng)
                if budget.fits(delay):
                    self._sleep(delay)
                    continue
            return response

    def _read(self, response: httpx.Response, budget: _Budget) -> bytes:
        chunks, size = [], 0
        try:
            for chunk in response.stream:  # type: ignore[union-attr]
                size += len(chunk)
                if size > self._max_body_bytes:
                    raise ResponseTooLarge(f"response body exceeds {self._max_body_bytes} bytes")
                chunks.append(chunk)
                budget.check()
        finally:
            response.close()
        return b"".join(chunks)

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
    ) -> None:
        self._inner, self._policy = inner, policy
        self._total_timeout, self._max_body_bytes = total_timeout, max_body_bytes
        self._sleep, self._clock, self._rng = sleep, clock, rng

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy, budget = self._policy, _Budget(self._total_timeout, self._clock)
        attempt = 0
        while True:
            attempt += 1
            try:
                budget.check()
                async with asyncio.timeout(max(budget.remaining(), 0.0)):
                    response = await self._inner.handle_async_request(request)
                    body = await self._read(response)
            except TimeoutError:
                raise TotalTimeout(f"gave up after the total timeout of {budget.total:g}s") from None
            except RETRYABLE_EXCEPTIONS as exc:
                delay = policy.backoff(attempt, self._rng)
                if attempt >= policy.max_attempts or not budget.fits(delay) or not _retryable(exc):
                    raise
                await self._sleep(delay)
                continue
            response = _rebuilt(response, body)
            if response.status_code in policy.retry_statuses and attempt < policy.max_attempts:
                delay = _delay_for(response, attempt, policy, self._rng)
                if budget.fits(delay):
                    await self._sleep(delay)
                    continue
            return response

    async def _read(self, response: httpx.Response) -> bytes:
        chunks, size = [], 0
        try:
            async for chunk in response.stream:  # type: ignore[union-attr]
                size += len(chunk)
                if size > self._max_body_bytes:
                    raise ResponseTooLarge(f"response body exceeds {self._max_body_bytes} bytes")
                chunks.append(chunk)
        finally:
            await response.aclose()
        return b"".join(chunks)

    async def aclose(self) -> None:
        await self._inner.aclose()
