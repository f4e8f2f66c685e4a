"""Terminal rendering of a portfolio with rich: holdings grouped three ways, totals, allocation bars."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from rich.console import Console
from rich.table import Table

from .aggregate import Portfolio
from .models import CostBasisKind, Holding, PriceKind
from .views import allocation_by_asset_class, merge_positions, totals_by_currency

__all__ = ["GROUPINGS", "render_portfolio"]

GROUPINGS = ("account", "asset-class", "instrument")
BAR_WIDTH = 40


def fmt(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _value_cell(holding: Holding) -> str:
    value = holding.market_value
    if value is None:
        return "—"
    return fmt(value.amount) + (" †" if value.kind == PriceKind.PREVIOUS_CLOSE else "")


def _cost_cell(holding: Holding) -> str:
    if not holding.cost_basis:
        return "—"
    basis = holding.cost_basis[0]
    return fmt(basis.total(holding.quantity)) + (" *" if basis.kind is CostBasisKind.PER_UNIT else "")


def _holdings_table(title: str, holdings: Sequence[Holding]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("Provider", "Account", "Symbol", "Name", "Class", "Market"):
        table.add_column(column)
    for column in ("Quantity", "Price", "Market value", "Cost"):
        table.add_column(column, justify="right")
    table.add_column("Ccy")
    for h in holdings:
        table.add_row(
            h.provider,
            h.account_id,
            h.instrument.symbol or h.instrument.provider_id or "?",
            (h.instrument.name or "")[:28],
            str(h.instrument.asset_class),
            h.instrument.market or "",
            fmt(h.quantity),
            fmt(h.price.amount) if h.price else "—",
            _value_cell(h),
            _cost_cell(h),
            h.currency or "?",
        )
    return table


def _merged_table(holdings: Sequence[Holding]) -> Table:
    table = Table(title="Positions by instrument (merged across accounts)", title_justify="left")
    for column in ("Instrument", "Identity", "Class", "Accounts"):
        table.add_column(column)
    table.add_column("Quantity", justify="right")
    table.add_column("Market value", justify="right")
    for position in merge_positions(holdings):
        instrument = position.instrument
        totals = position.market_value.totals
        value = ", ".join(f"{fmt(amount)} {ccy}" for ccy, amount in sorted(totals.items())) or "—"
        table.add_row(
            instrument.symbol or instrument.name or instrument.provider_id or "?",
            ":".join(part for part in position.identity if part) if position.identity[0] != "unique" else "—",
            str(instrument.asset_class),
            str(len(position.holdings)),
            fmt(position.quantity),
            value,
        )
    return table


def render_portfolio(portfolio: Portfolio, console: Console, *, group_by: str = "account") -> None:
    holdings = portfolio.holdings
    if group_by == "instrument":
        console.print(_merged_table(holdings))
    else:
        groups: dict[str, list[Holding]] = {}
        for holding in holdings:
            if group_by == "account":
                key = f"{holding.provider} · {holding.account_id}"
            else:
                key = str(holding.instrument.asset_class)
            groups.setdefault(key, []).append(holding)
        for name in sorted(groups):
            console.print(_holdings_table(name, groups[name]))
    _render_totals(portfolio, console)


def _render_totals(portfolio: Portfolio, console: Console) -> None:
    totals = totals_by_currency(portfolio.holdings)
    table = Table(title="Totals per currency", title_justify="left")
    table.add_column("Currency")
    table.add_column("Market value", justify="right")
    for currency, amount in sorted(totals.totals.items()):
        table.add_row(currency, fmt(amount))
    console.print(table)
    console.print("Allocation by asset class (share of each currency's valued total):", style="bold")
    for item in allocation_by_asset_class(portfolio.holdings):
        filled = round(item.share * BAR_WIDTH)
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        percent = (item.share * 100).quantize(Decimal("0.1"))
        console.print(f"  {item.currency} {item.asset_class!s:<8} {bar} {percent:>5}%  {fmt(item.value)}")
    notes = ["* cost = per-unit average x quantity", "† valued at the previous close, not a live price"]
    if totals.unvalued:
        notes.append(f"{len(totals.unvalued)} holding(s) have no market value and are not in the totals")
    console.print("; ".join(notes), style="dim")
