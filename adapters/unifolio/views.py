"""Views over holdings, computed on demand: totals per currency, allocation, positions merged by instrument.

Three rules everywhere: amounts in different currencies are never added up without an explicit rate; a
holding without a value is reported as unvalued, never counted as zero; sums and products are exact at
any precision (``unifolio._exact``: never rounded to a context's 28 digits).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from attrs import frozen

from ._exact import exact_product, exact_sum, quotient
from .markets import MIC_COUNTRIES, NATIONAL_TICKERS
from .models import AssetClass, Holding, Instrument

__all__ = [
    "AllocationSlice",
    "ConvertedTotal",
    "CurrencyTotals",
    "MergedPosition",
    "NotMerged",
    "allocation_by_asset_class",
    "describe_identity",
    "identity_keys",
    "instrument_identity",
    "merge_positions",
    "not_merged",
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
        parts, missing = [], []
        for currency, amount in sorted(self.totals.items()):
            if currency == target:
                parts.append(amount)
            elif currency in rates:
                parts.append(exact_product(amount, rates[currency]))
            else:
                missing.append(currency)
        return ConvertedTotal(currency=target, amount=exact_sum(parts), missing_rates=tuple(missing))


@frozen
class ConvertedTotal:
    currency: str
    amount: Decimal
    missing_rates: tuple[str, ...]


def totals_by_currency(holdings: Iterable[Holding]) -> CurrencyTotals:
    """Market value per currency, exact (one 18-decimal holding totals to exactly itself)."""
    amounts: dict[str, list[Decimal]] = defaultdict(list)
    unvalued: list[Holding] = []
    for holding in holdings:
        value = holding.market_value
        if value is None or value.currency is None:
            unvalued.append(holding)
        else:
            amounts[value.currency].append(value.amount)
    totals = {currency: exact_sum(values) for currency, values in amounts.items()}
    return CurrencyTotals(totals=totals, unvalued=tuple(unvalued))


@frozen
class AllocationSlice:
    currency: str
    asset_class: AssetClass
    value: Decimal
    share: Decimal
    """Fraction of this currency's valued total, 0..1: a ratio, not money; exact where the quotient
    terminates, else rounded half-even to 28 significant digits (``unifolio._exact.quotient``)."""
    holdings: int


def allocation_by_asset_class(holdings: Iterable[Holding]) -> tuple[AllocationSlice, ...]:
    """Value per asset class within each currency (shares are per currency: no implicit conversion)."""
    per: dict[tuple[str, AssetClass], list[Holding]] = defaultdict(list)
    for holding in holdings:
        if holding.market_value is not None and holding.market_value.currency is not None:
            per[(holding.market_value.currency, holding.instrument.asset_class)].append(holding)
    values: dict[tuple[str, AssetClass], Decimal] = {
        key: exact_sum(h.market_value.amount for h in items if h.market_value) for key, items in per.items()
    }
    by_currency: dict[str, list[Decimal]] = defaultdict(list)
    for (currency, _), value in values.items():
        by_currency[currency].append(value)
    currency_totals = {currency: exact_sum(parts) for currency, parts in by_currency.items()}
    slices = [
        AllocationSlice(
            currency=currency,
            asset_class=asset_class,
            value=value,
            share=quotient(value, currency_totals[currency]) if currency_totals[currency] else ZERO,
            holdings=len(per[(currency, asset_class)]),
        )
        for (currency, asset_class), value in values.items()
    ]
    return tuple(sorted(slices, key=lambda s: (s.currency, -s.value, str(s.asset_class))))


Identity = tuple[str, ...]
"""One identity key: ``("isin", X)``, ``("cusip", X)``, ``("sedol", X)``, ``("listing", MIC or country,
TICKER)``, ``("market", provider, code, TICKER)`` (a provider's own market code it does not map),
``("crypto", SYMBOL, network)``, ``("cash", CURRENCY)``, or ``("unique", ...)`` (no identity: only ever
equal to itself)."""


def _isin(value: str) -> str | None:
    isin = value.strip().upper()
    return isin if len(isin) == 12 and isin[:2].isalpha() and isin.isalnum() else None


def identity_keys(instrument: Instrument, *, provider: str = "") -> tuple[Identity, ...]:
    """Every key that names this instrument with certainty, strongest first.

    - ISIN; a US or Canadian ISIN also gives the CUSIP inside it, a GB or IE one (``GB00``/``IE00``)
      the SEDOL: both are derived from them by definition;
    - CUSIP, SEDOL as given;
    - a ticker on a market: ``("listing", MIC, TICKER)``, and ``("listing", country, TICKER)`` where the
      MIC's country (or the country-level market the provider gave) is one whose tickers are national
      (``markets.NATIONAL_TICKERS``); a provider's own market code it does not map stays its own
      (``("market", provider, code, TICKER)``);
    - crypto: symbol and network together (no network given counts as its own value);
    - cash itself (``AssetClass.CASH`` with a currency and no security identifier: not a money-market
      fund, which has its own): ``("cash", CURRENCY)``: dollars are dollars in any account.

    A ticker without any market is not an identity: the same letters name other securities elsewhere.
    """
    keys: list[Identity] = []
    isin = _isin(instrument.isin) if instrument.isin else None
    if isin:
        keys.append(("isin", isin))
        if isin[:2] in ("US", "CA"):
            keys.append(("cusip", isin[2:11]))
        elif isin[:4] in ("GB00", "IE00"):
            keys.append(("sedol", isin[4:11]))
    if instrument.cusip:
        keys.append(("cusip", instrument.cusip.strip().upper()))
    if instrument.sedol:
        keys.append(("sedol", instrument.sedol.strip().upper()))
    if (
        instrument.asset_class == AssetClass.CASH
        and not keys
        and not instrument.ticker
        and instrument.currency
    ):
        keys.append(("cash", instrument.currency.strip().upper()))
    elif instrument.asset_class == AssetClass.CRYPTO:
        if instrument.symbol:
            keys.append(("crypto", instrument.symbol.strip().upper(), instrument.crypto_network or ""))
    elif instrument.ticker:
        ticker = instrument.ticker.strip().upper()
        mic = instrument.mic.strip().upper() if instrument.mic else None
        country = instrument.market_country or (MIC_COUNTRIES.get(mic) if mic else None)
        if mic:
            keys.append(("listing", mic, ticker))
        if country and country.upper() in NATIONAL_TICKERS:
            keys.append(("listing", country.upper(), ticker))
        if not mic and not country and instrument.market:
            keys.append(("market", provider, instrument.market.strip().lower(), ticker))
    return tuple(dict.fromkeys(keys))


def instrument_identity(instrument: Instrument, *, fallback: str, provider: str = "") -> Identity:
    """The strongest key of ``identity_keys``, or ``("unique", fallback)`` when there is none."""
    keys = identity_keys(instrument, provider=provider)
    return keys[0] if keys else ("unique", fallback)


@frozen
class MergedPosition:
    """One instrument across accounts; ``holdings`` keeps each account's own holding untouched."""

    identity: Identity
    instrument: Instrument
    holdings: tuple[Holding, ...]
    keys: tuple[Identity, ...] = ()
    """Every identity key of the holdings merged here (``identity`` is the strongest)."""

    @property
    def quantity(self) -> Decimal:
        return exact_sum(h.quantity for h in self.holdings)

    @property
    def market_value(self) -> CurrencyTotals:
        return totals_by_currency(self.holdings)

    @property
    def accounts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f"{h.provider}:{h.account_id}" for h in self.holdings))


