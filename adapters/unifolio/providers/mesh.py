"""Mesh Connect: generated ``mesh_client`` -> common model.

Mesh wraps every answer in one envelope (``status``, ``message``, ``errorType``, ``errorHash`` ...,
``content``) and reports failures both as HTTP statuses and as an envelope ``status`` other than
``ok`` inside a 200, plus a third level: ``content.status`` says whether the call to the institution
behind Mesh succeeded. All three are mapped onto the typed errors here.

Judgement calls (evidence in specs/README.md):
- ``costBasis`` is read as a **per-unit** average price on both ``/holdings/portfolio`` and
  ``/holdings/get``, although the schema text says "total". The vendor's own portfolio example only
  adds up per unit (ETH: 351.457 - 0.260325 x 3626.66 = -592.65 = ``totalReturn``), and the
  ``/holdings/get`` example's figures (AAPL 109, BTC 18000) are unit prices.
- Amounts are stated in **USD**: Mesh documents every aggregate value as USD and gives no currency
  per position.
- Option ``averageOpenPrice`` is kept in ``raw`` but not mapped to a cost basis: Mesh does not say
  whether it is per share or per contract.
- Markets: Mesh names no market. The equities and options of brokers that only offer US-listed
  securities (``US_EQUITY_BROKERS``: Robinhood, E*TRADE, Alpaca ...) are on the US market
  (``market_country`` ``US``, ``unifolio.markets``), so they merge with the same ticker from another
  provider; other brokers' tickers (Interactive Brokers, eToro: many markets) keep no market.
- A position without a ``symbol`` (Mesh's schema allows null) is kept with a Notice
  (``unidentified_instrument``), as MoneyKit's unresolved securities are: not dropped, not silent.
- Statuses: an envelope ``status`` or a ``content.status`` Mesh documents maps onto its typed error; one
  unifolio does not know yet that comes with data keeps the data, with a Notice (``unknown_status``). An
  answer without an envelope status (``{}``) is a contract error at ``$.status``.
- What cannot be used (``codegen/mesh.yaml`` lists the degradable properties; the policy is
  ``unifolio._notices``): names, optional amounts, the distribution, NFT and option details read None
  with a Notice; a position's ``symbol`` (its only identifier) and ``amount`` fail the answer.
"""

from __future__ import annotations

import asyncio
import datetime
import warnings
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NoReturn, TypeVar, cast

import httpx
from attrs import Factory, field, frozen
from mesh_client import Client, types
from mesh_client.api.balance import get_balance
from mesh_client.api.holdings import get_holdings, get_holdings_value, get_portfolio
from mesh_client.models import (
    ApiResult,
    ApiResultStatus,
    B2BBrokerAccountBalanceModel,
    B2BNftPosition,
    B2BOptionPosition,
    B2BPortfolioModel,
    BalanceBrokerBaseRequest,
    BrokerPortfolioValueModel,
    BrokerRequestStatus,
    BrokerType,
    DeFiPositionDistribution,
    HoldingsModel,
    NftPositionWithMarketValues,
    PortfolioBrokerBaseRequest,
    PortfolioHoldingsRequest,
    Position,
    PositionWithMarketValue,
    PositionWithReturn,
)
from mesh_client.types import UNSET, Response, Unset

from .._auth import StaticHeaderAuth
from .._clients import HttpOptions
from .._exceptions import (
    AuthenticationError,
    BadRequestError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    ResponseContractError,
    format_json_path,
)
from .._generated import unset_folder
from .._http import raise_for_status, read_answer
from .._money import amount_at, amounts_at, decimal_or_none, required_amount_at
from .._notices import note, unusable
from .._redact import Redactor
from .._secrets import Secret, as_secret, credential_problem
from ..markets import listing
from ..models import (
    Account,
    AssetClass,
    Balance,
    CostBasis,
    CostBasisKind,
    Holding,
    Instrument,
    NetworkAllocation,
    Notice,
    OptionTerms,
    PortfolioValue,
    Price,
    PriceKind,
    RawRecord,
    Snapshot,
    Valuation,
    combine,
    evolve,
)
from ._base import (
    ConfigKey,
    ConnectionSettings,
    GeneratedClientAdapter,
    KeyKind,
    Provider,
    ProviderInfo,
    check_id,
    valid_credential,
    valid_environment,
)
from ._shared import SharedAdapters, adapter_for

__all__ = ["CONFIG_KEYS", "INFO", "PROVIDER", "MeshAdapter", "MeshConnection", "MeshCredentials"]

