"""SnapTrade: generated ``snaptrade_client`` -> common model.

SnapTrade unifies brokerage accounts behind one API. Every request is signed (``SnapTradeSigner``):
``clientId`` and ``timestamp`` go in the query, a ``Signature`` header carries the base64 HMAC-SHA256,
keyed with the consumer key, of ``{"content", "path", "query"}``. A read is: the user's accounts and
connections, then for each account its positions (``/positions/all``, every instrument kind) and its
cash balances, several accounts at a time within SnapTrade's rate limits.

Judgement calls (evidence in specs/README.md, section SnapTrade, and ../shared/docs, section S):
- **Signing**: the path and the query are signed exactly as they go on the wire (percent-encoding
  included, operation parameters first, then ``clientId`` and ``timestamp``), as the SDKs do since they
  dropped the ``/api/v1`` prefix (they sign the path they request). ``content`` is ``null`` for a request
  without a body (all of ours); a JSON body is signed as the SDKs sign it, a body with non-ASCII text is
  refused (the SDKs disagree on its encoding).
- **Personal and commercial keys**: with a ``SnapTradeUser`` (commercial keys) every request carries
  ``userId``/``userSecret``; without one (personal keys) neither, as SnapTrade requires. The per-account
  limit (10 requests a minute) applies to personal keys only, so only their requests count against it.
- **Environments**: SnapTrade has one host. ``sandbox`` names it too: its sandbox is a simulated
  brokerage that non-production keys connect to, not another URL.
- **Amounts**: ``units``, ``price``, ``cost_basis`` (decimal text) and balances (JSON numbers) are exact
  Decimals whatever JSON type they arrive in. ``price`` is the last price SnapTrade has
  (``PriceKind.LAST``, ``as_of`` = the answer's ``data_freshness.as_of``).
- **Market value** is ``units x price`` (exact) for stock-like kinds (stock, ETF, fund, closed-end fund,
  ADR, crypto, other). Not for options, futures and CFDs: SnapTrade does not say what their ``units``
  count (contracts or shares) nor how their price relates to the contract, so no value is made up; their
  price and contract terms are kept.
- **Cost basis**: ``cost_basis`` is the average purchase price, per unit (``CostBasisKind.PER_UNIT``,
  fees not stated); for options per share since SnapTrade's spec change of ``COST_BASIS_AS_OF``. Tax
  lots (lot totals) stay in ``Holding.raw``.
- **Cash** comes from the balances only (positions never hold cash). Money-market positions flagged
  ``cash_equivalent`` are counted in SnapTrade's ``cash`` too: ``Balance.cash`` is SnapTrade's cash minus
  their value in that currency, so cash plus holdings never counts them twice (SnapTrade's figure stays in
  ``Balance.raw``, a ``Notice`` says what was taken out). Where such a position has no value, nothing is
  taken out and a ``Notice`` says the cash may include it.
- **Account totals**: ``balance.total`` is SnapTrade's own figure for the account (from the brokerage):
  a ``PortfolioValue.total``, never recomputed or changed.
- **Instrument kinds** go through the ``kind`` discriminator: stock and ADR -> EQUITY, ETF -> ETF,
  mutual fund and closed-end fund -> FUND, crypto -> CRYPTO, option -> OPTION, other -> OTHER, future and
  CFD -> the open classes ``future``/``cfd``. A kind this version does not know is kept (its record, the
  open class of its name), not valued, and flagged with a ``Notice``: never typed as a stock.
- **Freshness**: ``Snapshot.as_of`` is the oldest of the accounts' times: each account's positions
  ``data_freshness.as_of``, or its ``last_successful_sync`` (sent with a space separator, read
  tolerantly) where no positions were read.
- **Errors**: 401 -> AuthenticationError (1076: signature, 1083/0000: user); 402 (3003/3011) and a
  disabled connection in ``GET /authorizations`` -> UserActionRequiredError (SnapTrade keeps serving a
  disabled connection's last cached data without an error, so a disabled connection fails the read
  unless ``include_disabled=True`` asks for that data, flagged); 404 -> NotFoundError; 410 ->
  EndpointGoneError (a retired endpoint is never read as an empty list); 425 (first sync not done) and
  503 -> ProviderUnavailableError (retryable); 429 -> RateLimitedError with the wait its headers or
  message state. ``X-Request-ID`` is each error's ``request_id``.
- **Non-investment accounts** (``account_category`` DEPOSIT or LOC) are read for their balances only;
  holdings hidden by the brokerage (``holdings_unavailable``), an unfinished first sync, a closed account
  and a paper account are ``Notice``s.
- **Markets**: ``exchange`` is a MIC or an exchange code of SnapTrade's own; only a MIC unifolio knows
  (``unifolio.markets``) becomes ``Instrument.mic`` (and its country), so AAPL on XNAS merges with the US
  AAPL of another provider. A code stays in ``market`` only: it is no identity.
- **What cannot be used** (``codegen/snaptrade.yaml`` lists the degradable properties; the policy is
  ``unifolio._notices``): an instrument's description, currency, exchange and option terms, a position's
  price, cost and currency, an account's details, balances, sync status and connection details read None
  with a Notice naming the JSON path and record. Ids (account, connection, instrument id and symbol), the
  ``kind`` and a position's ``units`` fail the answer. ``units: null``, which SnapTrade documents, leaves
  that position out with a ``position_without_units`` notice. Every answer is kept whole in
  ``Snapshot.raw`` (``read_answer``), by operation, in the order the requests were made.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import hashlib
import hmac
import json
import secrets
import threading
import time
import uuid
import weakref
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping, Sequence
from typing import Any, NoReturn, TypeVar, cast
from urllib.parse import quote

import httpx
from attrs import Factory, field, frozen
from snaptrade_client import Client, types
from snaptrade_client.api.accounts import (
    get_account,
    get_account_balances,
    get_account_positions,
    list_accounts,
)
from snaptrade_client.api.connections import list_connections
from snaptrade_client.errors import DecodeError
from snaptrade_client.models import Account as SnapAccount
from snaptrade_client.models import (
    AccountPosition,
    AdrInstrument,
    AllAccountPositionsResponse,
    BrokerageAuthorization,
    CefInstrument,
    CfdInstrument,
    CryptoInstrument,
    EtfInstrument,
    FutureInstrument,
    MutualFundInstrument,
    OptionInstrument,
    OtherInstrument,
    StockInstrument,
)
from snaptrade_client.models import Balance as SnapBalance
from snaptrade_client.types import Response, UnknownVariant, Unset, decode_json

from .._clients import HttpOptions
from .._exact import exact_difference, exact_product, exact_sum
from .._exceptions import (
    ConfigurationError,
    EndpointGoneError,
    InvalidInputError,
    NotFoundError,
    ProviderError,
    ProviderUnavailableError,
    ResponseContractError,
    UnifolioError,
    UserActionRequiredError,
    format_json_path,
)
from .._generated import as_utc, unset_folder
from .._http import raise_for_status, read_answer
from .._money import amount_at, amounts_at
from .._notices import unusable
from .._redact import Redactor
from .._secrets import Secret, as_secret, credential_problem
from .._transports import RATE_LIMIT_SCOPE, RateLimits, Window
from ..markets import MIC_COUNTRIES, listing
from ..models import (
    Account,
    AssetClass,
    Balance,
    CostBasis,
    CostBasisKind,
    Holding,
    Instrument,
    Notice,
    OptionTerms,
    PortfolioValue,
    Price,
    PriceKind,
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
    check_account_ids,
    check_id,
    resolve_base_url,
    valid_credential,
    valid_environment,
    valid_signing_key,
)
from ._shared import SharedAdapters, adapter_for

__all__ = [
    "ACCOUNT_WINDOW",
    "CLIENT_WINDOW",
    "CONFIG_KEYS",
    "INFO",
    "PROVIDER",
    "BrokerageConnection",
    "SnapTradeAdapter",
    "SnapTradeConnection",
    "SnapTradeCredentials",
    "SnapTradeSigner",
    "SnapTradeUser",
    "UnsupportedRequestError",
    "accounts_from_response",
    "balances_from_response",
    "canonical_string",
    "connections_from_response",
    "positions_from_response",
    "sign",
    "validate_account_id",
]

NAME = "snaptrade"
HOST = "https://api.snaptrade.com"
INFO = ProviderInfo(
    name=NAME,
    title="SnapTrade",
    spec="snaptrade.yaml",
    environments={"production": HOST, "sandbox": HOST},
    operations=(
        "GET /accounts",
        "GET /authorizations",
        "GET /accounts/{accountId}",
        "GET /accounts/{accountId}/positions/all",
        "GET /accounts/{accountId}/balances",
    ),
    auth=(
        "clientId + timestamp (Unix seconds) in the query, Signature header: base64 HMAC-SHA256 with the "
        "consumer key over {content, path, query}; userId + userSecret per end user (commercial keys) or "
        "neither (personal keys); one host: the keys decide production or sandbox"
    ),
)

CLIENT_WINDOW = Window(250, 60.0)
"""SnapTrade's limit per client id: 250 requests in any 60 s, across all endpoints."""
ACCOUNT_WINDOW = Window(10, 60.0, scope="account")
"""SnapTrade's limit per (client id, account) on personal keys: 10 requests in any 60 s."""
MAX_REQUESTS_PER_MINUTE = 100_000
ACCOUNTS_AT_ONCE = 4
"""Accounts ``afetch`` reads at the same time (two requests each: positions and balances)."""
COST_BASIS_AS_OF = "2026-07-30"
"""The SnapTrade spec change (snaptrade-sdks 4b56e6e8) that made an option's ``cost_basis`` per share."""

