"""Strict, exact output whatever a provider sends: RFC 8259 JSON with NaN/Infinity in its answers, totals
exact at any precision, table and CSV that survive any string valid JSON can carry, and money shown in
a currency's usual decimals with every digit kept in JSON and CSV.
"""

from __future__ import annotations

import csv
import decimal
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.contract._specs import Operation
from tests.contract._strategies import dumps as exact_dumps
from tests.drift._drifting import drifting, every_number, every_string, strict_loads
from tests.spec_server import Reply, add_to_objects
from unifolio.providers import PROVIDERS
from unifolio.views import totals_by_currency

pytestmark = pytest.mark.e2e

NON_FINITE = ("NaN", "Infinity", "-Infinity")


def _non_finite_everywhere(operation: Operation, body: Any) -> Reply:
    """A provider whose serialiser writes NaN and Infinity (not JSON) in a new field of every object."""
    marked = add_to_objects(body, "x_unifolio_ratio", "@@NON_FINITE@@")
    text = exact_dumps(marked).decode()
    tokens = iter(NON_FINITE * text.count("@@NON_FINITE@@"))
    return Reply(re.sub('"@@NON_FINITE@@"', lambda _: next(tokens), text).encode())


@pytest.mark.parametrize("raw", [False, True], ids=["plain", "include-raw"])
def test_json_output_is_rfc_8259_whatever_a_provider_sent(tmp_path: Path, raw: bool) -> None:
    with drifting(tmp_path, _non_finite_everywhere) as drift:
        result = drift.cli("--format", "json", *(["--include-raw"] if raw else []))
        assert all(b"NaN" in body for name in PROVIDERS for body in drift.sent(name))
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    data = strict_loads(result.stdout)  # raises on NaN/Infinity
    assert data["complete"] and data["holdings"]
    # never passes for money: every amount of the common model is a finite number
    for holding in data["holdings"]:
        for figure in (holding["quantity"], (holding["market_value"] or {}).get("amount")):
            assert figure is None or Decimal(figure).is_finite()
        if raw:
            assert holding["raw"]["x_unifolio_ratio"] is None  # written as null: never a number
    notices = [n for n in data["notices"] if n["code"] == "non_finite_number"]
    assert {n["provider"] for n in notices} == set(PROVIDERS)  # each says where, and what it was
    assert all(n["path"].endswith(".x_unifolio_ratio") for n in notices)
    assert {re.match(r"-?\w+", n["message"])[0] for n in notices} == set(NON_FINITE)  # type: ignore[index]


LONG = Decimal("1234567890123456.123456789012345678")
"""34 significant digits: beyond the 28 of Python's default decimal context."""


def _long_numbers(operation: Operation, body: Any) -> Any:
    """A provider whose every fractional amount has 18 decimals on top of 16 integer digits."""
    return every_number(body, lambda number: LONG)


def test_totals_are_exact_at_any_precision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with drifting(tmp_path, _long_numbers) as drift:
        data = drift.json()
        portfolio = drift.library(monkeypatch)
    values: dict[str, list[Decimal]] = {}
    for holding in data["holdings"]:
        value = holding["market_value"]
        if value and value["currency"]:
            values.setdefault(value["currency"], []).append(Decimal(value["amount"]))
    assert LONG in {v for amounts in values.values() for v in amounts}  # sent exactly, kept exactly
    exact = decimal.Context(prec=200)
    for currency, amounts in values.items():
        total = Decimal(0)
        for amount in amounts:
            total = exact.add(total, amount)
        assert Decimal(data["totals"]["market_value"][currency]) == total, currency
        assert totals_by_currency(portfolio.holdings).totals[currency] == total
        assert len(total.as_tuple().digits) > 28  # so that 28 digits would have changed it:
        assert total != sum(amounts, Decimal(0))
    # a single holding totals to exactly itself
    (one,) = [h for h in portfolio.holdings if h.market_value and h.market_value.amount == LONG][:1]
    assert totals_by_currency([one]).totals[one.market_value.currency] == LONG  # type: ignore[union-attr]


def test_table_shows_the_currency_s_decimals_marks_rounding_and_json_csv_keep_every_digit(
    tmp_path: Path,
) -> None:
    with drifting(tmp_path, _long_numbers) as drift:
        table = drift.cli().stdout.decode()
        rows = list(csv.DictReader(io.StringIO(drift.cli("--format", "csv").stdout.decode())))
        data = drift.json()
    assert "1,234,567,890,123,456.12~" in table  # USD: two decimals, and a sign that it is rounded
    assert "~ rounded to the currency's usual decimals" in table
    assert "1,234,567,890,123,456.123456789012345678 " in table  # a quantity keeps every digit
    json_values = [h["market_value"]["amount"] if h["market_value"] else "" for h in data["holdings"]]
    assert [row["market_value"] for row in rows] == json_values  # CSV and JSON: every digit, the same
    assert str(LONG) in json_values
    # one format per column: every figure in a money column has exactly the currency's two decimals
    columns = ("Price", "Market value", "Cost")
    figures = [cell for column in columns for cell in table_column(table, column) if cell != "—"]
    assert figures
    for cell in figures:
        assert re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})*\.[0-9]{2}[~ ]?( [†*])?", cell), cell


def table_column(table: str, header: str) -> list[str]:
    """Every cell under ``header`` in the box tables of ``table`` (stripped)."""
    cells: list[str] = []
    index = None
    for line in table.splitlines():
        if line.startswith("┃"):
            names = [name.strip() for name in line.strip("┃").split("┃")]
            index = names.index(header) if header in names else None
        elif line.startswith("│") and index is not None:
            cells.append(line.strip("│").split("│")[index].strip())
    return cells


SURROGATE = "\ud800"


def _lone_surrogates(operation: Operation, body: Any) -> Any:
    """Names (descriptions too) with a lone UTF-16 surrogate: valid in JSON, not encodable as UTF-8."""
    return every_string(body, lambda key, value: f"{value}{SURROGATE}!" if _names(key) else value)


def _names(key: str) -> bool:
    """A key whose text a provider's instrument name may come from (``name``, SnapTrade's ``description``)."""
    return "name" in key.lower() or key == "description"


def test_every_format_prints_every_holding_whatever_the_strings(tmp_path: Path) -> None:
    with drifting(tmp_path, _lone_surrogates) as drift:
        data = drift.json()
        table = drift.cli()
        text = drift.cli("--format", "csv")
        merged = drift.cli("--group-by", "instrument")
    names = [h["instrument"]["name"] for h in data["holdings"] if h["instrument"]["name"]]
    assert names and all(name.endswith(f"{SURROGATE}!") for name in names)  # JSON keeps it exactly
    for result in (table, text, merged):
        assert result.returncode == 0, result.stderr.decode(errors="replace")
        assert b"Traceback" not in result.stderr
        result.stdout.decode("utf-8")  # valid UTF-8 throughout
    rows = list(csv.DictReader(io.StringIO(text.stdout.decode())))
    assert len(rows) == len(data["holdings"])
    assert any(row["name"].endswith("\\ud800!") for row in rows)  # shown as its escape
    shown = table.stdout.decode()
    assert shown.count("\\ud800") >= 1
    for holding in data["holdings"]:
        instrument = holding["instrument"]
        assert (instrument["symbol"] or instrument["provider_id"] or "?") in shown
