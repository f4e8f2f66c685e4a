"""httpx transports that sit under every generated client (retries, deadlines, body limits)."""

from .resilient import AsyncResilientTransport, ResilientTransport, RetryPolicy, deadline

__all__ = ["AsyncResilientTransport", "ResilientTransport", "RetryPolicy", "deadline"]
