"""pytest plugin (registered as the ``unifolio`` pytest11 entry point): provider mocks as fixtures.

    def test_my_sync(unifolio_mocks):
        base_url = unifolio_mocks.url("mesh")                       # default examples
        limited = unifolio_mocks.example_url("mesh", "rate_limited")  # every call answers 429

    @pytest.mark.parametrize("unifolio_mock", ["mesh", "habittrade"], indirect=True)
    def test_each(unifolio_mock):
        ...unifolio_mock.base_url...

Mocks start on first use, once per test session, and are stopped (process group and all) when the
session ends, also after failures or Ctrl-C. If the process that launched pytest dies (``uv run`` or
``make`` killed with ``kill -9``), the run is interrupted like a Ctrl-C so nothing keeps running
(``UNIFOLIO_STOP_WITH_PARENT=0`` turns that off). Prism itself comes from ``unifolio mock install``.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Mapping

import pytest

from ._process import watch_wrappers
from .mocks import NamedExample, ProviderMock

__all__ = ["MockServers"]


def _interrupt_run() -> None:
    """What a Ctrl-C does: pytest stops, tears the session down (mocks included) and exits."""
    os.kill(os.getpid(), signal.SIGINT)


class MockServers:
    """Lazily started provider mocks keyed by provider name (see ``unifolio.providers.PROVIDERS``)."""

    def __init__(self, *, dynamic: bool = False) -> None:
        self.dynamic = dynamic
        self._mocks: dict[str, ProviderMock] = {}
        self._unwatch: Callable[[], None] | None = None

    def __getitem__(self, provider: str) -> ProviderMock:
        if provider not in self._mocks:
            if self._unwatch is None:
                self._unwatch = watch_wrappers(_interrupt_run)
            mock = ProviderMock(provider, dynamic=self.dynamic)
            mock.start()
            self._mocks[provider] = mock
        return self._mocks[provider]

    def url(self, provider: str) -> str:
        """Base URL of the provider's mock: each operation answers with its first documented example."""
        return self[provider].base_url

    def example_url(self, provider: str, example: str) -> str:
        """Base URL at which every operation documenting ``example`` answers with it (its status too)."""
        return self[provider].example_url(example)

    def examples(self, provider: str) -> Mapping[str, NamedExample]:
        """The provider's named examples (success, failures, error envelopes), by name."""
        return self[provider].examples()

    def stop(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        for mock in self._mocks.values():
            mock.stop()
        self._mocks.clear()


@pytest.fixture(scope="session")
def unifolio_mocks() -> Iterator[MockServers]:
    """Provider mocks serving each spec's named examples (static mode)."""
    servers = MockServers()
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture(scope="session")
def unifolio_dynamic_mocks() -> Iterator[MockServers]:
    """Provider mocks generating random schema-valid bodies (dynamic mode)."""
    servers = MockServers(dynamic=True)
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture
def unifolio_mock(request: pytest.FixtureRequest, unifolio_mocks: MockServers) -> ProviderMock:
    """The static mock of the provider named by indirect parametrisation."""
    provider = getattr(request, "param", None)
    if not isinstance(provider, str):
        raise pytest.UsageError(
            "unifolio_mock needs a provider: "
            '@pytest.mark.parametrize("unifolio_mock", ["mesh"], indirect=True)'
        )
    return unifolio_mocks[provider]
