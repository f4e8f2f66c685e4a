"""What every provider adapter declares, so shared code (registry, config, mocks, CLI) never names a provider.

Also the rules every provider shares, so each is written once: which base URLs may carry credentials
(``resolve_base_url``), which ids may go into a request path (``check_id``), what a config key is
(``ConfigKey``), and the adapter base class that scrubs its secrets from every error it raises.
"""

from __future__ import annotations

import difflib
import enum
import functools
import inspect
import ipaddress
import unicodedata
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

import attrs
import httpx
from attrs import frozen

from .._clients import GeneratedClient, HttpOptions, ResponseHooks, make_clients
from .._exceptions import ConfigurationError, InvalidInputError, UnifolioError
from .._http import REQUEST_LABEL, provider_call, request_label
from .._redact import Redactor, call_scope, scrub_http_logs
from .._secrets import Secret, credential_problem
from .._transports import RateLimits, deadline
from ..models import Snapshot

if TYPE_CHECKING:
    from ._shared import SharedAdapters

ClientT = TypeVar("ClientT", bound=GeneratedClient)

__all__ = [
    "COMMON_KEYS",
    "MAX_ID_LENGTH",
    "ConfigKey",
    "Connection",
    "ConnectionSettings",
    "GeneratedClientAdapter",
    "KeyKind",
    "Provider",
    "ProviderInfo",
    "arun_scrubbed",
    "check_base_url",
    "check_id",
    "check_text",
    "did_you_mean",
    "id_problem",
    "resolve_base_url",
    "run_scrubbed",
    "text_problem",
    "valid_credential",
    "valid_environment",
    "valid_signing_key",
]

MAX_ID_LENGTH = 256
MAX_TEXT_LENGTH = 256


@frozen
class ProviderInfo:
    name: str
    """Registry key and the ``provider`` of every mapped object (e.g. ``mesh``)."""
    title: str
    spec: str
    """File name of the OpenAPI document in specs/."""
    environments: Mapping[str, str]
    """Named base URLs, at least ``production`` and ``sandbox``."""
    operations: tuple[str, ...]
    """``METHOD /path`` of every operation the adapter uses."""
    auth: str
    """One line on how requests are authenticated."""


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """``; did you mean `x`?`` for the closest candidate, or ``""`` if none is close."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""


# --- text and ids -------------------------------------------------------------------------------

_PATH_CHANGERS = "/\\?#%;"
"""Characters that end or re-route a URL path segment (``%`` starts an encoded one, ``;`` a matrix
parameter some servers strip)."""


def _shown(value: str, limit: int = 60) -> str:
    return repr(value if len(value) <= limit else value[: limit - 3] + "...")


def text_problem(value: object, max_length: int = MAX_TEXT_LENGTH) -> str | None:
    """What is wrong with a name or other free text value (None if nothing).

    Refused: non-strings, blank values, surrounding whitespace, control and invisible formatting
    characters (bidi overrides, zero-width ...) and other whitespace than a plain space.
    """
    if not isinstance(value, str):
        return f"must be a string, got {type(value).__name__}"
    if not value.strip():
        return "is empty" if not value else "is blank"
    if value != value.strip():
        return "has leading or trailing whitespace"
    if len(value) > max_length:
        return f"is longer than {max_length} characters"
    for char in value:
        if char != " " and (not char.isprintable() or char.isspace()):
            return f"contains a control, whitespace or invisible formatting character (U+{ord(char):04X})"
    return None


def id_problem(value: object, max_length: int = MAX_ID_LENGTH) -> str | None:
    """What is wrong with an id that goes into a request (None if nothing).

    On top of ``text_problem``: nothing that would change the request path after normalisation, as
    given or after Unicode NFKC normalisation (which turns e.g. a fullwidth solidus into ``/``): no
    ``/ \\ ? # % ;`` and no segment made only of dots (``.`` and ``..`` are resolved away by httpx).
    """
    problem = text_problem(value, max_length)
    if problem is not None or not isinstance(value, str):
        return problem
    for form in dict.fromkeys((value, unicodedata.normalize("NFKC", value))):
        changer = next((char for char in form if char in _PATH_CHANGERS), None)
        if changer is not None:
            return f"contains {changer!r}, which would change the request path"
        if set(form) == {"."}:
            return "is a dot segment, which would change the request path"
    return None


def check_text(value: object, what: str, *, max_length: int = MAX_TEXT_LENGTH) -> str:
    """``value`` if it is acceptable free text, else ``InvalidInputError`` naming ``what``."""
    problem = text_problem(value, max_length)
    if problem is not None:
        shown = f" {_shown(value)}" if isinstance(value, str) else ""
        raise InvalidInputError(f"{what}{shown} {problem}")
    return value  # type: ignore[return-value]


def check_id(
    value: object,
    what: str,
    *,
    max_length: int = MAX_ID_LENGTH,
    error: type[UnifolioError] = InvalidInputError,
) -> str:
    """``value`` if it can go into a request as an id (path or query), else ``error`` naming ``what``.

    Every provider's path and identity parameters pass through here before any request is built.
    """
    problem = id_problem(value, max_length)
    if problem is not None:
        shown = f" {_shown(value)}" if isinstance(value, str) else ""
        raise error(f"{what}{shown} {problem}")
    return value  # type: ignore[return-value]


def check_account_ids(
    provider: str, account_ids: Iterable[str] | None, check: Callable[[object], str] | None = None
) -> tuple[str, ...] | None:
    """A caller's account filter, every id checked (``check``, else ``check_id``) before any request, in
    order and once each; None means every account. One string or an empty list is refused: providers
    would read one as a list of characters and the other as "all"."""
    if account_ids is None:
        return None
    if isinstance(account_ids, str):
        raise InvalidInputError(f"{provider}: account_ids takes a list of account ids, not one string")
    checked = check or (lambda value: check_id(value, f"{provider}: account id"))
    ids = tuple(dict.fromkeys(checked(account_id) for account_id in account_ids))
    if not ids:
        raise InvalidInputError(f"{provider}: account_ids is empty; pass None to read every account")
    return ids


def valid_credential(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator for a credential sent in requests: a ConfigurationError naming the field, never
    the value (``credential_problem``)."""
    problem = credential_problem(value)
    if problem is not None:
        raise ConfigurationError(f"{type(instance).__name__}.{attribute.name} {problem}")


