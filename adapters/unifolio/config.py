"""``unifolio.toml``: which connections to fetch. Secrets are never in the file, only variable names.

    [concurrency]          # optional: connections fetched at once, per provider
    mesh = 4

    [[connections]]
    name = "alice-robinhood"
    provider = "mesh"
    environment = "sandbox"            # production (default), sandbox, or a base URL
    broker_type = "robinhood"
    client_id_env = "MESH_CLIENT_ID"   # <credential>_env names the environment variable
    client_secret_env = "MESH_CLIENT_SECRET"
    auth_token_env = "ALICE_ROBINHOOD_TOKEN"

Each provider documents its own keys (``unifolio providers``). Everything is checked, and every
variable read, before any request is made.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from ._exceptions import ConfigurationError
from .providers import Connection, get_provider

__all__ = ["DEFAULT_CONFIG", "Config", "load_config", "parse_config"]

DEFAULT_CONFIG = Path("unifolio.toml")
_SECRET_WORDS = ("secret", "token", "password", "api_key", "apikey", "private")


@frozen
class Config:
    connections: tuple[Connection, ...]
    concurrency: Mapping[str, int]
    source: str


def load_config(path: Path, environ: Mapping[str, str] | None = None) -> Config:
    try:
        text = path.read_text()
    except OSError as exc:
        raise ConfigurationError(f"cannot read config {path}: {exc.strerror or exc}") from None
    return parse_config(text, source=str(path), environ=os.environ if environ is None else environ)


def parse_config(text: str, *, source: str, environ: Mapping[str, str]) -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{source}: not valid TOML: {exc}") from None
    tables = data.get("connections", [])
    if not isinstance(tables, list) or not tables or not all(isinstance(t, dict) for t in tables):
        raise ConfigurationError(f"{source}: needs at least one [[connections]] table")
    connections = [_connection(table, index, environ) for index, table in enumerate(tables)]
    labels = [c.label for c in connections]
    duplicates = sorted({label for label in labels if labels.count(label) > 1})
    if duplicates:
        raise ConfigurationError(f"{source}: connection names must be unique: {', '.join(duplicates)}")
    return Config(connections=tuple(connections), concurrency=_concurrency(data, source), source=source)


def _connection(table: Mapping[str, Any], index: int, environ: Mapping[str, str]) -> Connection:
    label = table.get("name")
    if not isinstance(label, str) or not label:
        raise ConfigurationError(f"connections[{index}]: `name` is required (a non-empty string)")
    provider_name = table.get("provider")
    if not isinstance(provider_name, str):
        raise ConfigurationError(f"connection {label!r}: `provider` is required")
    _reject_inline_secrets(label, table)
    return get_provider(provider_name).connection_from_config(label, table, environ)


def _reject_inline_secrets(label: str, table: Mapping[str, Any]) -> None:
    for key in table:
        lowered = key.lower()
        if any(word in lowered for word in _SECRET_WORDS) and not lowered.endswith("_env"):
            raise ConfigurationError(
                f"connection {label!r}: `{key}` looks like a credential; the config only names the "
                f'environment variable that holds it: use `{key}_env = "VARIABLE_NAME"`'
            )


def _concurrency(data: Mapping[str, Any], source: str) -> dict[str, int]:
    table = data.get("concurrency", {})
    if not isinstance(table, dict):
        raise ConfigurationError(f"{source}: [concurrency] must be a table of provider = limit")
    limits: dict[str, int] = {}
    for provider, limit in table.items():
        get_provider(provider)
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ConfigurationError(f"{source}: concurrency for {provider} must be a positive integer")
        limits[provider] = limit
    return limits
