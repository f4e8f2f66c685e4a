"""HabitTrade: generated ``habittrade_client`` -> common model.

HabitTrade signs every request with HMAC-SHA256 (``HabitTradeSigner``) and answers ``{code: 0, data}``
on success and ``{code, message, details}`` with an HTTP error status otherwise. A 200 whose body is an
error envelope (non-zero ``code``) is mapped to the same typed error the code stands for, not to a
contract error.

Judgement calls (evidence in specs/README.md, section HabitTrade, and specs/habittrade.yaml):
- Signature: lowercase hex (the docs only show a hex-looking sample); the empty query of a GET still
  leaves the trailing ``|``; the path and the query are signed exactly as they go on the wire (percent
  encoding included), because that is what the server receives. The POST rule is not documented, so
  the signer refuses any request that is not a body-less GET instead of guessing.
- Valuation: the only price HabitTrade gives is the previous close, so ``price`` and ``market_value``
  are ``PriceKind.PREVIOUS_CLOSE`` with no ``as_of`` (the close's date is not given).
- ``avg_cost`` (fees in) and ``avg_price`` (fees out) are both per-unit cost bases, in that order.
- ``security_type``: ``stock`` -> EQUITY. Any other value is passed to ``AssetClass(value)``: a value
  spelled like one of unifolio's classes (``etf``, ``crypto`` ...) lands on that class, anything else is
  kept as an unknown pseudo-member. No evidence of HabitTrade's other values was found. Absent -> OTHER.
- ``contract_time`` (a contract date, Unix seconds) has no place in the common model; it stays in
  ``Holding.raw["contract_time"]``.
- Markets onto the shared scheme (``unifolio.markets``): ``usex`` is the US market as a whole
  (``market_country`` ``US``: HabitTrade names no exchange), ``hkex`` the Hong Kong exchange (MIC
  ``XHKG``). Other codes stay as given in ``Instrument.market`` only.
- What cannot be used (``codegen/habittrade.yaml`` lists the degradable properties; the policy is
  ``unifolio._notices``): a name, market, currency, security type or optional amount reads None with a
  Notice; ``product_code`` (the only identifier), ``qty`` and ``portfolio_id`` fail the answer.
- One ``Account`` per portfolio (id = the portfolio's external id). ``/account/v1/balance`` is
  account-wide, not per portfolio: its balances belong to one more ``Account`` whose id is
  ``ACCOUNT_ID`` (``"account"``) unless the caller names it (``account_id=``, config key ``account_id``);
  name it when you read several HabitTrade accounts, so their balances stay apart after merging.
- Balance: ``cash`` = ``cash_on_hold``, ``withdrawable`` = ``cash_withdraw``. The deprecated ``cash``
  is used only when ``cash_on_hold`` is absent (today the spec requires ``cash_on_hold``, so that path
  only opens if the spec relaxes it). ``market_value``, unsettled and interest figures stay in ``raw``.
- A portfolio answer for another id than the one asked for, or a position of another portfolio, is a
  contract error: attributing it to the requested portfolio would be silently wrong.
- Each call sends a fresh ``X-REQUEST-ID`` (UUID), which typed errors carry as ``request_id`` so a
  support ticket can quote it.
- ``fetch``/``afetch`` send their requests one after another: HabitTrade bans IPs (418) that keep
  running into its rate limit, so a burst of parallel portfolio reads is not worth the risk.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from collections.abc import Callable, Generator, Iterable, Mapping
from decimal import Decimal
from typing import Any, NoReturn, TypeVar, cast

import httpx
from attrs import Factory, field, frozen
from habittrade_client import Client, types
from habittrade_client.api.account import get_balance, get_portfolio
from habittrade_client.errors import DecodeError
from habittrade_client.models import (
    BalanceEntry,
    BalanceResponse,
    Error,
    Portfolio,
    PortfolioResponse,
    Position,
)
from habittrade_client.types import Response, Unset, decode_json

from .._clients import HttpOptions
from .._exceptions import (
    AuthenticationError,
    ConfigurationError,
    InvalidInputError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    ResponseContractError,
    UnifolioError,
)
from .._generated import unset_folder
from .._http import raise_for_status, read_answer
from .._money import amounts_at, decimal_or_none
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
    Price,
    PriceKind,
    QuantityBreakdown,
    RawRecord,
    Snapshot,
    Valuation,
    combine,
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
    valid_signing_key,
)
from ._shared import SharedAdapters, adapter_for

__all__ = [
    "ACCOUNT_ID",
    "CONFIG_KEYS",
    "INFO",
    "PROVIDER",
    "HabitTradeAdapter",
    "HabitTradeConnection",
    "HabitTradeCredentials",
    "HabitTradeSigner",
    "InvalidPortfolioIdError",
    "UnsupportedRequestError",
    "canonical_string",
    "sign",
    "validate_portfolio_id",
]

NAME = "habittrade"
INSTITUTION = "HabitTrade"
ACCOUNT_ID = "account"
"""Default id of the account-wide ``Account`` that ``/account/v1/balance`` balances belong to."""
MAX_PORTFOLIO_ID_LENGTH = 50

SIGNATURE_FAILED = 10010008
"""Documented business code: the request signature did not verify."""
INTERNAL_ERROR = 12010012
"""Documented business code: internal server error."""
IP_BANNED = 418
"""HTTP status HabitTrade uses for an IP banned after repeated 429s."""

INFO = ProviderInfo(
    name=NAME,
    title="HabitTrade",
    spec="habittrade.yaml",
    environments={
        "production": "https://api.habittrade.com",
        "sandbox": "https://api-uat.habittrade.com",
    },
    operations=("GET /account/v1/portfolios/{id}", "GET /account/v1/balance"),
    auth=(
        "X-API-Key + X-API-Timestamp (Unix ms) + X-API-Signature: hex HMAC-SHA256 with the API secret "
        "over METHOD|path|timestamp|query"
    ),
)

C = TypeVar("C")
opt = unset_folder(Unset)
Path = tuple[str | int, ...]


class InvalidPortfolioIdError(InvalidInputError, ConfigurationError):
    """A portfolio id HabitTrade cannot accept (1 to 50 characters), caught before any request."""


class UnsupportedRequestError(UnifolioError, NotImplementedError):
    """A request the signer cannot sign because HabitTrade's rule for it is not documented."""


