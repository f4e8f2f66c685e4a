"""The one redaction mechanism: every secret a connection knows, in every form it travels in, scrubbed
from any text that leaves unifolio (exception messages and their chains, JSON/CSV/table output).

A ``Redactor`` belongs to one connection or adapter. It is told each credential when the adapter is
built, each end-user token when a call receives one, and each token issued at run time (MoneyKit's
access token) as soon as it arrives. For every value it also knows the forms that value takes on the
way: JSON-escaped (request bodies echoed back), percent-encoded (query strings, form bodies), HTML- and
Python-escaped (gateway error pages, ``b'...'`` in h11's ``Illegal header value``), and whatever the
adapter registers itself (the base64 of ``id:secret`` that HTTP Basic sends).

End-user tokens belong to one call, not to the adapter: an adapter serves many users over its life,
and remembering each token would grow its redactor (and the pattern it recompiles) without bound. A
public adapter method runs in a ``call_scope``; tokens registered with ``Redactor.add_for_call`` are
known to every redactor until that call ends, then forgotten.

Short values: credentials shorter than ``MIN_CREDENTIAL_LENGTH`` (8) are refused before any request
(``unifolio._secrets.credential_problem``), so a user's secret is always redacted wherever it occurs,
even inside a longer word. Only values unifolio does not choose (issued tokens) can be shorter; those
are redacted only as whole tokens (not next to a letter, digit or ``-._~+/=``), and values of one or two
characters never, because masking every "a" or "42" would mangle unrelated text while hiding nothing
(such a value can be guessed anyway).
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import re
import threading
import weakref
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import Any, Final
from urllib.parse import quote, quote_plus

from ._exceptions import ProviderError, ResponseContractError
from ._secrets import MASK, MIN_CREDENTIAL_LENGTH, Secret

__all__ = ["HTTP_LOGGERS", "MASK", "Redactor", "WithheldError", "call_scope", "scrub_http_logs"]

WITHHELD: Final = "(text withheld: it showed a credential)"
TOKEN_MIN_LENGTH: Final = 3
"""Values this long but shorter than ``MIN_CREDENTIAL_LENGTH`` are redacted only as whole tokens."""
_TOKEN_CHAR: Final = r"[A-Za-z0-9\-._~+/=]"  # noqa: S105 - a character class, not a password
_PERCENT = re.compile(r"%[0-9A-F]{2}")


class WithheldError(Exception):
    """Stands in for an exception whose text still showed a secret after redaction (a foreign exception
    type that builds its message from attributes unifolio cannot rewrite). Only its type is kept."""


def _forms(value: str) -> set[str]:
    """The value as it may appear in text: raw and in each encoding it can travel or be echoed in."""
    percent = {quote(value, safe=""), quote_plus(value, safe=""), quote(value)}
    percent |= {_PERCENT.sub(lambda m: m.group().lower(), form) for form in percent}
    forms = {
        value,
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        html.escape(value),
        repr(value)[1:-1],
        repr(value.encode("utf-8", "surrogatepass"))[2:-1],
        *percent,
    }
    return {form for form in forms if form}


def _pattern_for(form: str) -> str | None:
    if len(form) >= MIN_CREDENTIAL_LENGTH:
        return re.escape(form)
    if len(form) >= TOKEN_MIN_LENGTH:
        return f"(?<!{_TOKEN_CHAR}){re.escape(form)}(?!{_TOKEN_CHAR})"
    return None


def _build(forms: set[str] | frozenset[str]) -> re.Pattern[str] | None:
    parts = [p for f in sorted(forms, key=len, reverse=True) if (p := _pattern_for(f))]
    return re.compile("|".join(parts)) if parts else None


class _CallSecrets:
    """The secrets of one adapter call in progress, and the patterns built with them per redactor."""

    __slots__ = ("forms", "patterns")

    def __init__(self) -> None:
        self.forms: frozenset[str] = frozenset()
        self.patterns: dict[Redactor, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}

    def add(self, forms: set[str] | frozenset[str]) -> None:
        if not forms <= self.forms:
            self.forms |= forms
            self.patterns = {}


_CALL: ContextVar[_CallSecrets | None] = ContextVar("unifolio_call_secrets", default=None)


@contextlib.contextmanager
def call_scope(*redactors: Redactor) -> Iterator[None]:
    """One adapter call: secrets registered with ``add_for_call`` during it (and everything ``redactors``
    know) are known to every redactor until the outermost scope ends. Nested scopes share the outer
    one's secrets; tasks started inside it see them too (they copy the context)."""
    current = _CALL.get()
    reset = None
    if current is None:
        current = _CallSecrets()
        reset = _CALL.set(current)
    for redactor in redactors:
        with redactor._lock:
            current.add(frozenset(redactor._forms))
    try:
        yield
    finally:
        if reset is not None:
            _CALL.reset(reset)


