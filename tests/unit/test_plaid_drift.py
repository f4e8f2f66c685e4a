"""Plaid drift: unknown enum values, extra fields, nulls and numeric strings are kept or named by JSON
path; amounts a float would change stay exact through every output format."""

from __future__ import annotations

import copy
import csv
import datetime
import io
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from rich.console import Console

from tests.conftest import as_wire_bytes, load_spec, response_examples
from unifolio import ResponseContractError
from unifolio._render import render_portfolio
from unifolio._serialize import holding_csv_row, portfolio_to_data
from unifolio.aggregate import ConnectionOutcome, Portfolio
from unifolio.models import AssetClass, Snapshot
from unifolio.providers.plaid import (
    accounts_balance_from_response,
    accounts_from_response,
    holdings_from_response,
)

SPEC = load_spec("plaid.yaml")
BROKERAGE = response_examples(SPEC, "/investments/holdings/get", "post", "200")["brokerage"]
LIVE = response_examples(SPEC, "/accounts/balance/get", "post", "200")["brokerage"]
D = Decimal


def body() -> dict[str, Any]:
    """The brokerage example as decoded JSON (numbers as Decimal), ready to change."""
    decoded: dict[str, Any] = json.loads(as_wire_bytes(BROKERAGE), parse_float=Decimal)
    return decoded


def holdings(changed: dict[str, Any]) -> Snapshot:
    return holdings_from_response(httpx.Response(200, content=json.dumps(changed, default=str).encode()))


def raw_holdings(text: bytes) -> Snapshot:
    return holdings_from_response(httpx.Response(200, content=text))


def _security(document: dict[str, Any], ticker: str) -> dict[str, Any]:
    return next(s for s in document["securities"] if s["ticker_symbol"] == ticker)


# --- unknown enum values and types are kept -------------------------------------------------------


def test_unknown_account_types_and_subtypes_are_kept_and_not_taken_for_portfolios() -> None:
    document = body()
    document["accounts"][0]["type"] = "superannuation"
    document["accounts"][0]["subtype"] = "pension plus"
    snapshot = holdings(document)
    account = snapshot.accounts[0]
    assert account.type == "superannuation.pension plus" and account.raw["type"] == "superannuation"
    assert account.id not in {v.account_id for v in snapshot.values}  # only investment accounts are
    assert snapshot.balances[0].current == D("16290.07")  # but the balance is kept
    assert len(snapshot.holdings) == len(BROKERAGE["holdings"])  # and so are its holdings


def test_the_legacy_brokerage_account_type_is_still_a_portfolio() -> None:
    document = body()
    document["accounts"][0]["type"] = "brokerage"
    snapshot = holdings(document)
    assert snapshot.accounts[0].id in {v.account_id for v in snapshot.values}


@pytest.mark.parametrize(
    ("security_type", "with_contract", "expected"),
    [
        ("structured product", False, AssetClass("structured product")),
        ("loan", False, AssetClass("loan")),
        ("derivative", False, AssetClass("derivative")),  # a warrant: not called an option
        ("derivative", True, AssetClass.OPTION),
        ("ETF", False, AssetClass.ETF),
        (None, False, AssetClass.OTHER),
        ("   ", False, AssetClass.OTHER),
        ("other", False, AssetClass.OTHER),
    ],
)
def test_security_types_plaid_adds_or_leaves_out_are_kept(
    security_type: str | None, with_contract: bool, expected: AssetClass
) -> None:
    document = body()
    security = _security(document, "AAPL270115C00250000")
    security["type"] = security_type
    if not with_contract:
        security["option_contract"] = None
    snapshot = holdings(document)
    instrument = next(h.instrument for h in snapshot.holdings if h.instrument.symbol == "AAPL270115C00250000")
    assert instrument.asset_class == expected and (instrument.option is not None) is with_contract
    assert instrument.raw["type"] == security_type


def test_unknown_enum_values_deep_in_the_answer_are_kept_in_the_records() -> None:
    document = body()
    document["item"]["update_type"] = "scheduled_by_plaid"
    document["item"]["auth_method"] = "TELEPATHY"
    bond = next(s for s in document["securities"] if s["fixed_income"])
    bond["fixed_income"]["yield_rate"]["type"] = "yield_to_worst"
    document["holdings"][0]["tax_lots"] = [
        {
            "institution_lot_id": "L1",
            "original_purchase_datetime": None,
            "quantity": 25,
            "purchase_price": None,
            "cost_basis": None,
            "current_value": None,
            "position_type": "BOX",
        }
    ]
    snapshot = holdings(document)
    note = next(h for h in snapshot.holdings if h.instrument.asset_class == AssetClass.BOND)
    assert note.instrument.fixed_income.yield_type == "yield_to_worst"
    assert snapshot.holdings[0].raw["tax_lots"][0]["position_type"] == "BOX"
    assert snapshot.raw["get_investments_holdings"][0].body["item"]["auth_method"] == "TELEPATHY"


