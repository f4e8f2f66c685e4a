"""Named examples through the mocks: every provider's, read from its spec, failures included.

Nothing here names a provider: a provider added to the registry is covered by these tests as it is.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from tests.contract._specs import operations
from unifolio import (
    AuthenticationError,
    MockServerError,
    PermissionDeniedError,
    ProviderError,
    RateLimitedError,
    UnifolioError,
)
from unifolio._clients import RetryPolicy
from unifolio._examples import EXAMPLES_PREFIX
from unifolio._mock_router import MockRouter
from unifolio.mocks import NamedExample, named_examples
from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e

ONE_TRY = RetryPolicy(max_attempts=1)
CASES = [(provider, name) for provider in PROVIDERS for name in named_examples(provider)]


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "some-id", path)


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_the_router_asks_prism_for_the_example_exactly_where_the_spec_documents_it(provider: str) -> None:
    examples = named_examples(provider)
    assert examples, f"{provider}'s spec names no example"
    operations = {(op.method, op.path) for example in examples.values() for op in example.operations}
    router = MockRouter(0, 1, lambda: examples)
    try:
        for name, example in examples.items():
            documented = {(op.method, op.path): op.status for op in example.operations}
            for method, path in operations:
                target, prefer = router.route(method, f"{EXAMPLES_PREFIX}{name}{_concrete(path)}?q=1")
                assert target == f"{_concrete(path)}?q=1"
                status = documented.get((method, path))
                assert prefer == (None if status is None else f"code={status}, example={name}")
        assert router.route("GET", "/plain/path") == ("/plain/path", None)
    finally:
        router.close()


def test_an_unknown_example_is_refused_with_the_names_there_are(unifolio_mocks: Any) -> None:
    provider = next(iter(PROVIDERS))
    with pytest.raises(MockServerError, match="no example named 'nope'; the spec names: "):
        unifolio_mocks.example_url(provider, "nope")
    answer = httpx.get(f"{unifolio_mocks.url(provider)}{EXAMPLES_PREFIX}nope/x")
    assert answer.status_code == 404
    assert answer.json()["examples"] == sorted(named_examples(provider))


def _most_used(examples: dict[str, NamedExample] | Any, status: int) -> NamedExample:
    """The example documented with exactly ``status`` on the most operations (so a flow reaches it)."""
    candidates = [e for e in examples.values() if e.statuses == (status,)]
    assert candidates, f"no example documents {status} alone"
    return max(candidates, key=lambda e: len(e.operations))


def _fetch_all(provider: str, base_url: str) -> list[Any]:
    """Each of the provider's mock connections fetched against ``base_url``: a Snapshot or the error.

    Retries off: the specs' 429 examples carry a Retry-After the adapters would honour, three times.
    """
    results: list[Any] = []
    for connection in PROVIDERS[provider].mock_connections(base_url):
        connection = attrs.evolve(connection, options=attrs.evolve(connection.options, retry=ONE_TRY))
        try:
            results.append(asyncio.run(connection.fetch()))
        except UnifolioError as exc:
            results.append(exc)
    return results


def _documented(provider: str, status: int) -> bool:
    """Whether any operation of the provider's spec documents ``status`` (not every provider has a 401:
    Plaid answers a bad key with 400 ``INVALID_API_KEYS``)."""
    spec = Path(PROVIDERS[provider].info.spec).stem
    return any(status in operation.responses() for operation in operations(spec))


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_a_401_and_a_429_example_reach_the_adapter_as_typed_errors(
    unifolio_mocks: Any, provider: str
) -> None:
    """Where the spec documents the status, an example of it exists and maps to its typed error."""
    examples = unifolio_mocks.examples(provider)
    checked = []
    if _documented(provider, 401):
        denied = _most_used(examples, 401)
        for result in _fetch_all(provider, unifolio_mocks.example_url(provider, denied.name)):
            assert isinstance(result, AuthenticationError | PermissionDeniedError), (denied.name, result)
            assert result.status == 401 and result.retryable is False
        checked.append(401)
    if _documented(provider, 429):
        limited = _most_used(examples, 429)
        for result in _fetch_all(provider, unifolio_mocks.example_url(provider, limited.name)):
            assert isinstance(result, RateLimitedError) and result.status == 429, (limited.name, result)
        checked.append(429)
    assert checked, f"{provider}'s spec documents neither 401 nor 429"


@pytest.mark.parametrize(("provider", "name"), CASES, ids=[f"{p}-{n}" for p, n in CASES])
def test_every_example_ends_in_data_or_the_typed_error_of_its_status(
    unifolio_mocks: Any, provider: str, name: str
) -> None:
    """Data, a typed refusal, or a ProviderError whose HTTP status is one the example documents."""
    example = unifolio_mocks.examples(provider)[name]
    results = _fetch_all(provider, unifolio_mocks.example_url(provider, name))
    statuses = [r.status for r in results if isinstance(r, ProviderError) and r.status is not None]
    assert all(status in example.statuses for status in statuses), (name, results)
