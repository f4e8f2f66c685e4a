"""The common model's public API on msgspec Structs: construction, immutability, equality without
``raw``, copies with ``evolve``, no work for the cycle collector, exact serialisation."""

from __future__ import annotations

import datetime
import gc
import json
import pickle
from decimal import Decimal

import pytest

from unifolio._serialize import dumps, holding_csv_row, to_data
from unifolio.models import (
    AssetClass,
    CostBasis,
    CostBasisKind,
    Holding,
    Instrument,
    OptionTerms,
    Price,
    PriceKind,
    Snapshot,
    evolve,
    fields,
)

EXACT = Decimal("0.123456789012345678")  # a float would change it
BIG = Decimal("12345678901234567.89")


def _holding(raw: dict[str, object] | None = None) -> Holding:
    return Holding(
        provider="mesh",
        account_id="acct",
        instrument=Instrument(symbol="ETH", name="Ethereum", asset_class=AssetClass.CRYPTO, raw=raw or {}),
        quantity=EXACT,
        currency="USD",
        price=Price(BIG, "USD", PriceKind.LAST),
        cost_basis=(CostBasis(Decimal("0.00000001"), "USD", CostBasisKind.PER_UNIT, True),),
        raw=raw or {},
    )


def test_keyword_and_positional_construction_agree() -> None:
    by_keyword = Price(amount=BIG, currency="USD", kind=PriceKind.LAST)
    assert Price(BIG, "USD", PriceKind.LAST) == by_keyword
    assert by_keyword.as_of is None and by_keyword.amount is BIG


def test_objects_are_immutable() -> None:
    holding = _holding()
    with pytest.raises(AttributeError):
        holding.quantity = Decimal(1)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        holding.instrument.symbol = "BTC"  # type: ignore[misc]


def test_raw_is_kept_but_left_out_of_equality_hash_and_repr() -> None:
    a, b = _holding({"amount": "0.123456789012345678", "secretish": "x"}), _holding({"other": 1})
    assert a.raw == {"amount": "0.123456789012345678", "secretish": "x"}
    assert a == b and hash(a) == hash(b) and (a != b) is False
    assert "raw" not in repr(a) and "secretish" not in repr(a)
    assert "raw" not in dict(a.__rich_repr__())
    assert a != evolve(b, quantity=EXACT + 1)
    assert (a == "not a holding") is False


def test_evolve_copies_with_changes_and_keeps_the_original() -> None:
    holding = _holding({"x": 1})
    moved = evolve(holding, account_id="other")
    assert moved.account_id == "other" and holding.account_id == "acct"
    assert moved.raw is holding.raw and moved.instrument is holding.instrument
    with pytest.raises(TypeError):
        evolve(holding, no_such_field=1)


def test_fields_name_every_attribute_in_order() -> None:
    assert fields(Price) == ("amount", "currency", "kind", "as_of")
    assert fields(_holding())[-1] == "raw"


def test_model_objects_cost_the_cycle_collector_nothing() -> None:
    """Not tracked: a snapshot of a million holdings adds nothing to every later collection."""
    holding = _holding({"a": [1, 2]})
    snapshot = Snapshot(provider="mesh", holdings=(holding,), raw={"get_holdings": {"a": [1]}})
    assert not gc.is_tracked(holding) and not gc.is_tracked(holding.instrument)
    assert not gc.is_tracked(snapshot)


def test_pickle_round_trip() -> None:
    holding = _holding({"a": 1})
    again = pickle.loads(pickle.dumps(holding))
    assert again == holding and again.raw == {"a": 1}


def test_serialisation_is_exact_with_and_without_raw() -> None:
    holding = _holding({"amount": EXACT})
    data = to_data(holding)
    assert "raw" not in data and "raw" not in data["instrument"]
    assert data["quantity"] == "0.123456789012345678" and data["price"]["amount"] == "12345678901234567.89"
    assert data["cost_basis"][0] == {
        "amount": "0.00000001",
        "currency": "USD",
        "kind": "per_unit",
        "includes_fees": True,
    }
    text = dumps(to_data(holding, include_raw=True))
    assert '"amount": 0.123456789012345678' in text  # the provider's number, written as a number
    assert json.loads(text, parse_float=Decimal)["raw"] == {"amount": Decimal("0.123456789012345678")}
    assert json.loads(json.dumps(data))["quantity"] == "0.123456789012345678"
    row = holding_csv_row(holding)
    assert row["quantity"] == "0.123456789012345678" and row["price"] == "12345678901234567.89"
    assert row["cost_basis"] == "0.00000001" and row["asset_class"] == "crypto"  # fixed point, every digit


def test_option_bond_and_vesting_terms_serialise_exactly_with_dates_as_dates() -> None:
    import datetime

    from unifolio.models import FixedIncomeTerms, OptionTerms, QuantityBreakdown

    option = OptionTerms(
        "call", Decimal("355.000000000000000001"), datetime.date(2027, 1, 15), None, None, "NFLX"
    )
    bond = FixedIncomeTerms(
        datetime.date(2030, 10, 31), None, Decimal(100), Decimal("5.43"), "coupon_equivalent"
    )
    instrument = Instrument("T", "Treasury", AssetClass.BOND, option=option, fixed_income=bond)
    breakdown = QuantityBreakdown(vested=EXACT, vested_value=Decimal("0.00000001"))
    holding = evolve(_holding(), instrument=instrument, breakdown=breakdown)
    data = to_data(holding)
    assert data["instrument"]["option"] == {
        "option_type": "call",
        "strike": "355.000000000000000001",
        "expiration": "2027-01-15",
        "contract_size": None,
        "direction": None,
        "underlying": "NFLX",
    }
    assert data["instrument"]["fixed_income"] == {
        "maturity_date": "2030-10-31",
        "issue_date": None,
        "face_value": "100",
        "yield_rate": "5.43",
        "yield_type": "coupon_equivalent",
    }
    assert data["breakdown"]["vested"] == "0.123456789012345678"
    assert data["breakdown"]["vested_value"] == "0.00000001"  # exact, fixed point (str() writes 1E-8)
    assert json.loads(json.dumps(data)) == data


def test_an_option_expiring_on_a_day_keeps_the_day_without_inventing_a_time() -> None:
    terms = OptionTerms("call", Decimal("240"), datetime.date(2026, 12, 18), Decimal("100"))
    instrument = Instrument("AAPL  261218C00240000", None, AssetClass.OPTION, "USD", option=terms)
    assert to_data(instrument)["option"]["expiration"] == "2026-12-18"
    moment = evolve(terms, expiration=datetime.datetime(2026, 12, 18, 21, 0, tzinfo=datetime.UTC))
    assert to_data(moment)["expiration"] == "2026-12-18T21:00:00+00:00"
