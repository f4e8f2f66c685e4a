"""The provider registry: the only place that lists providers. Adding one adds one line here."""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from .._exceptions import ConfigurationError
from ._base import Connection, Provider, ProviderInfo

__all__ = ["PROVIDERS", "Connection", "Provider", "ProviderInfo", "get_provider"]

_MODULES = (  # each module under unifolio.providers defines PROVIDER
    "mesh",
    "habittrade",
    "moneykit",
)


def _load(module: str) -> Provider:
    provider = importlib.import_module(f"{__name__}.{module}").PROVIDER
    if not isinstance(provider, Provider):
        raise TypeError(f"unifolio.providers.{module}.PROVIDER is not a Provider")
    return provider


PROVIDERS: Mapping[str, Provider] = {p.info.name: p for p in map(_load, _MODULES)}


def get_provider(name: str) -> Provider:
    try:
        return PROVIDERS[name]
    except KeyError:
        known = ", ".join(sorted(PROVIDERS))
        raise ConfigurationError(f"unknown provider {name!r}; known providers: {known}") from None
