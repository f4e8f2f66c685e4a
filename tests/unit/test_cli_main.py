"""``unifolio.cli.main`` in-process: exit codes for unifolio's own bugs, terminal-safe text."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from attrs import field, frozen
from rich.console import Console

from tests.hostile import HOSTILE, LITERALS, controls
from unifolio import cli
from unifolio._redact import Redactor
from unifolio._render import literal, printable, render_portfolio
from unifolio.aggregate import fetch_portfolio_sync
from unifolio.config import Config
from unifolio.models import AssetClass, Holding, Instrument, Snapshot
from unifolio.providers import SharedAdapters

SECRET = "cli-secret-value-42"


@frozen
class _Connection:
    """A connection whose fetch is whatever the test says (a bug, or hostile data)."""

    label: str
    result: Any
    provider: str = "mesh"
    redactor: Redactor = field(factory=lambda: Redactor(SECRET))

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        if isinstance(self.result, BaseException):
            raise self.result
        return self.result


def _holding(name: str, symbol: str, currency: str) -> Holding:
    instrument = Instrument(symbol=symbol, name=name, asset_class=AssetClass(currency.lower() or "other"))
    return Holding(
        provider="mesh",
        account_id=name,
        instrument=instrument,
        quantity=Decimal("1.000000000000000001"),
        currency=currency,
    )


def _run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, connections: list[Any], *args: str) -> int:
    """``unifolio portfolio`` with ``connections`` as the configured ones."""
    config = Config(connections=tuple(connections), concurrency={}, source="test")
    monkeypatch.setattr(cli, "load_config", lambda path: config)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "unifolio.toml").write_text("")
    return cli.main(["portfolio", *args])


def test_a_bug_in_unifolio_is_exit_70_with_a_scrubbed_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"bug while holding {SECRET}")

    monkeypatch.setattr(cli, "fetch_portfolio_sync", broken)
    status = _run(monkeypatch, tmp_path, [_Connection("a", None)])
    err = capsys.readouterr().err
    assert status == cli.EXIT_INTERNAL == 70
    assert "Traceback (most recent call last)" in err and "RuntimeError: bug while holding **********" in err
    assert err.rstrip().endswith("please report it with the traceback above")
    assert SECRET not in err


def test_a_bug_in_one_connection_keeps_the_others_data_and_is_exit_70(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = Snapshot(provider="mesh", holdings=(_holding("Apple", "AAPL", "USD"),))
    status = _run(
        monkeypatch,
        tmp_path,
        [_Connection("good", good), _Connection("buggy", KeyError(SECRET))],
        "--format",
        "json",
    )
    captured = capsys.readouterr()
    assert status == 70
    assert '"quantity": "1.000000000000000001"' in captured.out  # the data that arrived, exact
    assert "failed buggy: mesh: unexpected KeyError while fetching: '**********'" in captured.err
    assert SECRET not in captured.out + captured.err


def test_connection_failures_are_exit_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from unifolio import TransportError

    error = TransportError("down", provider="mesh")
    status = _run(monkeypatch, tmp_path, [_Connection("a", error)])
    assert status == 1 and capsys.readouterr().out == ""


@pytest.mark.parametrize("text", HOSTILE)
def test_printable_leaves_nothing_that_acts_on_a_terminal(text: str) -> None:
    shown = printable(text)
    assert controls(shown) == [] and "\n" not in shown
    assert literal(text).plain == shown and not literal(text).spans  # no markup was parsed


def test_printable_keeps_ordinary_text_and_shows_what_it_escaped() -> None:
    assert printable("Société Générale 株式会社 €") == "Société Générale 株式会社 €"
    assert printable("a\u00a0b") == "a b"
    assert printable("\x1b[2J") == "\\x1b[2J" and printable("\u202e") == "\\u202e"


def test_hostile_holdings_render_literally_and_markup_in_our_titles_stays_ours() -> None:
    holdings = tuple(_holding(text, text, text) for text in HOSTILE)
    outcome_snapshot = Snapshot(provider="mesh", holdings=holdings)
    portfolio = fetch_portfolio_sync([_Connection("[reverse]conn[/]", outcome_snapshot)])
    for group_by in ("account", "asset-class", "instrument"):
        console = Console(record=True, width=300, force_terminal=False)
        render_portfolio(portfolio, console, group_by=group_by, mock=True)
        text = console.export_text()
        assert controls(text.replace("\n", "")) == []
        squeezed = "".join(text.split())
        for hostile in LITERALS:
            assert "".join(hostile.split()) in squeezed
        assert "MOCKDATA" in squeezed


def test_no_holdings_renders_nothing() -> None:
    portfolio = fetch_portfolio_sync([_Connection("a", Snapshot(provider="mesh"))])
    console = Console(record=True, width=200)
    render_portfolio(portfolio, console)
    assert console.export_text() == ""


@pytest.mark.parametrize("output", ["table", "csv"])
def test_a_failure_while_printing_prints_nothing_rather_than_part_of_the_holdings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str], output: str
) -> None:
    from unifolio import _render, _serialize

    holdings = tuple(_holding(f"Name {i}", f"S{i}", "USD") for i in range(5))
    calls = {"n": 0}

    def breaks_on_the_third(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("a bug on the third holding")
        return real(*args, **kwargs)

    module, name = (_render, "quantity_text") if output == "table" else (_serialize, "holding_csv_row")
    real = getattr(module, name)
    monkeypatch.setattr(module, name, breaks_on_the_third)
    status = _run(
        monkeypatch,
        tmp_path,
        [_Connection("a", Snapshot(provider="mesh", holdings=holdings))],
        "--format",
        output,
    )
    captured = capsys.readouterr()
    assert status == cli.EXIT_INTERNAL and calls["n"] == 3
    assert captured.out == ""  # not the first two holdings as if they were all there is
    assert "a bug on the third holding" in captured.err


def test_balances_render_exactly_next_to_the_holdings_and_stay_out_of_the_totals() -> None:
    from unifolio.models import Balance, Valuation

    hostile = "acct\x1b[2J[reverse]"
    balances = (
        Balance(
            "mesh", hostile, "USD", available=Decimal("0.00000001"), current=Decimal("12345678901234567.5")
        ),
        Balance("mesh", "b", "BTC", cash=Decimal("0.123456789012345678")),
    )
    value = Valuation(Decimal("7"), "USD", "last")  # type: ignore[arg-type]
    holding = Holding(
        "mesh", "b", Instrument("X", None, AssetClass.CASH), Decimal(7), "USD", market_value=value
    )
    snapshots = [
        Snapshot("mesh", holdings=(holding,), balances=balances),
        Snapshot("mesh", balances=balances),
    ]
    for snapshot in snapshots:
        console = Console(record=True, width=300, force_terminal=False)
        render_portfolio(fetch_portfolio_sync([_Connection("a", snapshot)]), console)
        text = console.export_text()
        assert "Balances (as each provider states them; not part of the totals)" in text
        # each amount in its currency's usual decimals, a ~ where display rounded (JSON and CSV keep all)
        assert "0.00~" in text and "12,345,678,901,234,567.50" in text and "0.12345679~" in text
        header = next(line for line in text.splitlines() if "Available" in line)
        assert "Cash" in header and "Current" in header and "Limit" not in header  # no balance has a limit
        assert "\\x1b[2J[reverse]" in text and controls(text.replace("\n", "")) == []
        totals = text.partition("Totals per currency")[2]
        assert bool(re.search(r"│ USD +│ +7\.00 │", totals)) is bool(
            snapshot.holdings
        )  # balances never added
        assert "12,345" not in totals and "0.0000000" not in totals
