"""The provider registry: the only place that lists providers. Adding one adds one line here."""

from __future__ import annotations

from collections.abc import Mapping

from .._exceptions import ConfigurationError
from . import mesh
from ._base import Connection, Provider, ProviderInfo

__all__ = ["PROVIDERS", "Connection", "Provider", "ProviderInfo", "get_provider"]

PROVIDERS: Mapping[str, Provider] = {provider.info.name: provider for provider in (mesh.PROVIDER,)}


def get_provider(name: str) -> Provider:
    try:
        return PROVIDERS[name]
    except KeyError:
        known = ", ".join(sorted(PROVIDERS))
        raise ConfigurationError(f"unknown provider {name!r}; known providers: {known}") from None
