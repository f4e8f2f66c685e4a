"""One security, one row: ``--group-by instrument`` merges the same security held through different
providers where identity is certain (each provider maps its market codes onto one scheme,
``unifolio.markets``), and says why two rows that look alike were not merged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contract._specs import Operation
from tests.drift._drifting import drifting
from unifolio.views import merge_positions, not_merged

pytestmark = pytest.mark.e2e

APPLE_ISIN = "US0378331005"


def _apple_by_isin_only(operation: Operation, body: Any) -> Any:
    """MoneyKit's security becomes Apple, identified by ISIN and a ticker without a market."""
    if operation.spec == "moneykit" and "securities" in body:
        body["securities"][0].update(ticker="AAPL", isin=APPLE_ISIN, name="Apple Inc.")
    return body


def test_the_same_security_from_two_providers_is_one_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with drifting(tmp_path) as drift:
        portfolio = drift.library(monkeypatch)
        table = drift.cli("--group-by", "instrument")
    apple = [p for p in merge_positions(portfolio.holdings) if p.instrument.symbol == "AAPL"]
    # Mesh (a US-only broker: US market), HabitTrade (usex: US market), and any other provider whose
    # AAPL is listed in the US (e.g. on the MIC XNAS)
    (merged,) = apple
    assert len({h.provider for h in merged.holdings}) >= 2
    assert merged.identity in {("listing", "US", "AAPL"), ("listing", "XNAS", "AAPL")}  # the most precise
    assert merged.quantity == sum((h.quantity for h in merged.holdings), start=merged.quantity * 0)
    shown = table.stdout.decode()
    (row,) = [line for line in shown.splitlines() if line.startswith("│ AAPL ")]
    assert (
        f"{merged.identity[1]}:AAPL" in row and f"│ {len(merged.holdings)} " in row
    )  # one row, every account


def test_rows_that_look_alike_but_are_not_certainly_one_security_say_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with drifting(tmp_path, _apple_by_isin_only) as drift:
        portfolio = drift.library(monkeypatch)
        table = drift.cli("--group-by", "instrument")
    positions = merge_positions(portfolio.holdings)
    assert len([p for p in positions if p.instrument.symbol == "AAPL"]) == 2
    (apart,) = [item for item in not_merged(positions) if item.symbol == "AAPL"]
    assert f"ISIN {APPLE_ISIN}" in apart.reason and "US:AAPL" in apart.reason
    assert "nothing links" in apart.reason
    shown = table.stdout.decode()
    assert "Not merged:" in shown and "AAPL: " in shown and "nothing links" in shown
