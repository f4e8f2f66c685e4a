"""What every adapter does around a generated-client call: transport errors, contract errors, statuses,
and reading an answer into a ``Snapshot`` that keeps the answer and says what could not be used."""

from __future__ import annotations

import contextlib
import datetime
import email.utils
import re
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Concatenate, NoReturn, ParamSpec, Protocol

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
from ._notices import ParseReportLike, collecting, parse_notices
from .models import Exchange, Snapshot, evolve

P = ParamSpec("P")

__all__ = [
    "REQUEST_LABEL",
    "DecodeErrorLike",
    "GeneratedTypes",
    "RateLimitWait",
    "error_for_status",
    "provider_call",
    "raise_for_status",
    "read_answer",
    "request_label",
    "reset_seconds",
    "retry_after_seconds",
]

REQUEST_LABEL = "unifolio.request"
"""httpx request extension the adapters set: the request as ``Exchange.request`` shows it, secrets masked."""


class DecodeErrorLike(Protocol):
    """The shape of ``<client>.errors.DecodeError`` that every generated package defines."""

    reason: str

    @property
    def json_path(self) -> str: ...


class GeneratedTypes(Protocol):
    """What unifolio uses of a generated package's ``types`` module (``mesh_client.types`` ...)."""

    @property
    def DecodeError(self) -> type[Exception]: ...

    @property
    def ENUM_KEYS(self) -> Mapping[type, set[str]]: ...

    def reporting(self) -> contextlib.AbstractContextManager[ParseReportLike]: ...


class _NeverRaised(Exception):
    pass


class RateLimitWait(httpx.TransportError):
    """Raised by the transport instead of sending: a rate limit (documented, or the provider's last
    answer) asks for a wait of ``retry_after`` seconds that the call's time budget cannot cover."""

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@contextlib.contextmanager
def provider_call(provider: str, decode_error: type[Exception] = _NeverRaised) -> Iterator[None]:
    """Turn what httpx and the generated parser raise into unifolio's typed errors.

    Works around sync calls and awaited async calls alike. A body that cannot even be decoded (a
    ``Content-Encoding`` it does not have, a broken compressed stream) is a ``ResponseContractError`` at
    ``$``: an answer arrived, and it is not what the protocol says it is.
    """
    try:
        yield
    except RateLimitWait as exc:
        raise RateLimitedError(str(exc), provider=provider, retry_after=exc.retry_after) from exc
    except httpx.TimeoutException as exc:
        raise TransportError(f"request timed out ({type(exc).__name__}: {exc})", provider=provider) from exc
    except httpx.TransportError as exc:
        raise TransportError(f"transport failure: {type(exc).__name__}: {exc}", provider=provider) from exc
    except httpx.DecodingError as exc:
        raise ResponseContractError(
            f"the response body could not be decoded ({exc})", path="$", provider=provider
        ) from exc
    except decode_error as exc:
        err: DecodeErrorLike = exc  # type: ignore[assignment]
        raise ResponseContractError(err.reason, path=err.json_path, provider=provider) from exc


def request_label(method: str, url: str, params: Any, scrub: Callable[[str], str]) -> str:
    """``METHOD /path?query`` of a request about to be sent, as ``Exchange.request`` keeps it: ``scrub``
    (the adapter's redactor) masks any secret the path or query carries."""
    target = httpx.URL(url, params=params) if params else httpx.URL(url)
    return scrub(f"{method.upper()} {target.raw_path.decode('ascii')}")


def _label_of(response: httpx.Response) -> str | None:
    try:
        request = response.request
    except RuntimeError:  # an httpx.Response built without its request
        return None
    label = request.extensions.get(REQUEST_LABEL)
    if isinstance(label, str):
        return label
    return f"{request.method} {request.url.path}"  # sent some other way: no query, it may hold secrets


