"""The common model: what every provider's data is mapped onto.

Design rules, so a newcomer can trust it:
- immutable (frozen attrs with slots) and fully typed;
- money and quantities are ``Decimal`` and carry their currency; nothing is ever a float;
- lossless: every object keeps the provider's original JSON record in ``raw``, and anything a provider
  states with a qualifier keeps it (a price says whether it is a live last price or a previous close; a
  cost basis says whether it is a total or per unit, and whether fees are included);
- open sets (asset class, account type, market) keep values unifolio does not know yet.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from attrs import field, frozen

from ._open_enum import OpenStrEnum

__all__ = [
    "Account",
    "AssetClass",
    "Balance",
    "CostBasis",
    "CostBasisKind",
    "Holding",
    "Instrument",
    "NetworkAllocation",
    "Notice",
    "OptionTerms",
    "PortfolioValue",
    "Price",
    "PriceKind",
    "QuantityBreakdown",
    "Snapshot",
    "Valuation",
]

RawRecord = Mapping[str, Any]
EMPTY_RECORD: RawRecord = MappingProxyType({})


class AssetClass(OpenStrEnum):
    """What kind of instrument a holding is. Open: a provider's own class name is kept as is."""

    EQUITY = "equity"
    ETF = "etf"
    FUND = "fund"
    BOND = "bond"
    OPTION = "option"
    CRYPTO = "crypto"
    NFT = "nft"
    CASH = "cash"
    OTHER = "other"


class PriceKind(OpenStrEnum):
    """Which price a figure is based on; a previous close is not a live price and must not pass for one."""

    LAST = "last"
    """The provider's latest price at fetch time."""
    CLOSE = "close"
    """A closing price of a stated date (``as_of``)."""
    PREVIOUS_CLOSE = "previous_close"
    """The previous trading day's close (HabitTrade's only valuation)."""


class CostBasisKind(OpenStrEnum):
    TOTAL = "total"
    """What was paid for the whole position."""
    PER_UNIT = "per_unit"
    """Average paid per unit; multiply by the quantity for the position's cost."""


@frozen
class Price:
    amount: Decimal
    currency: str | None
    kind: PriceKind
    as_of: datetime.datetime | datetime.date | None = None


@frozen
class Valuation:
    """A market value: quantity times a price of the stated kind."""

    amount: Decimal
    currency: str | None
    kind: PriceKind
    as_of: datetime.datetime | datetime.date | None = None


@frozen
class CostBasis:
    amount: Decimal
    currency: str | None
    kind: CostBasisKind
    includes_fees: bool | None = None
    """True/False where the provider says so; None where it does not."""

    def total(self, quantity: Decimal) -> Decimal:
        """The cost of ``quantity`` units, exact."""
        return self.amount if self.kind is CostBasisKind.TOTAL else self.amount * quantity

    def per_unit(self, quantity: Decimal) -> Decimal | None:
        """Average cost per unit, or None when the quantity is zero (a total cannot be split)."""
        if self.kind is CostBasisKind.PER_UNIT:
            return self.amount
        return self.amount / quantity if quantity else None


@frozen
class QuantityBreakdown:
    """Parts of a position's quantity that are not freely tradable, where a provider gives them."""

    available: Decimal | None = None
    available_for_sale: Decimal | None = None
    frozen_for_sale: Decimal | None = None
    uncleared: Decimal | None = None
    pending_deposit: Decimal | None = None
    pending_withdrawal: Decimal | None = None
    approved_deposit: Decimal | None = None
    approved_withdrawal: Decimal | None = None


@frozen
class NetworkAllocation:
    """The part of a crypto position held on one network (CAIP-2 id, e.g. ``eip155:1``)."""

    network: str | None
    address: str | None
    quantity: Decimal
    raw: RawRecord = field(default=EMPTY_RECORD, repr=False, eq=False)


@frozen
class OptionTerms:
    option_type: str | None
    """``call``/``put`` (open: the provider's value is kept)."""
    strike: Decimal | None
    expiration: datetime.datetime | None
    contract_size: Decimal | None
    direction: str | None = None


@frozen
class Instrument:
    symbol: str | None
    name: str | None
    asset_class: AssetClass
    currency: str | None = None
    isin: str | None = None
    cusip: str | None = None
    sedol: str | None = None
    ticker: str | None = None
    market: str | None = None
    """The provider's market or exchange code, as given (e.g. ``usex``, ``hkex``)."""
    crypto_network: str | None = None
    """CAIP-2 network id when the whole position sits on one network."""
    provider_id: str | None = None
    """The provider's own id of the security, where it has one."""
    option: OptionTerms | None = None
    resolved: bool = True
    """False when the provider referenced a security it did not describe (see ``Notice``)."""
    raw: RawRecord = field(default=EMPTY_RECORD, repr=False, eq=False)


@frozen
class Account:
    provider: str
    id: str
    name: str | None = None
    type: str | None = None
    institution: str | None = None
    currency: str | None = None
    raw: RawRecord = field(default=EMPTY_RECORD, repr=False, eq=False)


@frozen
class Holding:
    provider: str
    account_id: str
    instrument: Instrument
    quantity: Decimal
    currency: str | None = None
    """The currency ``price``/``market_value``/``cost_basis`` are stated in."""
    price: Price | None = None
    market_value: Valuation | None = None
    cost_basis: tuple[CostBasis, ...] = ()
    """Every cost figure the provider gave, each saying total vs per unit and whether fees are in."""
    breakdown: QuantityBreakdown | None = None
    distribution: tuple[NetworkAllocation, ...] = ()
    supported: bool = True
    """False for positions the provider reports but says it does not support (Mesh ``notSupported*``)."""
    raw: RawRecord = field(default=EMPTY_RECORD, repr=False, eq=False)


@frozen
class Balance:
    """Cash in one currency of one account. Fields a provider does not give are None, never zero."""

    provider: str
    account_id: str
    currency: str | None
    cash: Decimal | None = None
    buying_power: Decimal | None = None
    withdrawable: Decimal | None = None
    crypto_buying_power: Decimal | None = None
    available: Decimal | None = None
    current: Decimal | None = None
    limit: Decimal | None = None
    as_of: datetime.datetime | None = None
    raw: RawRecord = field(default=EMPTY_RECORD, repr=False, eq=False)


@frozen
class PortfolioValue:
    """A provider's own valuation summary of an account (not recomputed from holdings)."""

    provider: str
    account_id: str
    currency: str | None
    total: Decimal | None = None
    equities: Decimal | None = None
    crypto: Decimal | None = None
    nfts: Decimal | None = None
    cash: Decimal | None = None
    cost_basis: Decimal | None = None
    performance_percent: Decimal | None = None
    raw: RawRecord = field(default=EMPTY_RECORD, repr=False, eq=False)


@frozen
class Notice:
    """Something the caller should know that did not stop the mapping (e.g. an unresolved security)."""

    provider: str
    code: str
    message: str
    path: str | None = None


@frozen
class Snapshot:
    """Everything one provider call (or set of calls) returned, mapped."""

    provider: str
    accounts: tuple[Account, ...] = ()
    holdings: tuple[Holding, ...] = ()
    balances: tuple[Balance, ...] = ()
    values: tuple[PortfolioValue, ...] = ()
    notices: tuple[Notice, ...] = ()
    fetched_at: datetime.datetime | None = None
    raw: Mapping[str, RawRecord] = field(factory=dict, repr=False, eq=False)
    """The provider's response records, keyed by operation id, for what no object above carries."""
