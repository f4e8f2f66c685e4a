"""Faster per-holding mappings, proposed for ``adapters/unifolio/providers/*.py`` (issue 7).

Not used by unifolio: ``scripts/bench.py`` times them as the ``full_proposed`` variant (the full path
with the provider's mapping swapped for the one here) and checks that they return exactly what the
shipped mapping returns (the same ``Snapshot``, the same ``raw`` objects). Each is a drop-in
replacement for the function of the same name in the provider module. What they change:

- an amount that already is a finite ``Decimal`` (what the generated models hold) is taken as it is;
  only other values go through ``decimal_or_none``, and only then is the JSON path tuple built
  (the shipped code builds ``(*path, key)`` for every amount of every holding);
- Mesh: the crypto network is known before the ``Instrument`` is built, so no ``attrs.evolve`` (which
  introspects the class on every call); no ``isinstance`` against a ``X | Y`` union object per position;
  the distribution generator/set only where there is a distribution;
- HabitTrade: the quantity breakdown without a dict, ``**kwargs`` and a generator per position;
- MoneyKit: one ``Instrument`` per security (it is immutable), not one per holding.

Evaluation order (so which error is raised first when several values are bad) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from mesh_client.models import PositionWithMarketValue, PositionWithReturn

from unifolio._exceptions import ResponseContractError
from unifolio._money import decimal_or_none, require_decimal
from unifolio.models import (
    AssetClass,
    CostBasis,
    CostBasisKind,
    Holding,
    Instrument,
    NetworkAllocation,
    Notice,
    Price,
    PriceKind,
    QuantityBreakdown,
    Snapshot,
    Valuation,
)
from unifolio.providers import habittrade, mesh
from unifolio.providers import moneykit as mk

Path = tuple[str | int, ...]


def _amount(value: object, provider: str, path: Path, *keys: str | int) -> Decimal | None:
    """``decimal_or_none(value, provider=, path=(*path, *keys))`` without building the path unless needed."""
    if type(value) is Decimal and value.is_finite():
        return value
    return decimal_or_none(value, provider=provider, path=(*path, *keys))


def _required(value: object, provider: str, path: Path, *keys: str | int) -> Decimal:
    if type(value) is Decimal and value.is_finite():
        return value
    return require_decimal(value, provider=provider, path=(*path, *keys))


# --- Mesh -----------------------------------------------------------------------------------------


def mesh_map_holdings(content: Any, account: Any) -> tuple[Holding, ...]:
    """Drop-in for ``mesh.map_holdings`` (same groups, same order, same notices of the institution)."""
    mesh._institution_status(content)
    holdings: list[Holding] = []
    opt = mesh.opt
    groups = (
        ("equityPositions", content.equity_positions, AssetClass.EQUITY, True),
        ("cryptocurrencyPositions", content.cryptocurrency_positions, AssetClass.CRYPTO, True),
        ("notSupportedEquityPositions", content.not_supported_equity_positions, AssetClass.EQUITY, False),
        (
            "notSupportedCryptocurrencyPositions",
            content.not_supported_cryptocurrency_positions,
            AssetClass.CRYPTO,
            False,
        ),
    )
    account_id = account.id
    append = holdings.append
    for key, positions, asset_class, supported in groups:
        for i, position in enumerate(opt(positions) or ()):
            append(_mesh_position(position, ("content", key, i), account_id, asset_class, supported))
    for i, nft in enumerate(opt(content.nft_positions) or ()):
        append(mesh._nft(nft, ("content", "nftPositions", i), account_id))
    for i, option in enumerate(opt(content.option_positions) or ()):
        append(mesh._option(option, ("content", "optionPositions", i), account_id))
    return tuple(holdings)


def _mesh_position(
    position: Any, path: Path, account_id: str, asset_class: AssetClass, supported: bool
) -> Holding:
    opt, name, currency = mesh.opt, mesh.NAME, mesh.CURRENCY
    symbol = opt(position.symbol)
    is_priced = isinstance(position, (PositionWithMarketValue, PositionWithReturn))
    company = opt(position.company_name) if isinstance(position, PositionWithReturn) else None
    raw = position.source_json
    items = opt(position.distribution)
    distribution: tuple[NetworkAllocation, ...] = ()
    crypto_network = None
    if items:
        distribution = tuple(
            NetworkAllocation(
                network=opt(item.caip_network_id),
                address=opt(item.address),
                quantity=_required(item.amount, name, path, "distribution", i, "amount"),
                raw=item.source_json,
            )
            for i, item in enumerate(items)
        )
        networks = {d.network for d in distribution if d.network}
        if len(networks) == 1:
            crypto_network = networks.pop()
    cusip = symbol[5:] if symbol and symbol.startswith("CUSIP") and len(symbol) == 14 else None
    instrument = Instrument(
        symbol=symbol,
        name=opt(position.name) or company,
        asset_class=asset_class,
        currency=currency,
        cusip=cusip,
        ticker=symbol if asset_class is not AssetClass.CRYPTO and not cusip else None,
        crypto_network=crypto_network,
        raw=raw,
    )
    price = market_value = None
    if is_priced:
        last = _amount(position.last_price, name, path, "lastPrice")
        price = None if last is None else Price(last, currency, PriceKind.LAST)
        value = _amount(position.market_value, name, path, "marketValue")
        market_value = None if value is None else Valuation(value, currency, PriceKind.LAST)
    quantity = _required(position.amount, name, path, "amount")
    cost = _amount(position.cost_basis, name, path, "costBasis")
    return Holding(
        provider=name,
        account_id=account_id,
        instrument=instrument,
        quantity=quantity,
        currency=currency,
        price=price,
        market_value=market_value,
        cost_basis=() if cost is None else (CostBasis(cost, currency, CostBasisKind.PER_UNIT),),
        distribution=distribution,
        supported=supported,
        raw=raw,
    )


def mesh_holdings_snapshot(content: Any, raw: Any, broker_type: str) -> Snapshot:
    """Drop-in for ``mesh._holdings_snapshot`` using ``mesh_map_holdings``."""
    account = mesh.account_of(content, broker_type)
    return Snapshot(
        provider=mesh.NAME,
        accounts=(account,),
        holdings=mesh_map_holdings(content, account),
        raw={"get_holdings": raw},
    )


# --- HabitTrade -----------------------------------------------------------------------------------

_NO_BREAKDOWN = (None,) * 8


def habittrade_map_positions(portfolio: Any, path: Path = ("data",)) -> tuple[Holding, ...]:
    """Drop-in for ``habittrade.map_positions``."""
    name, opt, asset_class_of = habittrade.NAME, habittrade.opt, habittrade.asset_class_of
    portfolio_id = portfolio.portfolio_id
    holdings = []
    for i, position in enumerate(portfolio.positions):
        if position.portfolio_id != portfolio_id:
            raise ResponseContractError.at(
                name,
                (*path, "positions", i, "portfolio_id"),
                f"a position of portfolio {position.portfolio_id!r} in the answer for {portfolio_id!r}",
            )
        where = (*path, "positions", i)
        currency = position.base_currency
        prev_price = _amount(position.prev_price, name, where, "prev_price")
        prev_value = _amount(position.prev_market_value, name, where, "prev_market_value")
        raw = position.source_json
        instrument = Instrument(
            symbol=position.product_code,
            name=opt(position.product_name),
            asset_class=asset_class_of(opt(position.security_type)),
            currency=currency,
            ticker=position.product_code,
            market=position.market,
            raw=raw,
        )
        quantity = _required(position.qty, name, where, "qty")
        avg_cost = _amount(position.avg_cost, name, where, "avg_cost")
        avg_price = _amount(position.avg_price, name, where, "avg_price")
        if avg_cost is None:
            cost_basis: tuple[CostBasis, ...] = (
                () if avg_price is None else (CostBasis(avg_price, currency, CostBasisKind.PER_UNIT, False),)
            )
        elif avg_price is None:
            cost_basis = (CostBasis(avg_cost, currency, CostBasisKind.PER_UNIT, True),)
        else:
            cost_basis = (
                CostBasis(avg_cost, currency, CostBasisKind.PER_UNIT, True),
                CostBasis(avg_price, currency, CostBasisKind.PER_UNIT, False),
            )
        parts = (
            _amount(position.avail_qty, name, where, "avail_qty"),
            _amount(position.avail_sell_qty, name, where, "avail_sell_qty"),
            _amount(position.os_sell_qty, name, where, "os_sell_qty"),
            _amount(position.uncleared_qty, name, where, "uncleared_qty"),
            _amount(position.pending_deposit_qty, name, where, "pending_deposit_qty"),
            _amount(position.pending_withdrawal_qty, name, where, "pending_withdrawal_qty"),
            _amount(position.approved_deposit_qty, name, where, "approved_deposit_qty"),
            _amount(position.approved_withdrawal_qty, name, where, "approved_withdrawal_qty"),
        )
        holdings.append(
            Holding(
                provider=name,
                account_id=portfolio_id,
                instrument=instrument,
                quantity=quantity,
                currency=currency,
                price=None if prev_price is None else Price(prev_price, currency, PriceKind.PREVIOUS_CLOSE),
                market_value=(
                    None if prev_value is None else Valuation(prev_value, currency, PriceKind.PREVIOUS_CLOSE)
                ),
                cost_basis=cost_basis,
                breakdown=None if parts == _NO_BREAKDOWN else QuantityBreakdown(*parts),
                raw=raw,
            )
        )
    return tuple(holdings)


_SUCCESS_PREFIX = re.compile(rb'\s*\{\s*"code"\s*:\s*0\s*[,}]')


def habittrade_check_success_body(response: Any) -> None:
    """Drop-in for ``habittrade._check_success_body``: a body whose first key is ``"code": 0`` is not an
    error envelope, so it is not decoded a second time; any other 2xx body is checked as before."""
    if response.is_success:
        response.read()
        if not _SUCCESS_PREFIX.match(response.content):
            habittrade._raise_if_error_envelope(response)


def habittrade_portfolio_snapshot(response: Any, requested_id: str) -> Snapshot:
    """Drop-in for ``habittrade._portfolio_snapshot`` using ``habittrade_map_positions``."""
    portfolio = response.data
    if portfolio.portfolio_id != requested_id:
        raise ResponseContractError.at(
            habittrade.NAME,
            ("data", "portfolio_id"),
            f"asked for portfolio {requested_id!r}, the answer is for {portfolio.portfolio_id!r}",
        )
    return Snapshot(
        provider=habittrade.NAME,
        accounts=(habittrade.portfolio_account(portfolio),),
        holdings=habittrade_map_positions(portfolio),
        raw={"get_portfolio": {requested_id: response.source_json}},
    )


# --- MoneyKit -------------------------------------------------------------------------------------


def moneykit_map_holdings(content: Any) -> Snapshot:
    """Drop-in for ``moneykit.map_holdings``: one Instrument per security, amounts without path tuples."""
    name, opt = mk.NAME, mk.opt
    link = content.link
    notices = mk.link_notices(link)
    accounts: dict[str, tuple[Any, Path]] = {}
    for i, account in enumerate(content.accounts):
        if account.account_id in accounts:
            notices.append(
                Notice(
                    name,
                    "duplicate_account",
                    f"account {account.account_id} is listed more than once; the first entry is used",
                    path=f"$.accounts[{i}]",
                )
            )
            continue
        accounts[account.account_id] = (account, ("accounts", i))
    securities: dict[str, tuple[Any, Path]] = {}
    for i, security in enumerate(content.securities):
        if security.security_id in securities:
            notices.append(
                Notice(
                    name,
                    "duplicate_security",
                    f"security {security.security_id} is listed more than once; the first entry is used",
                    path=f"$.securities[{i}]",
                )
            )
            continue
        securities[security.security_id] = (security, ("securities", i))
    instruments: dict[str, Instrument] = {}
    account_currency = {aid: opt(a.balances.currency) for aid, (a, _) in accounts.items()}
    holdings: list[Holding] = []
    for i, holding in enumerate(content.holdings):
        found_security = securities.get(holding.security_id)
        found_account = accounts.get(holding.account_id)
        if found_security is None:
            notices.append(
                Notice(
                    name,
                    "unresolved_security",
                    f"holding {i} (account {holding.account_id}) references security {holding.security_id}, "
                    "which is not in `securities`; kept with an unresolved instrument",
                    path=f"$.holdings[{i}].security_id",
                )
            )
        if found_account is None:
            notices.append(
                Notice(
                    name,
                    "unresolved_account",
                    f"holding {i} references account {holding.account_id}, which is not in `accounts`; kept",
                    path=f"$.holdings[{i}].account_id",
                )
            )
        holdings.append(
            _moneykit_holding(holding, i, found_security, found_account, account_currency, instruments)
        )
    if not holdings and not accounts:
        mk._raise_for_dead_link(link)
    return Snapshot(
        provider=name,
        accounts=tuple(mk.map_account(account, link) for account, _ in accounts.values()),
        holdings=tuple(holdings),
        balances=tuple(mk.map_balance(account, account_path) for account, account_path in accounts.values()),
        notices=tuple(notices),
        raw={"get_investment_holdings": content.source_json},
    )


def _moneykit_holding(
    holding: Any,
    i: int,
    security: tuple[Any, Path] | None,
    account: tuple[Any, Path] | None,
    account_currency: dict[str, str | None],
    instruments: dict[str, Instrument],
) -> Holding:
    name, opt = mk.NAME, mk.opt
    path: Path = ("holdings", i)
    currency = (account_currency[holding.account_id] if account else None) or (
        security[0].currency if security else None
    )
    priced_at = mk._utc(opt(holding.price_datetime))
    unit_price = _amount(holding.price, name, path, "price")
    price: Price | None = None
    if unit_price is not None:
        price = Price(unit_price, currency, PriceKind.LAST, as_of=priced_at)
    elif security is not None:
        price = mk._close_price(*security)
    value = _amount(holding.value, name, path, "value")
    cost = _amount(holding.cost_basis, name, path, "cost_basis")
    if security is not None:
        instrument = instruments.get(security[0].security_id)
        if instrument is None:
            instrument = instruments[security[0].security_id] = mk.map_instrument(security[0])
    else:
        instrument = mk._unresolved_instrument(holding)
    return Holding(
        provider=name,
        account_id=holding.account_id,
        instrument=instrument,
        quantity=_required(holding.quantity, name, path, "quantity"),
        currency=currency,
        price=price,
        market_value=None if value is None else Valuation(value, currency, PriceKind.LAST, as_of=priced_at),
        cost_basis=() if cost is None else (CostBasis(cost, currency, CostBasisKind.TOTAL),),
        raw=holding.source_json,
    )


def same_snapshot(a: Snapshot, b: Snapshot) -> bool:
    """Equal, and every ``raw`` the very same object (``raw`` is excluded from attrs equality)."""
    if a != b or len(a.holdings) != len(b.holdings):
        return False
    pairs: Sequence[tuple[Any, Any]] = list(zip(a.holdings, b.holdings, strict=True))
    return all(x.raw is y.raw and x.instrument.raw is y.instrument.raw for x, y in pairs)