_NOT_INVESTMENT = frozenset({"DEPOSIT", "LOC"})
"""``account_category`` values whose accounts have no positions to read (deposit, line of credit)."""
_DISABLED_CODES = frozenset({"3003", "3011"})
DISABLED_CONNECTIONS = ("fail", "read")
"""Config values of ``disabled_connections`` (``include_disabled`` False / True)."""

A = TypeVar("A")
B = TypeVar("B")
C = TypeVar("C")
T = TypeVar("T")
opt = unset_folder(Unset)
Path = tuple[str | int, ...]


class UnsupportedRequestError(UnifolioError, NotImplementedError):
    """A request the signer refuses to sign because SnapTrade's rule for it is ambiguous."""


def validate_account_id(account_id: object) -> str:
    """The id in SnapTrade's own (canonical UUID) form, or ``InvalidInputError`` before any request."""
    text = check_id(account_id, f"{NAME}: account id")
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise InvalidInputError(
            f"{NAME}: account id {text!r} is not a UUID (SnapTrade's account ids are)"
        ) from None


def _account_ids(account_ids: Iterable[str] | None) -> tuple[str, ...] | None:
    """Every id checked (a canonical UUID) before any request; None means every account of the user."""
    return check_account_ids(NAME, account_ids, validate_account_id)


# --- signing ------------------------------------------------------------------------------------


def unix_seconds() -> int:
    """The default clock: Unix time in whole seconds (what SnapTrade's SDKs send)."""
    return int(time.time())


def canonical_string(path: str, query: str, content: Any = None) -> str:
    """The text SnapTrade signs: ``{"content": ..., "path": ..., "query": ...}``.

    The ONE place the signing rule lives: keys sorted at every level, no whitespace (``,`` and ``:``),
    non-ASCII escaped as ``\\uXXXX`` (as SnapTrade's Python SDK writes it). ``query`` is the query exactly
    as sent, without the ``?``; ``content`` is the JSON body, or None without one.
    """
    if not path.startswith("/") or "?" in path:
        raise ValueError(f"path must start with '/' and carry no query, got {path!r}")
    if query.startswith("?"):
        raise ValueError("the query is signed without its leading '?'")
    return json.dumps(
        {"content": content, "path": path, "query": query}, sort_keys=True, separators=(",", ":")
    )


