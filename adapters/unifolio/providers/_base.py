"""What every provider adapter declares, so shared code (registry, mocks, CLI) never names a provider."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

import httpx
from attrs import evolve, frozen

from .._clients import GeneratedClient, HttpOptions, ResponseHooks, make_clients
from .._exceptions import ConfigurationError
from .._http import provider_call
from .._secrets import Secret
from ..models import Snapshot

if TYPE_CHECKING:
    from ._shared import SharedAdapters

ClientT = TypeVar("ClientT", bound=GeneratedClient)

__all__ = [
    "Connection",
    "GeneratedClientAdapter",
    "Provider",
    "ProviderInfo",
    "environment_from_config",
    "http_options",
    "required_str",
    "resolve_base_url",
    "secret_from_env",
]


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


def resolve_base_url(info: ProviderInfo, environment: str) -> str:
    """``production``/``sandbox`` (or another named environment) or an explicit http(s) base URL."""
    if environment in info.environments:
        return info.environments[environment]
    if environment.startswith(("https://", "http://")):
        return environment.rstrip("/")
    names = ", ".join(sorted(info.environments))
    raise ConfigurationError(
        f"{info.name}: unknown environment {environment!r}; use one of {names} or an http(s):// base URL"
    )


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

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot: ...


@frozen
class Provider:
    """A registry entry: everything shared code may ask of a provider, and nothing more."""

    info: ProviderInfo
    connection_from_config: Callable[[str, Mapping[str, Any], Mapping[str, str]], Connection]
    """(connection label, its TOML table, the environment variables) -> Connection."""
    mock_connections: Callable[[str], Sequence[Connection]]
    """Connections that read the provider's Prism mock at the given base URL (demo, ``--mock``)."""
    mock_auth: Callable[[str], httpx.Auth]
    """The provider's real auth flow with mock credentials, for raw calls against its mock at the given
    base URL (contract tests send schemathesis-generated requests through it)."""


def secret_from_env(label: str, table: Mapping[str, Any], key: str, environ: Mapping[str, str]) -> Secret:
    """The credential named by ``<key>_env``: the config holds the variable's name, never the value."""
    variable = table.get(f"{key}_env")
    if not isinstance(variable, str) or not variable:
        raise ConfigurationError(f"connection {label!r}: `{key}_env` must name an environment variable")
    value = environ.get(variable)
    if not value:
        raise ConfigurationError(f"connection {label!r}: environment variable {variable} is not set")
    return Secret(value)


_HTTP_KEYS = {"connect_timeout": float, "read_timeout": float, "total_timeout": float}


def http_options(label: str, table: Mapping[str, Any]) -> HttpOptions:
    """Optional per-connection keys: connect_timeout, read_timeout, total_timeout (seconds), max_attempts."""
    values: dict[str, Any] = {}
    for key in _HTTP_KEYS:
        if key in table:
            value = table[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise ConfigurationError(
                    f"connection {label!r}: `{key}` must be a positive number of seconds"
                )
            values[key] = float(value)
    options = HttpOptions(**values)
    if "max_attempts" in table:
        attempts = table["max_attempts"]
        if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
            raise ConfigurationError(f"connection {label!r}: `max_attempts` must be a positive integer")
        options = evolve(options, retry=evolve(options.retry, max_attempts=attempts))
    return options


def environment_from_config(info: ProviderInfo, label: str, table: Mapping[str, Any]) -> str:
    """The connection's ``environment`` (default production), checked at load so a typo fails early."""
    environment = str(table.get("environment", "production"))
    try:
        resolve_base_url(info, environment)
    except ConfigurationError as exc:
        raise ConfigurationError(f"connection {label!r}: {exc}") from None
    return environment


class GeneratedClientAdapter(Generic[ClientT]):
    """What every adapter shares: a base URL, a sync and an async generated client, and closing them.

    Subclasses add the provider's operations; the clients come from ``make_clients`` so timeouts,
    retries and TLS behave the same for every provider.
    """

    info: ClassVar[ProviderInfo]

    def __init__(
        self,
        client_class: type[ClientT],
        environment: str,
        auth: httpx.Auth,
        options: HttpOptions | None,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        response_hooks: ResponseHooks | None = None,
    ) -> None:
        self.base_url = resolve_base_url(self.info, environment)
        self._client, self._async_client = make_clients(
            client_class,
            self.base_url,
            auth,
            options or HttpOptions(),
            transport=transport,
            async_transport=async_transport,
            response_hooks=response_hooks,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def client(self) -> ClientT:
        """The generated client this adapter calls, auth attached, for operations it does not wrap."""
        return self._client

    def _send(self, request: Mapping[str, Any]) -> httpx.Response:
        """Send a generated operation's request (what its ``_get_kwargs`` returns) and return the answer.

        Adapters send and parse in two steps (the generated ``sync_detailed`` does both) so that the
        parse runs on its own, with the collector paused, and never a network wait with it.
        """
        with provider_call(self.info.name):
            return self._client.get_httpx_client().request(**request)

    async def _asend(self, request: Mapping[str, Any]) -> httpx.Response:
        with provider_call(self.info.name):
            return await self._async_client.get_async_httpx_client().request(**request)

    def close(self) -> None:
        self._client.get_httpx_client().close()

    async def aclose(self) -> None:
        await self._async_client.get_async_httpx_client().aclose()


def required_str(label: str, table: Mapping[str, Any], key: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"connection {label!r}: `{key}` is required (a non-empty string)")
    return value
