"""Failing examples the contract fuzzers found for HabitTrade, kept as plain tests."""

from __future__ import annotations

import pytest

from tests.contract._harness import Harness
from tests.contract._specs import operations
from unifolio import ResponseContractError

OPS = {op.operation_id: op for op in operations("habittrade")}


def test_decimal_string_beyond_decimal_range_reads_unknown_at_its_path() -> None:
    """The spec's Decimal pattern allows any exponent; no exact decimal type holds 0E1000000000000000000.
    The breakdown has room for unknown: the holding is kept, the figure is None, a Notice says where."""
    body = (
        b'{"code": 0, "data": {"portfolio_id": "p", "positions": [{"market": "usex", "product_code": "A",'
        b' "qty": "1", "base_currency": "USD", "portfolio_id": "p", "approved_withdrawal_qty": '
        b'"0E1000000000000000000"}]}}'
    )
    snapshot = Harness(OPS["get_portfolio"]).call(200, body, {"portfolio_id": "p"})
    (holding,) = snapshot.holdings
    assert holding.quantity == 1 and holding.breakdown is None
    (notice,) = snapshot.notices
    assert notice.code == "unusable_value" and notice.path == "$.data.positions[0].approved_withdrawal_qty"


def test_mapped_balance_string_beyond_decimal_range_reads_unknown_at_its_path() -> None:
    body = (
        b'{"code": 0, "data": [{"base_currency": "USD", "market_value": "1",'
        b' "cash_on_hold": "1E+1000000000000000000"}]}'
    )
    snapshot = Harness(OPS["get_balance"]).call(200, body)
    (balance,) = snapshot.balances
    assert balance.currency == "USD" and balance.cash is None
    (notice,) = snapshot.notices
    assert notice.path == "$.data[0].cash_on_hold"


def test_position_of_another_portfolio_is_refused_at_its_path() -> None:
    body = (
        b'{"code": 0, "data": {"portfolio_id": "p", "positions": [{"market": "usex", "product_code": "A",'
        b' "qty": 1, "base_currency": "USD", "portfolio_id": "q"}]}}'
    )
    with pytest.raises(ResponseContractError) as excinfo:
        Harness(OPS["get_portfolio"]).call(200, body, {"portfolio_id": "p"})
    assert excinfo.value.path == "$.data.positions[0].portfolio_id"