def sign(consumer_key: Secret | str, canonical: str) -> str:
    """Base64 (standard alphabet, padded) HMAC-SHA256 of ``canonical`` keyed with the consumer key."""
    key = consumer_key.reveal() if isinstance(consumer_key, Secret) else consumer_key
    digest = hmac.new(key.encode("utf-8"), canonical.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


_AUTH_PARAMETERS = (b"clientId", b"timestamp")


def _signed_query(query: bytes, client_id: str, timestamp: int) -> bytes:
    """The query as sent, with ``clientId`` and ``timestamp`` (appended, replacing any already there)."""
    kept = [pair for pair in query.split(b"&") if pair and pair.split(b"=", 1)[0] not in _AUTH_PARAMETERS]
    kept += [b"clientId=" + quote(client_id, safe="").encode("ascii"), b"timestamp=%d" % timestamp]
    return b"&".join(kept)


class SnapTradeSigner(httpx.Auth):
    """Signs each request as it is sent: ``clientId`` + ``timestamp`` in the query, ``Signature`` header.

    ``clock`` returns Unix seconds (inject a fixed one for reproducible signatures).
    """

    requires_request_body = True  # the body is part of what is signed

    def __init__(
        self, client_id: str, consumer_key: Secret | str, *, clock: Callable[[], int] = unix_seconds
    ) -> None:
        problem = credential_problem(client_id)
        if problem is not None:
            raise ConfigurationError(f"SnapTradeSigner.client_id {problem}")
        self._client_id = client_id
        self._key = as_secret(consumer_key)
        self._clock = clock

    def __repr__(self) -> str:
        return "SnapTradeSigner(client_id=***, consumer_key=***)"

    def sign_request(self, request: httpx.Request) -> None:
        """Add the auth parameters to ``request``'s query and its ``Signature`` header, in place."""
        content = _signed_content(request)
        query = _signed_query(request.url.query, self._client_id, self._clock())
        request.url = request.url.copy_with(query=query)
        path = request.url.raw_path.partition(b"?")[0].decode("ascii")
        request.headers["Signature"] = sign(self._key, canonical_string(path, query.decode("ascii"), content))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign_request(request)
        yield request


def _signed_content(request: httpx.Request) -> Any:
    """The body as SnapTrade signs it: None without one (or for ``{}``), else the parsed JSON."""
    body = request.content
    if not body:
        return None
    try:
        content = json.loads(body.decode("ascii"))
    except UnicodeDecodeError:
        raise UnsupportedRequestError(
            f"{NAME}: cannot sign {request.method} {request.url.path}: its body has non-ASCII text, "
            "which SnapTrade's SDKs sign in different encodings"
        ) from None
    except ValueError:
        raise UnsupportedRequestError(
            f"{NAME}: cannot sign {request.method} {request.url.path}: SnapTrade signs JSON bodies only"
        ) from None
    return None if content == {} else content


def _valid_rate(instance: object, attribute: Any, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_REQUESTS_PER_MINUTE:
        raise ConfigurationError(
            f"SnapTradeCredentials.requests_per_minute must be an integer from 1 to {MAX_REQUESTS_PER_MINUTE}"
        )


@frozen
class SnapTradeCredentials:
    """Your SnapTrade API keys: the client id and the consumer key (personal or commercial keys).

    ``requests_per_minute``: what SnapTrade allows these keys (250 as documented); every adapter of the
    client id in the process keeps to it together.
    """

    # An identifier, but it names your account with SnapTrade: kept out of logs and redacted.
    client_id: str = field(repr=False, validator=valid_credential)
    consumer_key: Secret = field(converter=as_secret, validator=valid_signing_key)  # the HMAC key, never sent
    requests_per_minute: int = field(default=CLIENT_WINDOW.requests, validator=_valid_rate)

    def signer(self, *, clock: Callable[[], int] | None = None) -> SnapTradeSigner:
        return SnapTradeSigner(self.client_id, self.consumer_key, clock=clock or unix_seconds)

    def secrets(self) -> tuple[Secret, ...]:
        return Secret(self.client_id), self.consumer_key


@frozen
class SnapTradeUser:
    """An end user registered under commercial keys: the id you chose and the secret SnapTrade issued.

    Personal keys have no users: pass no ``SnapTradeUser`` at all.
    """

    user_id: str = field(validator=lambda _, __, value: check_id(value, f"{NAME}: user_id"))
    user_secret: Secret = field(converter=as_secret, validator=valid_credential, repr=False)


def _user_params(user: SnapTradeUser | None) -> dict[str, str]:
    if user is None:
        return {}
    if not isinstance(user, SnapTradeUser):
        raise InvalidInputError(f"{NAME}: user must be a SnapTradeUser or None (personal keys)")
    return {"user_id": user.user_id, "user_secret": user.user_secret.reveal()}


# --- errors -------------------------------------------------------------------------------------


def _loose_error(content: bytes) -> tuple[str | None, str | None]:
    """``detail`` and ``code`` of an error body; SnapTrade's documented ``default_*`` forms as fallback.
    Codes are text (``"1076"``, ``"0000"``), whatever JSON type they came in."""
    try:
        body = decode_json(content)
    except DecodeError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    detail = body.get("detail", body.get("default_detail"))
    code = body.get("code", body.get("default_code"))
    detail_text = detail if isinstance(detail, str) and detail else None
    code_text = (
        str(code) if isinstance(code, str | int) and not isinstance(code, bool) and code != "" else None
    )
    return detail_text, code_text


def _raise_error(response: httpx.Response, operation: str) -> NoReturn:
    """The typed error of an error answer; ``code`` is SnapTrade's (``detail``/``code`` of the body)."""
    status = response.status_code
    detail, code = _loose_error(response.content)
    error_class: type[ProviderError] | None = None
    message = f"{operation}: {detail}" if detail else None
    if status == 410:
        error_class = EndpointGoneError
        message = (
            f"{operation}: SnapTrade has retired this endpoint for these keys"
            + (f" ({detail})" if detail else "")
            + "; nothing was read, and retrying will not help: unifolio needs an update"
        )
    elif status == 402 or code in _DISABLED_CODES:
        error_class = UserActionRequiredError
        message = (
            f"{operation}: {detail or 'the brokerage connection is disabled'}; the end user has to reconnect "
            "it (SnapTrade Connection Portal, reconnect=<connection id>)"
        )
    elif status == 425:
        error_class = ProviderUnavailableError
        message = f"{operation}: {detail or 'being populated'} (the account's first sync has not finished)"
    elif status == 401 and code == "1076":
        message = (
            f"{operation}: {detail or 'signature refused'} (check the consumer key, and this machine's "
            "clock: the signature covers the timestamp)"
        )
    raise_for_status(
        NAME,
        status,
        response.headers,
        message=message,
        code=code,
        request_id=response.headers.get("x-request-id"),
        error_class=error_class,
        content=response.content,
    )


_PARSER = Client(base_url=HOST)
"""Only read by the generated response builders (``raise_on_unexpected_status``); never sends."""


def _answer(
    build: Callable[..., Response[Any]], response: httpx.Response, expected: type[C], operation: str
) -> C:
    """The parsed success body of an answer, or the typed error its status stands for."""
    parsed = build(client=_PARSER, response=response)
    status = response.status_code
    if status >= 300 or status < 200:
        _raise_error(response, operation)
    if status != 200 or not isinstance(parsed.parsed, expected):
        raise ResponseContractError.at(
            NAME, (), f"{operation}: HTTP {status} is not a documented answer", status=status
        )
    return parsed.parsed


# --- mapping ------------------------------------------------------------------------------------

_LAST = PriceKind.LAST
_PER_UNIT = CostBasisKind.PER_UNIT
_VALUED: Mapping[type, AssetClass] = {
    StockInstrument: AssetClass.EQUITY,
    AdrInstrument: AssetClass.EQUITY,
    EtfInstrument: AssetClass.ETF,
    MutualFundInstrument: AssetClass.FUND,
    CefInstrument: AssetClass.FUND,
    CryptoInstrument: AssetClass.CRYPTO,
    OtherInstrument: AssetClass.OTHER,
}
"""Stock-like kinds: ``units x price`` is their market value."""
_FUTURE = AssetClass("future")
_CFD = AssetClass("cfd")
_AMOUNT_KEYS = ("units", "price", "cost_basis")
StockLike = (
    StockInstrument
    | AdrInstrument
    | EtfInstrument
    | MutualFundInstrument
    | CefInstrument
    | CryptoInstrument
    | OtherInstrument
)
AnyInstrument = StockLike | OptionInstrument | FutureInstrument | CfdInstrument | UnknownVariant


def _text(value: object) -> str | None:
    value = opt(value)
    return value if isinstance(value, str) and value else None


def _listing(exchange: str | None) -> tuple[str | None, str | None]:
    """``(mic, country)`` where ``exchange`` is a MIC unifolio knows: SnapTrade sends a MIC or an exchange
    code of its own (``TSX``), and a code is no identity (``unifolio.markets``)."""
    if exchange is None or exchange.strip().upper() not in MIC_COUNTRIES:
        return None, None
    return listing(mic=exchange)


def _stock_like(instrument: StockLike, asset_class: AssetClass, currency: str | None) -> Instrument:
    symbol = instrument.symbol
    crypto = asset_class is AssetClass.CRYPTO
    exchange = _text(instrument.exchange)
    mic, country = (None, None) if crypto else _listing(exchange)
    return Instrument(
        symbol,
        _text(instrument.description),
        asset_class,
        _text(instrument.currency) or currency,
        # The Yahoo-style ``symbol`` (VAB.TO) names the listing; ``raw_symbol`` is the exchange's ticker.
        ticker=None if crypto else (_text(instrument.raw_symbol) or symbol),
        market=exchange,
        provider_id=str(instrument.id),
        mic=mic,
        market_country=country,
        raw=instrument.source_json,
    )


def _option_type(value: object) -> str | None:
    text = str(value) if value is not None else None
    return text.lower() if text in ("CALL", "PUT") else text


def _option(instrument: OptionInstrument, path: Path, currency: str | None) -> Instrument:
    terms = OptionTerms(
        option_type=_option_type(instrument.option_type),
        strike=amount_at(instrument.strike_price, NAME, path, "strike_price"),
        expiration=instrument.expiration_date,
        contract_size=amount_at(instrument.multiplier, NAME, path, "multiplier"),
    )
    return Instrument(
        instrument.symbol,  # the OCC symbol, padded as SnapTrade sends it
        _text(instrument.description),
        AssetClass.OPTION,
        currency,
        provider_id=str(instrument.id),
        option=terms,
        raw=instrument.source_json,
    )


def _unknown(instrument: UnknownVariant, currency: str | None) -> Instrument:
    source = instrument.source_json
    kind = instrument.value.strip()
    return Instrument(
        source.get("symbol") if isinstance(source.get("symbol"), str) else None,
        source.get("description") if isinstance(source.get("description"), str) else None,
        AssetClass(kind) if kind else AssetClass.OTHER,
        source.get("currency") if isinstance(source.get("currency"), str) else currency,
        provider_id=source.get("id") if isinstance(source.get("id"), str) else None,
        raw=source,
    )


def map_instrument(instrument: AnyInstrument, path: Path, currency: str | None) -> tuple[Instrument, bool]:
    """The common instrument, and whether ``units x price`` is its market value. ``path``: the
    instrument's JSON path; ``currency``: the position's, for kinds that name none."""
    if isinstance(instrument, UnknownVariant):
        return _unknown(instrument, currency), False
    if isinstance(instrument, OptionInstrument):
        return _option(instrument, path, currency), False
    if isinstance(instrument, FutureInstrument | CfdInstrument):
        future = isinstance(instrument, FutureInstrument)
        exchange = _text(instrument.exchange)
        mic, country = _listing(exchange)
        mapped = Instrument(
            instrument.symbol,
            None if isinstance(instrument, FutureInstrument) else _text(instrument.description),
            _FUTURE if future else _CFD,
            _text(instrument.currency) or currency,
            market=exchange,
            provider_id=str(instrument.id),
            mic=mic,
            market_country=country,
            raw=instrument.source_json,
        )
        return mapped, False
    return _stock_like(instrument, _VALUED[type(instrument)], currency), True


def map_position(
    position: AccountPosition,
    path: Path,
    account_id: str,
    as_of: datetime.datetime | None,
    notices: list[Notice],
) -> Holding | None:
    """One position (None, with a notice, for one without ``units``: there is no quantity to hold)."""
    currency = _text(position.currency)
    record = position.source_json
    instrument, valued = map_instrument(position.instrument, (*path, "instrument"), currency)
    if isinstance(position.instrument, UnknownVariant):
        notices.append(
            Notice(
                NAME,
                "unknown_instrument_kind",
                f"account {account_id}: a position's instrument is of kind {position.instrument.value!r}, "
                "which this version of unifolio does not know; kept with its record, not valued",
                format_json_path((*path, "instrument", "kind")),
                record,
            )
        )
    currency = currency or instrument.currency
    values = (position.units, position.price, position.cost_basis)
    units, price, cost = amounts_at(values, NAME, path, _AMOUNT_KEYS, record=record)
    if units is None:
        # SnapTrade documents ``units`` as nullable: a position it states without a quantity is not a
        # broken answer, but there is nothing to hold. Reported, never silent; the record is in raw.
        notices.append(
            Notice(
                NAME,
                "position_without_units",
                f"account {account_id}: SnapTrade gave no units for a position in "
                f"{instrument.symbol or 'an instrument'}; it is not among the holdings (its record is in "
                "Snapshot.raw)",
                format_json_path((*path, "units")),
                record,
            )
        )
        return None
    value = None
    if valued and price is not None:
        value = Valuation(exact_product(units, price), currency, _LAST, as_of)
    return Holding(
        NAME,
        account_id,
        instrument,
        units,
        currency,
        None if price is None else Price(price, currency, _LAST, as_of),
        value,
        () if cost is None else (CostBasis(cost, currency, _PER_UNIT),),
        raw=record,
    )


def map_positions(content: AllAccountPositionsResponse, account_id: str) -> Snapshot:
    """A ``/positions/all`` answer -> the account's holdings, their notices and the data's time."""
    freshness = content.data_freshness
    as_of = as_utc(freshness.as_of) if freshness is not None else None
    notices: list[Notice] = []
    holdings = []
    for i, position in enumerate(content.results):
        holding = map_position(position, ("results", i), account_id, as_of, notices)
        if holding is not None:
            holdings.append(holding)
    return Snapshot(provider=NAME, holdings=tuple(holdings), notices=tuple(notices), as_of=as_of)


def map_balances(entries: Sequence[SnapBalance], account_id: str) -> Snapshot:
    """One ``Balance`` per currency entry, as SnapTrade states it (``None`` where it gives no figure)."""
    balances = []
    for i, entry in enumerate(entries):
        currency = opt(entry.currency)
        record = entry.source_json
        balances.append(
            Balance(
                provider=NAME,
                account_id=account_id,
                currency=_text(currency.code) if currency is not None else None,
                cash=amount_at(entry.cash, NAME, (i,), "cash", record=record),
                buying_power=amount_at(entry.buying_power, NAME, (i,), "buying_power", record=record),
                raw=record,
            )
        )
    return Snapshot(provider=NAME, balances=tuple(balances))


def _category(account: SnapAccount) -> str | None:
    category = opt(account.account_category)
    return None if category is None else str(category)


def _total(account: SnapAccount) -> Any:
    balance = account.balance
    return None if balance is None else opt(balance.total)


def map_account(account: SnapAccount) -> Account:
    total = _total(account)
    return Account(
        provider=NAME,
        id=str(account.id),
        name=account.name,
        type=_text(account.raw_type) or _category(account),
        institution=account.institution_name,
        currency=_text(total.currency) if total is not None else None,
        raw=account.source_json,
    )


def account_value(account: SnapAccount, path: Path) -> PortfolioValue | None:
    """SnapTrade's total value of the account (from the brokerage), as it states it."""
    total = _total(account)
    if total is None:
        return None
    amount = amount_at(total.amount, NAME, path, "balance", "total", "amount", record=total.source_json)
    if amount is None:
        return None
    return PortfolioValue(
        provider=NAME,
        account_id=str(account.id),
        currency=_text(total.currency),
        total=amount,
        raw=total.source_json,
    )


def _holdings_status(account: SnapAccount) -> Any:
    status = account.sync_status
    return None if status is None else opt(status.holdings)


def last_sync(account: SnapAccount, path: Path, notices: list[Notice]) -> datetime.datetime | None:
    """``sync_status.holdings.last_successful_sync``, read whether it has a ``T`` or a space."""
    holdings = _holdings_status(account)
    text = _text(holdings.last_successful_sync) if holdings is not None else None
    if text is None:
        return None
    try:
        return as_utc(datetime.datetime.fromisoformat(text))
    except ValueError:
        notices.append(
            Notice(
                NAME,
                "unreadable_sync_time",
                f"account {account.id}: last_successful_sync {text[:40]!r} is not a time; kept in the record",
                format_json_path((*path, "sync_status", "holdings", "last_successful_sync")),
                holdings.source_json,
            )
        )
        return None


def _describe(account: SnapAccount) -> str:
    place = account.institution_name or "an unnamed institution"
    name = f" ({account.name} at {place})" if account.name else f" ({place})"
    return f"account {account.id}{name}"


def account_notices(account: SnapAccount, path: Path) -> list[Notice]:
    """What the caller should know about one account before trusting its numbers."""
    notices = []
    where = _describe(account)
    record = account.source_json
    holdings = _holdings_status(account)
    if holdings is not None and opt(holdings.holdings_unavailable) is True:
        notices.append(
            Notice(
                NAME,
                "holdings_unavailable",
                f"{where}: the brokerage does not share this account's holdings, so it lists no positions; "
                "that does not mean it is empty (its total value, where given, is in values)",
                format_json_path((*path, "sync_status", "holdings", "holdings_unavailable")),
                record,
            )
        )
    if holdings is not None and opt(holdings.initial_sync_completed) is False:
        notices.append(
            Notice(
                NAME,
                "initial_sync_pending",
                f"{where}: SnapTrade has not finished its first sync of this account; what it returns may be "
                "incomplete",
                format_json_path((*path, "sync_status", "holdings", "initial_sync_completed")),
                record,
            )
        )
    status = opt(account.status)
    if status is not None and str(status) != "open":
        notices.append(
            Notice(
                NAME, "account_not_open", f"{where} is {status}", format_json_path((*path, "status")), record
            )
        )
    if account.is_paper:
        notices.append(
            Notice(
                NAME,
                "paper_account",
                f"{where} is a paper-trading account: simulated money",
                format_json_path((*path, "is_paper")),
                record,
            )
        )
    return notices


@frozen
class _Listed:
    """One account of an answer, mapped (no generated model kept): what a ``fetch`` plans with."""

    index: int
    account: Account
    value: PortfolioValue | None
    notices: tuple[Notice, ...]
    synced: datetime.datetime | None
    connection_id: str
    has_positions: bool
    """False for ``account_category`` DEPOSIT or LOC: there are no positions to read."""
    description: str


def _listed(account: SnapAccount, index: int, path: Path) -> _Listed:
    notices = account_notices(account, path)
    synced = last_sync(account, path, notices)
    return _Listed(
        index,
        map_account(account),
        account_value(account, path),
        tuple(notices),
        synced,
        str(account.brokerage_authorization),
        _category(account) not in _NOT_INVESTMENT,
        _describe(account),
    )


def accounts_snapshot(listed: Sequence[_Listed]) -> Snapshot:
    """Accounts as listed: each ``Account``, its total value, its notices; ``as_of`` the oldest sync."""
    return Snapshot(
        provider=NAME,
        accounts=tuple(item.account for item in listed),
        values=tuple(item.value for item in listed if item.value is not None),
        notices=tuple(n for item in listed for n in item.notices),
        as_of=min((item.synced for item in listed if item.synced is not None), default=None),
    )


@frozen
class BrokerageConnection:
    """One of the user's brokerage connections (a login at one brokerage, holding one or more accounts)."""

    id: str
    brokerage: str | None
    disabled: bool | None
    """A disabled connection keeps answering with its last cached data until the user reconnects it; None
    where SnapTrade's answer did not say (a notice names the value it could not use)."""
    disabled_date: datetime.datetime | None
    raw: Mapping[str, Any] = field(eq=False, repr=False)


def map_connections(connections: Sequence[BrokerageAuthorization]) -> tuple[BrokerageConnection, ...]:
    found = []
    for i, connection in enumerate(connections):
        connection_id = opt(connection.id)
        if connection_id is None:
            unusable(NAME, (i, "id"), "a connection without an id cannot be matched to its accounts")
            continue  # its record stays in the answer (Snapshot.raw)
        brokerage = opt(connection.brokerage)
        disabled = opt(connection.disabled)
        found.append(
            BrokerageConnection(
                id=str(connection_id),
                brokerage=(_text(brokerage.display_name) or _text(brokerage.name)) if brokerage else None,
                disabled=disabled,
                disabled_date=as_utc(opt(connection.disabled_date)),
                raw=connection.source_json,
            )
        )
    return tuple(found)


# --- one read of a user, assembled ----------------------------------------------------------------


@frozen
class _Plan:
    """What a ``fetch`` reads once the accounts and connections are in."""

    accounts: tuple[_Listed, ...]
    """The accounts to read, in the order listed."""
    notices: tuple[Notice, ...]
    not_read: frozenset[int] = frozenset()
    """``id()`` of the records of listed accounts not read (``account_ids``): their notices are left out."""


def _plan(
    listed: Sequence[_Listed],
    connections: Sequence[BrokerageConnection],
    account_ids: tuple[str, ...] | None,
    include_disabled: bool,
) -> _Plan:
    by_id = {item.account.id: item for item in listed}
    if account_ids is None:
        chosen = list(listed)
    else:
        missing = [account_id for account_id in account_ids if account_id not in by_id]
        if missing:
            raise NotFoundError(
                f"account(s) {', '.join(missing)} not among this SnapTrade user's {len(by_id)} accounts",
                provider=NAME,
            )
        chosen = [by_id[account_id] for account_id in account_ids]
    known = {c.id: c for c in connections}
    notices: list[Notice] = []
    disabled: dict[str, list[str]] = {}
    for item in chosen:
        connection = known.get(item.connection_id)
        if connection is None or connection.disabled is None:
            why = "did not list" if connection is None else "did not say whether it is disabled"
            notices.append(
                Notice(
                    NAME,
                    "connection_state_unknown",
                    f"{item.description} belongs to connection {item.connection_id}, which GET "
                    f"/authorizations {why}: whether it is disabled (SnapTrade then serves stale cached "
                    "data) is not known",
                    format_json_path((item.index, "brokerage_authorization")),
                    item.account.raw,
                )
            )
        elif connection.disabled:
            disabled.setdefault(item.connection_id, []).append(item.account.id)
    for connection_id, affected in disabled.items():
        connection = known[connection_id]
        since = f" since {connection.disabled_date.isoformat()}" if connection.disabled_date else ""
        message = (
            f"the {connection.brokerage or 'brokerage'} connection {connection_id} is disabled{since}: "
            f"SnapTrade only serves its last cached data (accounts {', '.join(affected)}) until the end user "
            "reconnects it (Connection Portal, reconnect=<connection id>)"
        )
        if not include_disabled:
            raise UserActionRequiredError(message, provider=NAME, code="connection_disabled")
        index = next(i for i, c in enumerate(connections) if c.id == connection_id)
        notices.append(
            Notice(
                NAME, "connection_disabled", message, format_json_path((index, "disabled")), connection.raw
            )
        )
    ids = {id(item.account.raw) for item in chosen}
    others = frozenset(id(item.account.raw) for item in listed) - ids
    return _Plan(accounts=tuple(chosen), notices=tuple(notices), not_read=others)


def _without_cash_equivalents(
    balances: tuple[Balance, ...], holdings: Sequence[Holding], account_id: str
) -> tuple[tuple[Balance, ...], list[Notice]]:
    """SnapTrade's cash includes money-market positions that are holdings too: take them out of
    ``Balance.cash``, per currency, so that nothing is counted twice (see the module notes)."""
    sweeps = [h for h in holdings if h.raw.get("cash_equivalent") is True]
    if not sweeps:
        return balances, []
    notices: list[Notice] = []
    adjusted = []
    for i, balance in enumerate(balances):
        mine = [h for h in sweeps if h.currency == balance.currency]
        if balance.cash is None or not mine:
            adjusted.append(balance)
            continue
        path = format_json_path((i, "cash"))
        symbols = ", ".join(h.instrument.symbol or "?" for h in mine)
        unvalued = [h for h in mine if h.market_value is None]
        if unvalued:
            notices.append(
                Notice(
                    NAME,
                    "cash_may_include_holdings",
                    f"account {account_id}: SnapTrade's {balance.currency} cash includes money-market "
                    f"positions ({symbols}) that are holdings too, but not all have a value; the cash is "
                    "left as SnapTrade states it and may count them twice",
                    path,
                    balance.raw,
                )
            )
            adjusted.append(balance)
            continue
        swept = exact_sum(h.market_value.amount for h in mine if h.market_value is not None)
        cash = exact_difference(balance.cash, swept)
        notices.append(
            Notice(
                NAME,
                "cash_excludes_cash_equivalents",
                f"account {account_id}: SnapTrade's {balance.currency} cash {balance.cash} includes "
                f"money-market positions that are also holdings ({symbols}: {swept}); Balance.cash is {cash} "
                "so nothing is counted twice (SnapTrade's figure is in Balance.raw)",
                path,
                balance.raw,
            )
        )
        adjusted.append(evolve(balance, cash=cash))
    return tuple(adjusted), notices


def _assemble(
    plan: _Plan,
    listing_answers: Sequence[Snapshot],
    positions: Mapping[str, Snapshot],
    balances: Mapping[str, Snapshot],
) -> Snapshot:
    """One snapshot of the user: the planned accounts with their holdings and balances (cash net of what
    is also a holding), every notice, the oldest data time, and every answer whole in ``raw``."""
    notices: list[Notice] = list(plan.notices)
    notices += (n for part in listing_answers for n in part.notices if id(n.raw) not in plan.not_read)
    holdings: list[Holding] = []
    all_balances: list[Balance] = []
    times: list[datetime.datetime] = []
    answers: list[Snapshot] = list(listing_answers)
    for item in plan.accounts:
        account_id = item.account.id
        held = positions.get(account_id)
        cash = balances.get(account_id)
        mine = held.holdings if held is not None else ()
        holdings += mine
        for part in (held, cash):
            if part is not None:
                notices += part.notices
                answers.append(part)
        adjusted, cash_notices = _without_cash_equivalents(cash.balances if cash else (), mine, account_id)
        all_balances += adjusted
        notices += cash_notices
        when = held.as_of if held is not None and held.as_of is not None else item.synced
        if when is not None:
            times.append(when)
    return Snapshot(
        provider=NAME,
        accounts=tuple(item.account for item in plan.accounts),
        holdings=tuple(holdings),
        balances=tuple(all_balances),
        values=tuple(item.value for item in plan.accounts if item.value is not None),
        notices=tuple(notices),
        as_of=min(times, default=None),
        raw=combine(*answers).raw if answers else {},
    )


# --- answers -> common model --------------------------------------------------------------------
# What each adapter method does once the HTTP answer is in (sync and async alike). Public, so an answer
# received some other way (recorded, proxied, replayed) maps exactly as the adapter's own. Each goes
# through the shared ``read_answer``: the answer kept whole in ``Snapshot.raw``, the one notice policy.


def _read(
    operation: str, read: Callable[[httpx.Response], tuple[Snapshot, T]], response: httpx.Response
) -> tuple[Snapshot, T]:
    """``read_answer`` for a read that also yields what only this module uses (the plan's inputs)."""
    kept: list[T] = []

    def snapshot_of(answer: httpx.Response) -> Snapshot:
        snapshot, value = read(answer)
        kept.append(value)
        return snapshot

    return read_answer(NAME, types, operation, snapshot_of, response), kept[0]


def accounts_from_response(response: httpx.Response) -> Snapshot:
    """A ``GET /accounts`` answer -> every account, its total value, notices and last sync."""
    return read_answer(NAME, types, "list_accounts", _accounts, response)


def _accounts(response: httpx.Response) -> Snapshot:
    return accounts_snapshot(_listed_accounts(response)[1])


def _listed_accounts(response: httpx.Response) -> tuple[Snapshot, tuple[_Listed, ...]]:
    accounts = _answer(list_accounts._build_response, response, list, "list_accounts")
    listed = tuple(_listed(account, i, (i,)) for i, account in enumerate(accounts))
    return accounts_snapshot(listed), listed


def account_from_response(response: httpx.Response) -> Snapshot:
    """A ``GET /accounts/{accountId}`` answer -> the account, its total value, notices and last sync."""
    return read_answer(NAME, types, "get_account", _account, response)


def _account(response: httpx.Response) -> Snapshot:
    account = _answer(get_account._build_response, response, SnapAccount, "get_account")
    return accounts_snapshot([_listed(account, 0, ())])


def connections_from_response(response: httpx.Response) -> tuple[BrokerageConnection, ...]:
    """A ``GET /authorizations`` answer -> the user's brokerage connections (each with its record)."""
    return _read("list_connections", _connections, response)[1]


def _connections(response: httpx.Response) -> tuple[Snapshot, tuple[BrokerageConnection, ...]]:
    connections = _answer(list_connections._build_response, response, list, "list_connections")
    return Snapshot(provider=NAME), map_connections(connections)


def positions_from_response(response: httpx.Response, account_id: str) -> Snapshot:
    """A ``/positions/all`` answer -> the holdings of ``account_id`` (every instrument kind), with notices
    and the time SnapTrade read them from the brokerage (``as_of``)."""
    return read_answer(NAME, types, "get_account_positions", _positions, response, account_id)


def _positions(response: httpx.Response, account_id: str) -> Snapshot:
    parsed = _answer(
        get_account_positions._build_response, response, AllAccountPositionsResponse, "get_account_positions"
    )
    return map_positions(parsed, account_id)


def balances_from_response(response: httpx.Response, account_id: str) -> Snapshot:
    """A ``/balances`` answer -> one ``Balance`` of ``account_id`` per currency, as SnapTrade states it."""
    return read_answer(NAME, types, "get_account_balances", _balances, response, account_id)


def _balances(response: httpx.Response, account_id: str) -> Snapshot:
    entries = _answer(get_account_balances._build_response, response, list, "get_account_balances")
    return map_balances(entries, account_id)


# --- client -------------------------------------------------------------------------------------

_SHARED_LIMITS: weakref.WeakValueDictionary[tuple[str, str, int], RateLimits] = weakref.WeakValueDictionary()
_SHARED_LIMITS_LOCK = threading.Lock()


def limits_for(
    base_url: str, client_id: str, requests_per_minute: int = CLIENT_WINDOW.requests
) -> RateLimits:
    """The process' one ``RateLimits`` of a client id at a host: SnapTrade counts per client id, so every
    adapter of the same keys (shared adapters' lanes included) draws from one budget."""
    key = (base_url, hashlib.sha256(client_id.encode()).hexdigest(), requests_per_minute)
    with _SHARED_LIMITS_LOCK:
        limits = _SHARED_LIMITS.get(key)
        if limits is None:
            client = Window(requests_per_minute, CLIENT_WINDOW.seconds)
            limits = _SHARED_LIMITS[key] = RateLimits([client, ACCOUNT_WINDOW])
        return limits


class SnapTradeAdapter(GeneratedClientAdapter[Client]):
    """Reads a SnapTrade user's brokerage accounts, positions and balances as the common model.

    ``environment`` is ``production`` (or ``sandbox``: the same host, the keys decide) or a base URL such
    as a local mock. Every method takes the end user (``SnapTradeUser``, commercial keys) or None
    (personal keys) and has an ``a``-prefixed async twin. ``rate_limits``: SnapTrade's documented limits
    by default, shared by every adapter of the same client id in the process; pass your own
    (``unifolio._transports.RateLimits``) for other ones. ``clock`` (Unix seconds) feeds the signatures.
    """

    info = INFO

    def __init__(
        self,
        credentials: SnapTradeCredentials,
        environment: str = "production",
        *,
        options: HttpOptions | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], int] | None = None,
        redactor: Redactor | None = None,
        rate_limits: RateLimits | None = None,
    ) -> None:
        base_url = resolve_base_url(INFO, environment)
        self.rate_limits = (
            rate_limits
            if rate_limits is not None
            else limits_for(base_url, credentials.client_id, credentials.requests_per_minute)
        )
        super().__init__(
            Client,
            environment,
            credentials.signer(clock=clock),
            options,
            secrets=credentials.secrets(),
            redactor=redactor,
            transport=transport,
            async_transport=async_transport,
            rate_limits=self.rate_limits,
        )

    def _params(self, user: SnapTradeUser | None) -> dict[str, str]:
        params = _user_params(user)
        if user is not None:
            self.redactor.add_for_call(user.user_secret)
        return params

    def _account_request(self, module: Any, account_id: str, user: SnapTradeUser | None) -> dict[str, Any]:
        request: dict[str, Any] = module._get_kwargs(uuid.UUID(account_id), **self._params(user))
        if user is None:  # personal keys: SnapTrade limits each account's requests too
            request["extensions"] = {RATE_LIMIT_SCOPE: {"account": account_id}}
        return request

    # GET /accounts

    def get_accounts(self, user: SnapTradeUser | None = None) -> Snapshot:
        """Every account of the user (SnapTrade's daily cache), with total values, notices, last sync."""
        return accounts_from_response(self._send(list_accounts._get_kwargs(**self._params(user))))

    async def aget_accounts(self, user: SnapTradeUser | None = None) -> Snapshot:
        return accounts_from_response(await self._asend(list_accounts._get_kwargs(**self._params(user))))

    # GET /authorizations

    def get_connections(self, user: SnapTradeUser | None = None) -> tuple[BrokerageConnection, ...]:
        """The user's brokerage connections, with whether each is disabled."""
        return connections_from_response(self._send(list_connections._get_kwargs(**self._params(user))))

    async def aget_connections(self, user: SnapTradeUser | None = None) -> tuple[BrokerageConnection, ...]:
        return connections_from_response(
            await self._asend(list_connections._get_kwargs(**self._params(user)))
        )

    # GET /accounts/{accountId}

    def get_account(self, account_id: str, user: SnapTradeUser | None = None) -> Snapshot:
        """One account (real-time on real-time plans), with its total value, notices and last sync."""
        account_id = validate_account_id(account_id)
        return account_from_response(self._send(self._account_request(get_account, account_id, user)))

    async def aget_account(self, account_id: str, user: SnapTradeUser | None = None) -> Snapshot:
        account_id = validate_account_id(account_id)
        return account_from_response(await self._asend(self._account_request(get_account, account_id, user)))

    # GET /accounts/{accountId}/positions/all

    def get_positions(self, account_id: str, user: SnapTradeUser | None = None) -> Snapshot:
        """Every position of one account as holdings; ``as_of`` is when SnapTrade read them."""
        account_id = validate_account_id(account_id)
        request = self._account_request(get_account_positions, account_id, user)
        return positions_from_response(self._send(request), account_id)

    async def aget_positions(self, account_id: str, user: SnapTradeUser | None = None) -> Snapshot:
        account_id = validate_account_id(account_id)
        request = self._account_request(get_account_positions, account_id, user)
        return positions_from_response(await self._asend(request), account_id)

    # GET /accounts/{accountId}/balances

    def get_balances(self, account_id: str, user: SnapTradeUser | None = None) -> Snapshot:
        """Cash and buying power of one account per currency (``balances``), as SnapTrade states them."""
        account_id = validate_account_id(account_id)
        request = self._account_request(get_account_balances, account_id, user)
        return balances_from_response(self._send(request), account_id)

    async def aget_balances(self, account_id: str, user: SnapTradeUser | None = None) -> Snapshot:
        account_id = validate_account_id(account_id)
        request = self._account_request(get_account_balances, account_id, user)
        return balances_from_response(await self._asend(request), account_id)

    # everything about one user

    def fetch(
        self,
        user: SnapTradeUser | None = None,
        *,
        account_ids: Iterable[str] | None = None,
        include_disabled: bool = False,
    ) -> Snapshot:
        """Accounts, holdings, balances and total values of the user (or of ``account_ids`` only), one
        account after another. A disabled connection raises ``UserActionRequiredError`` unless
        ``include_disabled`` asks for its cached data (then flagged with a notice)."""
        ids = _account_ids(account_ids)
        params = self._params(user)
        accounts, listed = _read(
            "list_accounts", _listed_accounts, self._send(list_accounts._get_kwargs(**params))
        )
        connections, known = _read(
            "list_connections", _connections, self._send(list_connections._get_kwargs(**params))
        )
        plan = _plan(listed, known, ids, include_disabled)
        positions: dict[str, Snapshot] = {}
        balances: dict[str, Snapshot] = {}
        for item in plan.accounts:
            account_id = item.account.id
            if item.has_positions:
                positions[account_id] = self.get_positions(account_id, user)
            balances[account_id] = self.get_balances(account_id, user)
        return _assemble(plan, (accounts, connections), positions, balances)

    async def afetch(
        self,
        user: SnapTradeUser | None = None,
        *,
        account_ids: Iterable[str] | None = None,
        include_disabled: bool = False,
    ) -> Snapshot:
        """``fetch``, with the accounts and connections read at once, then ``ACCOUNTS_AT_ONCE`` accounts at a
        time (positions and balances together), within SnapTrade's rate limits."""
        ids = _account_ids(account_ids)
        params = self._params(user)
        accounts_answer, connections_answer = await _all(
            [
                self._asend(list_accounts._get_kwargs(**params)),
                self._asend(list_connections._get_kwargs(**params)),
            ]
        )
        accounts, listed = _read("list_accounts", _listed_accounts, accounts_answer)
        connections, known = _read("list_connections", _connections, connections_answer)
        plan = _plan(listed, known, ids, include_disabled)
        gate = asyncio.Semaphore(ACCOUNTS_AT_ONCE)

        async def read(item: _Listed) -> tuple[str, Snapshot | None, Snapshot]:
            account_id = item.account.id
            async with gate:
                balances_call = self.aget_balances(account_id, user)
                if not item.has_positions:
                    return account_id, None, await balances_call
                held, cash = await _pair(self.aget_positions(account_id, user), balances_call)
                return account_id, held, cash

        results = await _all([read(item) for item in plan.accounts])
        positions = {account_id: held for account_id, held, _ in results if held is not None}
        balances = {account_id: cash for account_id, _, cash in results}
        return _assemble(plan, (accounts, connections), positions, balances)