NAME = "mesh"
CURRENCY = "USD"
INFO = ProviderInfo(
    name=NAME,
    title="Mesh Connect",
    spec="mesh.yaml",
    environments={
        "production": "https://integration-api.meshconnect.com",
        "sandbox": "https://sandbox-integration-api.meshconnect.com",
    },
    operations=(
        "POST /api/v1/holdings/get",
        "POST /api/v1/holdings/value",
        "POST /api/v1/balance/get",
        "GET /api/v1/holdings/portfolio (deprecated)",
    ),
    auth="X-Client-Id + X-Client-Secret headers; a per-user authToken in the request body",
)

C = TypeVar("C")
opt = unset_folder(Unset)
Path = tuple[str | int, ...]


@frozen
class MeshCredentials:
    """Your Mesh API client id and secret (sandbox and production keys are different)."""

    # An identifier, but it travels with the secret: kept out of logs and redacted like it.
    client_id: str = field(repr=False, validator=valid_credential)
    client_secret: Secret = field(converter=as_secret, validator=valid_credential)

    def auth(self) -> httpx.Auth:
        return StaticHeaderAuth(
            {"X-Client-Id": Secret(self.client_id), "X-Client-Secret": self.client_secret}
        )

    def secrets(self) -> tuple[Secret, ...]:
        return Secret(self.client_id), self.client_secret


# --- errors -------------------------------------------------------------------------------------

_ENVELOPE_ERRORS: dict[str, type[ProviderError]] = {
    ApiResultStatus.SERVERFAILURE: ProviderUnavailableError,
    ApiResultStatus.PERMISSIONDENIED: PermissionDeniedError,
    ApiResultStatus.BADREQUEST: BadRequestError,
    ApiResultStatus.NOTFOUND: NotFoundError,
    ApiResultStatus.TOOMANYREQUEST: RateLimitedError,
    ApiResultStatus.UNAVAILABLEFORLEGALREASONS: PermissionDeniedError,
}


def _text(value: object) -> str | None:
    text = opt(value)
    return text if isinstance(text, str) and text else None


def _envelope_error(envelope: ApiResult | Any, status: int, headers: httpx.Headers) -> NoReturn:
    """Raise the typed error an envelope with a non-ok ``status`` (or an HTTP error) stands for."""
    envelope_status = opt(getattr(envelope, "status", None))
    message = _text(getattr(envelope, "message", None)) or _text(getattr(envelope, "display_message", None))
    code = _text(getattr(envelope, "error_type", None)) or (str(envelope_status) if envelope_status else None)
    request_id = _text(getattr(envelope, "error_hash", None))
    error_class = _ENVELOPE_ERRORS.get(str(envelope_status)) if status < 300 else None
    if status < 300 and error_class is None:
        error_class = ProviderError  # conflict, locked, or a status Mesh added later
    raise_for_status(
        NAME, status, headers, message=message, code=code, request_id=request_id, error_class=error_class
    )


def _content(response: Response[Any], content_type: type[C], operation: str) -> tuple[C, tuple[Notice, ...]]:
    """The envelope's typed ``content`` of a successful call, or the typed error; with a Notice when the
    envelope's status is one unifolio does not know yet but the content came with it."""
    parsed = response.parsed
    status = int(response.status_code)
    headers = httpx.Headers(response.headers)
    if status >= 300 or parsed is None:
        _envelope_error(parsed, status if status >= 300 else 502, headers)
    envelope_status = opt(parsed.status)
    if envelope_status is None:
        raise ResponseContractError.at(
            NAME, ("status",), f"{operation}: the answer has no envelope status", status=status
        )
    content = opt(parsed.content)
    notices: tuple[Notice, ...] = ()
    if envelope_status != ApiResultStatus.OK:
        if envelope_status.is_known or not isinstance(content, content_type):
            _envelope_error(parsed, status, headers)
        notices = (_unknown_status(envelope_status, ("status",), parsed.source_json),)
    if not isinstance(content, content_type):
        raise ResponseContractError.at(NAME, ("content",), f"{operation}: status is ok but content is empty")
    return content, notices


def _unknown_status(value: str, path: Path, record: RawRecord) -> Notice:
    return Notice(
        NAME,
        "unknown_status",
        f"status {value!r} is not one unifolio knows yet; the data that came with it is kept, "
        "but may be incomplete",
        format_json_path(path),
        record,
    )


