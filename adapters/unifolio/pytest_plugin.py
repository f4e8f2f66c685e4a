"""pytest plugin (registered as the ``unifolio`` pytest11 entry point): provider mocks as fixtures.

    def test_my_sync(unifolio_mocks):
        base_url = unifolio_mocks.url("mesh")       # Prism serving specs/mesh.yaml examples

    @pytest.mark.parametrize("unifolio_mock", ["mesh", "habittrade"], indirect=True)
    def test_each(unifolio_mock):
        ...unifolio_mock.base_url...

Mocks start on first use, once per test session, and are stopped (process group and all) when the
session ends, also after failures or Ctrl-C.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ._specs import spec_path
from .mocks import PrismMock

__all__ = ["MockServers"]


class MockServers:
    """Lazily started Prism mocks keyed by provider name (see ``unifolio.providers.PROVIDERS``)."""

    def __init__(self, log_dir: Path, *, dynamic: bool = False) -> None:
        self.log_dir = log_dir
        self.dynamic = dynamic
        self._mocks: dict[str, PrismMock] = {}

    def __getitem__(self, provider: str) -> PrismMock:
        if provider not in self._mocks:
            from .providers import get_provider

            info = get_provider(provider).info
            mock = PrismMock(
                spec_path(info.spec),
                dynamic=self.dynamic,
                log_path=self.log_dir / f"prism-{provider}{'-dynamic' if self.dynamic else ''}.log",
            )
            self._mocks[provider] = mock
            mock.start()
        return self._mocks[provider]

    def url(self, provider: str) -> str:
        return self[provider].base_url

    def stop(self) -> None:
        for mock in self._mocks.values():
            mock.stop()
        self._mocks.clear()


@pytest.fixture(scope="session")
def unifolio_mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServers]:
    """Prism mocks serving each spec's named examples (static mode)."""
    servers = MockServers(tmp_path_factory.mktemp("unifolio-mocks"))
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture(scope="session")
def unifolio_dynamic_mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServers]:
    """Prism mocks generating random schema-valid bodies (dynamic mode)."""
    servers = MockServers(tmp_path_factory.mktemp("unifolio-dynamic-mocks"), dynamic=True)
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture
def unifolio_mock(request: pytest.FixtureRequest, unifolio_mocks: MockServers) -> PrismMock:
    """The static mock of the provider named by indirect parametrisation."""
    provider = getattr(request, "param", None)
    if not isinstance(provider, str):
        raise pytest.UsageError(
            "unifolio_mock needs a provider: "
            '@pytest.mark.parametrize("unifolio_mock", ["mesh"], indirect=True)'
        )
    return unifolio_mocks[provider]
