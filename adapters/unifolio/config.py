"""``unifolio.toml``: which connections to fetch. Secrets are never in the file, only variable names.

    [concurrency]          # optional: connections fetched at once, per provider
    mesh = 4

    [[connections]]
    name = "alice-robinhood"
    provider = "mesh"
    environment = "sandbox"            # production (default), sandbox, or an https:// base URL
    broker_type = "robinhood"
    client_id_env = "MESH_CLIENT_ID"   # <credential>_env names the environment variable
    client_secret_env = "MESH_CLIENT_SECRET"
    auth_token_env = "ALICE_ROBINHOOD_TOKEN"

The file is strict, because a mistake that is silently ignored (``enviroment = "sandbox"``) sends a
connection to production. Every key must be one the provider declares (``Provider.config_keys``, shown
by ``unifolio providers``) or one of ``COMMON_KEYS``; a near miss is named ("did you mean ...?"). Every
value is checked for type and range, connection names must differ even ignoring case and Unicode form,
and every environment variable is read and checked, all before any request. Each problem is one line:
the first structural one, or every missing or malformed environment variable at once.
"""

from __future__ import annotations

import codecs
import datetime
import math
import os
import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import evolve, frozen

from ._clients import HttpOptions
from ._exceptions import ConfigurationError, UnifolioError
from ._secrets import Secret, credential_problem
from .providers import PROVIDERS, Connection, get_provider
from .providers._base import (
    COMMON_KEYS,
    ConfigKey,
    ConnectionSettings,
    KeyKind,
    Provider,
    did_you_mean,
    id_problem,
    resolve_base_url,
    text_problem,
)

__all__ = [
    "DEFAULT_CONFIG",
    "MAX_CONCURRENCY",
    "Config",
    "connection_from_table",
    "load_config",
    "parse_config",
    "read_config_text",
]

DEFAULT_CONFIG = Path("unifolio.toml")
MAX_CONFIG_BYTES = 1024 * 1024
MAX_CONCURRENCY = 256
_TOP_LEVEL = ("connections", "concurrency")
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


@frozen
class Config:
    connections: tuple[Connection, ...]
    concurrency: Mapping[str, int]
    source: str
    mock: bool = False
    """The connections read the local Prism mocks: their data is made up and is labelled so."""


# --- reading the file ---------------------------------------------------------------------------


def read_config_text(path: Path) -> str:
    """The file as text, or a one-line ConfigurationError (unreadable, too large, binary, not UTF-8)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise ConfigurationError(f"cannot read config {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigurationError(f"{path}: larger than {MAX_CONFIG_BYTES // 1024} KiB, not a unifolio config")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ConfigurationError(f"{path}: is UTF-16 or UTF-32 text; save it as UTF-8")
    if b"\x00" in data:
        raise ConfigurationError(
            f"{path}: contains NUL bytes (a binary or UTF-16 file?); save it as UTF-8 TOML"
        )
    try:
        return data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"{path}: is not UTF-8 text (invalid byte at offset {exc.start})") from None


def load_config(path: Path, environ: Mapping[str, str] | None = None) -> Config:
    text = read_config_text(path)
    return parse_config(text, source=str(path), environ=os.environ if environ is None else environ)


def parse_config(text: str, *, source: str, environ: Mapping[str, str]) -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{source}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigurationError(f"{source}: nested too deeply to be a unifolio config") from None
    for key in data:
        if key not in _TOP_LEVEL:
            raise ConfigurationError(
                f"{source}: unknown top-level key or table `{key}`{did_you_mean(key, _TOP_LEVEL)} "
                "(a config has [[connections]] tables and an optional [concurrency] table)"
            )
    tables = data.get("connections")
    if isinstance(tables, dict):
        raise ConfigurationError(
            f"{source}: write each connection as a [[connections]] table (double brackets)"
        )
    if not isinstance(tables, list) or not tables:
        raise ConfigurationError(f"{source}: needs at least one [[connections]] table")
    pending = [_check_table(table, f"connections[{i}]", source) for i, table in enumerate(tables)]
    _check_unique_names(pending, source)
    concurrency = _concurrency(data.get("concurrency", {}), source)
    return Config(connections=_connect(pending, environ, source), concurrency=concurrency, source=source)


def connection_from_table(table: Mapping[str, Any], environ: Mapping[str, str], *, source: str) -> Connection:
    """One connection table (e.g. assembled from command-line settings), checked like a config file's."""
    (connection,) = _connect([_check_table(table, "connection", source)], environ, source)
    return connection


# --- one connection table -----------------------------------------------------------------------