async def _pair(first: Awaitable[A], second: Awaitable[B]) -> tuple[A, B]:
    """Both at once, as ``_all`` runs them."""
    results: list[Any] = await _all([first, second])
    return results[0], results[1]


async def _all(calls: Sequence[Awaitable[T]]) -> list[T]:
    """``asyncio.gather``, but the first failure cancels the others (and waits for them) before it is
    raised as it is: no request keeps running for an answer nobody reads, and no exception group."""
    tasks = [asyncio.ensure_future(call) for call in calls]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


# --- registry entry -----------------------------------------------------------------------------


def _connection_redactor(connection: SnapTradeConnection) -> Redactor:
    user = connection.user
    return Redactor(*connection.credentials.secrets(), user.user_secret if user is not None else None)


@frozen
class SnapTradeConnection:
    """One SnapTrade user (commercial keys) or your own account (personal keys: ``user=None``), optionally
    limited to some of its accounts."""

    label: str
    credentials: SnapTradeCredentials
    user: SnapTradeUser | None = None
    account_ids: tuple[str, ...] | None = field(default=None, converter=_account_ids)
    environment: str = field(default="production", validator=valid_environment(INFO))
    options: HttpOptions = field(factory=HttpOptions)
    include_disabled: bool = False
    """Read the cached data of disabled connections (flagged with a notice) instead of failing with
    UserActionRequiredError."""
    provider: str = NAME
    redactor: Redactor = field(
        init=False, eq=False, repr=False, default=Factory(_connection_redactor, takes_self=True)
    )

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        """The user's accounts, holdings and balances; with ``shared``, over the adapters of the same keys,
        environment and options (every adapter of one client id shares SnapTrade's rate limits anyway)."""
        async with adapter_for(
            shared, SnapTradeAdapter, self.credentials, self.environment, self.options, self.redactor
        ) as adapter:
            return await adapter.afetch(
                self.user, account_ids=self.account_ids, include_disabled=self.include_disabled
            )