class Redactor:
    """Scrubs the secrets it has been told about from text, data and exceptions. Thread-safe."""

    __slots__ = ("__weakref__", "_forms", "_lock", "_pattern")

    def __init__(self, *secrets: Secret | str | None) -> None:
        self._forms: set[str] = set()
        self._lock = threading.Lock()
        self._pattern: re.Pattern[str] | None = None
        self.add(*secrets)

    def __repr__(self) -> str:
        return f"Redactor({len(self._forms)} forms)"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("Redactor holds secrets and is not picklable")

    def add(self, *secrets: Secret | str | None) -> None:
        """Register values (None and empty strings are ignored)."""
        new: set[str] = set()
        for secret in secrets:
            value = secret.reveal() if isinstance(secret, Secret) else secret
            if value:
                new |= _forms(value)
        self._merge(new)

    def add_for_call(self, *secrets: Secret | str | None) -> None:
        """Register values for the call in progress only (an end user's token): forgotten when it ends.
        Outside any ``call_scope`` they are registered for good, like ``add``."""
        call = _CALL.get()
        if call is None:
            self.add(*secrets)
            return
        for secret in secrets:
            value = secret.reveal() if isinstance(secret, Secret) else secret
            if value:
                call.add(_forms(value))

    def include(self, other: Redactor) -> None:
        """Also know everything ``other`` knows now (e.g. every connection's redactor, for the output)."""
        with other._lock:
            forms = set(other._forms)
        self._merge(forms)

    def _merge(self, forms: set[str]) -> None:
        with self._lock:
            if not forms <= self._forms:
                self._forms |= forms
                self._pattern = None

    def _compiled(self) -> re.Pattern[str] | None:
        pattern = self._pattern
        if pattern is None:
            with self._lock:
                pattern = self._pattern = _build(self._forms)
        call = _CALL.get()
        if call is None or not call.forms:
            return pattern
        cached = call.patterns.get(self)
        if cached is not None and cached[0] is pattern:
            return cached[1]
        with self._lock:
            combined = _build(self._forms | call.forms)
        call.patterns[self] = (pattern, combined)
        return combined

    def reveals(self, text: str) -> bool:
        pattern = self._compiled()
        return pattern is not None and pattern.search(text) is not None

    def scrub(self, text: str) -> str:
        pattern = self._compiled()
        return text if pattern is None else pattern.sub(MASK, text)

    def scrub_data(self, value: Any) -> Any:
        """Strings (and bytes) anywhere in dicts, lists and tuples, keys included; anything else as is."""
        pattern = self._compiled()
        if pattern is None:
            return value
        search, sub = pattern.search, pattern.sub

        def scrub(item: Any) -> Any:
            if isinstance(item, str):
                return sub(MASK, item) if search(item) else item
            if isinstance(item, Mapping):
                return {scrub(k): scrub(v) for k, v in item.items()}
            if isinstance(item, list | tuple):
                items = [scrub(v) for v in item]
                return items if isinstance(item, list) else tuple(items)
            if isinstance(item, bytes):
                return sub(MASK, item.decode("latin-1")).encode("latin-1", "replace")
            return item

        return scrub(value)

    def scrub_exception(self, exc: BaseException) -> BaseException:
        """Rewrite the exception and its whole ``__cause__``/``__context__`` chain in place.

        Arguments, attributes (``message``, ``__notes__`` ...) are scrubbed. An exception whose ``str``
        or ``repr`` still shows a secret afterwards is replaced by a ``WithheldError`` in the chain; the
        return value is what to raise (the exception itself, or its stand-in).
        """
        if self._compiled() is None:
            return exc
        return self._clean(exc, set())

    def _clean(self, exc: BaseException, seen: set[int]) -> BaseException:
        seen.add(id(exc))
        exc.args = tuple(self.scrub_data(arg) for arg in exc.args)
        for name, value in list(vars(exc).items()):
            if name.startswith("__") and name != "__notes__":
                continue
            cleaned = self.scrub_data(value)
            if cleaned is not value:
                with contextlib.suppress(AttributeError, TypeError):  # read-only: the check below decides
                    setattr(exc, name, cleaned)
        if isinstance(exc, BaseExceptionGroup):
            for inner in exc.exceptions:
                if id(inner) not in seen:
                    self._clean(inner, seen)
        for link in ("__cause__", "__context__"):
            linked = getattr(exc, link)
            if linked is not None and id(linked) not in seen:
                setattr(exc, link, self._clean(linked, seen))
        if not self._shows_secret(exc):
            return exc
        stand_in = self._typed_stand_in(exc)
        if stand_in is None:
            stand_in = WithheldError(
                f"{type(exc).__module__}.{type(exc).__qualname__} (text withheld: it showed a credential)"
            )
        stand_in.__cause__, stand_in.__context__ = exc.__cause__, exc.__context__
        stand_in.__suppress_context__ = exc.__suppress_context__
        stand_in.__traceback__ = exc.__traceback__
        return stand_in

    def _typed_stand_in(self, exc: BaseException) -> BaseException | None:
        """A copy of one of unifolio's provider errors with its texts withheld, so a caller still gets the
        error's type, provider, status and retryability (an ``except AuthenticationError`` keeps working);
        None if even that copy would show a secret, or the error is not a ``ProviderError``."""
        if not isinstance(exc, ProviderError):
            return None
        copy = type(exc).__new__(type(exc))
        copy.__dict__.update(vars(exc))
        copy.code = None if copy.code is not None and self.reveals(copy.code) else copy.code
        if copy.request_id is not None and self.reveals(copy.request_id):
            copy.request_id = None
        if isinstance(copy, ResponseContractError):
            copy.path = "$" if self.reveals(copy.path) else copy.path
        for withheld in (WITHHELD, MASK):  # a secret could even be the notice's own text
            copy.message = f"{copy.path}: {withheld}" if isinstance(copy, ResponseContractError) else withheld
            copy.args = (str(copy),)
            if not self._shows_secret(copy):
                return copy
        return None

    def _shows_secret(self, exc: BaseException) -> bool:
        try:
            return self.reveals(str(exc)) or self.reveals(repr(exc))
        except Exception:  # a broken __str__ cannot be trusted either
            return True


