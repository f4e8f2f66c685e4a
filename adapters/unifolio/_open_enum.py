"""StrEnum that keeps values it does not list, for sets the providers keep growing."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class OpenStrEnum(StrEnum):
    """An unknown value becomes a pseudo-member (``is_known`` False) that keeps its string."""

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN({value!r})"
        member._value_ = value
        return member