CONFIG_KEYS = (
    ConfigKey("client_id", KeyKind.SECRET, "your SnapTrade client id", required=True),
    ConfigKey(
        "consumer_key",
        KeyKind.SECRET,
        "your SnapTrade consumer key (signs requests, never sent)",
        required=True,
        travels=False,
    ),
    ConfigKey(
        "user_id",
        KeyKind.ID,
        "the SnapTrade user to read (commercial keys); leave it and user_secret out with personal keys",
    ),
    ConfigKey("user_secret", KeyKind.SECRET, "that user's secret, issued by SnapTrade (commercial keys)"),
    ConfigKey("account_ids", KeyKind.IDS, "only these accounts (SnapTrade account UUIDs; default: all)"),
    ConfigKey(
        "disabled_connections",
        KeyKind.TEXT,
        "fail (default: a disabled brokerage connection is UserActionRequiredError) or read (its stale "
        "cached data, flagged with a notice)",
    ),
    ConfigKey(
        "requests_per_minute",
        KeyKind.COUNT,
        f"requests a minute SnapTrade allows your keys (default {CLIENT_WINDOW.requests}, as documented)",
        maximum=MAX_REQUESTS_PER_MINUTE,
    ),
)


def connection_from_settings(settings: ConnectionSettings) -> SnapTradeConnection:
    user_id = settings.optional_text("user_id")
    has_secret = "user_secret" in settings.values
    if (user_id is None) != (not has_secret):
        given, missing = (
            ("user_id", "user_secret_env") if user_id is not None else ("user_secret_env", "user_id")
        )
        raise ConfigurationError(
            f"{NAME}: {given} is set but {missing} is not: commercial keys need both, personal keys neither"
        )
    user = None if user_id is None else SnapTradeUser(user_id, settings.secret("user_secret"))
    disabled = settings.optional_text("disabled_connections") or "fail"
    if disabled not in DISABLED_CONNECTIONS:
        raise ConfigurationError(
            f"{NAME}: disabled_connections must be one of {', '.join(DISABLED_CONNECTIONS)}, not {disabled!r}"
        )
    return SnapTradeConnection(
        label=settings.label,
        credentials=SnapTradeCredentials(
            client_id=settings.secret("client_id").reveal(),
            consumer_key=settings.secret("consumer_key"),
            requests_per_minute=cast(int, settings.values.get("requests_per_minute", CLIENT_WINDOW.requests)),
        ),
        user=user,
        account_ids=settings.ids("account_ids"),
        environment=settings.environment,
        options=settings.options,
        include_disabled=disabled == "read",
    )