def _institution_status(content: HoldingsModel) -> tuple[Notice, ...]:
    """``content.status`` reports the call from Mesh to the institution: ``succeeded`` has data, the
    documented failures raise their typed errors, a status Mesh added later keeps the data + a Notice."""
    broker_status = opt(content.status)
    if broker_status is None or broker_status == BrokerRequestStatus.SUCCEEDED:
        return ()
    if not broker_status.is_known:
        return (_unknown_status(broker_status, ("content", "status"), content.source_json),)
    message = (
        _text(content.error_message) or _text(content.display_message) or f"institution: {broker_status}"
    )
    if broker_status == BrokerRequestStatus.NOTAUTHORIZED:
        raise AuthenticationError(message, provider=NAME, code=str(broker_status))
    raise ProviderUnavailableError(message, provider=NAME, code=str(broker_status))


# --- mapping ------------------------------------------------------------------------------------


def _dec(value: object, path: Path, record: RawRecord) -> Decimal | None:
    return decimal_or_none(value, provider=NAME, path=path, record=record)


US_EQUITY_BROKERS = frozenset(
    {
        BrokerType.ROBINHOOD,
        BrokerType.ETRADE,
        BrokerType.ALPACA,
        BrokerType.TDAMERITRADE,
        BrokerType.WEBULL,
        BrokerType.STASH,
        BrokerType.PUBLIC,
        BrokerType.VANGUARD,
        BrokerType.ACORNS,
    }
)
"""Brokers whose equities and options are all US-listed: their tickers are on the US market."""
_US = listing(country="US")
_NO_LISTING: tuple[str | None, str | None] = (None, None)


# Enum members and the like as module constants: reading ``PriceKind.LAST`` costs more than building a
# Price, and the loops below run once per position.
_LAST = PriceKind.LAST
_PER_UNIT = CostBasisKind.PER_UNIT
_CRYPTO = AssetClass.CRYPTO
_PRICED = (PositionWithMarketValue, PositionWithReturn)
_PRICED_KEYS = ("lastPrice", "marketValue", "amount", "costBasis")
_UNPRICED_KEYS = ("amount", "costBasis")
_UTC = datetime.UTC


def _per_unit_cost(value: object, path: Path, key: str, record: RawRecord) -> tuple[CostBasis, ...]:
    amount = amount_at(value, NAME, path, key, record=record)
    return () if amount is None else (CostBasis(amount, CURRENCY, _PER_UNIT),)


def _last_value(value: object, path: Path, key: str, record: RawRecord) -> Valuation | None:
    amount = amount_at(value, NAME, path, key, record=record)
    return None if amount is None else Valuation(amount, CURRENCY, _LAST)


def _distribution(
    items: list[DeFiPositionDistribution], path: Path
) -> tuple[tuple[NetworkAllocation, ...], str | None]:
    """The allocations, and the network when they all sit on one (then it is the instrument's)."""
    allocations = []
    networks = set()
    for i, item in enumerate(items):
        amount = item.amount
        if type(amount) is not Decimal or not amount.is_finite():
            amount = required_amount_at(amount, NAME, path, "distribution", i, "amount")
        network = item.caip_network_id  # required (nullable) in the schema: never UNSET
        if network:
            networks.add(network)
        allocations.append(NetworkAllocation(network, item.address, amount, item.source_json))
    return tuple(allocations), networks.pop() if len(networks) == 1 else None