@frozen
class _Table:
    """A connection table whose keys and values are valid; its secrets are not read yet."""

    provider: Provider
    where: str
    settings: ConnectionSettings
    variables: Mapping[str, tuple[str, ConfigKey]]
    """Secret key name -> (environment variable, its declaration)."""


def _kind_of(value: object) -> str:
    """A TOML value's type in the words of the TOML spec (a date/time is the only other kind)."""
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "an array"}
    names |= {dict: "a table", type(None): "nothing"}
    return names.get(
        type(value),
        "a date/time" if isinstance(value, datetime.date | datetime.time) else type(value).__name__,
    )


def _check_table(table: object, position: str, source: str) -> _Table:
    if not isinstance(table, dict):
        raise ConfigurationError(f"{source}: {position} must be a [[connections]] table")
    label = table.get("name")
    if label is None:
        raise ConfigurationError(f"{source}: {position}: `name` is required (a label for the connection)")
    problem = text_problem(label, max_length=128)
    if problem is not None:
        raise ConfigurationError(f"{source}: {position}: `name` {problem}")
    where = f"{source}: connection {label!r}"
    provider_name = table.get("provider")
    if not isinstance(provider_name, str):
        raise ConfigurationError(f"{where}: `provider` is required; known providers: {', '.join(PROVIDERS)}")
    if provider_name not in PROVIDERS:
        raise ConfigurationError(
            f"{where}: unknown provider {provider_name!r}{did_you_mean(provider_name, PROVIDERS)} "
            f"(known providers: {', '.join(sorted(PROVIDERS))})"
        )
    provider = get_provider(provider_name)
    declared = {key.config_name: key for key in (*COMMON_KEYS, *provider.config_keys)}
    for name in table:
        if name not in declared:
            raise ConfigurationError(f"{where}: {_unknown_key(name, provider, declared)}")
    missing = [key.config_name for key in declared.values() if key.required and key.config_name not in table]
    if missing:
        listed = ", ".join(f"`{name}`" for name in missing)
        raise ConfigurationError(f"{where}: missing required key{'s' if len(missing) > 1 else ''} {listed}")
    values: dict[str, object] = {}
    variables: dict[str, tuple[str, ConfigKey]] = {}
    for name, value in table.items():
        key = declared[name]
        problem = _value_problem(key, value, provider)
        if problem is not None:
            raise ConfigurationError(f"{where}: `{name}` {problem}")
        if key.kind is KeyKind.SECRET:
            variables[key.name] = (value, key)
        elif key.kind is KeyKind.IDS:
            values[key.name] = tuple(value)
        else:
            values[key.name] = value
    settings = ConnectionSettings(
        label=label,
        provider=provider_name,
        environment=str(values.pop("environment", "production")),
        options=_http_options(values),
        values={k: v for k, v in values.items() if k not in {key.name for key in COMMON_KEYS}},
    )
    return _Table(provider, where, settings, variables)


def _unknown_key(name: str, provider: Provider, declared: Mapping[str, ConfigKey]) -> str:
    for key in provider.config_keys:
        if key.kind is KeyKind.SECRET and name == key.name:
            return (
                f"`{name}` is a credential, which is never written in the config: name the environment "
                f'variable that holds it with `{key.config_name} = "VARIABLE_NAME"`'
            )
    hint = did_you_mean(name, declared) or f" (`unifolio providers` lists the keys of {provider.info.name})"
    return f"unknown key `{name}`{hint}"


def _value_problem(key: ConfigKey, value: object, provider: Provider) -> str | None:
    """Why ``value`` does not fit ``key`` (None if it does); never quotes a value that could be secret."""
    kind = key.kind
    if kind is KeyKind.TEXT:
        return text_problem(value, key.max_length)
    if kind is KeyKind.ID:
        return id_problem(value, key.max_length)
    if kind is KeyKind.IDS:
        if not isinstance(value, list):
            return f"must be a non-empty array of strings, got {_kind_of(value)}"
        if not value:
            return "is empty (list at least one id)"
        for i, item in enumerate(value):
            problem = id_problem(item, key.max_length)
            if problem is not None:
                shown = f" {item!r}" if isinstance(item, str) else ""
                return f"item {i}{shown} {problem}"
        repeated = next((item for i, item in enumerate(value) if item in value[:i]), None)
        return None if repeated is None else f"lists {repeated!r} more than once"
    if kind is KeyKind.SECRET:
        if not isinstance(value, str) or not _VARIABLE.match(value):
            return 'must name an environment variable (letters, digits and _), e.g. "MESH_CLIENT_SECRET"'
        return None
    if kind is KeyKind.SECONDS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be a number of seconds, got {_kind_of(value)}"
        if not math.isfinite(value) or not 0 < value <= key.maximum:
            return f"must be a number of seconds above 0 and at most {key.maximum:g}, got {value}"
        return None
    if kind is KeyKind.COUNT:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be an integer, got {_kind_of(value)}"
        if not 1 <= value <= key.maximum:
            return f"must be from 1 to {key.maximum:g}, got {value}"
        return None
    if kind is KeyKind.ENVIRONMENT:
        if not isinstance(value, str):
            return f"must be a string, got {_kind_of(value)}"
        try:
            resolve_base_url(provider.info, value)
        except ConfigurationError as exc:
            return str(exc).removeprefix(f"{provider.info.name}: ")
        return None
    raise AssertionError(f"unhandled key kind {kind}")  # pragma: no cover