_DISTINCT = ("isin", "cusip", "sedol")
"""Key kinds of which one security has exactly one: two different values mean two securities."""


def _clash(a: set[Identity], b: set[Identity]) -> str | None:
    """Why two sets of keys cannot be one security (different ISINs ..., one ticker on two MICs), or None."""
    for kind in _DISTINCT:
        mine, theirs = {k[1] for k in a if k[0] == kind}, {k[1] for k in b if k[0] == kind}
        if mine and theirs and mine != theirs:
            return f"different {kind.upper()}s ({', '.join(sorted(mine | theirs))})"
    mics: dict[str, set[str]] = defaultdict(set)
    for key in a | b:
        if key[0] == "listing" and key[1] not in NATIONAL_TICKERS and len(key[1]) == 4:
            mics[key[2]].add(key[1])
    for ticker, found in sorted(mics.items()):
        if len(found) > 1:
            return f"{ticker} is listed on different exchanges ({', '.join(sorted(found))})"
    return None


def merge_positions(holdings: Sequence[Holding]) -> tuple[MergedPosition, ...]:
    """Holdings of the same security merged into one position, wherever identity is certain.

    Two holdings are one security when they share an identity key (``identity_keys``), directly or
    through others (an ISIN with a ticker links a holding known only by that ISIN to one known only by
    that ticker), unless their keys contradict each other (two ISINs, one ticker on two exchanges): then
    they stay apart, and ``not_merged`` says why. Order: first appearance.
    """
    parent: list[int] = list(range(len(holdings)))
    keys_of: list[set[Identity]] = []
    owner: dict[Identity, int] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for holding in holdings:
        keys_of.append(set(identity_keys(holding.instrument, provider=holding.provider)))
    group_keys: dict[int, set[Identity]] = {i: set(keys) for i, keys in enumerate(keys_of)}
    for index, keys in enumerate(keys_of):
        for key in sorted(keys):
            other = owner.setdefault(key, index)
            a, b = root(index), root(other)
            if a == b or _clash(group_keys[a], group_keys[b]) is not None:
                continue
            first, second = min(a, b), max(a, b)
            parent[second] = first
            group_keys[first] |= group_keys.pop(second)
    groups: dict[int, list[int]] = {}
    for index in range(len(holdings)):
        groups.setdefault(root(index), []).append(index)
    positions = []
    for head, members in groups.items():
        lead = holdings[members[0]]
        identity = instrument_identity(
            lead.instrument,
            fallback=f"{lead.provider}:{lead.account_id}:{members[0]}",
            provider=lead.provider,
        )
        merged_keys = group_keys[head]
        strongest = sorted(merged_keys, key=_strength)[0] if merged_keys else identity
        positions.append(
            MergedPosition(
                identity=strongest,
                instrument=lead.instrument,
                holdings=tuple(holdings[i] for i in members),
                keys=tuple(sorted(merged_keys, key=_strength)),
            )
        )
    return tuple(positions)