def read_answer(
    provider: str,
    types: GeneratedTypes,
    operation: str,
    read: Callable[Concatenate[httpx.Response, P], Snapshot],
    response: httpx.Response,
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Snapshot:
    """``read(response, *args, **kwargs)``: one received answer into the common model, the shared way.

    - The snapshot keeps the answer: ``raw[operation]`` is the ``Exchange`` (request, status, the whole
      decoded body, envelope and unknown fields included), so nothing the provider said is lost.
    - What the generated parser read as unknown (degradable properties), open-enum values it does not
      know, non-finite numbers, and what the adapter's mapping could not use (``_notices.unusable``)
      become ``Notice``s with JSON paths (``unifolio._notices``: the one policy).
    - The generated parser's ``DecodeError`` becomes a ``ResponseContractError`` with its JSON path.
    - The cycle collector is paused (see ``unifolio._gc``) until ``read`` has returned: by then its frame,
      and with it the generated models it mapped from, is gone, so the collection that follows the pause
      never walks them. CPU work only: never a network wait.
    """
    with provider_call(provider, types.DecodeError), _gc.paused():
        with types.reporting() as report, collecting() as noticed:
            snapshot = read(response, *args, **kwargs)
        found = parse_notices(provider, report, types.ENUM_KEYS)
        if found and (snapshot.notices or noticed):  # an unknown value the adapter said more about
            said = {notice.path for notice in (*snapshot.notices, *noticed)}
            found = [n for n in found if n.code != "unknown_value" or n.path not in said]
        body = report.bodies[0] if report.bodies else None
        exchange = Exchange(operation, _label_of(response), response.status_code, body)
        notices = (*snapshot.notices, *noticed, *found) if found or noticed else snapshot.notices
        return evolve(snapshot, notices=notices, raw={operation: (exchange,)})


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


_THROTTLED = re.compile(rb"[Ee]xpected available in ([0-9]{1,9}(?:\.[0-9]{1,6})?) seconds?")
"""Django REST framework's throttling message (``Request was throttled. Expected available in 7 seconds.``),
which APIs built on it (SnapTrade) send as the only hint when they set no ``Retry-After``."""
_UNIX_TIME = 1_000_000_000
"""A reset value this large is a Unix time (some providers send one), not seconds from now."""
_REMAINING = re.compile(r"^(?:x-)?ratelimit(?:-[a-z0-9]+)?-remaining$")


def _case_insensitive(headers: Mapping[str, str]) -> Mapping[str, str]:
    return headers if isinstance(headers, httpx.Headers) else httpx.Headers(headers)


def reset_seconds(headers: Mapping[str, str], name: str, *, now: float | None = None) -> float | None:
    """A rate-limit reset header as seconds from now: seconds, or a Unix time; None if absent or garbled."""
    value = _case_insensitive(headers).get(name)
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    if seconds != seconds or seconds in (float("inf"), float("-inf")) or seconds < 0:
        return None
    if seconds >= _UNIX_TIME:
        seconds -= time.time() if now is None else now
    return max(seconds, 0.0)


def retry_after_seconds(
    headers: Mapping[str, str], *, now: datetime.datetime | None = None, content: bytes | None = None
) -> float | None:
    """How long an answer asks the client to wait before trying again, in seconds; None if it does not say.

    In order: ``Retry-After`` (delta-seconds or an HTTP date, RFC 9110); the longest ``*-Reset`` of the
    rate-limit scopes whose ``*-Remaining`` is 0 (``X-RateLimit-Reset``, ``X-RateLimit-Account-Reset``,
    ``RateLimit-Reset`` ...); the wait stated in a throttling message of ``content`` (``Expected
    available in 7 seconds``).
    """
    headers = _case_insensitive(headers)
    value = headers.get("retry-after")
    if value is not None:
        value = value.strip()
        if value.isdigit():
            return float(value)
        with contextlib.suppress(TypeError, ValueError, IndexError):
            when = email.utils.parsedate_to_datetime(value)
            if when.tzinfo is None:
                when = when.replace(tzinfo=datetime.UTC)
            current = now or datetime.datetime.now(datetime.UTC)
            return max(0.0, (when - current).total_seconds())
    clock = None if now is None else now.timestamp()
    resets = [
        reset_seconds(headers, name[: -len("remaining")] + "reset", now=clock)
        for name, remaining in headers.items()
        if _REMAINING.match(name.lower()) and remaining.strip() == "0"
    ]
    known = [reset for reset in resets if reset is not None]
    if known:
        return max(known)
    if content:
        found = _THROTTLED.search(content[:4096])
        if found is not None:
            return float(found.group(1))
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
    content: bytes | None = None,
) -> NoReturn:
    """Raise the typed error for an HTTP error status (``error_class`` overrides the status' default).

    ``content`` (the answer's body) lets a rate-limit error read the wait a throttling message states.
    """
    cls = error_class or error_for_status(status)
    text = message or f"HTTP {status} without a usable error body"
    kwargs = {"provider": provider, "status": status, "code": code, "request_id": request_id}
    if issubclass(cls, RateLimitedError):
        raise cls(text, retry_after=retry_after_seconds(headers, content=content), **kwargs)
    raise cls(text, **kwargs)  # type: ignore[arg-type]
