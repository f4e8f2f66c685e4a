"""What every adapter does around a generated-client call: transport errors, contract errors, statuses."""

from __future__ import annotations

import contextlib
import datetime
import email.utils
from collections.abc import Callable, Iterator, Mapping
from typing import NoReturn, ParamSpec, Protocol, TypeVar

import httpx

from . import _gc
from ._exceptions import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    ResponseContractError,
    TransportError,
)

P = ParamSpec("P")
T = TypeVar("T")

__all__ = ["DecodeErrorLike", "error_for_status", "provider_call", "read_answer", "retry_after_seconds"]


class DecodeErrorLike(Protocol):
    """The shape of ``<client>.errors.DecodeError`` that every generated package defines."""

    reason: str

    @property
    def json_path(self) -> str: ...


class _NeverRaised(Exception):
    pass


@contextlib.contextmanager
def provider_call(provider: str, decode_error: type[Exception] = _NeverRaised) -> Iterator[None]:
    """Turn what httpx and the generated parser raise into unifolio's typed errors.

    Works around sync calls and awaited async calls alike.
    """
    try:
        yield
    except httpx.TimeoutException as exc:
        raise TransportError(f"request timed out ({type(exc).__name__}: {exc})", provider=provider) from exc
    except httpx.TransportError as exc:
        raise TransportError(f"transport failure: {type(exc).__name__}: {exc}", provider=provider) from exc
    except decode_error as exc:
        err: DecodeErrorLike = exc  # type: ignore[assignment]
        raise ResponseContractError(err.reason, path=err.json_path, provider=provider) from exc


def read_answer(
    provider: str, decode_error: type[Exception], read: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """``read(*args, **kwargs)``: turning a received answer into the common model. The generated parser's
    ``DecodeError`` becomes a ``ResponseContractError`` with its JSON path, and the cycle collector is
    paused (see ``unifolio._gc``) until ``read`` has returned: by then its frame, and with it the
    generated models it mapped from, is gone, so the collection that follows the pause never walks
    them. CPU work only: never a network wait."""
    with provider_call(provider, decode_error), _gc.paused():
        return read(*args, **kwargs)


_STATUS_CLASSES: Mapping[int, type[ProviderError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    410: NotFoundError,
    422: BadRequestError,
    429: RateLimitedError,
}


def error_for_status(status: int) -> type[ProviderError]:
    """The error class an HTTP status means, before any provider-specific refinement."""
    if status in _STATUS_CLASSES:
        return _STATUS_CLASSES[status]
    if status >= 500 or status in (408, 499):
        return ProviderUnavailableError
    return ProviderError


def retry_after_seconds(headers: Mapping[str, str], *, now: datetime.datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP date (RFC 9110); None if absent or garbled."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    with contextlib.suppress(TypeError, ValueError, IndexError):
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.UTC)
        current = now or datetime.datetime.now(datetime.UTC)
        return max(0.0, (when - current).total_seconds())
    return None


def raise_for_status(
    provider: str,
    status: int,
    headers: Mapping[str, str],
    *,
    message: str | None,
    code: str | None = None,
    request_id: str | None = None,
    error_class: type[ProviderError] | None = None,
) -> NoReturn:
    """Raise the typed error for an HTTP error status (``error_class`` overrides the status' default)."""
    cls = error_class or error_for_status(status)
    text = message or f"HTTP {status} without a usable error body"
    kwargs = {"provider": provider, "status": status, "code": code, "request_id": request_id}
    if issubclass(cls, RateLimitedError):
        raise cls(text, retry_after=retry_after_seconds(headers), **kwargs)
    raise cls(text, **kwargs)  # type: ignore[arg-type]
