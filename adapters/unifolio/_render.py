"""Terminal rendering of a portfolio with rich: holdings grouped three ways, balances, totals, allocation.

Everything shown here that a provider (or a config file) supplied is data, never markup or terminal
control: names, symbols, account ids, currencies, error messages. ``literal`` is the one way such text
reaches the terminal: a ``rich.text.Text`` (never parsed as markup, so ``[/]`` or ``[reverse]AAPL``
show as typed) of ``printable(text)`` (control characters, escape sequences, bidi overrides and other
invisible formatting characters shown as ``\\x1b``-style escapes instead of acting on the terminal).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .aggregate import Portfolio
from .models import Balance, CostBasisKind, Holding, PriceKind
from .views import allocation_by_asset_class, merge_positions, totals_by_currency

__all__ = ["GROUPINGS", "MOCK_LABEL", "literal", "printable", "render_portfolio"]

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


def _identity(text: str) -> str:
    return text


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


class _Renderer:
    """One rendering: every provider-supplied string goes through ``cell`` (scrubbed, then literal)."""

    def __init__(self, console: Console, scrub: Scrub, mock: bool) -> None:
        self.console = console
        self.scrub = scrub
        self.prefix = f"{MOCK_LABEL} · " if mock else ""

    def cell(self, text: object, limit: int | None = None) -> Text:
        """Scrubbed before it is cut short, so a cut can never leave part of a secret unmasked."""
        scrubbed = self.scrub(text if isinstance(text, str) else str(text))
        return literal(scrubbed if limit is None else scrubbed[:limit])

    def title(self, *parts: object) -> Text:
        title = Text(self.prefix, style="bold red") if self.prefix else Text()
        return title.append_text(Text(" · ").join(self.cell(part) for part in parts))

    def table(self, title: Text) -> Table:
        """A table at least as wide as its title, so the title (and the mock label) never wraps."""
        return Table(title=title, title_justify="left", min_width=min(title.cell_len, self.console.width))

    def holdings_table(self, title: Text, holdings: Sequence[Holding]) -> Table:
        table = self.table(title)
        for column in ("Provider", "Account", "Symbol", "Name", "Class", "Market"):
            table.add_column(column)
        for column in ("Quantity", "Price", "Market value", "Cost"):
            table.add_column(column, justify="right")
        table.add_column("Ccy")
        for h in holdings:
            table.add_row(
                self.cell(h.provider),
                self.cell(h.account_id),
                self.cell(h.instrument.symbol or h.instrument.provider_id or "?"),
                self.cell(h.instrument.name or "", limit=28),
                self.cell(h.instrument.asset_class),
                self.cell(h.instrument.market or ""),
                fmt(h.quantity),
                fmt(h.price.amount) if h.price else "—",
                _value_cell(h),
                _cost_cell(h),
                self.cell(h.currency or "?"),
            )
        return table

    def balances_table(self, balances: Sequence[Balance]) -> Table:
        """Each balance as its provider states it. Never added to the totals: a provider's balance may
        already contain cash that its holdings list (Plaid's ``current`` does)."""
        table = self.table(self.title("Balances (as each provider states them; not part of the totals)"))
        table.add_column("Provider")
        table.add_column("Account")
        shown = [
            (name, title)
            for name, title in BALANCE_COLUMNS
            if any(getattr(b, name) is not None for b in balances)
        ]
        for _, title in shown:
            table.add_column(title, justify="right")
        table.add_column("Ccy")
        for balance in balances:
            table.add_row(
                self.cell(balance.provider),
                self.cell(balance.account_id),
                *(fmt(getattr(balance, name)) for name, _ in shown),
                self.cell(balance.currency or "?"),
            )
        return table

    def merged_table(self, holdings: Sequence[Holding]) -> Table:
        table = self.table(self.title("Positions by instrument (merged across accounts)"))
        for column in ("Instrument", "Identity", "Class", "Accounts"):
            table.add_column(column)
        table.add_column("Quantity", justify="right")
        table.add_column("Market value", justify="right")
        for position in merge_positions(holdings):
            instrument = position.instrument
            totals = position.market_value.totals
            value = ", ".join(f"{fmt(amount)} {ccy}" for ccy, amount in sorted(totals.items())) or "—"
            identity = position.identity
            table.add_row(
                self.cell(instrument.symbol or instrument.name or instrument.provider_id or "?"),
                self.cell(":".join(part for part in identity if part) if identity[0] != "unique" else "—"),
                self.cell(instrument.asset_class),
                str(len(position.holdings)),
                fmt(position.quantity),
                self.cell(value),
            )
        return table

    def totals(self, holdings: Sequence[Holding]) -> None:
        """Totals, allocation and the footnotes that apply; nothing at all without holdings."""
        if not holdings:
            return
        totals = totals_by_currency(holdings)
        if totals.totals:
            table = self.table(self.title("Totals per currency"))
            table.add_column("Currency")
            table.add_column("Market value", justify="right")
            for currency, amount in sorted(totals.totals.items()):
                table.add_row(self.cell(currency), fmt(amount))
            self.console.print(table)
            self.console.print(
                "Allocation by asset class (share of each currency's valued total):", style="bold"
            )
            for item in allocation_by_asset_class(holdings):
                filled = round(item.share * BAR_WIDTH)
                bar = "█" * filled + "░" * (BAR_WIDTH - filled)
                percent = (item.share * 100).quantize(Decimal("0.1"))
                self.console.print(
                    Text.assemble(
                        "  ",
                        self.cell(item.currency),
                        " ",
                        self.cell(f"{item.asset_class!s:<8}"),
                        f" {bar} {percent:>5}%  {fmt(item.value)}",
                    )
                )
        notes = []
        if any(h.cost_basis and h.cost_basis[0].kind is CostBasisKind.PER_UNIT for h in holdings):
            notes.append("* cost = per-unit average x quantity")
        if any(h.market_value and h.market_value.kind == PriceKind.PREVIOUS_CLOSE for h in holdings):
            notes.append("† valued at the previous close, not a live price")
        if totals.unvalued:
            notes.append(f"{len(totals.unvalued)} holding(s) have no market value and are not in the totals")
        if notes:
            self.console.print(Text("; ".join(notes), style="dim"))


def render_portfolio(
    portfolio: Portfolio,
    console: Console,
    *,
    group_by: str = "account",
    scrub: Scrub = _identity,
    mock: bool = False,
) -> None:
    """The portfolio as tables; ``scrub`` is applied to every provider-supplied string (the CLI passes
    its redactor), ``mock`` labels every title as mock data."""
    renderer = _Renderer(console, scrub, mock)
    holdings = portfolio.holdings
    if group_by == "instrument":
        if holdings:
            console.print(renderer.merged_table(holdings))
    else:
        groups: dict[tuple[str, ...], list[Holding]] = {}
        for holding in holdings:
            if group_by == "account":
                key: tuple[str, ...] = (holding.provider, holding.account_id)
            else:
                key = (str(holding.instrument.asset_class),)
            groups.setdefault(key, []).append(holding)
        for key in sorted(groups):
            console.print(renderer.holdings_table(renderer.title(*key), groups[key]))
    if portfolio.balances:
        console.print(renderer.balances_table(portfolio.balances))
    renderer.totals(holdings)
