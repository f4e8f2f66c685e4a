"""Views: exact per-currency totals, allocation, and the instrument merging rules."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest

from unifolio._exact import exact_sum, quotient
from unifolio.models import AssetClass, CostBasis, CostBasisKind, Holding, Instrument, PriceKind, Valuation
from unifolio.views import (
    allocation_by_asset_class,
    identity_keys,
    merge_positions,
    not_merged,
    totals_by_currency,
)


def holding(
    account: str,
    quantity: str,
    value: str | None,
    currency: str = "USD",
    *,
    asset_class: AssetClass = AssetClass.EQUITY,
    provider: str = "p",
    **identifiers: str,
) -> Holding:
    return Holding(
        provider=provider,
        account_id=account,
        instrument=Instrument(
            symbol=identifiers.pop("symbol", None), name=None, asset_class=asset_class, **identifiers
        ),
        quantity=Decimal(quantity),
        currency=currency,
        market_value=None if value is None else Valuation(Decimal(value), currency, PriceKind.LAST),
    )


def test_two_accounts_holding_the_same_isin_merge_and_keep_their_own_holdings() -> None:
    a = holding("acc-1", "10", "1000.10", isin="US0378331005", ticker="AAPL", market="usex")
    b = holding("acc-2", "2.5", "250.025", isin="us0378331005", ticker="AAPL", provider="q")
    (merged,) = merge_positions([a, b])
    assert merged.identity == ("isin", "US0378331005")
    assert merged.holdings == (a, b)  # each account's own holding, untouched
    assert merged.quantity == Decimal("12.5")
    assert merged.market_value.totals == {"USD": Decimal("1250.125")}
    assert merged.accounts == ("p:acc-1", "q:acc-2")


def test_isin_beats_cusip_beats_ticker() -> None:
    by_cusip = holding("a", "1", None, cusip="037833100", ticker="AAPL", market="usex")
    by_cusip_too = holding("b", "1", None, cusip="037833100", ticker="AAPL.O", market="xnas")
    assert len(merge_positions([by_cusip, by_cusip_too])) == 1


def test_same_ticker_on_different_markets_does_not_merge() -> None:
    us = holding("a", "1", "10", ticker="00700", market="usex")
    hk = holding("b", "1", "300", "HKD", ticker="00700", market="hkex")
    hk_too = holding("c", "4", "1200", "HKD", ticker="00700", market="HKEX")
    merged = merge_positions([us, hk, hk_too])
    assert [len(m.holdings) for m in merged] == [1, 2]


def test_crypto_on_two_networks_stays_apart_but_merges_per_network() -> None:
    main = holding(
        "w1", "1.5", "4500", asset_class=AssetClass.CRYPTO, symbol="ETH", crypto_network="eip155:1"
    )
    arb = holding(
        "w1", "0.5", "1500", asset_class=AssetClass.CRYPTO, symbol="ETH", crypto_network="eip155:42161"
    )
    main2 = holding("w2", "1", "3000", asset_class=AssetClass.CRYPTO, symbol="eth", crypto_network="eip155:1")
    merged = merge_positions([main, arb, main2])
    assert sorted(len(m.holdings) for m in merged) == [1, 2]
    assert {m.identity for m in merged} == {("crypto", "ETH", "eip155:1"), ("crypto", "ETH", "eip155:42161")}


def test_instruments_without_identity_never_merge() -> None:
    merged = merge_positions([holding("a", "1", None), holding("a", "1", None)])
    assert len(merged) == 2


def test_totals_never_add_currencies_and_report_unvalued() -> None:
    holdings = [
        holding("a", "1", "0.1"),
        holding("a", "1", "0.2"),
        holding("b", "1", "100", "HKD"),
        holding("c", "1", None),
    ]
    totals = totals_by_currency(holdings)
    assert totals.totals == {"USD": Decimal("0.3"), "HKD": Decimal("100")}  # exact, and separate
    assert totals.unvalued == (holdings[3],)
    converted = totals.convert("USD", {"HKD": Decimal("0.128")})
    assert converted.amount == Decimal("13.1") and converted.missing_rates == ()
    partial = totals.convert("EUR", {"USD": Decimal("0.9")})
    assert partial.amount == Decimal("0.27") and partial.missing_rates == ("HKD",)


def test_allocation_is_per_currency() -> None:
    holdings = [
        holding("a", "1", "75"),
        holding("a", "1", "25", asset_class=AssetClass.CRYPTO, symbol="BTC"),
        holding("b", "1", "500", "HKD"),
        holding("c", "1", None),
    ]
    slices = allocation_by_asset_class(holdings)
    shares = {(s.currency, str(s.asset_class)): s.share for s in slices}
    assert shares == {
        ("HKD", "equity"): Decimal(1),
        ("USD", "equity"): Decimal("0.75"),
        ("USD", "crypto"): Decimal("0.25"),
    }


# --- exact at any precision -------------------------------------------------------------------------

ETH_VALUE = "4321987654321.123456789012345678"
"""31 significant digits: an 18-decimal crypto amount worth trillions."""


def test_a_single_18_decimal_holding_totals_to_exactly_itself() -> None:
    (eth,) = [holding("w", "1.123456789012345678", ETH_VALUE, asset_class=AssetClass.CRYPTO, symbol="ETH")]
    assert totals_by_currency([eth]).totals == {"USD": Decimal(ETH_VALUE)}
    assert Decimal(0) + Decimal(ETH_VALUE) != Decimal(ETH_VALUE)  # what the default 28-digit context does
    (piece,) = allocation_by_asset_class([eth])
    assert piece.value == Decimal(ETH_VALUE) and piece.share == 1
    (merged,) = merge_positions([eth, eth])
    assert merged.quantity == Decimal("2.246913578024691356")
    assert merged.market_value.totals["USD"] == decimal.Context(prec=60).multiply(2, Decimal(ETH_VALUE))


def test_conversion_and_cost_are_exact_and_a_quotient_states_its_rounding() -> None:
    totals = totals_by_currency([holding("a", "1", ETH_VALUE, "EUR")])
    rate = Decimal("1.0823456789012345678")
    converted = totals.convert("USD", {"EUR": rate})
    assert converted.amount == decimal.Context(prec=100).multiply(Decimal(ETH_VALUE), rate)
    basis = CostBasis(Decimal(ETH_VALUE), "USD", CostBasisKind.PER_UNIT)
    assert basis.total(Decimal("0.123456789012345678")) == decimal.Context(prec=100).multiply(
        Decimal(ETH_VALUE), Decimal("0.123456789012345678")
    )
    total = CostBasis(Decimal("10"), "USD", CostBasisKind.TOTAL)
    assert total.per_unit(Decimal("8")) == Decimal("1.25")  # exact where it terminates
    assert total.per_unit(Decimal("3")) == Decimal("3.333333333333333333333333333")  # 28 digits, stated
    assert total.per_unit(Decimal("3"), precision=5) == Decimal("3.3333")
    exact = decimal.Context(prec=100).divide(1, decimal.Context(prec=100).power(2, 60))
    assert quotient(Decimal(1), Decimal(2) ** 60) == exact  # terminates: exact, 42 digits
    assert len(exact.as_tuple().digits) > 28


def test_sums_of_any_precision_never_round() -> None:
    tiny, huge = Decimal("1E-400"), Decimal("1E+400")
    assert exact_sum([huge, tiny]) - huge == tiny
    assert exact_sum([huge, tiny]).as_tuple().digits.count(0) == 799  # 801 digits, none lost


# --- one security, one row ----------------------------------------------------------------------------


def test_a_ticker_on_a_mic_and_the_same_ticker_on_that_country_s_market_merge() -> None:
    nasdaq = holding("a", "1", "10", ticker="AAPL", mic="XNAS", provider="plaid")
    us = holding("b", "2", "20", ticker="AAPL", market="usex", market_country="US", provider="habittrade")
    (merged,) = merge_positions([nasdaq, us])
    assert merged.identity == ("listing", "XNAS", "AAPL") and len(merged.holdings) == 2


def test_an_isin_and_a_ticker_are_linked_by_a_holding_that_has_both() -> None:
    by_isin = holding("a", "1", "10", isin="US0378331005")
    both = holding("b", "1", "10", isin="US0378331005", ticker="AAPL", market_country="US")
    by_ticker = holding("c", "1", "10", ticker="AAPL", market_country="US")
    (merged,) = merge_positions([by_isin, by_ticker, both])
    assert merged.identity == ("isin", "US0378331005") and len(merged.holdings) == 3


def test_a_us_isin_carries_its_cusip_and_a_gb_isin_its_sedol() -> None:
    assert ("cusip", "38259P508") in identity_keys(
        Instrument("X", None, AssetClass.EQUITY, isin="US38259P5089")
    )
    assert ("sedol", "0263494") in identity_keys(
        Instrument("BAE", None, AssetClass.EQUITY, isin="GB0002634946")
    )
    (merged,) = merge_positions(
        [holding("a", "1", "1", cusip="38259P508"), holding("b", "1", "1", isin="us38259p5089")]
    )
    assert len(merged.holdings) == 2


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ({"ticker": "AAPL"}, {"ticker": "AAPL", "market_country": "US"}, "without any market"),
        (
            {"ticker": "AAPL", "mic": "XNAS"},
            {"ticker": "AAPL", "mic": "XNYS"},
            "listed on different exchanges",
        ),
        (
            {"ticker": "AAPL", "isin": "US0378331005"},
            {"ticker": "AAPL", "isin": "US0000000001"},
            "different ISINs",
        ),
        ({"ticker": "ABC", "market_country": "CA"}, {"ticker": "ABC", "market_country": "CA"}, "any market"),
        (
            {"isin": "US0378331005", "ticker": "AAPL"},
            {"ticker": "AAPL", "market_country": "US"},
            "nothing links",
        ),
    ],
)
def test_look_alikes_stay_apart_and_the_reason_is_stated(
    a: dict[str, str], b: dict[str, str], why: str
) -> None:
    positions = merge_positions([holding("x", "1", "1", **a), holding("y", "1", "1", provider="q", **b)])
    assert len(positions) == 2
    (apart,) = not_merged(positions)
    assert apart.symbol == a["ticker"] and why in apart.reason, apart.reason


def test_crypto_on_a_network_and_without_one_stay_apart_with_the_reason() -> None:
    wallet = holding("w", "1", "1", asset_class=AssetClass.CRYPTO, symbol="ETH", crypto_network="eip155:1")
    exchange = holding("e", "1", "1", asset_class=AssetClass.CRYPTO, symbol="ETH")
    (apart,) = not_merged(merge_positions([wallet, exchange]))
    assert "ETH on eip155:1" in apart.reason and "ETH (no network given)" in apart.reason
