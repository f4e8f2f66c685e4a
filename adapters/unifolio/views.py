"""Views over holdings, computed on demand: totals per currency, allocation, positions merged by instrument.

Two rules everywhere: amounts in different currencies are never added up without an explicit rate, and
a holding without a value is reported as unvalued, never counted as zero.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from attrs import frozen

from .models import AssetClass, Holding, Instrument

__all__ = [
    "AllocationSlice",
    "ConvertedTotal",
    "CurrencyTotals",
    "MergedPosition",
    "allocation_by_asset_class",
    "instrument_identity",
    "merge_positions",
    "totals_by_currency",
]

ZERO = Decimal(0)


@frozen
class CurrencyTotals:
    """Market value summed per currency, and the holdings that had no value to add."""

    totals: Mapping[str, Decimal]
    unvalued: tuple[Holding, ...]

    def convert(self, target: str, rates: Mapping[str, Decimal]) -> ConvertedTotal:
        """One total in ``target`` using explicit ``rates`` (units of target per unit of currency).

        Currencies without a rate are listed in ``missing_rates`` and left out, not guessed.
        """
        total, missing = ZERO, []
        for currency, amount in sorted(self.totals.items()):
            if currency == target:
                total += amount
            elif currency in rates:
                total += amount * rates[currency]
            else:
                missing.append(currency)
        return ConvertedTotal(currency=target, amount=total, missing_rates=tuple(missing))


@frozen
class ConvertedTotal:
    currency: str
    amount: Decimal
    missing_rates: tuple[str, ...]


def totals_by_currency(holdings: Iterable[Holding]) -> CurrencyTotals:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    unvalued: list[Holding] = []
    for holding in holdings:
        value = holding.market_value
        if value is None or value.currency is None:
            unvalued.append(holding)
        else:
            totals[value.currency] += value.amount
    return CurrencyTotals(totals=dict(totals), unvalued=tuple(unvalued))


@frozen
class AllocationSlice:
    currency: str
    asset_class: AssetClass
    value: Decimal
    share: Decimal
    """Fraction of this currency's valued total, 0..1 (exact Decimal division, 28 significant digits)."""
    holdings: int


def allocation_by_asset_class(holdings: Iterable[Holding]) -> tuple[AllocationSlice, ...]:
    """Value per asset class within each currency (shares are per currency: no implicit conversion)."""
    per: dict[tuple[str, AssetClass], list[Holding]] = defaultdict(list)
    for holding in holdings:
        if holding.market_value is not None and holding.market_value.currency is not None:
            per[(holding.market_value.currency, holding.instrument.asset_class)].append(holding)
    currency_totals: dict[str, Decimal] = defaultdict(Decimal)
    values: dict[tuple[str, AssetClass], Decimal] = {}
    for key, items in per.items():
        values[key] = sum((h.market_value.amount for h in items if h.market_value), ZERO)
        currency_totals[key[0]] += values[key]
    slices = [
        AllocationSlice(
            currency=currency,
            asset_class=asset_class,
            value=value,
            share=value / currency_totals[currency] if currency_totals[currency] else ZERO,
            holdings=len(per[(currency, asset_class)]),
        )
        for (currency, asset_class), value in values.items()
    ]
    return tuple(sorted(slices, key=lambda s: (s.currency, -s.value, str(s.asset_class))))


Identity = tuple[str, ...]


def instrument_identity(instrument: Instrument, *, fallback: str) -> Identity:
    """The key positions are merged by: ISIN, then CUSIP, then market + ticker, then crypto symbol + network.

    An instrument with none of these is only ever equal to itself (``fallback`` makes it unique).
    """
    if instrument.isin:
        return ("isin", instrument.isin.upper())
    if instrument.cusip:
        return ("cusip", instrument.cusip.upper())
    if instrument.ticker:
        return ("ticker", (instrument.market or "").lower(), instrument.ticker.upper())
    if instrument.asset_class == AssetClass.CRYPTO and instrument.symbol:
        return ("crypto", instrument.symbol.upper(), instrument.crypto_network or "")
    return ("unique", fallback)


@frozen
class MergedPosition:
    """One instrument across accounts; ``holdings`` keeps each account's own holding untouched."""

    identity: Identity
    instrument: Instrument
    holdings: tuple[Holding, ...]

    @property
    def quantity(self) -> Decimal:
        return sum((h.quantity for h in self.holdings), ZERO)

    @property
    def market_value(self) -> CurrencyTotals:
        return totals_by_currency(self.holdings)

    @property
    def accounts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f"{h.provider}:{h.account_id}" for h in self.holdings))


def merge_positions(holdings: Sequence[Holding]) -> tuple[MergedPosition, ...]:
    groups: dict[Identity, list[Holding]] = {}
    for index, holding in enumerate(holdings):
        identity = instrument_identity(
            holding.instrument, fallback=f"{holding.provider}:{holding.account_id}:{index}"
        )
        groups.setdefault(identity, []).append(holding)
    return tuple(
        MergedPosition(identity=identity, instrument=items[0].instrument, holdings=tuple(items))
        for identity, items in groups.items()
    )
