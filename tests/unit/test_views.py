"""Views: exact per-currency totals, allocation, and the instrument merging rules."""

from __future__ import annotations

from decimal import Decimal

from unifolio.models import AssetClass, Holding, Instrument, PriceKind, Valuation
from unifolio.views import allocation_by_asset_class, merge_positions, totals_by_currency


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
