"""Text a provider (or anyone who can name a token in a wallet) might send, to drive our output with."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

HOSTILE = (
    "[/]",  # a closing tag with nothing open: rich raised MarkupError and the whole table was lost
    "[reverse]AAPL",  # markup that would style the cell
    "\x1b[2J\x1b[HCLEARED",  # clear screen, cursor home
    "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\",  # an OSC-8 hyperlink
    "\u202eLPAA\u202c",  # right-to-left override: shows as "AAPL"
    "\x9b31mC1 CSI",  # the one-byte C1 form of ESC [
    "tab\tand\nnewline\r",
    ":warning: [bold red]x",  # an emoji code and unclosed markup
)
LITERALS = ("[/]", "[reverse]AAPL", ":warning: [bold red]x")
"""Hostile strings without control characters: these must appear exactly as sent."""
HOSTILE_ERROR = "[/] rejected [bold]x] \x1b[2J [link=https://evil.example]y \u202eevil"


def hostile_names() -> Callable[[str, Any], Any]:
    """A ``rewrite`` function: every name, symbol, code and currency becomes the next hostile string."""
    cycle: Iterator[str] = itertools.cycle(HOSTILE)

    def value(key: str, leaf: Any) -> Any:
        wanted = key.lower().endswith(("name", "symbol", "code", "currency"))
        return next(cycle) if wanted and isinstance(leaf, str) else leaf

    return value


def controls(text: str) -> list[str]:
    """Characters in ``text`` that act on a terminal (C0/C1 controls but newline, format characters)."""
    return [c for c in text if c != "\n" and unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")]