def validate_portfolio_id(portfolio_id: object) -> str:
    """The id unchanged if HabitTrade can accept it, else ``InvalidPortfolioIdError``.

    1 to 50 characters, and nothing that would change the request path (``check_id``: ``..`` would
    otherwise turn ``GET /account/v1/portfolios/..`` into a signed ``GET /account/v1``). A
    ConfigurationError (and a ValueError): the id comes from the caller or the config, and the request
    is never sent, so no provider status exists to report.
    """
    return check_id(
        portfolio_id,
        f"{NAME}: portfolio id",
        max_length=MAX_PORTFOLIO_ID_LENGTH,
        error=InvalidPortfolioIdError,
    )


def _portfolio_ids(portfolio_ids: Iterable[str]) -> tuple[str, ...]:
    """Every id validated before any request; repeats dropped (order kept) so no holding is doubled."""
    if isinstance(portfolio_ids, str):
        raise InvalidPortfolioIdError(f"{NAME}: pass a list of portfolio ids, not one string")
    return tuple(dict.fromkeys(validate_portfolio_id(pid) for pid in portfolio_ids))


# --- signing ------------------------------------------------------------------------------------


def unix_millis() -> int:
    """The default clock: Unix time in whole milliseconds."""
    return time.time_ns() // 1_000_000


