"""Terminal rendering of a portfolio: holdings grouped three ways, balances, totals, allocation, notices.

Everything shown here that a provider (or a config file) supplied is data, never markup or terminal
control: names, symbols, account ids, currencies, error messages. ``literal`` is the one way such text
reaches the terminal: a ``rich.text.Text`` (never parsed as markup, so ``[/]`` or ``[reverse]AAPL``
show as typed) of ``printable(text)`` (control characters, escape sequences, bidi overrides and other
invisible formatting characters shown as ``\\x1b``-style escapes instead of acting on the terminal).

Money is shown the way a statement shows it: each amount with its currency's usual decimals (ISO 4217
minor units, ``unifolio._currencies``), thousands grouped, every cell of a column in that one format, and
a ``~`` after a figure that display rounded (JSON and CSV keep every digit). Quantities are shown with
every digit. Tables are built as plain lines (``unifolio._table``), so 60,000 holdings take seconds.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_EVEN, Context, Decimal

from rich.console import Console
from rich.text import Text

from ._currencies import minor_units
from ._table import Column, table_lines
from .aggregate import Portfolio
from .models import Balance, CostBasisKind, Holding, Notice, PriceKind
from .views import (
    allocation_by_asset_class,
    describe_identity,
    merge_positions,
    not_merged,
    totals_by_currency,
)

__all__ = ["GROUPINGS", "MOCK_LABEL", "literal", "money", "printable", "render_portfolio"]

GROUPINGS = ("account", "asset-class", "instrument")
BAR_WIDTH = 40
BALANCE_COLUMNS = (
    ("cash", "Cash"),
    ("buying_power", "Buying power"),
    ("withdrawable", "Withdrawable"),
    ("crypto_buying_power", "Crypto buying power"),
    ("available", "Available"),
    ("current", "Current"),
    ("limit", "Limit"),
)
"""``Balance`` amounts in the order shown; a column no balance fills is left out."""
MOCK_LABEL = "MOCK DATA"
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object) -> str:
    """``text`` with everything that could act on a terminal made visible and inert.

    C0/C1 controls, DEL and ESC (so no CSI/OSC sequence, OSC-8 link or clear-screen survives), bidi
    overrides and isolates, zero-width and other format characters, line/paragraph separators and
    unassigned code points become ``\\xNN``/``\\uNNNN`` escapes; other spaces become a plain space.
    """
    value = text if isinstance(text, str) else str(text)
    if value.isprintable():
        return value
    shown = []
    for char in value:
        if char.isprintable():
            shown.append(char)
        elif unicodedata.category(char) == "Zs":
            shown.append(" ")
        elif char in _NAMED_ESCAPES:
            shown.append(_NAMED_ESCAPES[char])
        else:
            code = ord(char)
            shown.append(
                f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
            )
    return "".join(shown)


def literal(text: object, style: str = "") -> Text:
    """Text shown exactly as given (see ``printable``), optionally styled by us."""
    return Text(printable(text), style=style)


Scrub = Callable[[str], str]

ROUNDED = "~"
"""Marks a figure that display rounded to its currency's decimals."""
SHOWN_NOTICES = 50
"""Notices listed under the tables; the rest are counted (every one is in the JSON output)."""
NAME_WIDTH = 28


def _identity(text: str) -> str:
    return text


def money(amount: Decimal, currency: str | None) -> tuple[str, bool]:
    """``amount`` with ``currency``'s usual decimals and thousands grouped, and whether that rounded it
    (half-even; the value itself is never changed, only what is shown)."""
    decimals = minor_units(currency)
    digits = max(28, amount.adjusted() + decimals + 2)
    shown = amount.quantize(
        Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN, context=Context(prec=digits)
    )
    return f"{shown:,f}", shown != amount


def quantity_text(value: Decimal) -> str:
    """A quantity with every digit the provider gave, thousands grouped, never in exponent form."""
    return f"{value:,f}"


def _money_cells(figures: Sequence[tuple[Decimal, str | None, str] | None]) -> tuple[list[str], bool]:
    """One money column: ``(amount, currency, footnote mark)`` per row (None: no figure). Every cell in
    the same format, the rounding mark and footnote marks in slots of the same width, so figures align.
    Also whether any was rounded."""
    parts: list[tuple[str, str, str] | None] = []
    any_rounded = False
    for figure in figures:
        if figure is None:
            parts.append(None)
            continue
        amount, currency, mark = figure
        text, rounded = money(amount, currency)
        any_rounded |= rounded
        parts.append((text, ROUNDED if rounded else "", mark))
    mark_width = max((len(p[2]) for p in parts if p is not None), default=0)
    rounded_width = 1 if any_rounded else 0
    cells = []
    for part in parts:
        if part is None:
            cells.append("—" + " " * (rounded_width + (mark_width + 1 if mark_width else 0)))
            continue
        text, rounded_mark, mark = part
        suffix = rounded_mark.ljust(rounded_width) + ((" " + mark.ljust(mark_width)) if mark_width else "")
        cells.append(text + suffix)
    return cells, any_rounded