def _position(
    position: Position | PositionWithMarketValue | PositionWithReturn,
    path: Path,
    account_id: str,
    asset_class: AssetClass,
    supported: bool = True,
    market: tuple[str | None, str | None] = _NO_LISTING,
) -> Holding:
    """One position: the hot loop of a large answer (amounts checked in one pass, see ``amounts_at``), in
    the order the first bad value has always been reported in: distribution, lastPrice, marketValue,
    amount, costBasis."""
    symbol = position.symbol
    if isinstance(symbol, Unset):
        symbol = None
    name = position.name
    if isinstance(name, Unset):
        name = None
    if not name:  # as ``opt(name) or company``: an empty name falls back too
        name = opt(position.company_name) if isinstance(position, PositionWithReturn) else None
    items = position.distribution
    distribution: tuple[NetworkAllocation, ...] = ()
    crypto_network = None
    if items:  # neither UNSET, None nor empty
        distribution, crypto_network = _distribution(items, path)
    price = market_value = None
    raw = position.source_json
    if isinstance(position, _PRICED):
        values: tuple[object, ...] = (
            position.last_price,
            position.market_value,
            position.amount,
            position.cost_basis,
        )
        last, value, quantity, cost = amounts_at(
            values, NAME, path, _PRICED_KEYS, required="amount", record=raw
        )
        if last is not None:
            price = Price(last, CURRENCY, _LAST)
        if value is not None:
            market_value = Valuation(value, CURRENCY, _LAST)
    else:
        values = (position.amount, position.cost_basis)
        quantity, cost = amounts_at(values, NAME, path, _UNPRICED_KEYS, required="amount", record=raw)
    # Mesh lists securities it cannot resolve as e.g. "CUSIP38259P508": keep that identifier typed.
    cusip = symbol[5:] if symbol and len(symbol) == 14 and symbol.startswith("CUSIP") else None
    if not symbol:  # Mesh allows it; the position is kept, but nothing names what it holds
        note(_unidentified(path, raw))
    return Holding(
        NAME,
        account_id,
        Instrument(
            symbol,
            name,
            asset_class,
            CURRENCY,
            cusip=cusip,
            ticker=None if asset_class is _CRYPTO or cusip else symbol,
            crypto_network=crypto_network,
            mic=market[0],
            market_country=market[1],
            raw=raw,
        ),
        cast(Decimal, quantity),  # required: never None
        CURRENCY,
        price,
        market_value,
        () if cost is None else (CostBasis(cost, CURRENCY, _PER_UNIT),),
        distribution=distribution,
        supported=supported,
        raw=raw,
    )


def _unidentified(path: Path, record: RawRecord) -> Notice:
    return Notice(
        NAME,
        "unidentified_instrument",
        "a position without a symbol: kept, but no identifier says which security it is",
        format_json_path((*path, "symbol")),
        record,
    )


def _nft(position: B2BNftPosition | NftPositionWithMarketValues, path: Path, account_id: str) -> Holding:
    contract, token = opt(position.contract_address), opt(position.token_id)
    raw = position.source_json
    market_value = None
    if isinstance(position, NftPositionWithMarketValues):
        market_value = _last_value(position.market_value, path, "marketValue", raw)
    return Holding(
        provider=NAME,
        account_id=account_id,
        instrument=Instrument(
            symbol=None,
            name=opt(position.name),
            asset_class=AssetClass.NFT,
            currency=CURRENCY,
            provider_id=f"{contract}:{token}" if contract and token else None,
            raw=raw,
        ),
        quantity=required_amount_at(position.amount, NAME, path, "amount", record=raw),
        currency=CURRENCY,
        market_value=market_value,
        cost_basis=_per_unit_cost(position.cost_basis, path, "costBasis", raw),
        raw=raw,
    )


def _timestamp(
    value: int | Unset | None, path: Path, key: str, record: RawRecord
) -> datetime.datetime | None:
    """Mesh int64 timestamps; a value beyond year 5138 in seconds can only be milliseconds. One outside
    years 1..9999 reads as unknown (with a Notice)."""
    seconds = opt(value)
    if seconds is None:
        return None
    if seconds > 10**11:
        seconds //= 1000
    try:
        return datetime.datetime.fromtimestamp(seconds, _UTC)
    except (ValueError, OverflowError, OSError):
        unusable(NAME, (*path, key), f"timestamp {value} is outside years 1..9999", record)
        return None


def _option(
    position: B2BOptionPosition,
    path: Path,
    account_id: str,
    market: tuple[str | None, str | None] = _NO_LISTING,
) -> Holding:
    option_type, direction = opt(position.option_type), opt(position.direction)
    symbol = opt(position.symbol)
    raw = position.source_json
    terms = OptionTerms(
        option_type=None if option_type is None else str(option_type),
        strike=amount_at(position.strike_price, NAME, path, "strikePrice", record=raw),
        expiration=_timestamp(position.expiration_timestamp, path, "expirationTimestamp", raw),
        contract_size=amount_at(
            position.number_of_shares_in_contract, NAME, path, "numberOfSharesInContract", record=raw
        ),
        direction=None if direction is None else str(direction),
    )
    return Holding(
        provider=NAME,
        account_id=account_id,
        instrument=Instrument(
            symbol=symbol,
            name=None,
            asset_class=AssetClass.OPTION,
            currency=CURRENCY,
            ticker=symbol,
            option=terms,
            mic=market[0],
            market_country=market[1],
            raw=raw,
        ),
        quantity=required_amount_at(position.amount, NAME, path, "amount", record=raw),
        currency=CURRENCY,
        raw=raw,
    )