def canonical_string(method: str, path: str, timestamp_ms: int, params: str) -> str:
    """The string HabitTrade signs: ``METHOD|path|timestamp|params``.

    The ONE place the signing rule lives. ``params`` is, for GET, the query exactly as sent (no ``?``,
    not re-ordered, not re-encoded; ``""`` when there is none, which leaves a trailing ``|``).
    HabitTrade's rule for requests with a body (POST) is not documented; when it is known, it goes here.
    """
    if not path.startswith("/") or "?" in path:
        raise ValueError(f"path must start with '/' and carry no query, got {path!r}")
    if isinstance(timestamp_ms, bool) or not isinstance(timestamp_ms, int) or timestamp_ms < 0:
        raise ValueError(f"timestamp_ms must be a non-negative int, got {timestamp_ms!r}")
    return f"{method.upper()}|{path}|{timestamp_ms}|{params}"


def sign(secret: Secret | str, canonical: str) -> str:
    """Lowercase hex HMAC-SHA256 of ``canonical`` (UTF-8) keyed with the API secret (UTF-8)."""
    key = secret.reveal() if isinstance(secret, Secret) else secret
    return hmac.new(key.encode("utf-8"), canonical.encode("utf-8"), hashlib.sha256).hexdigest()


class HabitTradeSigner(httpx.Auth):
    """Signs each request as it is sent: X-API-Key, X-API-Timestamp, X-API-Signature.

    ``clock`` returns Unix milliseconds (inject a fixed one for reproducible signatures). Only body-less
    GET requests are signed; anything else raises ``UnsupportedRequestError`` before it is sent.
    """

    requires_request_body = True  # so a body is visible here and can be refused

    def __init__(
        self, api_key: str, api_secret: Secret | str, *, clock: Callable[[], int] = unix_millis
    ) -> None:
        problem = credential_problem(api_key)  # it goes in a header: a newline would be quoted in errors
        if problem is not None:
            raise ConfigurationError(f"HabitTradeSigner.api_key {problem}")
        self._api_key = api_key
        self.as_secret = as_secret(api_secret)
        self._clock = clock

    def __repr__(self) -> str:
        return "HabitTradeSigner(api_key=***, api_secret=***)"

    def headers_for(self, request: httpx.Request) -> dict[str, str]:
        """The three auth headers for ``request`` as it will go on the wire."""
        method = request.method.upper()
        if method != "GET" or request.content:
            raise UnsupportedRequestError(
                f"{NAME}: cannot sign {method} {request.url.path}: HabitTrade documents the signature "
                "only for GET requests without a body (the POST rule is unknown)"
            )
        timestamp = self._clock()
        path = request.url.raw_path.partition(b"?")[0].decode("ascii")
        params = request.url.query.decode("ascii")
        signature = sign(self.as_secret, canonical_string(method, path, timestamp, params))
        return {"X-API-Key": self._api_key, "X-API-Timestamp": str(timestamp), "X-API-Signature": signature}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self.headers_for(request))
        yield request


@frozen
class HabitTradeCredentials:
    """Your HabitTrade API key and secret (production and sandbox issue separate ones)."""

    # The key identifies the account: kept out of logs and redacted like the secret.
    api_key: str = field(repr=False, validator=valid_credential)
    api_secret: Secret = field(converter=as_secret, validator=valid_signing_key)  # the HMAC key, never sent

    def signer(self, *, clock: Callable[[], int] | None = None) -> HabitTradeSigner:
        return HabitTradeSigner(self.api_key, self.api_secret, clock=clock or unix_millis)

    def secrets(self) -> tuple[Secret, ...]:
        return Secret(self.api_key), self.api_secret


# --- errors -------------------------------------------------------------------------------------

_CODE_ERRORS: Mapping[int, type[ProviderError]] = {
    SIGNATURE_FAILED: AuthenticationError,
    INTERNAL_ERROR: ProviderUnavailableError,
}


