"""Per-provider drivers: how each spec operation is reached through OUR generated client + adapter.

This is the only per-provider code of the contract tests. A driver says, for every operationId of the
provider's spec, which adapter call exercises it, which of a schemathesis case's parameters that call
takes, and how many holdings a successful body carries. The generic layers (test_clients_vs_prism.py,
test_offline_fuzz.py) do the rest. Adding a provider = adding ``drivers/<provider>.py`` with a
``DRIVER``; test_drivers_cover_every_operation fails until it exists.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx

from unifolio._clients import HttpOptions, RetryPolicy

# Retries off: the layers want to see every answer as it is (and a fuzzed 503 must not cost backoffs).
NO_RETRIES = HttpOptions(retry=RetryPolicy(max_attempts=1))


def path_parameter(case: Any, name: str) -> str:
    """The value as the caller means it: schemathesis keeps path parameters percent-encoded."""
    return unquote(case.path_parameters[name])


def _no_holdings(body: Any) -> int | None:
    return None


def _no_params(body: Any) -> Mapping[str, Any]:
    return {}


@dataclass(frozen=True)
class OperationDriver:
    call: Callable[[Any, Mapping[str, Any]], Any]
    """(adapter, params) -> what the adapter returns (Snapshot, balances, a value ...)."""
    from_case: Callable[[Any], Mapping[str, Any]]
    """A schemathesis Case of this operation -> the params ``call`` takes."""
    from_body: Callable[[Any], Mapping[str, Any]] = _no_params
    """Offline: params that fit a generated response body (e.g. the id the body says it answers)."""
    holdings_in: Callable[[Any], int | None] = _no_holdings
    """A decoded 2xx body -> how many holdings the adapter must return for it (None: no holdings)."""


@dataclass(frozen=True)
class ProviderDriver:
    provider: str
    adapter: Callable[[str, httpx.BaseTransport], Any]
    """(base_url, transport) -> an adapter with retries off and mock credentials."""
    operations: Mapping[str, OperationDriver]
    happy_path: Callable[[Any, Mapping[str, Any] | None], Any] = field(default=lambda body, params: body)
    """(2xx body, the call's params or None) -> the same body made to report success where the schema
    lets a body report failure too (Mesh's envelope ``status``) and consistent with the request (the
    portfolio asked for), so that generated answers reach the mapping instead of the error path. Must
    keep the body schema-valid. Offline the params are None (they are derived from the body instead)."""
    refuses_valid: Mapping[str, str] = field(default_factory=dict)
    """JSON-path regex -> reason: where the adapter refuses a SCHEMA-VALID 2xx body with a
    ResponseContractError on purpose (a judgement call). Any other such refusal fails the tests."""
    known_bugs: Mapping[str, Callable[[int, Any], bool]] = field(default_factory=dict)
    """Bugs found by these tests in code that is not ours to fix, reported with a reproduction:
    description -> predicate(status, decoded body) that tells an answer which triggers it. The fuzzers
    skip such answers; the strict-xfail regression test in test_<provider>_regressions.py turns red
    once the bug is fixed, so the entry is removed then."""
    reset: Callable[[Any], None] = field(default=lambda adapter: None)
    """Forget state between calls (e.g. a cached token), so each call exercises the whole flow."""
    close: Callable[[Any], None] = field(default=lambda adapter: adapter.close())


def driver_for(provider: str) -> ProviderDriver | None:
    try:
        module = importlib.import_module(f"{__name__}.{provider}")
    except ModuleNotFoundError as exc:
        if exc.name == f"{__name__}.{provider}":
            return None
        raise
    driver: ProviderDriver = module.DRIVER
    return driver
