"""Shared test helpers. Mock fixtures come from the unifolio pytest plugin (unifolio.pytest_plugin)."""

from __future__ import annotations

import json
import re
import signal
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"


def load_spec(name: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((SPECS / name).read_text())
    return spec


def response_examples(spec: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    """Named example values of one documented response."""
    media = spec["paths"][path][method]["responses"][status]["content"]["application/json"]
    return {name: example["value"] for name, example in media["examples"].items()}


_DECIMAL_MARK = "\u0000unifolio-exact-decimal:"  # no test data contains it
# the marked string as a whole value (after ":", ",", "[" or alone), never a part of another string
_MARKED_NUMBER = re.compile(r'(?:(?<=[:,\[])|^)"\\u0000unifolio-exact-decimal:([-+0-9.eE]+)"')


def _mark_decimal(value: object) -> str:
    if isinstance(value, Decimal) and value.is_finite():
        return _DECIMAL_MARK + str(value)
    raise TypeError(f"not JSON serialisable: {value!r}")


def as_wire_bytes(value: Any) -> bytes:
    """A document as the bytes a server would send: a Decimal is a bare JSON number written exactly, never
    through float (which would lose digits beyond 17 and make a test compare an adapter with its own
    rounded input)."""
    text = json.dumps(value, default=_mark_decimal, separators=(",", ":"), ensure_ascii=False)
    return _MARKED_NUMBER.sub(r"\1", text).encode()


def pytest_configure(config: pytest.Config) -> None:
    """Processes the tests start get Ctrl-C's default disposition, as from a terminal.

    A run started with SIGINT ignored (a background job of a non-interactive shell, ``nohup``) hands
    that on through every exec: the CLI under test would then ignore the Ctrl-C the tests send and the
    Ctrl-C tests would fail for a reason that is not unifolio's. A Python handler, unlike SIG_IGN, is
    reset to the default in each child.
    """
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
