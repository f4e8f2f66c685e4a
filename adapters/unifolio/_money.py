"""Decimal conversion for the adapters: every amount passes through here, never through float."""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation

from ._exceptions import ResponseContractError
from ._generated import is_unset

__all__ = [
    "amount_at",
    "amounts_at",
    "decimal_or_none",
    "exact_product",
    "exact_sum",
    "require_decimal",
    "required_amount_at",
]


def decimal_or_none(value: object, *, provider: str, path: Sequence[str | int]) -> Decimal | None:
    """None/absent stays None; Decimal, int and numeric strings become Decimal; anything else is drift.

    Generated models already hold Decimals for JSON numbers; providers that send amounts as strings
    (MoneyKit, sometimes HabitTrade) arrive here as ``str``.
    """
    if type(value) is Decimal and value.is_finite():  # what generated models hold: the common case first
        return value
    if value is None or is_unset(value):
        return None
    if isinstance(value, Decimal):
        if value.is_finite():
            return value
    elif isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    elif isinstance(value, str):
        try:
            parsed = Decimal(value.strip())
        except InvalidOperation:
            raise ResponseContractError.at(provider, path, f"not a decimal number: {value[:40]!r}") from None
        if parsed.is_finite():
            return parsed
    else:
        raise ResponseContractError.at(provider, path, f"expected a number, got {type(value).__name__}")
    raise ResponseContractError.at(provider, path, f"not a finite number: {value!r}")


def require_decimal(value: object, *, provider: str, path: Sequence[str | int]) -> Decimal:
    result = decimal_or_none(value, provider=provider, path=path)
    if result is None:
        raise ResponseContractError.at(provider, path, "a required amount is missing or null")
    return result


Path = tuple[str | int, ...]


def amount_at(value: object, provider: str, path: Path, *keys: str | int) -> Decimal | None:
    """``decimal_or_none`` at ``(*path, *keys)``, for the per-position hot loops: a finite Decimal (what
    generated models hold) is returned as it is, and the path tuple is only built when it is needed."""
    if type(value) is Decimal and value.is_finite():
        return value
    return decimal_or_none(value, provider=provider, path=(*path, *keys))


def required_amount_at(value: object, provider: str, path: Path, *keys: str | int) -> Decimal:
    """``require_decimal`` at ``(*path, *keys)``, with the fast path of ``amount_at``."""
    if type(value) is Decimal and value.is_finite():
        return value
    return require_decimal(value, provider=provider, path=(*path, *keys))


def amounts_at(
    values: tuple[object, ...],
    provider: str,
    path: Path,
    keys: tuple[str, ...],
    *,
    required: str | None = None,
) -> tuple[Decimal | None, ...]:
    """Several amounts of one record at once, for the per-position loops: when every value is a finite
    Decimal (what generated models hold for JSON numbers) they are returned as they are, after one pass;
    otherwise each goes through ``amount_at`` (``required_amount_at`` for the key ``required``) in the
    given order, so the first bad value is the one reported."""
    for value in values:
        if type(value) is not Decimal or not value.is_finite():
            return _one_by_one(values, provider, path, keys, required)
    return values  # type: ignore[return-value]  # every one a finite Decimal


def _one_by_one(
    values: tuple[object, ...], provider: str, path: Path, keys: tuple[str, ...], required: str | None
) -> tuple[Decimal | None, ...]:
    """``amounts_at`` for a record with a null, absent or non-Decimal amount: each value checked in order."""
    result: list[Decimal | None] = []
    for value, key in zip(values, keys, strict=True):
        if type(value) is Decimal and value.is_finite():
            result.append(value)
        elif key == required:
            result.append(required_amount_at(value, provider, path, key))
        elif value is None:
            result.append(None)
        else:
            result.append(amount_at(value, provider, path, key))
    return tuple(result)


# --- arithmetic that never rounds ---------------------------------------------------------------
# Decimal arithmetic rounds to the context's precision (28 digits by default): 18-decimal quantities
# times 17-digit prices would lose digits silently. These compute with as many digits as the exact
# result has (and the widest exponent range), and trap anything inexact instead of rounding.


def _exact_context(precision: int) -> decimal.Context:
    return decimal.Context(
        prec=max(precision, 1),
        Emax=decimal.MAX_EMAX,
        Emin=decimal.MIN_EMIN,
        traps=[decimal.Inexact, decimal.InvalidOperation, decimal.Overflow],
    )


def exact_product(*factors: Decimal) -> Decimal:
    """The product of finite Decimals, exact (its digits are at most the factors' digits together)."""
    result = Decimal(1)
    digits = sum(len(factor.as_tuple().digits) for factor in factors)
    context = _exact_context(digits)
    for factor in factors:
        result = context.multiply(result, factor)
    return result


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """The sum of finite Decimals, exact (``Decimal(0)`` for none)."""
    items = list(values)
    if not items:
        return Decimal(0)
    top = max(value.adjusted() for value in items if value) if any(items) else 0
    bottom = min(int(value.as_tuple().exponent) for value in items)
    context = _exact_context(top - bottom + len(items).bit_length() + 2)
    total = Decimal(0)
    for value in items:
        total = context.add(total, value)
    return total