def test_extra_fields_are_kept_in_every_record() -> None:
    document = body()
    document["holdings"][0]["institution_lot_count"] = 3
    document["securities"][0]["esg_score"] = {"value": 7}
    document["accounts"][0]["balances"]["settled_cash"] = 12
    document["brand_new_list"] = [1, 2]
    snapshot = holdings(document)
    assert snapshot.holdings[0].raw["institution_lot_count"] == 3
    assert next(h for h in snapshot.holdings if h.instrument.symbol == "VTI").instrument.raw["esg_score"] == {
        "value": 7
    }
    assert snapshot.balances[0].raw["settled_cash"] == 12
    assert snapshot.raw["get_investments_holdings"][0].body["brand_new_list"] == [1, 2]


# --- nulls ----------------------------------------------------------------------------------------


def test_nullable_fields_sent_as_null_are_none_never_zero() -> None:
    document = body()
    holding = document["holdings"][0]
    holding.update(cost_basis=None, institution_price_as_of=None, institution_price_datetime=None)
    vti = _security(document, "VTI")
    vti.update(name=None, market_identifier_code=None, isin=None)
    document["item"]["institution_name"] = None
    document["accounts"][0]["balances"].update(available=None)
    snapshot = holdings(document)
    first = snapshot.holdings[0]
    assert first.cost_basis == () and first.price.as_of is None and first.market_value.as_of is None
    assert first.instrument.name is None and first.instrument.market is None
    assert snapshot.accounts[0].institution is None and snapshot.balances[0].available is None


def test_a_currency_both_ways_or_neither_way_is_reported_with_its_path() -> None:
    document = body()
    document["holdings"][0]["unofficial_currency_code"] = "XBT"  # and iso USD: Plaid sets one
    document["holdings"][1]["iso_currency_code"] = None  # and no unofficial code either
    snapshot = holdings(document)
    notices = {(n.code, n.path) for n in snapshot.notices}
    assert ("two_currency_codes", "$.holdings[0].unofficial_currency_code") in notices
    assert ("no_currency", "$.holdings[1].iso_currency_code") in notices
    assert snapshot.holdings[0].currency == "USD" and snapshot.holdings[1].currency is None
    assert snapshot.holdings[1].market_value.currency is None  # unvalued in totals, not a guessed USD


def test_a_live_balance_without_current_gives_no_portfolio_value() -> None:
    live = json.loads(as_wire_bytes(LIVE), parse_float=Decimal)
    live["accounts"][0]["balances"]["current"] = None  # Plaid: only /accounts/balance/get may do this
    snapshot = accounts_balance_from_response(
        httpx.Response(200, content=json.dumps(live, default=str).encode())
    )
    assert snapshot.balances[0].current is None and snapshot.balances[0].available == D("4043.22")
    assert [v.account_id for v in snapshot.values] == [live["accounts"][1]["account_id"]]


def test_an_item_error_in_a_successful_answer_is_a_notice() -> None:
    cached = json.loads(
        as_wire_bytes(response_examples(SPEC, "/accounts/get", "post", "200")["brokerage"]),
        parse_float=Decimal,
    )
    cached["item"]["error"] = response_examples(SPEC, "/accounts/get", "post", "400")["item_login_required"]
    snapshot = accounts_from_response(httpx.Response(200, content=json.dumps(cached, default=str).encode()))
    (notice,) = snapshot.notices
    assert (
        notice.code == "item_error"
        and notice.path == "$.item.error"
        and "ITEM_LOGIN_REQUIRED" in notice.message
    )


def test_repeated_ids_are_reported_and_the_first_entry_is_used() -> None:
    document = body()
    document["accounts"].append(copy.deepcopy(document["accounts"][0]))
    document["securities"].append(dict(document["securities"][0], name="Another name"))
    snapshot = holdings(document)
    assert [(n.code, n.path) for n in snapshot.notices] == [
        ("duplicate_account", "$.accounts[3]"),
        ("duplicate_security", "$.securities[7]"),
    ]
    assert len(snapshot.accounts) == 3
    assert next(h for h in snapshot.holdings if h.instrument.symbol == "VTI").instrument.name.startswith(
        "Vanguard"
    )