MOCK_USER_ID = "snaptrade-user-123"  # the ids in SnapTrade's published examples
MOCK_USER = SnapTradeUser(MOCK_USER_ID, "adf2aa34-8219-40f7-a6b3-60156985cc61")
MOCK_CONFIG = {"user_id": MOCK_USER_ID}
"""Non-secret config values that read the mock (any credentials pass it)."""
MOCK_CONSUMER_KEY = "mock-consumer-key"
"""Made up, for the local mock (which checks only that a signature is there)."""


def mock_credentials() -> SnapTradeCredentials:
    """Made-up keys for the mock, with a client id of their own each time: SnapTrade's per-client rate
    limit is shared by every adapter of one client id in the process, and mock runs should not share it."""
    return SnapTradeCredentials(f"mock-client-{secrets.token_hex(4)}", MOCK_CONSUMER_KEY)


def mock_auth(base_url: str) -> httpx.Auth:
    """The real signer with made-up keys (Prism checks that the query parameters and header are there)."""
    return SnapTradeCredentials("mock-client-id", MOCK_CONSUMER_KEY).signer()


def mock_connections(base_url: str) -> list[SnapTradeConnection]:
    """Two users of the spec's examples: a US brokerage account (commercial keys, one user) and a
    Canadian TFSA read with personal keys (no user)."""

    def example(name: str) -> HttpOptions:
        return HttpOptions(headers={"Prefer": f"example={name}"})

    return [
        SnapTradeConnection(
            "snaptrade:us-brokerage",
            mock_credentials(),
            MOCK_USER,
            environment=base_url,
            options=example("us_brokerage"),
        ),
        SnapTradeConnection(
            "snaptrade:ca-tfsa (personal keys)",
            mock_credentials(),
            None,
            environment=base_url,
            options=example("ca_tfsa"),
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
