"""Client-side rate limiting: a provider's documented request windows, and what its rate-limit headers say.

One ``RateLimits`` belongs to an adapter (its sync and async transports share it) or, when the provider
counts per API key, to every adapter of one key in the process. Before each attempt the transport asks
``reserve(request)`` how long to wait; after each answer it calls ``observe(request, response)``.

- **Windows** (``Window``): at most ``requests`` per rolling ``seconds``, for every request of the client
  (``scope=""``) or per key of a named scope: a request names its keys in the extension
  ``RATE_LIMIT_SCOPE`` (``{"account": "<id>"}``), so an adapter can say which per-account bucket a
  request counts against. Requests without a key for a scope are not counted in it.
- **Headers**: ``X-RateLimit-Remaining: 0`` (also ``RateLimit-Remaining``, and scoped forms such as
  ``X-RateLimit-Account-Remaining``) blocks that scope until its ``*-Reset`` has passed, for the
  request's key of the scope (or the whole client when the request names none). Reset values are
  seconds from now, or a Unix time when they are that large (some providers send one).

Nothing is shared across processes: a provider's own limit stays the last word, and its 429 is retried
by the resilient transport after the wait its answer asks for (``unifolio._http.retry_after_seconds``).
"""

from __future__ import annotations

import collections
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping

import httpx
from attrs import frozen

from .._http import reset_seconds

__all__ = ["RATE_LIMIT_SCOPE", "RateLimits", "Window"]

RATE_LIMIT_SCOPE = "unifolio.rate_limit_scope"
"""Request extension: ``{scope name: key}``, the buckets of named scopes this request counts against."""

_HEADER = re.compile(r"^(?:x-)?ratelimit(?:-([a-z0-9]+))?-remaining$")


@frozen
class Window:
    """At most ``requests`` requests per rolling ``seconds``, per key of ``scope`` ("": the whole client)."""

    requests: int
    seconds: float
    scope: str = ""

    def __attrs_post_init__(self) -> None:
        if self.requests < 1 or not self.seconds > 0:
            raise ValueError(f"a rate-limit window needs requests >= 1 and seconds > 0, got {self}")


def _scope_keys(request: httpx.Request) -> Mapping[str, str]:
    keys = request.extensions.get(RATE_LIMIT_SCOPE)
    return keys if isinstance(keys, Mapping) else {}


class RateLimits:
    """The windows and header blocks of one client (or API key); thread-safe, and never awaits inside."""

    def __init__(
        self, windows: Iterable[Window] = (), *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.windows = tuple(windows)
        self._clock = clock
        self._lock = threading.Lock()
        self._sent: dict[tuple[Window, str], collections.deque[float]] = {}
        self._blocked: dict[tuple[str, str], float] = {}

    def __repr__(self) -> str:
        return f"RateLimits(windows={list(self.windows)!r})"

    def reserve(self, request: httpx.Request) -> float:
        """Seconds to wait before ``request`` may go; 0 means go now (and it is counted as sent now).

        After a wait, ask again: another request may have taken the slot meanwhile.
        """
        keys = _scope_keys(request)
        with self._lock:
            now = self._clock()
            wait = 0.0
            for (scope, key), until in list(self._blocked.items()):
                if until <= now:
                    del self._blocked[(scope, key)]
                elif scope == "" or key in ("", keys.get(scope)):
                    wait = max(wait, until - now)
            counted: list[collections.deque[float]] = []
            for window in self.windows:
                key = keys.get(window.scope, "") if window.scope else ""
                if window.scope and not key:
                    continue
                sent = self._sent.setdefault((window, key), collections.deque())
                while sent and sent[0] <= now - window.seconds:
                    sent.popleft()
                if len(sent) >= window.requests:
                    wait = max(wait, sent[0] + window.seconds - now)
                counted.append(sent)
            if wait > 0:
                return wait
            for sent in counted:
                sent.append(now)
            return 0.0

    def observe(self, request: httpx.Request, response: httpx.Response) -> None:
        """Block each scope whose ``*-Remaining`` header is 0 until its ``*-Reset`` says it refills."""
        keys = _scope_keys(request)
        blocks: list[tuple[str, float]] = []
        for name, value in response.headers.items():
            match = _HEADER.match(name.lower())
            if match is None or value.strip() != "0":
                continue
            reset = reset_seconds(response.headers, name[: -len("remaining")] + "reset")
            if reset is not None and reset > 0:
                blocks.append(((match.group(1) or "").lower(), reset))
        if not blocks:
            return
        with self._lock:
            now = self._clock()
            for scope, reset in blocks:
                key = (scope, keys.get(scope, "") if scope else "")
                self._blocked[key] = max(self._blocked.get(key, 0.0), now + reset)

    def clear(self) -> None:
        """Forget every request counted and every header seen (e.g. between independent test calls)."""
        with self._lock:
            self._sent.clear()
            self._blocked.clear()