def _raise_error(
    status: int, headers: httpx.Headers | Mapping[str, str], error: Error | None, request_id: str | None
) -> NoReturn:
    """Raise the typed error for an error status, or for a 2xx carrying an error envelope."""
    code = error.code if error is not None else None
    message = None
    if error is not None:
        details = opt(error.details)
        message = f"{error.message}: {details}" if details else error.message
    code_text = None if code is None else str(code)
    if status == IP_BANNED:
        raise PermissionDeniedError(
            "IP address banned for a while after repeated rate limiting; stop sending requests"
            + (f" ({message})" if message else ""),
            provider=NAME,
            status=status,
            code=code_text,
            request_id=request_id,
            retryable=False,
        )
    error_class = _CODE_ERRORS.get(code) if code is not None else None
    raise_for_status(
        NAME, status, headers, message=message, code=code_text, request_id=request_id, error_class=error_class
    )


def _error_envelope(content: bytes) -> Error | None:
    """The body as an error envelope (``code`` != 0 and a ``message``), or None if it is not one."""
    try:
        body = decode_json(content)
        if not isinstance(body, Mapping) or body.get("code", 0) == 0:
            return None
        return Error.from_dict(body)
    except DecodeError:
        return None


def _raise_if_error_envelope(response: httpx.Response) -> None:
    error = _error_envelope(response.content)
    if error is not None:
        _raise_error(response.status_code, response.headers, error, _request_id(response))


_ENVELOPE_CHECKED = "unifolio.habittrade.envelope_checked"
"""Request extension the adapter sets on its own requests: it checks their bodies itself, in one decode."""


def _check_success_body(response: httpx.Response) -> None:
    """httpx response hook, for callers of the generated client (``HabitTradeAdapter.client``): a 2xx
    with an error envelope raises its typed error before parsing.

    The success schema has ``code: const 0``, so the generated parser would only report a contract
    violation at ``$.code``; the hook is the one place that still sees the body of a failed parse. The
    adapter's own requests skip it: ``_answer`` looks for the envelope only when the success parse fails,
    so a large answer is decoded once, not twice.
    """
    if response.is_success and not response.request.extensions.get(_ENVELOPE_CHECKED):
        response.read()
        _raise_if_error_envelope(response)


async def _acheck_success_body(response: httpx.Response) -> None:
    if response.is_success and not response.request.extensions.get(_ENVELOPE_CHECKED):
        await response.aread()
        _raise_if_error_envelope(response)


def _request_id(response: httpx.Response) -> str | None:
    try:
        request_id: str | None = response.request.headers.get("X-REQUEST-ID")
    except RuntimeError:  # an httpx.Response built without its request
        return None
    return request_id


def _answer(
    build: Callable[..., Response[Any]], response: httpx.Response, expected: type[C], operation: str
) -> C:
    """The parsed success envelope of an answer, or the typed error its status and body stand for.

    Same outcome as checking for a 2xx error envelope first (what the hook does), with one decode on
    the success path: a body with a non-zero ``code`` can never parse as a success answer (``code`` is
    the constant 0 there), so the envelope is only looked for when the success parse did not happen.
    """
    try:
        parsed = build(client=_PARSER, response=response)
    except DecodeError:
        if response.is_success:
            _raise_if_error_envelope(response)
        raise
    if response.is_success and not (response.status_code == 200 and isinstance(parsed.parsed, expected)):
        _raise_if_error_envelope(response)
    return _data(parsed, expected, operation, _request_id(response))


def _data(response: Response[Any], expected: type[C], operation: str, request_id: str | None) -> C:
    """The parsed success envelope of a call, or the typed error its status and body stand for."""
    status = int(response.status_code)
    parsed = response.parsed
    if status == 200 and isinstance(parsed, expected):
        return parsed
    if 200 <= status < 300:
        raise ResponseContractError.at(
            NAME, (), f"{operation}: HTTP {status} is not a documented answer", status=status
        )
    error = parsed if isinstance(parsed, Error) else None
    _raise_error(status, httpx.Headers(response.headers), error, request_id)


# --- mapping ------------------------------------------------------------------------------------


