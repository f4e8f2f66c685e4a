"""SnapTrade drift: what SnapTrade may send without notice (new fields, new enum values, nulls, numbers as
text or text as numbers) is kept and mapped, or refused with a typed error naming the JSON path."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest

from tests.unit.test_snaptrade_adapter import USER, Server, documented
from unifolio import ResponseContractError
from unifolio.models import AssetClass


def _answers() -> dict[str, Any]:
    return copy.deepcopy({op: body for op, (_, body) in documented("us_brokerage").items()})


def _with_extra(value: Any) -> Any:
    """Every object with a field SnapTrade may add one day."""
    if isinstance(value, dict):
        return {**{k: _with_extra(v) for k, v in value.items()}, "added_later": {"nested": [1, "x"]}}
    if isinstance(value, list):
        return [_with_extra(item) for item in value]
    return value


def test_new_fields_everywhere_change_nothing_and_stay_in_the_records() -> None:
    plain = Server(_answers()).adapter().fetch(USER)
    drifted = Server({op: _with_extra(body) for op, body in _answers().items()}).adapter().fetch(USER)
    assert drifted == plain  # same accounts, holdings, balances, values, notices
    assert drifted.accounts[0].raw["added_later"] == {"nested": [1, "x"]}
    assert all(h.raw["added_later"] and h.instrument.raw["added_later"] for h in drifted.holdings)
    assert drifted.holdings[3].instrument.raw["underlying"]["added_later"]  # the option's underlying
    assert drifted.balances[0].raw["currency"]["added_later"]
    assert drifted.raw["list_connections"][0].body[0]["added_later"]  # the answers, whole


def test_nulls_where_snaptrade_allows_them_are_none_never_zero() -> None:
    answers = _answers()
    position = answers["get_account_positions"]["results"][0]
    position.update(currency=None, price=None, cost_basis=None)
    position["instrument"].update(description=None, exchange=None, figi_instrument=None, currency=None)
    answers["get_account_balances"] = [{"currency": {"code": "USD"}, "cash": None, "buying_power": None}, {}]
    answers["list_accounts"][0].update(name=None, raw_type=None, account_category=None, status=None)
    answers["list_accounts"][0]["balance"]["total"] = None
    answers["list_accounts"][0]["sync_status"]["holdings"]["last_successful_sync"] = None
    snapshot = Server(answers).adapter().fetch(USER)
    aapl = snapshot.holdings[0]
    assert (aapl.currency, aapl.price, aapl.market_value, aapl.cost_basis) == (None, None, None, ())
    assert (aapl.instrument.name, aapl.instrument.market, aapl.instrument.currency) == (None, None, None)
    assert [(b.currency, b.cash, b.buying_power) for b in snapshot.balances] == [
        ("USD", None, None),
        (None, None, None),
    ]
    (account,) = snapshot.accounts
    assert (account.name, account.type, account.currency) == (None, None, None)
    assert snapshot.values == ()
    assert len(snapshot.holdings) == 5  # an unknown category is read as an investment account


@pytest.mark.parametrize(
    ("change", "codes", "path"),
    [
        (lambda a: a.update(status="frozen"), ["account_not_open"], "$[0].status"),
        (lambda a: a.update(account_category="RETIREMENT"), ["unknown_value"], "$[0].account_category"),
        (lambda a: a.update(status=None), [], None),
    ],
)
def test_new_enum_values_are_kept_and_reported(change: Any, codes: list[str], path: str | None) -> None:
    answers = _answers()
    change(answers["list_accounts"][0])
    snapshot = Server(answers).adapter().fetch(USER)
    notices = [n for n in snapshot.notices if n.code != "cash_excludes_cash_equivalents"]
    assert [n.code for n in notices] == codes  # one notice per value: the adapter's own, where it says more
    assert len(snapshot.holdings) == 5
    if path:
        assert notices[0].path == path and notices[0].raw is snapshot.accounts[0].raw
        assert snapshot.raw["list_accounts"][0].body[0][path.rsplit(".", 1)[1]] in notices[0].message


def test_numbers_as_text_and_text_as_numbers_are_exact() -> None:
    answers = _answers()
    body = json.dumps(answers["get_account_positions"])
    body = body.replace('"units": "10.5"', '"units": 10.500000000000000001')
    answers["get_account_positions"] = body.encode()
    answers["get_account_balances"] = (
        b'[{"currency":{"code":"USD"},"cash":"1550.55","buying_power":"0.00000001"}]'
    )
    snapshot = Server(answers).adapter().fetch(USER)
    assert snapshot.holdings[0].quantity == Decimal("10.500000000000000001")
    assert snapshot.balances[0].buying_power == Decimal("0.00000001")
    assert snapshot.balances[0].cash == Decimal("300.0000")


@pytest.mark.parametrize(
    ("operation", "mutate", "path", "lost"),
    [
        (
            "get_account_balances",
            lambda b: b[0].update(cash="NaN"),
            "$[0].cash",
            lambda s: s.balances[0].cash,
        ),
        ("get_account_balances", lambda b: b[0].update(cash=True), "$[0].cash", lambda s: s.balances[0].cash),
        (
            "list_accounts",
            lambda b: b[0]["balance"]["total"].update(amount="lots"),
            "$[0].balance.total.amount",
            lambda s: s.values or None,
        ),
        (
            "get_account_positions",
            lambda b: b["data_freshness"].pop("as_of"),
            "$.data_freshness.as_of",
            lambda s: s.holdings[0].price.as_of,
        ),
        (
            "get_account_positions",
            lambda b: b["results"][3]["instrument"].update(strike_price="x"),
            "$.results[3].instrument.strike_price",
            lambda s: s.holdings[3].instrument.option.strike,
        ),
        (
            "get_account_positions",
            lambda b: b["results"][0]["instrument"].update(description=["Apple"]),
            "$.results[0].instrument.description",
            lambda s: s.holdings[0].instrument.name,
        ),
        (
            "list_connections",
            lambda b: b[0].update(disabled="no"),
            "$[0].disabled",
            lambda s: None,
        ),
    ],
)
def test_a_value_the_model_can_leave_unknown_reads_none_with_a_notice(
    operation: str, mutate: Any, path: str, lost: Any
) -> None:
    """Never all-or-nothing: the rest of the record and of the connection is kept, and the notice says
    which provider, which value, where."""
    plain = Server(_answers()).adapter().fetch(USER)
    answers = _answers()
    mutate(answers[operation])
    snapshot = Server(answers).adapter().fetch(USER)
    assert lost(snapshot) is None
    assert len(snapshot.holdings) == len(plain.holdings) and len(snapshot.balances) == len(plain.balances)
    unusable = [n for n in snapshot.notices if n.code == "unusable_value"]
    assert [(n.provider, n.path) for n in unusable] == [("snaptrade", path)]


@pytest.mark.parametrize(
    ("operation", "mutate", "path"),
    [
        ("list_accounts", lambda b: b[0].pop("id"), "$[0]"),
        ("list_accounts", lambda b: b[0].update(brokerage_authorization=7), "$[0].brokerage_authorization"),
        ("get_account_positions", lambda b: b["results"][0].update(units=[1]), "$.results[0].units"),
        ("get_account_positions", lambda b: b["results"][0].update(units="NaN"), "$.results[0].units"),
        ("get_account_positions", lambda b: b["results"][0]["instrument"].pop("symbol"), "$.results[0]"),
        ("get_account_positions", lambda b: b["results"][0]["instrument"].update(id=None), "$.results[0]"),
        ("get_account_positions", lambda b: b.update(results={}), "$.results"),
    ],
)
def test_what_the_record_needs_is_a_contract_error_naming_its_path(
    operation: str, mutate: Any, path: str
) -> None:
    answers = _answers()
    mutate(answers[operation])
    with pytest.raises(ResponseContractError) as caught:
        Server(answers).adapter().fetch(USER)
    assert caught.value.path.startswith(path), caught.value.path


def test_an_unknown_kind_under_an_option_is_kept_inside_the_option() -> None:
    answers = _answers()
    option = answers["get_account_positions"]["results"][3]
    option["instrument"]["underlying"]["kind"] = "index"
    snapshot = Server(answers).adapter().fetch(USER)
    held = snapshot.holdings[3]
    assert held.instrument.asset_class is AssetClass.OPTION
    assert held.instrument.raw["underlying"]["kind"] == "index"