def test_a_holding_of_an_account_the_answer_does_not_list_is_kept_and_reported() -> None:
    document = body()
    document["holdings"][0]["account_id"] = "gone-account"
    snapshot = holdings(document)
    assert snapshot.holdings[0].account_id == "gone-account"
    assert ("unresolved_account", "$.holdings[0].account_id") in {(n.code, n.path) for n in snapshot.notices}


# --- numbers: strings, precision, refusals --------------------------------------------------------


def test_numeric_strings_are_read_as_exact_decimals() -> None:
    document = body()
    document["holdings"][0].update(
        quantity="25.000000000000000001", institution_value="7135.75", cost_basis="1E+3"
    )
    snapshot = holdings(document)
    assert snapshot.holdings[0].quantity == D("25.000000000000000001")
    assert snapshot.holdings[0].cost_basis[0].amount == D("1E+3")


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["holdings"][0].update(quantity="twenty"), "$.holdings[0].quantity"),
        (lambda d: d["holdings"][0].update(security_id=None), "$.holdings[0].security_id"),
        (lambda d: d.update(holdings={}), "$.holdings"),
    ],
    ids=["word", "no-security-id", "object-not-list"],
)
def test_what_the_records_cannot_be_right_without_is_refused_at_its_json_path(change: Any, path: str) -> None:
    document = body()
    change(document)
    with pytest.raises(ResponseContractError) as excinfo:
        holdings(document)
    assert excinfo.value.path.startswith(path) and excinfo.value.provider == "plaid"


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["holdings"][0].pop("institution_value"), "$.holdings[0].institution_value"),
        (lambda d: d["holdings"][2].update(institution_price=None), "$.holdings[2].institution_price"),
        (
            lambda d: d["accounts"][1]["balances"].pop("margin_loan_amount"),
            "$.accounts[1].balances.margin_loan_amount",
        ),
        (
            lambda d: d["securities"][3].update(fixed_income={"face_value": 100}),
            "$.securities[3].fixed_income",
        ),
    ],
    ids=["no-value", "null-price", "no-margin-loan", "bad-bond"],
)
def test_what_the_model_can_leave_unknown_reads_none_with_a_notice_at_its_path(
    change: Any, path: str
) -> None:
    document = body()
    change(document)
    snapshot = holdings(document)
    assert len(snapshot.holdings) == len(document["holdings"])  # nothing dropped
    found = [n for n in snapshot.notices if n.code == "unusable_value"]
    assert found and all(n.provider == "plaid" for n in found)
    assert any(n.path and n.path.startswith(path) for n in found), found


NOW = datetime.datetime(2026, 11, 28, tzinfo=datetime.UTC)


def test_amounts_a_float_would_change_stay_exact_in_json_csv_and_the_table() -> None:
    document = body()
    holding = document["holdings"][0]
    holding.update(quantity="Q", institution_value="V", cost_basis="C", institution_price="P")
    text = json.dumps(document, default=str).encode()
    text = text.replace(b'"quantity": "Q"', b'"quantity": 0.123456789012345678')
    text = text.replace(b'"institution_value": "V"', b'"institution_value": 12345678901234567.89')
    text = text.replace(b'"cost_basis": "C"', b'"cost_basis": 0.00000001')
    text = text.replace(b'"institution_price": "P"', b'"institution_price": 100000000000000000.01')
    snapshot = raw_holdings(text)
    first = snapshot.holdings[0]
    assert first.quantity == D("0.123456789012345678") and first.market_value.amount == D(
        "12345678901234567.89"
    )
    assert first.cost_basis[0].amount == D("0.00000001") and first.price.amount == D("100000000000000000.01")
    portfolio = Portfolio(
        outcomes=(ConnectionOutcome("p", "plaid", snapshot, None, NOW, 0.0),), fetched_at=NOW
    )
    data = json.loads(json.dumps(portfolio_to_data(portfolio)))
    exported = data["holdings"][0]
    assert exported["quantity"] == "0.123456789012345678"
    assert exported["market_value"]["amount"] == "12345678901234567.89"
    assert D(exported["cost_basis"][0]["amount"]) == D("0.00000001")
    written = io.StringIO()
    writer = csv.DictWriter(written, fieldnames=list(holding_csv_row(first)))
    writer.writeheader()
    writer.writerow(holding_csv_row(first))
    rows = list(csv.DictReader(io.StringIO(written.getvalue())))
    assert rows[0]["quantity"] == "0.123456789012345678" and rows[0]["market_value"] == "12345678901234567.89"
    console = Console(record=True, width=300)
    render_portfolio(portfolio, console)
    shown = console.export_text()
    assert "0.123456789012345678" in shown and "12,345,678,901,234,567.89" in shown
