"""The cycle collector is paused while an answer is mapped, and the pause is safe for a host process:
shared by threads, never turning on a collector the host turned off, never left off."""

from __future__ import annotations

import gc
import importlib
import sys
import threading
from collections.abc import Iterator

import pytest

from unifolio import _gc
from unifolio.providers import PROVIDERS


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    was_enabled, threshold = gc.isenabled(), gc.get_threshold()
    yield
    gc.set_threshold(*threshold)
    _gc.set_enabled(True)
    (gc.enable if was_enabled else gc.disable)()


def test_pause_switches_the_collector_off_and_back_on() -> None:
    gc.enable()
    with _gc.paused():
        assert not gc.isenabled()
        with _gc.paused():  # nested (an adapter call inside another's mapping)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_pause_never_turns_on_a_collector_the_host_turned_off() -> None:
    gc.disable()
    with _gc.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_pause_ends_on_an_exception() -> None:
    gc.enable()
    with pytest.raises(ValueError, match="boom"), _gc.paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_threads_share_one_pause_and_the_last_one_out_resumes() -> None:
    gc.enable()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with _gc.paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with _gc.paused():
            second_in.set()
            first_out.wait(5)
            seen["after the first thread left"] = gc.isenabled()
        seen["after both left"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == {"after the first thread left": False, "after both left": True}


def test_pausing_can_be_turned_off_for_the_process() -> None:
    gc.enable()
    _gc.set_enabled(False)
    with _gc.paused():
        assert gc.isenabled()
    assert not _gc.is_enabled()


def _inside(module: str) -> bool:
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_globals.get("__name__") == module:
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_no_collection_runs_while_an_answer_is_mapped(provider: str) -> None:
    """With the collector set to run after every allocation, mapping an answer through the adapter's own
    code (its bench plug-in's ``snapshot``) runs a few collections around the pause (request plumbing,
    the one when it ends) and none per position: 200 and 2,000 positions cost the same number. Without
    the pause it is thousands, growing with the answer."""
    plugin = importlib.import_module(f"tests.bench.providers.{provider}")
    adapter_module = f"unifolio.providers.{provider}"
    plugin.snapshot(plugin.payload(10))  # imports, caches

    def collections_while_mapping(n: int) -> int:
        body = plugin.payload(n)
        collections = 0

        def count(phase: str, info: dict[str, int]) -> None:
            nonlocal collections
            collections += phase == "start" and _inside(adapter_module)

        gc.enable()
        gc.collect()
        gc.set_threshold(1)
        gc.callbacks.append(count)
        try:
            snapshot = plugin.snapshot(body)
        finally:
            gc.callbacks.remove(count)
            gc.set_threshold(700, 10, 10)
        assert len(snapshot.holdings) == n
        assert gc.isenabled()
        return collections

    small, large = collections_while_mapping(200), collections_while_mapping(2_000)
    assert large == small <= 20
