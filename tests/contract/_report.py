"""Figures the contract layers collect (cases run, outcomes), printed at the end of the pytest run."""

from __future__ import annotations

LINES: list[str] = []


def note(line: str) -> None:
    LINES.append(line)