def _dec(value: object, path: Path, record: RawRecord) -> Decimal | None:
    return decimal_or_none(value, provider=NAME, path=path, record=record)


_ASSET_CLASSES: dict[str, AssetClass] = {"stock": AssetClass.EQUITY}
_MAX_REMEMBERED = 256
"""Security types remembered after their first lookup (``AssetClass(value)`` is slow per position)."""


def asset_class_of(security_type: str | None) -> AssetClass:
    """``stock`` -> EQUITY; other values kept (see the module notes); absent -> OTHER."""
    if not security_type:
        return AssetClass.OTHER
    found = _ASSET_CLASSES.get(security_type)
    if found is None:
        found = AssetClass(security_type)
        if len(_ASSET_CLASSES) < _MAX_REMEMBERED:
            _ASSET_CLASSES[str(security_type)] = found
    return found


_NO_BREAKDOWN = (None,) * 8


_AMOUNT_KEYS = (
    "prev_price",
    "prev_market_value",
    "qty",
    "avg_cost",
    "avg_price",
    "avail_qty",
    "avail_sell_qty",
    "os_sell_qty",
    "uncleared_qty",
    "pending_deposit_qty",
    "pending_withdrawal_qty",
    "approved_deposit_qty",
    "approved_withdrawal_qty",
)
"""A position's amounts, in the order the first bad one has always been reported in."""
_PREVIOUS_CLOSE = PriceKind.PREVIOUS_CLOSE
_PER_UNIT = CostBasisKind.PER_UNIT


_MARKETS: Mapping[str, tuple[str | None, str | None]] = {
    "usex": listing(country="US"),
    "hkex": listing(mic="XHKG"),
}
"""HabitTrade's market codes onto ``(mic, market_country)`` (see the module notes)."""
_NO_LISTING: tuple[str | None, str | None] = (None, None)


def _cost_basis(
    avg_cost: Decimal | None, avg_price: Decimal | None, currency: str | None
) -> tuple[CostBasis, ...]:
    """``avg_cost`` (fees in), then ``avg_price`` (fees out), each where given."""
    with_fees = None if avg_cost is None else CostBasis(avg_cost, currency, _PER_UNIT, True)
    without = None if avg_price is None else CostBasis(avg_price, currency, _PER_UNIT, False)
    if with_fees is None:
        return () if without is None else (without,)
    return (with_fees,) if without is None else (with_fees, without)


def _position(position: Position, path: Path, portfolio_id: str) -> Holding:
    """One position: the hot loop of a large answer (its amounts checked in one pass, see ``amounts_at``)."""
    if position.portfolio_id != portfolio_id:
        raise ResponseContractError.at(
            NAME,
            (*path, "portfolio_id"),
            f"a position of portfolio {position.portfolio_id!r} in the answer for {portfolio_id!r}",
        )
    values: tuple[Any, ...] = (
        position.prev_price,
        position.prev_market_value,
        position.qty,
        position.avg_cost,
        position.avg_price,
        position.avail_qty,
        position.avail_sell_qty,
        position.os_sell_qty,
        position.uncleared_qty,
        position.pending_deposit_qty,
        position.pending_withdrawal_qty,
        position.approved_deposit_qty,
        position.approved_withdrawal_qty,
    )
    raw = position.source_json
    amounts = amounts_at(values, NAME, path, _AMOUNT_KEYS, required="qty", record=raw)
    prev_price, prev_value, quantity, avg_cost, avg_price = amounts[:5]
    parts = amounts[5:]
    currency = position.base_currency
    product_name = None if isinstance(position.product_name, Unset) else position.product_name
    security_type = None if isinstance(position.security_type, Unset) else position.security_type
    market = position.market
    mic, country = _MARKETS.get(market, _NO_LISTING) if market else _NO_LISTING
    return Holding(
        NAME,
        portfolio_id,
        Instrument(
            position.product_code,
            product_name,
            asset_class_of(security_type),
            currency,
            ticker=position.product_code,
            market=market,
            mic=mic,
            market_country=country,
            raw=raw,
        ),
        cast(Decimal, quantity),  # required: never None
        currency,
        None if prev_price is None else Price(prev_price, currency, _PREVIOUS_CLOSE),
        None if prev_value is None else Valuation(prev_value, currency, _PREVIOUS_CLOSE),
        _cost_basis(avg_cost, avg_price, currency),
        None if parts == _NO_BREAKDOWN else QuantityBreakdown(*parts),
        raw=raw,
    )


