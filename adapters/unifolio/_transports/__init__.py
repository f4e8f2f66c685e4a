"""httpx transports that sit under every generated client (retries, deadlines, body limits, rate limits)."""

from .limits import RATE_LIMIT_SCOPE, RateLimits, Window
from .resilient import AsyncResilientTransport, ResilientTransport, RetryPolicy, deadline

__all__ = [
    "RATE_LIMIT_SCOPE",
    "AsyncResilientTransport",
    "RateLimits",
    "ResilientTransport",
    "RetryPolicy",
    "Window",
    "deadline",
]
