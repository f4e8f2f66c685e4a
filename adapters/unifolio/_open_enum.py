"""StrEnum that keeps values it does not list, for sets the providers keep growing."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self

UNKNOWN_LIMIT = 1024
"""Distinct unknown values remembered per enum: a provider that sends ever new values cannot grow memory
without end (past the limit each occurrence gets its own pseudo-member, equal to the others)."""

_unknown: dict[type, dict[str, Any]] = {}


class OpenStrEnum(StrEnum):
    """An unknown value becomes a pseudo-member (``is_known`` False) that keeps its string. Each is made
    once and reused, so ``AssetClass("derivative") is AssetClass("derivative")``."""

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        made = _unknown.setdefault(cls, {})
        member: Self | None = made.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._name_ = f"UNKNOWN({value!r})"
            member._value_ = value
            if len(made) < UNKNOWN_LIMIT:
                made[value] = member
        return member