def map_positions(portfolio: Portfolio, path: Path = ("data",)) -> tuple[Holding, ...]:
    """The portfolio's positions as holdings of the account ``portfolio.portfolio_id``."""
    portfolio_id = portfolio.portfolio_id
    return tuple(
        _position(position, (*path, "positions", i), portfolio_id)
        for i, position in enumerate(portfolio.positions)
    )


def portfolio_account(portfolio: Portfolio) -> Account:
    return Account(
        provider=NAME, id=portfolio.portfolio_id, institution=INSTITUTION, raw=portfolio.source_json
    )


def balance_account(account_id: str = ACCOUNT_ID) -> Account:
    """The account-wide account the balances belong to (it spans every portfolio of the API key)."""
    return Account(
        provider=NAME, id=account_id, name="HabitTrade account (all portfolios)", institution=INSTITUTION
    )


def _balance(entry: BalanceEntry, path: Path, account_id: str) -> Balance:
    raw = entry.source_json
    cash_on_hold = opt(entry.cash_on_hold)
    cash = _dec(cash_on_hold, (*path, "cash_on_hold"), raw)
    if cash_on_hold is None:  # only when cash_on_hold is absent: fall back to the deprecated field
        cash = _dec(entry.cash, (*path, "cash"), raw)
    return Balance(
        provider=NAME,
        account_id=account_id,
        currency=entry.base_currency,
        cash=cash,
        withdrawable=_dec(entry.cash_withdraw, (*path, "cash_withdraw"), raw),
        raw=raw,
    )


def map_balances(response: BalanceResponse, account_id: str = ACCOUNT_ID) -> tuple[Balance, ...]:
    """One ``Balance`` per currency entry."""
    return tuple(_balance(entry, ("data", i), account_id) for i, entry in enumerate(response.data))


def _portfolio_snapshot(response: PortfolioResponse, requested_id: str) -> Snapshot:
    portfolio = response.data
    if portfolio.portfolio_id != requested_id:
        raise ResponseContractError.at(
            NAME,
            ("data", "portfolio_id"),
            f"asked for portfolio {requested_id!r}, the answer is for {portfolio.portfolio_id!r}",
        )
    return Snapshot(
        provider=NAME, accounts=(portfolio_account(portfolio),), holdings=map_positions(portfolio)
    )


# --- client -------------------------------------------------------------------------------------


