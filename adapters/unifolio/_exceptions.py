"""The one exception hierarchy for every provider.

Callers catch by meaning (authentication, rate limit, contract violation...), never by provider: each
adapter maps its provider's envelope and status codes onto these classes.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "EndpointGoneError",
    "InternalError",
    "InvalidInputError",
    "MockServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PrismNotInstalledError",
    "ProviderError",
    "ProviderUnavailableError",
    "RateLimitedError",
    "ResponseContractError",
    "TransportError",
    "UnifolioError",
    "UserActionRequiredError",
]


class UnifolioError(Exception):
    """Base of every error unifolio raises on purpose."""


class ConfigurationError(UnifolioError):
    """Bad or missing configuration (a credential variable, an environment name), found before any request."""


class InvalidInputError(UnifolioError, ValueError):
    """An argument the provider would reject (an over-long id, an empty token), caught before any request."""


class MockServerError(UnifolioError):
    """A local Prism mock server could not be started or stopped."""


class PrismNotInstalledError(MockServerError):
    """Prism is not installed where the launcher looks for it."""


class ProviderError(UnifolioError):
    """A provider call that did not give usable data.

    Attributes say what happened in the provider's own terms, so logs and support tickets can quote them:
    ``status`` is the HTTP status (None when none was received), ``code`` the provider's error code or
    error type, ``request_id`` the provider's request or error id where it gives one, and ``retryable``
    whether the same request may succeed later.
    """

    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        self.message = message
        self.provider = provider
        self.status = status
        self.code = code
        self.request_id = request_id
        if retryable is not None:
            self.retryable = retryable
        super().__init__(message)

    def __str__(self) -> str:
        details = [f"HTTP {self.status}" if self.status is not None else None]
        details += [f"code {self.code}" if self.code else None]
        details += [f"request {self.request_id}" if self.request_id else None]
        extra = ", ".join(d for d in details if d)
        return f"{self.provider}: {self.message}" + (f" ({extra})" if extra else "")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class AuthenticationError(ProviderError):
    """The credentials (or the end user's token) were rejected or have expired."""


class UserActionRequiredError(AuthenticationError):
    """Only the end user can fix this connection: they must re-link it, sign in to the institution again,
    or grant consent (Plaid ``ITEM_LOGIN_REQUIRED``, a disabled SnapTrade connection, a MoneyKit link whose
    credentials expired). Retrying will not help; prompt the user instead. An outage is never this error.
    """


class PermissionDeniedError(ProviderError):
    """The credentials are valid but may not read this resource."""


class NotFoundError(ProviderError):
    """The account, portfolio or link does not exist (or no longer exists)."""


class EndpointGoneError(NotFoundError):
    """The provider has retired the endpoint (HTTP 410) for these credentials: the call will never succeed
    again, and an empty answer must never be read into it. The adapter needs updating, not a retry."""


class BadRequestError(ProviderError):
    """The provider rejected the request as malformed."""


class RateLimitedError(ProviderError):
    """Too many requests; ``retry_after`` is the wait in seconds the provider asked for, if any."""

    retryable = True

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)  # type: ignore[arg-type]


class ProviderUnavailableError(ProviderError):
    """The provider (or the institution behind it) failed or is down; a later retry may succeed."""

    retryable = True


class InternalError(ProviderError):
    """A bug in unifolio surfaced while handling this provider's data (never the provider's fault).

    Fetching many connections keeps going past it, so the other connections' data still arrives; the
    CLI exits with its internal-error status when any connection ends with one. ``formatted_traceback``
    is the bug's traceback as text (the outcome keeps no frames alive), to report it.
    """

    formatted_traceback: str | None = None


class TransportError(ProviderError):
    """No usable HTTP response: connection refused or reset, timeout, TLS failure."""

    retryable = True


class ResponseContractError(ProviderError):
    """A response that does not fit the provider's documented contract.

    ``path`` is the JSON path of the offending value (``$`` for the whole body), so drift can be
    reported to the provider precisely instead of surfacing as a KeyError deep in the mapping.
    """

    def __init__(self, message: str, *, path: str = "$", **kwargs: object) -> None:
        self.path = path
        super().__init__(f"{path}: {message}", **kwargs)  # type: ignore[arg-type]

    @classmethod
    def at(
        cls, provider: str, path: Sequence[str | int], message: str, *, status: int | None = None
    ) -> ResponseContractError:
        return cls(message, path=format_json_path(path), provider=provider, status=status)


def format_json_path(path: Sequence[str | int]) -> str:
    """``("content", "positions", 3, "amount")`` -> ``$.content.positions[3].amount``."""
    parts = ["$"]
    for item in path:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item.isidentifier():
            parts.append(f".{item}")
        else:
            parts.append(f"[{item!r}]")
    return "".join(parts)
