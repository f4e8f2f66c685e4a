"""Money in the table: each currency's usual decimals (ISO 4217), a sign when display rounded a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from unifolio._currencies import OTHER_DECIMALS, minor_units
from unifolio._render import money, quantity_text


@pytest.mark.parametrize(
    ("currency", "decimals"),
    [("USD", 2), ("usd", 2), ("JPY", 0), ("KRW", 0), ("KWD", 3), ("BHD", 3), ("CLF", 4), ("BTC", 8),
     ("ETH", 8), ("USDC", 8), (None, OTHER_DECIMALS), ("", OTHER_DECIMALS)],
)  # fmt: skip
def test_minor_units_follow_iso_4217_and_others_get_eight(currency: str | None, decimals: int) -> None:
    assert minor_units(currency) == decimals


@pytest.mark.parametrize(
    ("amount", "currency", "shown", "rounded"),
    [
        ("1234.5", "USD", "1,234.50", False),
        ("1234.567", "USD", "1,234.57", True),
        ("0.00000001", "USD", "0.00", True),
        ("-1234.565", "USD", "-1,234.56", True),  # half-even, the sign kept
        ("1234567", "JPY", "1,234,567", False),
        ("1234.5", "JPY", "1,234", True),
        ("1.2345", "KWD", "1.234", True),
        ("0.123456789012345678", "ETH", "0.12345679", True),
        ("0.5", "BTC", "0.50000000", False),
        (
            "1234567890123456789012345678901234.5",
            "USD",
            "1,234,567,890,123,456,789,012,345,678,901,234.50",
            False,
        ),
        ("1E+3", "USD", "1,000.00", False),
    ],
)
def test_money_is_shown_in_minor_units_and_says_when_it_rounded(
    amount: str, currency: str, shown: str, rounded: bool
) -> None:
    assert money(Decimal(amount), currency) == (shown, rounded)


def test_quantities_keep_every_digit_and_never_use_an_exponent() -> None:
    assert quantity_text(Decimal("0.000000000000000001")) == "0.000000000000000001"
    assert quantity_text(Decimal("1E-8")) == "0.00000001"
    assert quantity_text(Decimal("12345.123456789012345678")) == "12,345.123456789012345678"
