"""Terminal rendering of snapshots (rich tables)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from rich.console import Console
from rich.table import Table

from .models import CostBasisKind, Holding, PriceKind, Snapshot

__all__ = ["holdings_table", "market_value_totals"]


def _fmt(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{value:,f}" if value == value.to_integral_value() else f"{value.normalize():,f}"


def market_value_totals(holdings: Sequence[Holding]) -> tuple[dict[str, Decimal], list[Holding]]:
    """Exact sums of market value per currency, and the holdings that have no value to add."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    unvalued: list[Holding] = []
    for holding in holdings:
        value = holding.market_value
        if value is None or value.currency is None:
            unvalued.append(holding)
        else:
            totals[value.currency] += value.amount
    return dict(totals), unvalued


def _value_cell(holding: Holding) -> str:
    value = holding.market_value
    if value is None:
        return "—"
    marker = " (prev close)" if value.kind == PriceKind.PREVIOUS_CLOSE else ""
    return f"{_fmt(value.amount)}{marker}"


def _cost_cell(holding: Holding) -> str:
    if not holding.cost_basis:
        return "—"
    basis = holding.cost_basis[0]
    return _fmt(basis.total(holding.quantity)) + (" *" if basis.kind is CostBasisKind.PER_UNIT else "")


def holdings_table(snapshots: Sequence[Snapshot], console: Console, *, title: str) -> None:
    table = Table(title=title, show_lines=False)
    for column, justify in (
        ("Provider", "left"),
        ("Account", "left"),
        ("Symbol", "left"),
        ("Name", "left"),
        ("Class", "left"),
        ("Quantity", "right"),
        ("Price", "right"),
        ("Market value", "right"),
        ("Cost", "right"),
        ("Ccy", "left"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    holdings = [h for snapshot in snapshots for h in snapshot.holdings]
    for h in holdings:
        table.add_row(
            h.provider,
            h.account_id,
            h.instrument.symbol or h.instrument.provider_id or "?",
            (h.instrument.name or "")[:32],
            str(h.instrument.asset_class),
            _fmt(h.quantity),
            _fmt(h.price.amount) if h.price else "—",
            _value_cell(h),
            _cost_cell(h),
            h.currency or "?",
        )
    totals, unvalued = market_value_totals(holdings)
    table.add_section()
    for currency in sorted(totals):
        table.add_row("Total", "", "", "", "", "", "", _fmt(totals[currency]), "", currency, style="bold")
    console.print(table)
    console.print("* cost from a per-unit average x quantity", style="dim")
    if unvalued:
        console.print(
            f"{len(unvalued)} holding(s) have no market value and are not in the totals.", style="dim"
        )