class _Renderer:
    """One rendering: every provider-supplied string goes through ``cell`` (scrubbed, then printable)."""

    def __init__(self, console: Console, scrub: Scrub, mock: bool) -> None:
        self.console = console
        self.scrub = scrub
        self.prefix = f"{MOCK_LABEL} · " if mock else ""
        self.rounded = False

    def cell(self, text: object, limit: int | None = None) -> str:
        """Scrubbed before it is cut short, so a cut can never leave part of a secret unmasked."""
        scrubbed = self.scrub(text if isinstance(text, str) else str(text))
        if limit is not None and len(scrubbed) > limit:
            scrubbed = scrubbed[: limit - 1] + "…"
        return printable(scrubbed)

    def title(self, *parts: object) -> Text:
        title = Text(self.prefix, style="bold red") if self.prefix else Text()
        return title.append_text(Text(" · ").join(literal(self.cell(part)) for part in parts))

    def table(self, title: Text, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        """Title, then the table as one text (the header line bold): no layout engine per cell."""
        lines, header = table_lines(columns, rows)
        body = Text("\n".join(lines))
        start = sum(len(line) + 1 for line in lines[:header])
        body.stylize("bold", start, start + len(lines[header]))
        self.console.print(title, soft_wrap=True, highlight=False)
        self.console.print(body, soft_wrap=True, highlight=False, crop=False)

    def holdings_table(self, title: Text, holdings: Sequence[Holding]) -> None:
        columns = [Column(name) for name in ("Provider", "Account", "Symbol", "Name", "Class", "Market")]
        columns += [Column(name, right=True) for name in ("Quantity", "Price", "Market value", "Cost")]
        columns.append(Column("Ccy"))
        prices, rounded_p = _money_cells(
            [(h.price.amount, h.price.currency, "") if h.price else None for h in holdings]
        )
        values, rounded_v = _money_cells([_value_figure(h) for h in holdings])
        costs, rounded_c = _money_cells([_cost_figure(h) for h in holdings])
        self.rounded |= rounded_p or rounded_v or rounded_c
        cell = self.cell
        rows = [
            (
                cell(h.provider),
                cell(h.account_id),
                cell(h.instrument.symbol or h.instrument.provider_id or "?"),
                cell(h.instrument.name or "", limit=NAME_WIDTH),
                cell(h.instrument.asset_class),
                cell(h.instrument.mic or h.instrument.market_country or h.instrument.market or ""),
                quantity_text(h.quantity),
                price,
                value,
                cost,
                cell(h.currency or "?"),
            )
            for h, price, value, cost in zip(holdings, prices, values, costs, strict=True)
        ]
        self.table(title, columns, rows)

    def balances_table(self, balances: Sequence[Balance]) -> None:
        """Each balance as its provider states it. Never added to the totals: a provider's balance may
        already contain cash that its holdings list (Plaid's ``current`` does)."""
        shown = [
            (name, title)
            for name, title in BALANCE_COLUMNS
            if any(getattr(b, name) is not None for b in balances)
        ]
        figures = []
        for name, _ in shown:
            amounts = [getattr(b, name) for b in balances]
            cells, rounded = _money_cells(
                [None if a is None else (a, b.currency, "") for a, b in zip(amounts, balances, strict=True)]
            )
            self.rounded |= rounded
            figures.append(cells)
        columns = [
            Column("Provider"),
            Column("Account"),
            *(Column(t, right=True) for _, t in shown),
            Column("Ccy"),
        ]
        rows = [
            (
                self.cell(b.provider),
                self.cell(b.account_id),
                *(cells[i] for cells in figures),
                self.cell(b.currency or "?"),
            )
            for i, b in enumerate(balances)
        ]
        self.table(
            self.title("Balances (as each provider states them; not part of the totals)"), columns, rows
        )

    def merged_tables(self, holdings: Sequence[Holding]) -> None:
        positions = merge_positions(holdings)
        columns = [Column(name) for name in ("Instrument", "Identity", "Class", "Accounts")]
        columns += [Column("Quantity", right=True), Column("Market value", right=True)]
        rows = []
        for position in positions:
            instrument = position.instrument
            parts = []
            for currency, amount in sorted(position.market_value.totals.items()):
                text, rounded = money(amount, currency)
                self.rounded |= rounded
                parts.append(f"{text}{ROUNDED if rounded else ''} {currency}")
            rows.append(
                (
                    self.cell(instrument.symbol or instrument.name or instrument.provider_id or "?"),
                    self.cell(describe_identity(position.identity)),
                    self.cell(instrument.asset_class),
                    str(len(position.holdings)),
                    quantity_text(position.quantity),
                    self.cell(", ".join(parts) or "—"),
                )
            )
        self.table(self.title("Positions by instrument (merged across accounts)"), columns, rows)
        apart = not_merged(positions)
        if apart:
            title = self.title("Not merged: look-alikes that are not certainly one security")
            title.stylize("bold")
            self.console.print(title, soft_wrap=True, highlight=False)
            for item in apart:
                line = literal(f"  {self.cell(item.symbol)}: {self.cell(item.reason)}")
                self.console.print(line, soft_wrap=True, highlight=False)

    def totals(self, holdings: Sequence[Holding]) -> None:
        """Totals, allocation and the footnotes that apply; nothing at all without holdings."""
        if not holdings:
            return
        totals = totals_by_currency(holdings)
        if totals.totals:
            items = sorted(totals.totals.items())
            cells, rounded = _money_cells([(amount, currency, "") for currency, amount in items])
            self.rounded |= rounded
            rows = [(self.cell(currency), text) for (currency, _), text in zip(items, cells, strict=True)]
            self.table(
                self.title("Totals per currency"),
                [Column("Currency"), Column("Market value", right=True)],
                rows,
            )
            self.console.print(
                "Allocation by asset class (share of each currency's valued total):", style="bold"
            )
            for item in allocation_by_asset_class(holdings):
                filled = round(item.share * BAR_WIDTH)
                bar = "█" * filled + "░" * (BAR_WIDTH - filled)
                percent = (item.share * 100).quantize(Decimal("0.1"))
                text, rounded = money(item.value, item.currency)
                self.rounded |= rounded
                self.console.print(
                    Text.assemble(
                        "  ",
                        literal(self.cell(item.currency)),
                        " ",
                        literal(self.cell(f"{item.asset_class!s:<8}")),
                        f" {bar} {percent:>5}%  {text}{ROUNDED if rounded else ''}",
                    ),
                    soft_wrap=True,
                )
        notes = []
        if any(h.cost_basis and h.cost_basis[0].kind is CostBasisKind.PER_UNIT for h in holdings):
            notes.append("* cost = per-unit average x quantity")
        if any(h.market_value and h.market_value.kind == PriceKind.PREVIOUS_CLOSE for h in holdings):
            notes.append("† valued at the previous close, not a live price")
        if self.rounded:
            notes.append(
                f"{ROUNDED} rounded to the currency's usual decimals for display (JSON, CSV: every digit)"
            )
        if totals.unvalued:
            notes.append(f"{len(totals.unvalued)} holding(s) have no market value and are not in the totals")
        if notes:
            self.console.print(Text("; ".join(notes), style="dim"), soft_wrap=True)

    def notices(self, notices: Sequence[Notice]) -> None:
        """Every notice, one line each (provider, what, where); past ``SHOWN_NOTICES`` only counted."""
        if not notices:
            return
        self.console.print(
            Text(f"{self.prefix}Notices ({len(notices)})", style="bold yellow"), soft_wrap=True
        )
        for notice in notices[:SHOWN_NOTICES]:
            self.console.print(
                literal(f"  {notice_line(notice, self.cell)}"), soft_wrap=True, highlight=False
            )
        if len(notices) > SHOWN_NOTICES:
            self.console.print(
                f"  ... and {len(notices) - SHOWN_NOTICES} more: every notice is in --format json",
                soft_wrap=True,
                highlight=False,
            )


def notice_line(notice: Notice, cell: Callable[[object], str]) -> str:
    """``provider: message (path)``, each part through ``cell`` (scrubbed, terminal-safe)."""
    where = f" ({cell(notice.path)})" if notice.path else ""
    return f"{cell(notice.provider)}: {cell(notice.message)}{where}"


def _value_figure(holding: Holding) -> tuple[Decimal, str | None, str] | None:
    value = holding.market_value
    if value is None:
        return None
    return value.amount, value.currency, "†" if value.kind == PriceKind.PREVIOUS_CLOSE else ""


def _cost_figure(holding: Holding) -> tuple[Decimal, str | None, str] | None:
    if not holding.cost_basis:
        return None
    basis = holding.cost_basis[0]
    return basis.total(holding.quantity), basis.currency, "*" if basis.kind is CostBasisKind.PER_UNIT else ""


def render_portfolio(
    portfolio: Portfolio,
    console: Console,
    *,
    group_by: str = "account",
    scrub: Scrub = _identity,
    mock: bool = False,
    notices: bool = True,
) -> None:
    """The portfolio as tables, then its notices; ``scrub`` is applied to every provider-supplied string
    (the CLI passes its redactor), ``mock`` labels every title as mock data."""
    renderer = _Renderer(console, scrub, mock)
    holdings = portfolio.holdings
    if group_by == "instrument":
        if holdings:
            renderer.merged_tables(holdings)
    else:
        groups: dict[tuple[str, ...], list[Holding]] = {}
        for holding in holdings:
            if group_by == "account":
                key: tuple[str, ...] = (holding.provider, holding.account_id)
            else:
                key = (str(holding.instrument.asset_class),)
            groups.setdefault(key, []).append(holding)
        for key in sorted(groups):
            renderer.holdings_table(renderer.title(*key), groups[key])
    if portfolio.balances:
        renderer.balances_table(portfolio.balances)
    renderer.totals(holdings)
    if notices:
        renderer.notices(portfolio.notices)