def valid_signing_key(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator for a credential that never leaves the process (an HMAC key)."""
    problem = credential_problem(value, travels=False)
    if problem is not None:
        raise ConfigurationError(f"{type(instance).__name__}.{attribute.name} {problem}")


def valid_environment(info: ProviderInfo) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """attrs validator: the field is a named environment of ``info`` or an acceptable base URL."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        resolve_base_url(info, value)

    return validate


# --- base URLs ----------------------------------------------------------------------------------

LOOPBACK_HOSTS = "127.0.0.0/8, ::1, localhost"


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def check_base_url(url: str, provider: str) -> str:
    """An explicit base URL, refused unless credentials can safely travel to it.

    - ``https://`` to any host; ``http://`` only to loopback (127.0.0.0/8, ::1, localhost), which is
      how the local mocks run: anything else would send keys, secrets and tokens in clear text.
    - No ``user:password@`` (credentials in a URL end up in logs and error messages), no query or
      fragment, no whitespace or control characters (a CR/LF would split the request line), no
      backslash (parsers disagree on where the host ends).

    The URL is never echoed back in full: it may hold what it should not.
    """
    if any(not char.isprintable() or char.isspace() for char in url):
        raise ConfigurationError(
            f"{provider}: the base URL contains whitespace or control characters (CR/LF?); refused"
        )
    if "\\" in url:
        raise ConfigurationError(f"{provider}: the base URL contains a backslash; refused")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{provider}: the base URL is not a valid URL ({exc})") from None
    scheme = parsed.scheme.lower()
    if scheme not in ("https", "http"):
        raise ConfigurationError(
            f"{provider}: the base URL must start with https:// (or http:// to loopback)"
        )
    if parsed.userinfo or "@" in url.split("://", 1)[1].split("/", 1)[0]:
        raise ConfigurationError(
            f"{provider}: the base URL carries credentials (user:password@host); refused: "
            "credentials go in their own settings, never in a URL"
        )
    if not parsed.host:
        raise ConfigurationError(f"{provider}: the base URL has no host")
    if parsed.query or parsed.fragment or "?" in url or "#" in url:
        raise ConfigurationError(f"{provider}: the base URL must not have a query or fragment")
    if scheme == "http" and not _is_loopback(parsed.host):
        raise ConfigurationError(
            f"{provider}: http://{parsed.host} would send credentials in clear text; use https:// "
            f"(plain http:// is only allowed to loopback: {LOOPBACK_HOSTS})"
        )
    return url.rstrip("/")


def resolve_base_url(info: ProviderInfo, environment: object) -> str:
    """A named environment (``production``, ``sandbox`` ...) or an explicit base URL that passes
    ``check_base_url``; anything else is a ConfigurationError."""
    if not isinstance(environment, str):
        raise ConfigurationError(
            f"{info.name}: the environment must be a string, got {type(environment).__name__}"
        )
    if environment in info.environments:
        return info.environments[environment]
    if "://" in environment:
        return check_base_url(environment, info.name)
    names = ", ".join(sorted(info.environments))
    hint = did_you_mean(environment, info.environments)
    raise ConfigurationError(
        f"{info.name}: unknown environment {_shown(environment)}{hint} "
        f"(use one of {names} or an https:// base URL)"
    )


# --- configuration declarations -----------------------------------------------------------------


class KeyKind(enum.Enum):
    """The value types a config key can have; each is validated by the shared config code."""

    TEXT = "text"
    """A non-blank string without control characters (``text_problem``)."""
    ID = "id"
    """A string that goes into requests (``id_problem``)."""
    IDS = "ids"
    """A non-empty list of ``ID`` strings."""
    SECRET = "secret"  # noqa: S105 - the kind's name, not a password
    """A credential: the config names the environment variable (``<name>_env``), never the value."""
    SECONDS = "seconds"
    """A finite number of seconds, above 0 and at most ``ConfigKey.maximum``."""
    COUNT = "count"
    """An integer from 1 to ``ConfigKey.maximum``."""
    ENVIRONMENT = "environment"
    """A named environment of the provider or a base URL (``resolve_base_url``)."""


@frozen
class ConfigKey:
    """One key a ``[[connections]]`` table may have: a provider module lists its own in ``config_keys``."""

    name: str
    """Without ``_env`` for secrets (the table key is ``config_name``)."""
    kind: KeyKind
    help: str
    required: bool = False
    max_length: int = MAX_ID_LENGTH
    """For TEXT, ID and IDS values."""
    maximum: float = 3600
    """For SECONDS and COUNT values."""
    travels: bool = True
    """For SECRET values: whether the value itself is sent (then it must be printable ASCII), or only
    used locally, e.g. as an HMAC key (``unifolio._secrets.credential_problem``)."""

    @property
    def config_name(self) -> str:
        return f"{self.name}_env" if self.kind is KeyKind.SECRET else self.name

    def describe(self) -> str:
        kind = "names an environment variable" if self.kind is KeyKind.SECRET else self.kind.value
        return f"{self.config_name} ({'required' if self.required else 'optional'}, {kind}): {self.help}"


COMMON_KEYS: tuple[ConfigKey, ...] = (
    ConfigKey(
        "name", KeyKind.TEXT, "this connection's label, unique in the file", required=True, max_length=128
    ),
    ConfigKey("provider", KeyKind.TEXT, "registry name of the provider", required=True),
    ConfigKey("environment", KeyKind.ENVIRONMENT, "production (default), sandbox, or an https:// base URL"),
    ConfigKey("connect_timeout", KeyKind.SECONDS, "seconds to wait for a connection", maximum=300),
    ConfigKey("read_timeout", KeyKind.SECONDS, "seconds to wait for any single read", maximum=3600),
    ConfigKey("total_timeout", KeyKind.SECONDS, "seconds one call may take, retries included", maximum=3600),
    ConfigKey("max_attempts", KeyKind.COUNT, "attempts per call (1 = no retries)", maximum=10),
)
"""Keys every connection may have, whatever its provider."""


@frozen
class ConnectionSettings:
    """One ``[[connections]]`` table after validation: what a provider builds its Connection from."""

    label: str
    provider: str
    environment: str
    options: HttpOptions
    values: Mapping[str, object]
    """The provider's own keys by declared name: str (TEXT, ID), tuple[str, ...] (IDS), Secret (SECRET).
    Optional keys that were not given are absent."""

    def secret(self, name: str) -> Secret:
        value = self.values[name]
        assert isinstance(value, Secret), name
        return value

    def text(self, name: str) -> str:
        value = self.values[name]
        assert isinstance(value, str), name
        return value

    def optional_text(self, name: str) -> str | None:
        return self.text(name) if name in self.values else None

    def ids(self, name: str) -> tuple[str, ...] | None:
        value = self.values.get(name)
        assert value is None or isinstance(value, tuple), name
        return value


class Connection(Protocol):
    """One configured connection (provider + ids + credentials + environment), ready to fetch.

    ``fetch(shared)``: with ``shared`` (what ``fetch_portfolio`` passes), the connection leases its adapter
    from it, so connections with the same credentials, environment and options share adapters, their
    connection pools and (MoneyKit) their tokens; alone (``shared=None``) it builds and closes its own.
    """

    @property
    def label(self) -> str: ...

    @property
    def provider(self) -> str: ...

    @property
    def redactor(self) -> Redactor:
        """Every secret of this connection, shared with the adapter that fetches it (tokens it is issued
        included), so output and errors can be scrubbed of them."""
        ...

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot: ...


@frozen
class Provider:
    """A registry entry: everything shared code may ask of a provider, and nothing more."""

    info: ProviderInfo
    config_keys: tuple[ConfigKey, ...]
    """The provider's own ``[[connections]]`` keys (``COMMON_KEYS`` apply to every provider)."""
    connection_from_settings: Callable[[ConnectionSettings], Connection]
    """A validated connection table -> Connection."""
    mock_config: Mapping[str, Any]
    """Values for the provider's non-secret keys that read its Prism mock (with any credentials):
    shared harnesses build a connection table from ``config_keys`` and this, never by name."""
    mock_connections: Callable[[str], Sequence[Connection]]
    """Connections that read the provider's Prism mock at the given base URL (demo, ``--mock``)."""
    mock_auth: Callable[[str], httpx.Auth]
    """The provider's real auth flow with mock credentials, for raw calls against its mock at the given
    base URL (contract tests send schemathesis-generated requests through it)."""


# --- adapters -----------------------------------------------------------------------------------

_Method = TypeVar("_Method", bound=Callable[..., Any])


def run_scrubbed(redactor: Redactor, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``function(*args, **kwargs)``, raising whatever it raises only after ``redactor`` scrubbed it.

    A stand-in (``WithheldError``) is raised outside the ``except`` block, so the unscrubbable original
    does not ride along as its ``__context__``.
    """
    try:
        return function(*args, **kwargs)
    except Exception as exc:
        stand_in = redactor.scrub_exception(exc)
        if stand_in is exc:
            raise
    raise stand_in


async def arun_scrubbed(
    redactor: Redactor, function: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any
) -> Any:
    """``run_scrubbed`` for a coroutine function."""
    try:
        return await function(*args, **kwargs)
    except Exception as exc:
        stand_in = redactor.scrub_exception(exc)
        if stand_in is exc:
            raise
    raise stand_in


def _adapter_call(method: _Method) -> _Method:
    """A public adapter method, sync or async: within one ``total_timeout``, scrubbed when it raises, and
    in its own ``call_scope`` (the end user's token it receives is forgotten when it returns)."""
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def call_async(self: GeneratedClientAdapter[Any], *args: Any, **kwargs: Any) -> Any:
            with deadline(self.total_timeout), call_scope():
                return await arun_scrubbed(self.redactor, method, self, *args, **kwargs)

        return call_async  # type: ignore[return-value]

    @functools.wraps(method)
    def call_sync(self: GeneratedClientAdapter[Any], *args: Any, **kwargs: Any) -> Any:
        with deadline(self.total_timeout), call_scope():
            return run_scrubbed(self.redactor, method, self, *args, **kwargs)

    return call_sync  # type: ignore[return-value]


class GeneratedClientAdapter(Generic[ClientT]):
    """What every adapter shares: a base URL, a sync and an async generated client, and closing them.

    Subclasses add the provider's operations; the clients come from ``make_clients`` so timeouts, retries
    and TLS behave the same for every provider. ``self.redactor`` knows the adapter's secrets (``secrets``
    given here, tokens issued at run time by the auth flow) and, for the length of one call, the end
    user's token that call receives (``Redactor.add_for_call``); every public method a subclass defines is
    wrapped so that whatever it raises (message, attributes, cause and context chain) is scrubbed of them
    first. That is the one redaction point of every adapter: a new provider gets it by subclassing. The
    same wrapper runs each such method (``get_holdings``, ``fetch``, their async twins...) within ONE
    ``HttpOptions.total_timeout``, all its requests, retries and bodies together: ``fetch`` ends within
    the budget, not within three times it. ``rate_limits``: the provider's documented request windows
    (``unifolio._transports.RateLimits``), shared by the sync and async clients; without it the adapter
    still honours the provider's ``X-RateLimit-*`` headers.
    """

    info: ClassVar[ProviderInfo]
    total_timeout: float = HttpOptions().total_timeout
    """Seconds each public method may take, all its requests together (``HttpOptions.total_timeout``)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(member):
                setattr(cls, name, _adapter_call(member))

    def __init__(
        self,
        client_class: type[ClientT],
        environment: str,
        auth: httpx.Auth,
        options: HttpOptions | None,
        *,
        secrets: Iterable[Secret | str] = (),
        redactor: Redactor | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        response_hooks: ResponseHooks | None = None,
        rate_limits: RateLimits | None = None,
    ) -> None:
        self.redactor = Redactor() if redactor is None else redactor
        self.redactor.add(*secrets)
        scrub_http_logs(self.redactor)  # e.g. a credential in a query string, in httpx's request log
        self.base_url = resolve_base_url(self.info, environment)
        options = options or HttpOptions()
        self.total_timeout = options.total_timeout
        self._client, self._async_client = make_clients(
            client_class,
            self.base_url,
            auth,
            options,
            transport=transport,
            async_transport=async_transport,
            response_hooks=None if response_hooks is None else self._scrubbed_hooks(response_hooks),
            rate_limits=rate_limits,
        )

    def _scrubbed_hooks(self, hooks: ResponseHooks) -> ResponseHooks:
        """Response hooks raise typed errors from provider text: scrubbed for ``self.client`` users too."""
        sync_hook, async_hook = hooks

        def scrubbed_sync(response: httpx.Response) -> None:
            run_scrubbed(self.redactor, sync_hook, response)

        async def scrubbed_async(response: httpx.Response) -> None:
            await arun_scrubbed(self.redactor, async_hook, response)

        return scrubbed_sync, scrubbed_async

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def client(self) -> ClientT:
        """The generated client this adapter calls, auth attached, for operations it does not wrap."""
        return self._client

    def _send(self, request: Mapping[str, Any]) -> httpx.Response:
        """Send a generated operation's request (what its ``_get_kwargs`` returns) and return the answer.

        Adapters send and parse in two steps (the generated ``sync_detailed`` does both) so that the
        parse runs on its own, with the collector paused, and never a network wait with it. The request
        carries its label for ``Exchange.request`` (``_http.request_label``: secrets masked).
        """
        with provider_call(self.info.name):
            return self._client.get_httpx_client().request(**self._labelled(request))

    async def _asend(self, request: Mapping[str, Any]) -> httpx.Response:
        with provider_call(self.info.name):
            return await self._async_client.get_async_httpx_client().request(**self._labelled(request))

    def _labelled(self, request: Mapping[str, Any]) -> dict[str, Any]:
        label = request_label(request["method"], request["url"], request.get("params"), self.redactor.scrub)
        return {**request, "extensions": {**request.get("extensions", {}), REQUEST_LABEL: label}}

    def close(self) -> None:
        self._client.get_httpx_client().close()

    async def aclose(self) -> None:
        await self._async_client.get_async_httpx_client().aclose()
