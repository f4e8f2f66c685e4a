"""The common model: what every provider's data is mapped onto.

Design rules, so a newcomer can trust it:
- immutable and fully typed: frozen ``msgspec.Struct`` classes (construction in C: a large answer
  builds six objects per holding, and frozen attrs classes spent most of the mapping time in
  ``object.__setattr__``), built by keyword or position, read by attribute, copied with ``evolve``;
- money and quantities are ``Decimal`` and carry their currency; nothing is ever a float;
- lossless: every object keeps the provider's original JSON record in ``raw``, a ``Snapshot`` keeps every
  answer of every call that made it (``Snapshot.raw``: ``Exchange`` objects, envelopes included), and
  anything a provider states with a qualifier keeps it (a price says whether it is a live last price or a
  previous close; a cost basis says whether it is a total or per unit, and whether fees are included);
- never silently incomplete: what a mapping could not use is a ``Notice`` (see ``unifolio._notices``);
- ``raw`` is left out of equality, hashing and ``repr``: two holdings are equal when they say the same
  thing, whatever the provider's record around it looked like;
- open sets (asset class, account type, market) keep values unifolio does not know yet.

The classes are not tracked by Python's cycle collector (``gc=False``): they only ever point at
immutable values, other model objects and the provider's JSON records, never back at themselves, so
there is no cycle to collect; a large snapshot then costs the collector nothing on every later pass.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

import msgspec

from ._exact import QUOTIENT_PRECISION, exact_product, quotient
from ._open_enum import OpenStrEnum

__all__ = [
    "Account",
    "AssetClass",
    "Balance",
    "CostBasis",
    "CostBasisKind",
    "Exchange",
    "FixedIncomeTerms",
    "Holding",
    "Instrument",
    "Model",
    "NetworkAllocation",
    "Notice",
    "OptionTerms",
    "PortfolioValue",
    "Price",
    "PriceKind",
    "QuantityBreakdown",
    "Snapshot",
    "Valuation",
    "combine",
    "evolve",
    "fields",
]

RawRecord = Mapping[str, Any]
EMPTY_RECORD: RawRecord = MappingProxyType({})

_NOT_COMPARED = frozenset({"raw"})
_compared_fields: dict[type, tuple[str, ...]] = {}


def _compared(cls: type[Model]) -> tuple[str, ...]:
    names = _compared_fields.get(cls)
    if names is None:
        names = _compared_fields[cls] = tuple(
            name for name in cls.__struct_fields__ if name not in _NOT_COMPARED
        )
    return names


class Model(msgspec.Struct, frozen=True, gc=False):
    """Base of every common-model class: immutable, and ``raw`` stays out of ``==``, ``hash`` and ``repr``."""

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _compared(type(self)))

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash((type(self).__qualname__, *(getattr(self, name) for name in _compared(type(self)))))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _compared(type(self)))
        return f"{type(self).__qualname__}({shown})"

    def __rich_repr__(self) -> list[tuple[str, Any]]:
        return [(name, getattr(self, name)) for name in _compared(type(self))]


M = TypeVar("M", bound=Model)


def evolve(obj: M, /, **changes: Any) -> M:
    """A copy of ``obj`` with ``changes`` applied (the objects are immutable; this is how to "modify" one)."""
    return msgspec.structs.replace(obj, **changes)


def fields(obj: Model | type[Model]) -> tuple[str, ...]:
    """The field names of a model class or object, in declaration order (``raw`` included)."""
    cls = obj if isinstance(obj, type) else type(obj)
    return cls.__struct_fields__


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


class Price(Model, frozen=True):
    amount: Decimal
    currency: str | None
    kind: PriceKind
    as_of: datetime.datetime | datetime.date | None = None


class Valuation(Model, frozen=True):
    """A market value: quantity times a price of the stated kind."""

    amount: Decimal
    currency: str | None
    kind: PriceKind
    as_of: datetime.datetime | datetime.date | None = None


class CostBasis(Model, frozen=True):
    amount: Decimal
    currency: str | None
    kind: CostBasisKind
    includes_fees: bool | None = None
    """True/False where the provider says so; None where it does not."""

    def total(self, quantity: Decimal) -> Decimal:
        """The cost of ``quantity`` units, exact at any precision (never rounded to a context's digits)."""
        return self.amount if self.kind is CostBasisKind.TOTAL else exact_product(self.amount, quantity)

    def per_unit(self, quantity: Decimal, precision: int = QUOTIENT_PRECISION) -> Decimal | None:
        """Average cost per unit, or None when the quantity is zero (a total cannot be split).

        A total divided by the quantity is exact where the quotient terminates; otherwise it is rounded
        (half-even) to ``precision`` significant digits, 28 unless asked otherwise."""
        if self.kind is CostBasisKind.PER_UNIT:
            return self.amount
        return quotient(self.amount, quantity, precision) if quantity else None


class QuantityBreakdown(Model, frozen=True):
    """Parts of a position's quantity that are not freely tradable, where a provider gives them."""

    available: Decimal | None = None
    available_for_sale: Decimal | None = None
    frozen_for_sale: Decimal | None = None
    uncleared: Decimal | None = None
    pending_deposit: Decimal | None = None
    pending_withdrawal: Decimal | None = None
    approved_deposit: Decimal | None = None
    approved_withdrawal: Decimal | None = None
    vested: Decimal | None = None
    """The part of the quantity that has vested (equity compensation: the rest is not the holder's yet)."""
    vested_value: Decimal | None = None
    """What the provider says the vested part is worth, in the holding's currency (not recomputed)."""


class NetworkAllocation(Model, frozen=True):
    """The part of a crypto position held on one network (CAIP-2 id, e.g. ``eip155:1``)."""

    network: str | None
    address: str | None
    quantity: Decimal
    raw: RawRecord = EMPTY_RECORD


class OptionTerms(Model, frozen=True):
    option_type: str | None
    """``call``/``put`` (open: the provider's value is kept)."""
    strike: Decimal | None
    expiration: datetime.datetime | datetime.date | None
    """A datetime where the provider gives the moment, a date where it gives only the day (no time is
    made up)."""
    contract_size: Decimal | None
    """Units of the underlying per contract, where the provider states it; None where it does not (Plaid:
    the holding's quantity already counts underlying units)."""
    direction: str | None = None
    underlying: str | None = None
    """The underlying's ticker, as the provider gives it."""


class FixedIncomeTerms(Model, frozen=True):
    """A bond's or bill's terms, where the provider gives them: what a price of one unit refers to."""

    maturity_date: datetime.date | None = None
    issue_date: datetime.date | None = None
    face_value: Decimal | None = None
    """Face (par) value of one unit of the holding's quantity."""
    yield_rate: Decimal | None = None
    """In percent (5.43 is 5.43 %)."""
    yield_type: str | None = None
    """What ``yield_rate`` is (open: the provider's value, e.g. ``coupon``, ``discount``, ``yield``)."""


class Instrument(Model, frozen=True):
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
    fixed_income: FixedIncomeTerms | None = None
    resolved: bool = True
    """False when the provider referenced a security it did not describe (see ``Notice``)."""
    mic: str | None = None
    """ISO 10383 market identifier code of the listing, where the provider's market maps onto one (each
    provider module maps its own codes: ``unifolio.markets``)."""
    market_country: str | None = None
    """ISO 3166-1 alpha-2 country of the listing market: set with ``mic``, or alone where the provider
    only says which country's market (HabitTrade ``usex`` -> ``US``)."""
    raw: RawRecord = EMPTY_RECORD


class Account(Model, frozen=True):
    provider: str
    id: str
    name: str | None = None
    type: str | None = None
    institution: str | None = None
    currency: str | None = None
    raw: RawRecord = EMPTY_RECORD


class Holding(Model, frozen=True):
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
    raw: RawRecord = EMPTY_RECORD


class Balance(Model, frozen=True):
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
    raw: RawRecord = EMPTY_RECORD


class PortfolioValue(Model, frozen=True):
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
    raw: RawRecord = EMPTY_RECORD


class Notice(Model, frozen=True):
    """Something the caller should know that did not stop the mapping: a value read as unknown, a value
    of an open set unifolio does not know yet, an unresolved reference, stale data.

    ``path`` is the JSON path of the value in the provider's answer (``Snapshot.raw`` holds the answer);
    ``raw`` is the JSON object it sits in (e.g. the position), so the notice can be matched to the holding
    mapped from it (``holding.raw is notice.raw``). ``code`` is stable: ``unusable_value``,
    ``unknown_value``, ``non_finite_number``, ``unknown_status`` and the providers' own (each adapter
    module lists them).
    """

    provider: str
    code: str
    message: str
    path: str | None = None
    raw: RawRecord = EMPTY_RECORD


class Exchange(Model, frozen=True):
    """One request a fetch made and the provider's whole answer to it, as received.

    ``request`` is the method and the path with its query as sent (``GET /account/v1/portfolios/p1``),
    with every secret the adapter knows masked; request bodies and headers are not kept (they carry the
    credentials). ``body`` is the decoded JSON body, envelope and unknown fields included: numbers are
    ``Decimal`` (or ``int``), exactly as written; a ``NaN``/``Infinity`` token (not JSON) is a non-finite
    ``Decimal``. Credential exchanges (e.g. MoneyKit's token request) are not data and are never kept.
    """

    operation: str
    request: str | None
    status: int
    body: Any


class Snapshot(Model, frozen=True):
    """Everything one provider call (or set of calls) returned, mapped."""

    provider: str
    accounts: tuple[Account, ...] = ()
    holdings: tuple[Holding, ...] = ()
    balances: tuple[Balance, ...] = ()
    values: tuple[PortfolioValue, ...] = ()
    notices: tuple[Notice, ...] = ()
    fetched_at: datetime.datetime | None = None
    as_of: datetime.datetime | None = None
    """How current the provider says the data is (e.g. its last successful sync with the institution),
    where it says so; for several accounts, the oldest of them. None where the provider gives no time."""
    raw: Mapping[str, tuple[Exchange, ...]] = msgspec.field(default_factory=dict)
    """Every answer behind this snapshot, by operation id, in the order the requests were made: what each
    provider said, whole (``Exchange``), so nothing it sent is lost even where no object above maps it."""


def combine(first: Snapshot, *others: Snapshot) -> Snapshot:
    """One snapshot from the snapshots of several calls to one provider (an adapter's ``fetch``): objects,
    notices and answers concatenated in order. ``fetched_at`` is the first one's, ``as_of`` the oldest."""
    if not others:
        return first
    parts = (first, *others)
    raw: dict[str, tuple[Exchange, ...]] = {}
    for part in parts:
        for operation, exchanges in part.raw.items():
            raw[operation] = raw.get(operation, ()) + tuple(exchanges)
    return Snapshot(
        provider=first.provider,
        accounts=tuple(a for part in parts for a in part.accounts),
        holdings=tuple(h for part in parts for h in part.holdings),
        balances=tuple(b for part in parts for b in part.balances),
        values=tuple(v for part in parts for v in part.values),
        notices=tuple(n for part in parts for n in part.notices),
        fetched_at=first.fetched_at,
        as_of=min((part.as_of for part in parts if part.as_of is not None), default=None),
        raw=raw,
    )