# --- the HTTP libraries' own log lines ------------------------------------------------------------
# httpx logs every request line at INFO ("HTTP Request: GET https://...?userSecret=..."): a provider that
# takes a credential in the query (SnapTrade's user secret) would have it written to the application's
# logs. Each adapter's redactor is watched here, and records of the HTTP libraries' loggers are
# scrubbed with every live one before any handler sees them.

HTTP_LOGGERS: Final = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
"""The loggers whose records are scrubbed (a filter only sees records logged to its own logger)."""

_WATCHED: weakref.WeakSet[Redactor] = weakref.WeakSet()
_WATCHED_LOCK = threading.Lock()


class _ScrubbingFilter(logging.Filter):
    """Rewrites a record whose text shows a secret of a live redactor; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        with _WATCHED_LOCK:
            redactors = list(_WATCHED)
        if not redactors:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a record that cannot be formatted is the handler's business
            return True
        scrubbed = message
        for redactor in redactors:
            scrubbed = redactor.scrub(scrubbed)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_info is not None and record.exc_info[1] is not None:  # logged with a traceback
            exc: BaseException = record.exc_info[1]
            for redactor in redactors:
                exc = redactor.scrub_exception(exc)
            record.exc_info = (type(exc), exc, exc.__traceback__)
            record.exc_text = None  # formatted again from the scrubbed exception
        return True


_FILTER = _ScrubbingFilter()


def scrub_http_logs(redactor: Redactor) -> None:
    """Scrub this redactor's secrets from the HTTP libraries' log records for as long as it lives."""
    with _WATCHED_LOCK:
        _WATCHED.add(redactor)
    for name in HTTP_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
