"""Arithmetic on money that never rounds (``exact_product`` / ``exact_sum``, ``unifolio._exact``)."""

from __future__ import annotations

from decimal import Decimal

from unifolio._exact import exact_product, exact_sum

UNITS = Decimal("0.123456789012345678")  # 18 decimals: a float would change it
PRICE = Decimal("12345678901234567.89")  # 19 digits


def test_a_product_keeps_every_digit() -> None:
    product = exact_product(UNITS, PRICE)
    assert product == Decimal("1524157875323883.66390794098763907942")
    assert product != UNITS * PRICE  # the default context rounds to 28 digits
    assert exact_product(exact_product(Decimal("2"), Decimal("12.35")), Decimal("100")) == Decimal("2470.00")
    assert exact_product(Decimal("0.00000001"), Decimal("97123.45")) == Decimal("0.0009712345")
    assert exact_product(Decimal("1E+900000"), Decimal("1E+900000")) == Decimal("1E+1800000")  # no overflow


def test_a_sum_keeps_every_digit() -> None:
    tiny, huge = Decimal("0.000000000000000001"), Decimal("1E+30")
    assert exact_sum([huge, tiny, -huge]) == tiny
    assert huge + tiny - huge == 0  # the default context loses the tiny part
    assert exact_sum([Decimal("1550.55"), Decimal("-1250.5500")]) == Decimal("300.0000")
    assert exact_sum([]) == 0 and exact_sum([Decimal(0), Decimal("0.00")]) == 0
    assert exact_sum([UNITS] * 1000) == Decimal("123.456789012345678000")
