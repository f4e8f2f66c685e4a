"""Helpers for values coming out of the generated client packages."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


def as_utc(value: datetime.datetime | None) -> datetime.datetime | None:
    """A provider's timestamp; one without an offset is read as UTC (what the providers document)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=datetime.UTC)


def is_unset(value: object) -> bool:
    """True for any generated package's ``UNSET`` marker (each package defines its own ``Unset`` class)."""
    return type(value).__name__ == "Unset" and type(value).__module__.endswith("_client.types")


def unset_folder(unset: type[U]) -> Callable[[T | U | None], T | None]:
    """``opt = unset_folder(Unset)``: folds a package's ``UNSET`` into None, keeping the value's type.

    The common model has one notion of "not given" (None); generated models have two (UNSET, None).
    """

    def opt(value: T | U | None) -> T | None:
        return None if isinstance(value, unset) else value  # type: ignore[return-value]

    return opt