class HabitTradeAdapter(GeneratedClientAdapter[Client]):
    """Reads HabitTrade portfolios and cash balances as the common model.

    ``environment`` is ``production``, ``sandbox`` or a base URL (e.g. a local mock). ``clock`` (Unix
    milliseconds) feeds the request signatures. Every method has an ``a``-prefixed async twin.
    """

    info = INFO

    def __init__(
        self,
        credentials: HabitTradeCredentials,
        environment: str = "production",
        *,
        options: HttpOptions | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], int] | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        # The response hook raises the typed error of a 2xx error envelope, also for `self.client` users.
        super().__init__(
            Client,
            environment,
            credentials.signer(clock=clock),
            options,
            secrets=credentials.secrets(),
            redactor=redactor,
            transport=transport,
            async_transport=async_transport,
            response_hooks=(_check_success_body, _acheck_success_body),
        )

    # GET /account/v1/portfolios/{id}

    def get_portfolio(self, portfolio_id: str) -> Snapshot:
        """One portfolio's positions: an ``Account`` with its holdings; ``raw["get_portfolio"]`` is the
        answer, envelope included."""
        pid = validate_portfolio_id(portfolio_id)
        return portfolio_from_response(self._send(_portfolio_request(pid)), pid)

    async def aget_portfolio(self, portfolio_id: str) -> Snapshot:
        pid = validate_portfolio_id(portfolio_id)
        return portfolio_from_response(await self._asend(_portfolio_request(pid)), pid)

    # GET /account/v1/balance

    def get_balance(self, *, account_id: str = ACCOUNT_ID) -> Snapshot:
        """Cash per currency of the whole account (all portfolios): the balances of ``account_id`` and that
        account (``balance_account``); ``raw["get_balance"]`` is the answer."""
        return balances_from_response(self._send(_balance_request()), account_id)

    async def aget_balance(self, *, account_id: str = ACCOUNT_ID) -> Snapshot:
        return balances_from_response(await self._asend(_balance_request()), account_id)

    # everything about one API key

    def fetch(self, portfolio_ids: Iterable[str], *, account_id: str = ACCOUNT_ID) -> Snapshot:
        """The holdings of each portfolio, plus the account-wide balances (ids checked before any call);
        ``raw`` holds every answer, one ``Exchange`` per portfolio and the balance."""
        ids = _portfolio_ids(portfolio_ids)
        portfolios = [self.get_portfolio(pid) for pid in ids]
        return (
            combine(*portfolios, self.get_balance(account_id=account_id))
            if portfolios
            else (self.get_balance(account_id=account_id))
        )

    async def afetch(self, portfolio_ids: Iterable[str], *, account_id: str = ACCOUNT_ID) -> Snapshot:
        ids = _portfolio_ids(portfolio_ids)
        portfolios = [await self.aget_portfolio(pid) for pid in ids]
        return (
            combine(*portfolios, await self.aget_balance(account_id=account_id))
            if portfolios
            else (await self.aget_balance(account_id=account_id))
        )


def _checked(request: dict[str, Any]) -> dict[str, Any]:
    """A generated operation's request with a fresh ``X-REQUEST-ID`` (set by the caller) and the mark
    that makes the response hook leave the error-envelope check to ``_answer``."""
    return {**request, "extensions": {_ENVELOPE_CHECKED: True}}


def _portfolio_request(portfolio_id: str) -> dict[str, Any]:
    return _checked(get_portfolio._get_kwargs(portfolio_id, x_request_id=str(uuid.uuid4())))


def _balance_request() -> dict[str, Any]:
    return _checked(get_balance._get_kwargs(x_request_id=str(uuid.uuid4())))


# --- answers -> common model --------------------------------------------------------------------
# What each adapter method does once the HTTP answer is in (sync and async alike). Public, so an answer
# received some other way (recorded, proxied) maps exactly as the adapter's own.

_PARSER = Client(base_url=INFO.environments["production"])
"""Only read by the generated response builders (``raise_on_unexpected_status``); never sends."""


def portfolio_from_response(response: httpx.Response, portfolio_id: str) -> Snapshot:
    """A ``/portfolios/{id}`` answer -> the portfolio's account and holdings (or the typed error).
    ``portfolio_id`` is the id that was asked for: an answer for another one is a contract error."""
    return read_answer(NAME, types, "get_portfolio", _portfolio, response, portfolio_id)


def _portfolio(response: httpx.Response, portfolio_id: str) -> Snapshot:
    parsed = _answer(get_portfolio._build_response, response, PortfolioResponse, "get_portfolio")
    return _portfolio_snapshot(parsed, portfolio_id)


def balances_from_response(response: httpx.Response, account_id: str = ACCOUNT_ID) -> Snapshot:
    """A ``/balance`` answer -> one ``Balance`` of ``account_id`` per currency, and that account."""
    return read_answer(NAME, types, "get_balance", _balances, response, account_id)