_KIND_ORDER = {"isin": 0, "cusip": 1, "sedol": 2, "listing": 3, "market": 4, "crypto": 5, "cash": 6}


def _strength(key: Identity) -> tuple[int, int, Identity]:
    # a MIC before a country: the more precise listing first
    return (_KIND_ORDER.get(key[0], 9), -len(key[1]) if key[0] == "listing" else 0, key)


@frozen
class NotMerged:
    """Positions that look alike (the same symbol) but were not merged, and why."""

    symbol: str
    positions: tuple[MergedPosition, ...]
    reason: str


def _label(position: MergedPosition) -> str:
    return ", ".join(position.accounts)


def describe_identity(key: Identity) -> str:
    """One identity key as a reader would write it: ``ISIN US0378331005``, ``US:AAPL``, ``ETH on
    eip155:1``."""
    kind = key[0]
    if kind in _DISTINCT:
        return f"{kind.upper()} {key[1]}"
    if kind == "listing":
        return f"{key[1]}:{key[2]}"
    if kind == "market":
        return f"{key[1]} market {key[2]}:{key[3]}"
    if kind == "crypto":
        return f"{key[1]} on {key[2]}" if key[2] else f"{key[1]} (no network given)"
    if kind == "cash":
        return f"cash {key[1]}"
    return "—"


def _describe(keys: Iterable[Identity]) -> str:
    return " / ".join(describe_identity(key) for key in list(keys)[:2]) or "its symbol only"


def not_merged(positions: Sequence[MergedPosition]) -> tuple[NotMerged, ...]:
    """For every symbol that more than one position carries: why they stayed apart.

    Either one of them has no identity beyond its symbol (a ticker without a market), or their
    identities contradict each other, or nothing links them (one known only by ISIN, the other only by
    a ticker on a market).
    """
    by_symbol: dict[str, list[MergedPosition]] = defaultdict(list)
    for position in positions:
        symbols = {
            (h.instrument.ticker or h.instrument.symbol or "").strip().upper() for h in position.holdings
        }
        for symbol in sorted(symbols - {""}):
            by_symbol[symbol].append(position)
    found = []
    for symbol, alike in sorted(by_symbol.items()):
        if len(alike) < 2:
            continue
        reasons = []
        for position in alike:
            if not position.keys:
                market = position.instrument.market
                reasons.append(
                    f"{_label(position)} gives {symbol} without "
                    + ("a market unifolio can map" if market else "any market")
                    + " or ISIN/CUSIP, and a ticker alone does not name one security"
                )
        if not reasons:
            for i, a in enumerate(alike):
                for b in alike[i + 1 :]:
                    clash = _clash(set(a.keys), set(b.keys))
                    reasons.append(
                        f"{_label(a)} and {_label(b)}: "
                        + (clash or f"nothing links {_describe(a.keys)} to {_describe(b.keys)}")
                    )
        found.append(NotMerged(symbol=symbol, positions=tuple(alike), reason="; ".join(reasons)))
    return tuple(found)
