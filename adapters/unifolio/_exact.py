"""Exact Decimal arithmetic: what the money path computes with (``unifolio._money`` re-exports it).

Sums and products are exact whatever the precision of the operands (``EXACT``: a context wide enough that
they never round, with ``Inexact``/``Rounded`` as traps, so anything that ever would round raises instead
of rounding silently). Python's default context rounds every result to 28 significant digits: the total
of a single 18-decimal crypto holding worth a few billion would already differ from the holding. Only a
quotient can need rounding (``1/3``): ``quotient`` is exact where the result terminates and otherwise
rounded to a precision the caller states.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, Context, Decimal

__all__ = ["EXACT", "QUOTIENT_PRECISION", "exact_difference", "exact_product", "exact_sum", "quotient"]

EXACT = Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    rounding=ROUND_HALF_EVEN,
    traps=[
        decimal.InvalidOperation,
        decimal.DivisionByZero,
        decimal.Overflow,
        decimal.Inexact,
        decimal.Rounded,
    ],
)
"""Additions, subtractions and multiplications in this context are exact for any operands a provider can
send; ``Inexact``/``Rounded`` are traps, so a result that would have to round raises instead. Never
divide in it (a non-terminating quotient would try to fill ``MAX_PREC`` digits): use ``quotient``."""

QUOTIENT_PRECISION = 28
"""Significant digits of a quotient that does not terminate (``quotient``'s default; Python's own)."""


def exact_sum(values: Iterable[Decimal], start: Decimal = Decimal(0)) -> Decimal:
    """The exact sum of ``values``."""
    with decimal.localcontext(EXACT):
        return sum(values, start)


def exact_difference(a: Decimal, b: Decimal) -> Decimal:
    """The exact ``a - b`` (a bare ``-b`` or ``a - b`` is computed in the default context: 28 digits)."""
    return EXACT.subtract(a, b)


def exact_product(a: Decimal, b: Decimal) -> Decimal:
    """The exact product ``a * b``."""
    return EXACT.multiply(a, b)


def quotient(dividend: Decimal, divisor: Decimal, precision: int = QUOTIENT_PRECISION) -> Decimal:
    """``dividend / divisor``: exact when the quotient terminates (``1/8``), else rounded half-even to
    ``precision`` significant digits (``1/3``). ``ZeroDivisionError`` for a zero divisor."""
    if not divisor:
        raise ZeroDivisionError("division by zero")
    # A terminating quotient of these coefficients has at most this many digits (a divisor's factors of
    # 2 and 5 add at most ~3.4 digits per digit of the divisor), so a context this wide holds it exactly.
    digits = len(dividend.as_tuple().digits) + 4 * len(divisor.as_tuple().digits) + 2
    trial = Context(prec=digits, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[decimal.Inexact])
    try:
        return trial.divide(dividend, divisor)
    except decimal.Inexact:
        return Context(
            prec=precision, rounding=ROUND_HALF_EVEN, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN
        ).divide(dividend, divisor)