def _balances(response: httpx.Response, account_id: str) -> Snapshot:
    parsed = _answer(get_balance._build_response, response, BalanceResponse, "get_balance")
    return Snapshot(
        provider=NAME, accounts=(balance_account(account_id),), balances=map_balances(parsed, account_id)
    )


# --- registry entry -----------------------------------------------------------------------------


def _id_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return _portfolio_ids(value)


def _connection_redactor(connection: HabitTradeConnection) -> Redactor:
    return Redactor(*connection.credentials.secrets())


@frozen
class HabitTradeConnection:
    """One HabitTrade API key: the listed portfolios and the account's balances."""

    label: str
    credentials: HabitTradeCredentials
    portfolio_ids: tuple[str, ...] = field(converter=_id_tuple)
    environment: str = field(default="production", validator=valid_environment(INFO))
    account_id: str = field(
        default=ACCOUNT_ID, validator=lambda _, __, value: check_id(value, f"{NAME}: account_id")
    )
    options: HttpOptions = field(factory=HttpOptions)
    provider: str = NAME
    redactor: Redactor = field(
        init=False, eq=False, repr=False, default=Factory(_connection_redactor, takes_self=True)
    )

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        """The portfolios and balances; with ``shared``, over the adapters of this API key (and
        environment and options): connections of the same key share their connection pools."""
        async with adapter_for(
            shared, HabitTradeAdapter, self.credentials, self.environment, self.options, self.redactor
        ) as adapter:
            return await adapter.afetch(self.portfolio_ids, account_id=self.account_id)


CONFIG_KEYS = (
    ConfigKey(
        "portfolio_ids",
        KeyKind.IDS,
        "the portfolios to read (their external ids)",
        required=True,
        max_length=MAX_PORTFOLIO_ID_LENGTH,
    ),
    ConfigKey(
        "account_id",
        KeyKind.ID,
        f"the account id the account-wide balances are filed under (default {ACCOUNT_ID!r})",
    ),
    ConfigKey("api_key", KeyKind.SECRET, "your HabitTrade API key", required=True),
    ConfigKey(
        "api_secret",
        KeyKind.SECRET,
        "your HabitTrade API secret (signs requests)",
        required=True,
        travels=False,
    ),
)


def connection_from_settings(settings: ConnectionSettings) -> HabitTradeConnection:
    return HabitTradeConnection(
        label=settings.label,
        credentials=HabitTradeCredentials(
            api_key=settings.secret("api_key").reveal(), api_secret=settings.secret("api_secret")
        ),
        portfolio_ids=settings.ids("portfolio_ids") or (),
        environment=settings.environment,
        account_id=settings.optional_text("account_id") or ACCOUNT_ID,
        options=settings.options,
    )


MOCK_PORTFOLIO_ID = "d59c4577-d450-2cbb-43c9-ef06e40f1fde"
"""The portfolio of the spec's first portfolio example, which Prism's static mode serves for any id."""
MOCK_CONFIG = {"portfolio_ids": [MOCK_PORTFOLIO_ID]}
"""Non-secret config values that read the mock (any credentials pass it)."""


MOCK_CREDENTIALS = HabitTradeCredentials(api_key="mock-api-key", api_secret="mock-api-secret")  # noqa: S106


def mock_auth(base_url: str) -> httpx.Auth:
    """The real signer with the mock credentials (Prism checks that the three headers are present)."""
    return MOCK_CREDENTIALS.signer()


def mock_connections(base_url: str) -> list[HabitTradeConnection]:
    return [
        HabitTradeConnection("habittrade:main", MOCK_CREDENTIALS, (MOCK_PORTFOLIO_ID,), environment=base_url)
    ]


PROVIDER = Provider(
    info=INFO,
    config_keys=CONFIG_KEYS,
    connection_from_settings=connection_from_settings,
    mock_config=MOCK_CONFIG,
    mock_connections=mock_connections,
    mock_auth=mock_auth,
)