def account_of(content: HoldingsModel, broker_type: str) -> Account:
    """The institution account behind a Mesh token; its id is Mesh's ``accountId`` or, if absent, the type."""
    return Account(
        provider=NAME,
        id=opt(content.account_id) or broker_type,
        name=opt(content.account_name),
        institution=opt(content.institution_name) or broker_type,
        currency=CURRENCY,
        raw=content.source_json,
    )


def map_holdings(
    content: HoldingsModel, account: Account, broker_type: str | None = None
) -> tuple[Holding, ...]:
    """``/holdings/get`` content -> holdings (positions Mesh lists as not supported are kept, flagged).

    ``broker_type`` (else the answer's own ``type``) says which market the equities are on (see the
    module notes). A documented failure status raises its typed error."""
    _institution_status(content)
    return _map_positions(content, account, broker_type)


def _equity_market(content: HoldingsModel, broker_type: str | None) -> tuple[str | None, str | None]:
    broker = opt(content.type_) or (BrokerType(broker_type) if broker_type else None)
    return _US if broker in US_EQUITY_BROKERS else _NO_LISTING


def _map_positions(content: HoldingsModel, account: Account, broker_type: str | None) -> tuple[Holding, ...]:
    market = _equity_market(content, broker_type)
    holdings: list[Holding] = []
    groups: tuple[
        tuple[str, Sequence[Position | PositionWithMarketValue] | Unset | None, AssetClass, bool], ...
    ] = (
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
    account_id, append = account.id, holdings.append
    for key, positions, asset_class, supported in groups:
        listed = market if asset_class is AssetClass.EQUITY else _NO_LISTING
        for i, position in enumerate(positions or ()):  # UNSET and None are falsy
            append(_position(position, ("content", key, i), account_id, asset_class, supported, listed))
    for i, nft in enumerate(content.nft_positions or ()):
        append(_nft(nft, ("content", "nftPositions", i), account_id))
    for i, option in enumerate(content.option_positions or ()):
        append(_option(option, ("content", "optionPositions", i), account_id, market))
    return tuple(holdings)


def map_holdings_value(content: BrokerPortfolioValueModel, account_id: str) -> PortfolioValue:
    raw = content.source_json
    return PortfolioValue(
        provider=NAME,
        account_id=account_id,
        currency=CURRENCY,
        total=_dec(content.total_value, ("content", "totalValue"), raw),
        equities=_dec(content.equities_value, ("content", "equitiesValue"), raw),
        crypto=_dec(content.cryptocurrencies_value, ("content", "cryptocurrenciesValue"), raw),
        nfts=_dec(content.nfts_value, ("content", "nftsValue"), raw),
        cash=_dec(content.fiat_value, ("content", "fiatValue"), raw),
        performance_percent=_dec(content.total_performance, ("content", "totalPerformance"), raw),
        raw=raw,
    )


def map_balance(content: B2BBrokerAccountBalanceModel, account_id: str) -> tuple[Balance, ...]:
    """One ``Balance`` per currency; Mesh's USD totals stay in ``Snapshot.raw`` (they are derived)."""
    balances = []
    for i, entry in enumerate(opt(content.balances) or ()):
        path: Path = ("content", "balances", i)
        raw = entry.source_json
        balances.append(
            Balance(
                provider=NAME,
                account_id=account_id,
                currency=opt(entry.currency_code),
                cash=_dec(entry.cash, (*path, "cash"), raw),
                buying_power=_dec(entry.buying_power, (*path, "buyingPower"), raw),
                crypto_buying_power=_dec(
                    entry.cryptocurrency_buying_power, (*path, "cryptocurrencyBuyingPower"), raw
                ),
                raw=raw,
            )
        )
    return tuple(balances)


def map_portfolio(content: B2BPortfolioModel, user_id: str) -> Snapshot:
    """The deprecated aggregated ``/holdings/portfolio``: every connection of one end user at once."""
    holdings: list[Holding] = []
    groups: tuple[tuple[str, list[PositionWithReturn] | Unset | None, AssetClass], ...] = (
        ("equityPositions", content.equity_positions, AssetClass.EQUITY),
        ("cryptocurrencyPositions", content.cryptocurrency_positions, AssetClass.CRYPTO),
    )
    for key, positions, asset_class in groups:
        for i, position in enumerate(positions or ()):
            holdings.append(_position(position, ("content", key, i), user_id, asset_class))
    for i, nft in enumerate(opt(content.nft_positions) or ()):
        holdings.append(_nft(nft, ("content", "nftPositions", i), user_id))
    raw = content.source_json
    value = PortfolioValue(
        provider=NAME,
        account_id=user_id,
        currency=CURRENCY,
        equities=_dec(content.equities_value, ("content", "equitiesValue"), raw),
        crypto=_dec(content.cryptocurrencies_value, ("content", "cryptocurrenciesValue"), raw),
        nfts=_dec(content.nfts_value, ("content", "nftsValue"), raw),
        cost_basis=_dec(content.portfolio_cost_basis, ("content", "portfolioCostBasis"), raw),
        performance_percent=_dec(
            content.actual_portfolio_performance, ("content", "actualPortfolioPerformance"), raw
        ),
        raw=raw,
    )
    account = Account(provider=NAME, id=user_id, name="Mesh aggregated portfolio", currency=CURRENCY)
    return Snapshot(provider=NAME, accounts=(account,), holdings=tuple(holdings), values=(value,))


# --- client -------------------------------------------------------------------------------------


class MeshAdapter(GeneratedClientAdapter[Client]):
    """Reads holdings, values and balances of Mesh-connected accounts as the common model.

    ``environment`` is ``production``, ``sandbox`` or a base URL (e.g. a local mock). Each call takes the
    end user's ``auth_token`` (from Mesh Link) and the institution ``broker_type`` (e.g. ``robinhood``;
    values Mesh adds later are accepted). Every method has an ``a``-prefixed async twin.
    """

    info = INFO

    def __init__(
        self,
        credentials: MeshCredentials,
        environment: str = "production",
        *,
        options: HttpOptions | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        super().__init__(
            Client,
            environment,
            credentials.auth(),
            options,
            secrets=credentials.secrets(),
            redactor=redactor,
            transport=transport,
            async_transport=async_transport,
        )

    def _token(self, auth_token: Secret | str) -> str:
        """The end user's token for the request body: known to the redactor, checked before any request."""
        if isinstance(auth_token, Secret | str):
            self.redactor.add_for_call(auth_token)
        problem = credential_problem(auth_token)
        if problem is not None:
            raise InvalidInputError(f"mesh: auth_token {problem} (the end user's Mesh Link token)")
        return auth_token.reveal() if isinstance(auth_token, Secret) else auth_token

    def _holdings_request(self, auth_token: Secret | str, broker_type: str) -> dict[str, Any]:
        body = PortfolioHoldingsRequest(
            auth_token=self._token(auth_token), type_=_broker(broker_type), include_market_value=True
        )
        return get_holdings._get_kwargs(body=body)

    def _value_request(self, auth_token: Secret | str, broker_type: str) -> dict[str, Any]:
        body = PortfolioBrokerBaseRequest(auth_token=self._token(auth_token), type_=_broker(broker_type))
        return get_holdings_value._get_kwargs(body=body)

    def _balance_request(self, auth_token: Secret | str, broker_type: str) -> dict[str, Any]:
        body = BalanceBrokerBaseRequest(auth_token=self._token(auth_token), type_=_broker(broker_type))
        return get_balance._get_kwargs(body=body)

    # /holdings/get

    def get_holdings(self, auth_token: Secret | str, broker_type: str) -> Snapshot:
        request = self._holdings_request(auth_token, broker_type)
        return holdings_from_response(self._send(request), broker_type)

    async def aget_holdings(self, auth_token: Secret | str, broker_type: str) -> Snapshot:
        request = self._holdings_request(auth_token, broker_type)
        return holdings_from_response(await self._asend(request), broker_type)

    # /holdings/value

    def get_holdings_value(self, auth_token: Secret | str, broker_type: str, *, account_id: str) -> Snapshot:
        """Mesh's value summary of ``account_id`` (``Snapshot.values``; ``raw`` holds the answer)."""
        request = self._value_request(auth_token, broker_type)
        return holdings_value_from_response(self._send(request), account_id)

    async def aget_holdings_value(
        self, auth_token: Secret | str, broker_type: str, *, account_id: str
    ) -> Snapshot:
        request = self._value_request(auth_token, broker_type)
        return holdings_value_from_response(await self._asend(request), account_id)

    # /balance/get

    def get_balance(self, auth_token: Secret | str, broker_type: str, *, account_id: str) -> Snapshot:
        """One ``Balance`` of ``account_id`` per currency (``Snapshot.balances``; ``raw`` holds the answer,
        Mesh's USD totals included)."""
        request = self._balance_request(auth_token, broker_type)
        return balance_from_response(self._send(request), account_id)

    async def aget_balance(self, auth_token: Secret | str, broker_type: str, *, account_id: str) -> Snapshot:
        request = self._balance_request(auth_token, broker_type)
        return balance_from_response(await self._asend(request), account_id)

    # /holdings/portfolio (deprecated)

    def get_portfolio(self, user_id: str, *, timezone_offset: int | None = None) -> Snapshot:
        """Deprecated by Mesh in favour of ``get_holdings`` + ``get_holdings_value``."""
        warnings.warn(
            "Mesh deprecates GET /api/v1/holdings/portfolio; use get_holdings", DeprecationWarning, 2
        )
        request = _portfolio_request(user_id, timezone_offset)
        return portfolio_from_response(self._send(request), user_id)

    async def aget_portfolio(self, user_id: str, *, timezone_offset: int | None = None) -> Snapshot:
        warnings.warn(
            "Mesh deprecates GET /api/v1/holdings/portfolio; use get_holdings", DeprecationWarning, 2
        )
        request = _portfolio_request(user_id, timezone_offset)
        return portfolio_from_response(await self._asend(request), user_id)

    # everything about one connection

    def fetch(self, auth_token: Secret | str, broker_type: str) -> Snapshot:
        """Holdings, balances and Mesh's own value summary of one connected account; ``raw`` holds the
        three answers (``get_holdings``, ``get_balance``, ``get_holdings_value``), envelopes included."""
        snapshot = self.get_holdings(auth_token, broker_type)
        account_id = snapshot.accounts[0].id
        balances = self.get_balance(auth_token, broker_type, account_id=account_id)
        value = self.get_holdings_value(auth_token, broker_type, account_id=account_id)
        return combine(snapshot, balances, value)

    async def afetch(self, auth_token: Secret | str, broker_type: str) -> Snapshot:
        snapshot = await self.aget_holdings(auth_token, broker_type)
        account_id = snapshot.accounts[0].id
        balances, value = await asyncio.gather(
            self.aget_balance(auth_token, broker_type, account_id=account_id),
            self.aget_holdings_value(auth_token, broker_type, account_id=account_id),
        )
        return combine(snapshot, balances, value)


# --- answers -> common model --------------------------------------------------------------------
# What each adapter method does once the HTTP answer is in (sync and async alike). Public, so an answer
# received some other way (recorded, proxied) maps exactly as the adapter's own.

_PARSER = Client(base_url=INFO.environments["production"])
"""Only read by the generated response builders (``raise_on_unexpected_status``); never sends."""


def holdings_from_response(response: httpx.Response, broker_type: str) -> Snapshot:
    """A ``/holdings/get`` answer -> the connected account and its holdings (or the typed error)."""
    return read_answer(NAME, types, "get_holdings", _holdings, response, broker_type)


def holdings_value_from_response(response: httpx.Response, account_id: str) -> Snapshot:
    """A ``/holdings/value`` answer -> Mesh's value summary of ``account_id`` (``Snapshot.values``)."""
    return read_answer(NAME, types, "get_holdings_value", _holdings_value, response, account_id)


def balance_from_response(response: httpx.Response, account_id: str) -> Snapshot:
    """A ``/balance/get`` answer -> one ``Balance`` of ``account_id`` per currency (``Snapshot.balances``)."""
    return read_answer(NAME, types, "get_balance", _balance, response, account_id)


def portfolio_from_response(response: httpx.Response, user_id: str) -> Snapshot:
    """A ``/holdings/portfolio`` answer (deprecated by Mesh) -> every connection of ``user_id`` at once."""
    return read_answer(NAME, types, "get_portfolio", _portfolio, response, user_id)


def _holdings(response: httpx.Response, broker_type: str) -> Snapshot:
    parsed = get_holdings._build_response(client=_PARSER, response=response)
    content, notices = _content(parsed, HoldingsModel, "get_holdings")
    notices += _institution_status(content)
    account = account_of(content, broker_type)
    holdings = _map_positions(content, account, broker_type)
    return Snapshot(provider=NAME, accounts=(account,), holdings=holdings, notices=notices)


def _holdings_value(response: httpx.Response, account_id: str) -> Snapshot:
    parsed = get_holdings_value._build_response(client=_PARSER, response=response)
    content, notices = _content(parsed, BrokerPortfolioValueModel, "get_holdings_value")
    return Snapshot(provider=NAME, values=(map_holdings_value(content, account_id),), notices=notices)


def _balance(response: httpx.Response, account_id: str) -> Snapshot:
    parsed = get_balance._build_response(client=_PARSER, response=response)
    content, notices = _content(parsed, B2BBrokerAccountBalanceModel, "get_balance")
    return Snapshot(provider=NAME, balances=map_balance(content, account_id), notices=notices)


def _portfolio(response: httpx.Response, user_id: str) -> Snapshot:
    parsed = get_portfolio._build_response(client=_PARSER, response=response)
    content, notices = _content(parsed, B2BPortfolioModel, "get_portfolio")
    snapshot = map_portfolio(content, user_id)
    return evolve(snapshot, notices=(*snapshot.notices, *notices)) if notices else snapshot


def _broker(broker_type: str) -> BrokerType:
    """The institution type (open enum: values Mesh adds later are sent as given, once checked)."""
    return BrokerType(check_id(broker_type, "mesh: broker_type (an institution type such as 'robinhood')"))


def _portfolio_request(user_id: str, timezone_offset: int | None) -> dict[str, Any]:
    check_id(user_id, "mesh: user_id")
    offset = UNSET if timezone_offset is None else timezone_offset
    return get_portfolio._get_kwargs(user_id=user_id, timezone_offset=offset)


# --- registry entry -----------------------------------------------------------------------------


def _connection_redactor(connection: MeshConnection) -> Redactor:
    return Redactor(*connection.credentials.secrets(), connection.auth_token)


@frozen
class MeshConnection:
    """One end user's connected institution account, read through Mesh."""

    label: str
    credentials: MeshCredentials
    auth_token: Secret = field(converter=as_secret, validator=valid_credential)
    broker_type: str = field(validator=lambda _, __, value: _broker(value))
    environment: str = field(default="production", validator=valid_environment(INFO))
    options: HttpOptions = field(factory=HttpOptions)
    provider: str = NAME
    redactor: Redactor = field(
        init=False, eq=False, repr=False, default=Factory(_connection_redactor, takes_self=True)
    )

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        """Holdings, balances and value; with ``shared``, over the adapters of the Mesh connections that
        have the same client id/secret, environment and options (the user's token goes in each body)."""
        async with adapter_for(
            shared, MeshAdapter, self.credentials, self.environment, self.options, self.redactor
        ) as mesh:
            return await mesh.afetch(self.auth_token, self.broker_type)


CONFIG_KEYS = (
    ConfigKey("broker_type", KeyKind.ID, "the institution behind the token, e.g. robinhood", required=True),
    ConfigKey("client_id", KeyKind.SECRET, "your Mesh API client id", required=True),
    ConfigKey("client_secret", KeyKind.SECRET, "your Mesh API client secret", required=True),
    ConfigKey("auth_token", KeyKind.SECRET, "the end user's token from Mesh Link", required=True),
)
MOCK_CONFIG = {"broker_type": "robinhood"}
"""Non-secret config values that read the mock (any credentials pass it)."""


def connection_from_settings(settings: ConnectionSettings) -> MeshConnection:
    return MeshConnection(
        label=settings.label,
        credentials=MeshCredentials(
            client_id=settings.secret("client_id").reveal(), client_secret=settings.secret("client_secret")
        ),
        auth_token=settings.secret("auth_token"),
        broker_type=settings.text("broker_type"),
        environment=settings.environment,
        options=settings.options,
    )


MOCK_CREDENTIALS = MeshCredentials(client_id="mock-client-id", client_secret="mock-client-secret")  # noqa: S106


def mock_auth(base_url: str) -> httpx.Auth:
    return MOCK_CREDENTIALS.auth()


def mock_connections(base_url: str) -> list[MeshConnection]:
    """Two connections with different data: the spec's examples are named per connection."""

    def example(name: str) -> HttpOptions:
        return HttpOptions(headers={"Prefer": f"example={name}"})

    return [
        MeshConnection(
            "mesh:robinhood", MOCK_CREDENTIALS, "mock-token", "robinhood", base_url, example("brokerage")
        ),
        MeshConnection(
            "mesh:wallet",
            MOCK_CREDENTIALS,
            "mock-token",
            "deFiWallet",
            base_url,
            example("self_custody_wallet"),
        ),
    ]


PROVIDER = Provider(
    info=INFO,
    config_keys=CONFIG_KEYS,
    connection_from_settings=connection_from_settings,
    mock_config=MOCK_CONFIG,
    mock_connections=mock_connections,
    mock_auth=mock_auth,
)
