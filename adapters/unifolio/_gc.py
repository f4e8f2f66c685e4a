"""Pausing Python's cycle collector while a response is parsed and mapped.

Mapping a large answer allocates a few objects per position that all stay alive until the mapping
ends. CPython's generational collector counts those allocations and, because nothing dies, promotes
them and runs ever larger collections over the whole heap: at 10,000 positions that was a third of
the call, and it made the cost per holding grow with the size of the answer. Nothing allocated there
can form a cycle that needs collecting during the call, so the collector is paused for it.

The switch is process-wide, so it is shared with care:
- a counter under a lock: threads (or tasks in several event loops) that parse at the same time
  share one pause, and the collector comes back when the last of them is done;
- it is only ever switched back on if it was this module that switched it off: a host application
  that runs with the collector disabled keeps it disabled;
- the pause covers CPU work only (decode, parse, map), never a network wait, so it lasts as long as
  the mapping of one answer;
- ``unifolio.set_gc_pause(False)`` (this module's ``set_enabled``) turns the pausing off for the whole
  process.
A host that calls ``gc.disable()`` while a parse is under way will find the collector enabled again
when that parse ends: toggle the collector before or after unifolio calls, not during them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["is_enabled", "paused", "set_enabled"]

_lock = threading.Lock()
_depth = 0
_switched_off = False
"""True while the collector is off because of a pause (and must be switched back on at the end)."""
_enabled = True


def set_enabled(enabled: bool) -> None:
    """Whether unifolio pauses the collector while it maps an answer (default: yes)."""
    global _enabled
    with _lock:
        _enabled = enabled


def is_enabled() -> bool:
    return _enabled


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cycle collector paused (see the module notes for the rules)."""
    global _depth, _switched_off
    with _lock:
        if not _enabled:
            counted = False
        else:
            counted = True
            if _depth == 0 and gc.isenabled():
                gc.disable()
                _switched_off = True
            _depth += 1
    try:
        yield
    finally:
        if counted:
            with _lock:
                _depth -= 1
                if _depth == 0 and _switched_off:
                    _switched_off = False
                    gc.enable()
