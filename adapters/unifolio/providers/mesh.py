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
"""

from __future__ import annotations

import asyncio
import datetime
import warnings
from collections.abc import Awaitable, Callable, Sequence
from decimal import Decimal
from typing import Any, NoReturn, TypeVar

import httpx
from attrs import Factory, evolve, field, frozen
from mesh_client import Client
from mesh_client.api.balance import get_balance
from mesh_client.api.holdings import get_holdings, get_holdings_value, get_portfolio
from mesh_client.errors import DecodeError
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
)
from .._generated import unset_folder
from .._http import provider_call, raise_for_status
from .._money import decimal_or_none, require_decimal
from .._redact import Redactor
from .._secrets import Secret, credential_problem
from ..models import (
    Account,
    AssetClass,
    Balance,
    CostBasis,
    CostBasisKind,
    Holding,
    Instrument,
    NetworkAllocation,
    OptionTerms,
    PortfolioValue,
    Price,
    PriceKind,
    RawRecord,
    Snapshot,
    Valuation,
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


def _secret(value: Secret | str) -> Secret:
    return value if isinstance(value, Secret) else Secret(value)


@frozen
class MeshCredentials:
    """Your Mesh API client id and secret (sandbox and production keys are different)."""

    # An identifier, but it travels with the secret: kept out of logs and redacted like it.
    client_id: str = field(repr=False, validator=valid_credential)
    client_secret: Secret = field(converter=_secret, validator=valid_credential)

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


def _content(response: Response[Any], content_type: type[C], operation: str) -> tuple[C, RawRecord]:
    """The envelope's typed ``content`` of a successful call (and the envelope's JSON), or the typed error."""
    parsed = response.parsed
    status = int(response.status_code)
    headers = httpx.Headers(response.headers)
    if status >= 300 or parsed is None:
        _envelope_error(parsed, status if status >= 300 else 502, headers)
    if opt(parsed.status) != ApiResultStatus.OK:
        _envelope_error(parsed, status, headers)
    content = opt(parsed.content)
    if not isinstance(content, content_type):
        raise ResponseContractError.at(NAME, ("content",), f"{operation}: status is ok but content is empty")
    return content, parsed.source_json


def _institution_status(content: HoldingsModel) -> None:
    """``content.status`` reports the call from Mesh to the institution; only ``succeeded`` has data."""
    broker_status = opt(content.status)
    if broker_status is None or broker_status == BrokerRequestStatus.SUCCEEDED:
        return
    message = (
        _text(content.error_message) or _text(content.display_message) or f"institution: {broker_status}"
    )
    if broker_status == BrokerRequestStatus.NOTAUTHORIZED:
        raise AuthenticationError(message, provider=NAME, code=str(broker_status))
    raise ProviderUnavailableError(message, provider=NAME, code=str(broker_status))


# --- mapping ------------------------------------------------------------------------------------


def _dec(value: object, path: Path) -> Decimal | None:
    return decimal_or_none(value, provider=NAME, path=path)


def _per_unit_cost(value: object, path: Path) -> tuple[CostBasis, ...]:
    amount = _dec(value, path)
    return () if amount is None else (CostBasis(amount, CURRENCY, CostBasisKind.PER_UNIT),)


def _last_value(value: object, path: Path) -> Valuation | None:
    amount = _dec(value, path)
    return None if amount is None else Valuation(amount, CURRENCY, PriceKind.LAST)


def _instrument(symbol: str | None, name: str | None, asset_class: AssetClass, raw: RawRecord) -> Instrument:
    # Mesh lists securities it cannot resolve as e.g. "CUSIP38259P508": keep that identifier typed.
    cusip = symbol[5:] if symbol and symbol.startswith("CUSIP") and len(symbol) == 14 else None
    return Instrument(
        symbol=symbol,
        name=name,
        asset_class=asset_class,
        currency=CURRENCY,
        cusip=cusip,
        ticker=symbol if asset_class is not AssetClass.CRYPTO and not cusip else None,
        raw=raw,
    )


def _distribution(
    items: list[DeFiPositionDistribution] | Unset | None, path: Path
) -> tuple[NetworkAllocation, ...]:
    return tuple(
        NetworkAllocation(
            network=opt(item.caip_network_id),
            address=opt(item.address),
            quantity=require_decimal(item.amount, provider=NAME, path=(*path, "distribution", i, "amount")),
            raw=item.source_json,
        )
        for i, item in enumerate(opt(items) or ())
    )


def _position(
    position: Position | PositionWithMarketValue | PositionWithReturn,
    path: Path,
    account_id: str,
    asset_class: AssetClass,
    *,
    supported: bool = True,
) -> Holding:
    symbol = opt(position.symbol)
    company = opt(position.company_name) if isinstance(position, PositionWithReturn) else None
    instrument = _instrument(symbol, opt(position.name) or company, asset_class, position.source_json)
    distribution = _distribution(position.distribution, path)
    networks = {d.network for d in distribution if d.network}
    if len(networks) == 1:
        instrument = evolve(instrument, crypto_network=networks.pop())
    price = market_value = None
    if isinstance(position, PositionWithMarketValue | PositionWithReturn):
        last = _dec(position.last_price, (*path, "lastPrice"))
        price = None if last is None else Price(last, CURRENCY, PriceKind.LAST)
        market_value = _last_value(position.market_value, (*path, "marketValue"))
    return Holding(
        provider=NAME,
        account_id=account_id,
        instrument=instrument,
        quantity=require_decimal(position.amount, provider=NAME, path=(*path, "amount")),
        currency=CURRENCY,
        price=price,
        market_value=market_value,
        cost_basis=_per_unit_cost(position.cost_basis, (*path, "costBasis")),
        distribution=distribution,
        supported=supported,
        raw=position.source_json,
    )


def _nft(position: B2BNftPosition | NftPositionWithMarketValues, path: Path, account_id: str) -> Holding:
    contract, token = opt(position.contract_address), opt(position.token_id)
    market_value = None
    if isinstance(position, NftPositionWithMarketValues):
        market_value = _last_value(position.market_value, (*path, "marketValue"))
    return Holding(
        provider=NAME,
        account_id=account_id,
        instrument=Instrument(
            symbol=None,
            name=opt(position.name),
            asset_class=AssetClass.NFT,
            currency=CURRENCY,
            provider_id=f"{contract}:{token}" if contract and token else None,
            raw=position.source_json,
        ),
        quantity=require_decimal(position.amount, provider=NAME, path=(*path, "amount")),
        currency=CURRENCY,
        market_value=market_value,
        cost_basis=_per_unit_cost(position.cost_basis, (*path, "costBasis")),
        raw=position.source_json,
    )


def _timestamp(value: int | Unset, path: Path) -> datetime.datetime | None:
    """Mesh int64 timestamps; a value beyond year 5138 in seconds can only be milliseconds."""
    seconds = opt(value)
    if seconds is None:
        return None
    if seconds > 10**11:
        seconds //= 1000
    try:
        return datetime.datetime.fromtimestamp(seconds, datetime.UTC)
    except (ValueError, OverflowError, OSError):
        raise ResponseContractError.at(NAME, path, f"timestamp {value} is outside years 1..9999") from None


def _option(position: B2BOptionPosition, path: Path, account_id: str) -> Holding:
    option_type, direction = opt(position.option_type), opt(position.direction)
    symbol = opt(position.symbol)
    terms = OptionTerms(
        option_type=None if option_type is None else str(option_type),
        strike=_dec(position.strike_price, (*path, "strikePrice")),
        expiration=_timestamp(position.expiration_timestamp, (*path, "expirationTimestamp")),
        contract_size=_dec(position.number_of_shares_in_contract, (*path, "numberOfSharesInContract")),
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
            raw=position.source_json,
        ),
        quantity=require_decimal(position.amount, provider=NAME, path=(*path, "amount")),
        currency=CURRENCY,
        raw=position.source_json,
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


def map_holdings(content: HoldingsModel, account: Account) -> tuple[Holding, ...]:
    """``/holdings/get`` content -> holdings (positions Mesh lists as not supported are kept, flagged)."""
    _institution_status(content)
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
    for key, positions, asset_class, supported in groups:
        for i, position in enumerate(opt(positions) or ()):
            path = ("content", key, i)
            holdings.append(_position(position, path, account.id, asset_class, supported=supported))
    for i, nft in enumerate(opt(content.nft_positions) or ()):
        holdings.append(_nft(nft, ("content", "nftPositions", i), account.id))
    for i, option in enumerate(opt(content.option_positions) or ()):
        holdings.append(_option(option, ("content", "optionPositions", i), account.id))
    return tuple(holdings)


def map_holdings_value(content: BrokerPortfolioValueModel, account_id: str) -> PortfolioValue:
    return PortfolioValue(
        provider=NAME,
        account_id=account_id,
        currency=CURRENCY,
        total=_dec(content.total_value, ("content", "totalValue")),
        equities=_dec(content.equities_value, ("content", "equitiesValue")),
        crypto=_dec(content.cryptocurrencies_value, ("content", "cryptocurrenciesValue")),
        nfts=_dec(content.nfts_value, ("content", "nftsValue")),
        cash=_dec(content.fiat_value, ("content", "fiatValue")),
        performance_percent=_dec(content.total_performance, ("content", "totalPerformance")),
        raw=content.source_json,
    )


def map_balance(content: B2BBrokerAccountBalanceModel, account_id: str) -> tuple[Balance, ...]:
    """One ``Balance`` per currency; Mesh's USD totals stay in ``Snapshot.raw`` (they are derived)."""
    balances = []
    for i, entry in enumerate(opt(content.balances) or ()):
        path: Path = ("content", "balances", i)
        balances.append(
            Balance(
                provider=NAME,
                account_id=account_id,
                currency=opt(entry.currency_code),
                cash=_dec(entry.cash, (*path, "cash")),
                buying_power=_dec(entry.buying_power, (*path, "buyingPower")),
                crypto_buying_power=_dec(
                    entry.cryptocurrency_buying_power, (*path, "cryptocurrencyBuyingPower")
                ),
                raw=entry.source_json,
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
        for i, position in enumerate(opt(positions) or ()):
            holdings.append(_position(position, ("content", key, i), user_id, asset_class))
    for i, nft in enumerate(opt(content.nft_positions) or ()):
        holdings.append(_nft(nft, ("content", "nftPositions", i), user_id))
    value = PortfolioValue(
        provider=NAME,
        account_id=user_id,
        currency=CURRENCY,
        equities=_dec(content.equities_value, ("content", "equitiesValue")),
        crypto=_dec(content.cryptocurrencies_value, ("content", "cryptocurrenciesValue")),
        nfts=_dec(content.nfts_value, ("content", "nftsValue")),
        cost_basis=_dec(content.portfolio_cost_basis, ("content", "portfolioCostBasis")),
        performance_percent=_dec(
            content.actual_portfolio_performance, ("content", "actualPortfolioPerformance")
        ),
        raw=content.source_json,
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
            self.redactor.add(auth_token)
        problem = credential_problem(auth_token)
        if problem is not None:
            raise InvalidInputError(f"mesh: auth_token {problem} (the end user's Mesh Link token)")
        return auth_token.reveal() if isinstance(auth_token, Secret) else auth_token

    def _holdings_request(self, auth_token: Secret | str, broker_type: str) -> PortfolioHoldingsRequest:
        return PortfolioHoldingsRequest(
            auth_token=self._token(auth_token), type_=_broker(broker_type), include_market_value=True
        )

    def _call(
        self, call: Callable[[], Response[Any]], content_type: type[C], operation: str
    ) -> tuple[C, RawRecord]:
        with provider_call(NAME, DecodeError):
            response = call()
        return _content(response, content_type, operation)

    async def _acall(
        self, call: Callable[[], Awaitable[Response[Any]]], content_type: type[C], operation: str
    ) -> tuple[C, RawRecord]:
        with provider_call(NAME, DecodeError):
            response = await call()
        return _content(response, content_type, operation)

    # /holdings/get

    def get_holdings(self, auth_token: Secret | str, broker_type: str) -> Snapshot:
        body = self._holdings_request(auth_token, broker_type)
        content, raw = self._call(
            lambda: get_holdings.sync_detailed(client=self._client, body=body), HoldingsModel, "get_holdings"
        )
        return _holdings_snapshot(content, raw, broker_type)

    async def aget_holdings(self, auth_token: Secret | str, broker_type: str) -> Snapshot:
        body = self._holdings_request(auth_token, broker_type)
        content, raw = await self._acall(
            lambda: get_holdings.asyncio_detailed(client=self._async_client, body=body),
            HoldingsModel,
            "get_holdings",
        )
        return _holdings_snapshot(content, raw, broker_type)

    # /holdings/value

    def get_holdings_value(
        self, auth_token: Secret | str, broker_type: str, *, account_id: str
    ) -> PortfolioValue:
        body = PortfolioBrokerBaseRequest(auth_token=self._token(auth_token), type_=_broker(broker_type))
        content, _ = self._call(
            lambda: get_holdings_value.sync_detailed(client=self._client, body=body),
            BrokerPortfolioValueModel,
            "get_holdings_value",
        )
        return map_holdings_value(content, account_id)

    async def aget_holdings_value(
        self, auth_token: Secret | str, broker_type: str, *, account_id: str
    ) -> PortfolioValue:
        body = PortfolioBrokerBaseRequest(auth_token=self._token(auth_token), type_=_broker(broker_type))
        content, _ = await self._acall(
            lambda: get_holdings_value.asyncio_detailed(client=self._async_client, body=body),
            BrokerPortfolioValueModel,
            "get_holdings_value",
        )
        return map_holdings_value(content, account_id)

    # /balance/get

    def get_balance(
        self, auth_token: Secret | str, broker_type: str, *, account_id: str
    ) -> tuple[Balance, ...]:
        body = BalanceBrokerBaseRequest(auth_token=self._token(auth_token), type_=_broker(broker_type))
        content, _ = self._call(
            lambda: get_balance.sync_detailed(client=self._client, body=body),
            B2BBrokerAccountBalanceModel,
            "get_balance",
        )
        return map_balance(content, account_id)

    async def aget_balance(
        self, auth_token: Secret | str, broker_type: str, *, account_id: str
    ) -> tuple[Balance, ...]:
        body = BalanceBrokerBaseRequest(auth_token=self._token(auth_token), type_=_broker(broker_type))
        content, _ = await self._acall(
            lambda: get_balance.asyncio_detailed(client=self._async_client, body=body),
            B2BBrokerAccountBalanceModel,
            "get_balance",
        )
        return map_balance(content, account_id)

    # /holdings/portfolio (deprecated)

    def get_portfolio(self, user_id: str, *, timezone_offset: int | None = None) -> Snapshot:
        """Deprecated by Mesh in favour of ``get_holdings`` + ``get_holdings_value``."""
        warnings.warn(
            "Mesh deprecates GET /api/v1/holdings/portfolio; use get_holdings", DeprecationWarning, 2
        )
        check_id(user_id, "mesh: user_id")
        offset = UNSET if timezone_offset is None else timezone_offset
        content, raw = self._call(
            lambda: get_portfolio.sync_detailed(client=self._client, user_id=user_id, timezone_offset=offset),
            B2BPortfolioModel,
            "get_portfolio",
        )
        return evolve(map_portfolio(content, user_id), raw={"get_portfolio": raw})

    async def aget_portfolio(self, user_id: str, *, timezone_offset: int | None = None) -> Snapshot:
        warnings.warn(
            "Mesh deprecates GET /api/v1/holdings/portfolio; use get_holdings", DeprecationWarning, 2
        )
        check_id(user_id, "mesh: user_id")
        offset = UNSET if timezone_offset is None else timezone_offset
        content, raw = await self._acall(
            lambda: get_portfolio.asyncio_detailed(
                client=self._async_client, user_id=user_id, timezone_offset=offset
            ),
            B2BPortfolioModel,
            "get_portfolio",
        )
        return evolve(map_portfolio(content, user_id), raw={"get_portfolio": raw})

    # everything about one connection

    def fetch(self, auth_token: Secret | str, broker_type: str) -> Snapshot:
        """Holdings, balances and Mesh's own value summary of one connected account."""
        snapshot = self.get_holdings(auth_token, broker_type)
        account_id = snapshot.accounts[0].id
        balances = self.get_balance(auth_token, broker_type, account_id=account_id)
        value = self.get_holdings_value(auth_token, broker_type, account_id=account_id)
        return evolve(snapshot, balances=balances, values=(value,))

    async def afetch(self, auth_token: Secret | str, broker_type: str) -> Snapshot:
        snapshot = await self.aget_holdings(auth_token, broker_type)
        account_id = snapshot.accounts[0].id
        balances, value = await asyncio.gather(
            self.aget_balance(auth_token, broker_type, account_id=account_id),
            self.aget_holdings_value(auth_token, broker_type, account_id=account_id),
        )
        return evolve(snapshot, balances=balances, values=(value,))


def _holdings_snapshot(content: HoldingsModel, raw: RawRecord, broker_type: str) -> Snapshot:
    account = account_of(content, broker_type)
    return Snapshot(
        provider=NAME, accounts=(account,), holdings=map_holdings(content, account), raw={"get_holdings": raw}
    )


def _broker(broker_type: str) -> BrokerType:
    """The institution type (open enum: values Mesh adds later are sent as given, once checked)."""
    return BrokerType(check_id(broker_type, "mesh: broker_type (an institution type such as 'robinhood')"))


# --- registry entry -----------------------------------------------------------------------------


def _connection_redactor(connection: MeshConnection) -> Redactor:
    return Redactor(*connection.credentials.secrets(), connection.auth_token)


@frozen
class MeshConnection:
    """One end user's connected institution account, read through Mesh."""

    label: str
    credentials: MeshCredentials
    auth_token: Secret = field(converter=_secret, validator=valid_credential)
    broker_type: str = field(validator=lambda _, __, value: _broker(value))
    environment: str = field(default="production", validator=valid_environment(INFO))
    options: HttpOptions = field(factory=HttpOptions)
    provider: str = NAME
    redactor: Redactor = field(
        init=False, eq=False, repr=False, default=Factory(_connection_redactor, takes_self=True)
    )

    async def fetch(self) -> Snapshot:
        adapter = MeshAdapter(
            self.credentials, self.environment, options=self.options, redactor=self.redactor
        )
        try:
            return await adapter.afetch(self.auth_token, self.broker_type)
        finally:
            await adapter.aclose()


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
