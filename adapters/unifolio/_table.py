"""Box-drawn tables as plain lines, fast enough for 60,000 rows.

rich's ``Table`` measures, wraps and styles every cell through its layout engine: about 1.7 ms per row,
so 60,000 holdings took minutes. A holdings table needs none of that (every cell is one line of text
that is already terminal-safe, see ``unifolio._render.printable``), so the lines are built here directly,
in rich's ``HEAVY_HEAD`` look, and printed as one ``Text``: a few microseconds per row.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen
from rich.cells import cell_len

__all__ = ["Column", "table_lines"]


@frozen
class Column:
    header: str
    right: bool = False
    """Right-justified (figures); left otherwise."""


def _fit(text: str, width: int, right: bool) -> str:
    pad = width - (len(text) if text.isascii() else cell_len(text))
    return " " * pad + text if right else text + " " * pad


def table_lines(columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> tuple[list[str], int]:
    """The table's lines (top border, header, rule, rows, bottom border) and the line that is the header
    (for styling). Cells must be single-line, terminal-safe text."""
    widths = [cell_len(column.header) for column in columns]
    for row in rows:
        for i, cell in enumerate(row):
            size = len(cell) if cell.isascii() else cell_len(cell)
            if size > widths[i]:
                widths[i] = size
    bars = ["━" * (width + 2) for width in widths]
    lines = ["┏" + "┳".join(bars) + "┓"]
    lines.append(
        "┃ " + " ┃ ".join(_fit(c.header, w, False) for c, w in zip(columns, widths, strict=True)) + " ┃"
    )
    lines.append("┡" + "╇".join(bars) + "┩")
    rights = [column.right for column in columns]
    for row in rows:
        cells = (_fit(cell, width, right) for cell, width, right in zip(row, widths, rights, strict=True))
        lines.append("│ " + " │ ".join(cells) + " │")
    lines.append("└" + "┴".join("─" * (width + 2) for width in widths) + "┘")
    return lines, 1
