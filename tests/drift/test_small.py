"""The small ones: an open enum's pseudo-member for an unknown value is made once and reused (the common
model's and every generated client's), and a failed connection's outcome keeps its error without the
frames it was raised through (20,000 failing connections grew the CLI to 748 MB).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
from enum import StrEnum
from typing import Any

import pytest

from unifolio import InternalError, UnifolioError
from unifolio.aggregate import fetch_portfolio
from unifolio.models import AssetClass, PriceKind, Snapshot
from unifolio.providers import PROVIDERS, SharedAdapters

pytestmark = pytest.mark.e2e


def test_an_unknown_value_of_the_common_model_s_open_enums_is_one_object() -> None:
    assert AssetClass("derivative") is AssetClass("derivative")
    assert PriceKind("mid") is PriceKind("mid") and not PriceKind("mid").is_known
    assert AssetClass("derivative") == "derivative" and AssetClass("derivative") is not AssetClass("loan")


def _client_package(provider: str) -> str:
    """The generated client package a provider's adapter uses (its ``Client`` class's package)."""
    module = importlib.import_module(f"unifolio.providers.{provider}")
    return next(
        value.__module__.split(".")[0]
        for value in vars(module).values()
        if inspect.isclass(value) and value.__module__.endswith("_client.client")
    )


def _generated_enums() -> list[type[StrEnum]]:
    found = []
    for provider in PROVIDERS:
        models = importlib.import_module(f"{_client_package(provider)}.models")
        found += [
            value
            for value in vars(models).values()
            if inspect.isclass(value) and issubclass(value, StrEnum) and value is not StrEnum
        ]
    return found


@pytest.mark.parametrize(
    "enum", _generated_enums(), ids=lambda e: f"{e.__module__.split('.')[0]}.{e.__name__}"
)
def test_an_unknown_value_of_every_generated_enum_is_one_object(enum: type[StrEnum]) -> None:
    first, again = enum("unifolio_new_value"), enum("unifolio_new_value")
    assert first is again and first == "unifolio_new_value" and not first.is_known  # type: ignore[attr-defined]
    assert str(first) == "unifolio_new_value"


class _Failing:
    """A connection whose fetch fails deep inside (a typed error, or a bug), holding a large local."""

    def __init__(self, index: int, error: BaseException) -> None:
        self.label, self.provider, self.error = f"c{index}", "mesh", error
        from unifolio._redact import Redactor

        self.redactor = Redactor()

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        ballast = bytearray(1_000_000)  # what a parse keeps in its frames: bodies, models
        return self._deeper(ballast)

    def _deeper(self, ballast: bytearray) -> Snapshot:
        raise self.error.__class__(*self.error.args)  # a fresh exception per connection


@pytest.mark.parametrize(
    "error",
    [UnifolioError("provider said no"), RuntimeError("a bug")],
    ids=["typed-error", "bug"],
)
def test_a_failed_outcome_keeps_its_error_but_no_frames(error: BaseException) -> None:
    connections: list[Any] = [_Failing(i, error) for i in range(5)]
    portfolio = asyncio.run(fetch_portfolio(connections))
    for outcome in portfolio.outcomes:
        failure = outcome.error
        assert failure is not None and str(error) in str(failure)
        chain: list[BaseException | None] = [failure]
        while chain:
            current = chain.pop()
            if current is None:
                continue
            assert current.__traceback__ is None, f"{type(current).__name__} keeps its frames"
            chain += [current.__cause__, current.__context__]
        if isinstance(failure, InternalError):  # a bug's traceback is still there to report, as text
            assert failure.formatted_traceback and "_deeper" in failure.formatted_traceback
