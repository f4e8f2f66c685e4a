"""The provider registry: the only place that lists providers. Adding one adds one line here.

A provider's module (its adapter, its generated client, their imports) is loaded the first time the
provider is asked for, not when ``unifolio`` starts: ``unifolio --help`` or a config with one provider
does not pay for the others. Iterating ``PROVIDERS`` (names) loads nothing; reading an entry loads
that provider.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator, Mapping

from .._exceptions import ConfigurationError
from ._base import Connection, Provider, ProviderInfo
from ._shared import SharedAdapters

__all__ = ["PROVIDERS", "Connection", "Provider", "ProviderInfo", "SharedAdapters", "get_provider"]

_MODULES = (  # each module under unifolio.providers defines PROVIDER, named like the module
    "mesh",
    "habittrade",
    "moneykit",
    "plaid",
    "snaptrade",
)


def _load(module: str) -> Provider:
    provider = importlib.import_module(f"{__name__}.{module}").PROVIDER
    if not isinstance(provider, Provider):
        raise TypeError(f"unifolio.providers.{module}.PROVIDER is not a Provider")
    if provider.info.name != module:
        raise TypeError(
            f"unifolio.providers.{module}.PROVIDER is named {provider.info.name!r}, not {module!r}"
        )
    return provider


class _Registry(Mapping[str, Provider]):
    """Provider name -> Provider, each loaded on first access (thread-safe: imports hold their own lock)."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._names = names
        self._loaded: dict[str, Provider] = {}
        self._lock = threading.Lock()

    def __getitem__(self, name: str) -> Provider:
        provider = self._loaded.get(name)
        if provider is None:
            if name not in self._names:
                raise KeyError(name)
            with self._lock:
                provider = self._loaded.get(name) or _load(name)
                self._loaded[name] = provider
        return provider

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __repr__(self) -> str:
        return f"<providers {', '.join(self._names)}>"


PROVIDERS: Mapping[str, Provider] = _Registry(_MODULES)


def get_provider(name: str) -> Provider:
    try:
        return PROVIDERS[name]
    except KeyError:
        known = ", ".join(sorted(PROVIDERS))
        raise ConfigurationError(f"unknown provider {name!r}; known providers: {known}") from None
