"""Reading Decimal amounts in the adapters: every amount passes through here, never through float.

An optional amount that cannot be used reads None with a ``Notice`` (the one policy,
``unifolio._notices``); a required one (a quantity) is a ``ResponseContractError``. A non-finite value
(``NaN``, ``Infinity``) is never an amount. Arithmetic on amounts is ``unifolio._exact``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from ._exceptions import ResponseContractError
from ._generated import is_unset
from ._notices import unusable
from .models import EMPTY_RECORD, RawRecord

__all__ = [
    "amount_at",
    "amounts_at",
    "decimal_or_none",
    "require_decimal",
    "required_amount_at",
]


def decimal_or_none(
    value: object, *, provider: str, path: Sequence[str | int], record: RawRecord = EMPTY_RECORD
) -> Decimal | None:
    """None/absent stays None; Decimal, int and numeric strings become Decimal; anything else (a word,
    a boolean, an object, ``NaN``) cannot be used: it reads None with a Notice (``_notices.unusable``).

    Generated models already hold Decimals for JSON numbers; providers that send amounts as strings
    (MoneyKit, sometimes HabitTrade) arrive here as ``str``.
    """
    if type(value) is Decimal and value.is_finite():  # what generated models hold: the common case first
        return value
    if value is None or is_unset(value):
        return None
    problem = _problem(value)
    if problem is None:
        return _as_decimal(value)
    unusable(provider, path, problem, record)
    return None


def require_decimal(
    value: object, *, provider: str, path: Sequence[str | int], record: RawRecord = EMPTY_RECORD
) -> Decimal:
    """A required amount (a quantity): anything but a finite number is a ``ResponseContractError``."""
    if type(value) is Decimal and value.is_finite():
        return value
    if value is None or is_unset(value):
        raise ResponseContractError.at(provider, path, "a required amount is missing or null")
    problem = _problem(value)
    if problem is not None:
        raise ResponseContractError.at(provider, path, problem)
    return _as_decimal(value)


def _problem(value: object) -> str | None:
    """Why ``value`` (not None) is not a finite amount, or None if it is one."""
    if isinstance(value, bool):
        return "expected a number, got bool"
    if isinstance(value, Decimal):
        return None if value.is_finite() else f"not a finite number: {value!r}"
    if isinstance(value, int):
        return None
    if isinstance(value, str):
        try:
            parsed = Decimal(value.strip())
        except InvalidOperation:
            return f"not a decimal number: {value[:40]!r}"
        return None if parsed.is_finite() else f"not a finite number: {value!r}"
    return f"expected a number, got {type(value).__name__}"


def _as_decimal(value: object) -> Decimal:
    """A value ``_problem`` accepted."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        return Decimal(value.strip())
    return Decimal(value)  # type: ignore[arg-type]  # an int


Path = tuple[str | int, ...]


def amount_at(
    value: object, provider: str, path: Path, *keys: str | int, record: RawRecord = EMPTY_RECORD
) -> Decimal | None:
    """``decimal_or_none`` at ``(*path, *keys)``, for the per-position hot loops: a finite Decimal (what
    generated models hold) is returned as it is, and the path tuple is only built when it is needed."""
    if type(value) is Decimal and value.is_finite():
        return value
    return decimal_or_none(value, provider=provider, path=(*path, *keys), record=record)


def required_amount_at(
    value: object, provider: str, path: Path, *keys: str | int, record: RawRecord = EMPTY_RECORD
) -> Decimal:
    """``require_decimal`` at ``(*path, *keys)``, with the fast path of ``amount_at``."""
    if type(value) is Decimal and value.is_finite():
        return value
    return require_decimal(value, provider=provider, path=(*path, *keys), record=record)


def amounts_at(
    values: tuple[object, ...],
    provider: str,
    path: Path,
    keys: tuple[str, ...],
    *,
    required: str | None = None,
    record: RawRecord = EMPTY_RECORD,
) -> tuple[Decimal | None, ...]:
    """Several amounts of one record at once, for the per-position loops: when every value is a finite
    Decimal (what generated models hold for JSON numbers) they are returned as they are, after one pass;
    otherwise each goes through ``amount_at`` (``required_amount_at`` for the key ``required``) in the
    given order, so the first bad value is the one reported. ``record`` is the JSON object they come
    from, for the notices of values read as unknown."""
    for value in values:
        if type(value) is not Decimal or not value.is_finite():
            return _one_by_one(values, provider, path, keys, required, record)
    return values  # type: ignore[return-value]  # every one a finite Decimal


def _one_by_one(
    values: tuple[object, ...],
    provider: str,
    path: Path,
    keys: tuple[str, ...],
    required: str | None,
    record: RawRecord,
) -> tuple[Decimal | None, ...]:
    """``amounts_at`` for a record with a null, absent or non-Decimal amount: each value checked in order."""
    result: list[Decimal | None] = []
    for value, key in zip(values, keys, strict=True):
        if type(value) is Decimal and value.is_finite():
            result.append(value)
        elif key == required:
            result.append(required_amount_at(value, provider, path, key, record=record))
        elif value is None:
            result.append(None)
        else:
            result.append(amount_at(value, provider, path, key, record=record))
    return tuple(result)