def _http_options(values: Mapping[str, object]) -> HttpOptions:
    """The common keys' timeouts and attempts (already checked) over the defaults."""
    defaults = HttpOptions()

    def seconds(name: str, default: float) -> float:
        value = values.get(name)
        return float(value) if isinstance(value, int | float) else default

    attempts = values.get("max_attempts")
    return evolve(
        defaults,
        connect_timeout=seconds("connect_timeout", defaults.connect_timeout),
        read_timeout=seconds("read_timeout", defaults.read_timeout),
        total_timeout=seconds("total_timeout", defaults.total_timeout),
        retry=evolve(defaults.retry, max_attempts=attempts) if isinstance(attempts, int) else defaults.retry,
    )


# --- across connections -------------------------------------------------------------------------


def _check_unique_names(tables: Sequence[_Table], source: str) -> None:
    """Names that differ only by case or Unicode form read the same in output: refused."""
    seen: dict[str, str] = {}
    for table in tables:
        label = table.settings.label
        folded = unicodedata.normalize("NFKC", label).casefold()
        if folded in seen:
            first = seen[folded]
            same = "the same name" if first == label else "names that differ only by case or Unicode form"
            raise ConfigurationError(
                f"{source}: connection names must be unique: {first!r} and {label!r} are {same}"
            )
        seen[folded] = label


def _concurrency(table: object, source: str) -> dict[str, int]:
    if not isinstance(table, dict):
        raise ConfigurationError(f"{source}: [concurrency] must be a table of provider = limit")
    limits: dict[str, int] = {}
    for provider, limit in table.items():
        if provider not in PROVIDERS:
            raise ConfigurationError(
                f"{source}: [concurrency]: unknown provider {provider!r}{did_you_mean(provider, PROVIDERS)}"
            )
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_CONCURRENCY:
            shown = limit if isinstance(limit, int) and not isinstance(limit, bool) else _kind_of(limit)
            raise ConfigurationError(
                f"{source}: [concurrency]: {provider} must be an integer "
                f"from 1 to {MAX_CONCURRENCY}, got {shown}"
            )
        limits[provider] = limit
    return limits


def _connect(tables: Sequence[_Table], environ: Mapping[str, str], source: str) -> tuple[Connection, ...]:
    """Read every secret (all problems reported at once), then build the connections."""
    missing: dict[str, list[str]] = {}
    invalid: dict[str, tuple[str, list[str]]] = {}
    secrets: list[dict[str, Secret]] = []
    for table in tables:
        found: dict[str, Secret] = {}
        for name, (variable, key) in table.variables.items():
            usage = f"{table.where.removeprefix(f'{source}: ')} `{key.config_name}`"
            value = environ.get(variable)
            if value is None:
                missing.setdefault(variable, []).append(usage)
                continue
            problem = credential_problem(value, travels=key.travels)
            if problem is not None:
                invalid.setdefault(variable, (problem, []))[1].append(usage)
                continue
            found[name] = Secret(value)
        secrets.append(found)
    problems = []
    if len(missing) == 1:
        ((variable, usages),) = missing.items()
        problems.append(f"environment variable {variable} is not set ({', '.join(usages)})")
    elif missing:
        listed = ", ".join(f"{variable} ({', '.join(usages)})" for variable, usages in missing.items())
        problems.append(f"environment variables are not set: {listed}")
    for variable, (problem, usages) in invalid.items():
        problems.append(f"environment variable {variable} ({', '.join(usages)}) {problem}")
    if problems:
        raise ConfigurationError(f"{source}: " + "; ".join(problems))
    connections = []
    for table, found in zip(tables, secrets, strict=True):
        settings = evolve(table.settings, values={**table.settings.values, **found})
        try:
            connections.append(table.provider.connection_from_settings(settings))
        except UnifolioError as exc:  # checked above already; a provider's own rule caught something more
            raise ConfigurationError(f"{table.where}: {exc}") from None
    return tuple(connections)
