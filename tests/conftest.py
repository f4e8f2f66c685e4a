"""Shared test helpers. Mock fixtures come from the unifolio pytest plugin (unifolio.pytest_plugin)."""

from __future__ import annotations

import json
import signal
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"


def load_spec(name: str) -> dict[str, Any]:
    return yaml.safe_load((SPECS / name).read_text())


def response_examples(spec: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    """Named example values of one documented response."""
    media = spec["paths"][path][method]["responses"][status]["content"]["application/json"]
    return {name: example["value"] for name, example in media["examples"].items()}


def as_wire_bytes(value: Any) -> bytes:
    """An example as the bytes a server would send (Decimal-safe)."""
    return json.dumps(value, default=lambda d: float(d) if isinstance(d, Decimal) else d).encode()


def pytest_configure(config: pytest.Config) -> None:
    """Processes the tests start get Ctrl-C's default disposition, as from a terminal.

    A run started with SIGINT ignored (a background job of a non-interactive shell, ``nohup``) hands
    that on through every exec: the CLI under test would then ignore the Ctrl-C the tests send and the
    Ctrl-C tests would fail for a reason that is not unifolio's. A Python handler, unlike SIG_IGN, is
    reset to the default in each child.
    """
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
