"""MoneyKit: generated ``moneykit_client`` -> common model.

MoneyKit authenticates with a short-lived bearer token that the application obtains from
``POST /auth/token`` with its client id and secret. ``MoneyKitTokenAuth`` runs that exchange inside
httpx's auth flow, caches the token, renews it shortly before it expires and once more when a data call
answers 401 ``api_error.auth.expired_access_token``. Sandbox and live share one host
(``https://api.moneykit.com``): the key pair, not the URL, decides which one a token belongs to.

``GET /links/{id}/investments/holdings`` answers with four lists joined by id: holdings reference
securities (``security_id``) and accounts (``account_id``). The answer is MoneyKit's cache, so the link's
state and each product's last refresh attempt say how current it is; both are reported as ``Notice``s.

Judgement calls (evidence in specs/moneykit.yaml and the MoneyKit provenance notes):
- **HTTP Basic for the token exchange**, not ``client_id``/``client_secret`` form fields. RFC 6749
  §2.3.1 makes Basic mandatory for servers and calls credentials in the body "NOT RECOMMENDED", and
  MoneyKit's own SDKs send Basic (``HTTPBasic`` on ``/auth/token``). The form body itself
  (``grant_type=client_credentials``) comes from the generated ``create_access_token._get_kwargs`` and
  ``CreateAccessTokenRequest``; ``scope`` is left out so the token gets every action the app may use.
  The id and secret are not form-encoded before base64 (MoneyKit's SDK does not either).
- **Token lifetime**: a token is renewed ``TOKEN_SAFETY_MARGIN`` (60 s) before ``expires_in`` runs out,
  or after nine tenths of its lifetime when that is shorter than ten minutes, counted from when the
  exchange was *sent*. A request that leaves just before expiry is then not refused in flight.
- **Amount currency**: MoneyKit states ``price``, ``value`` and ``cost_basis`` "in the account's
  currency" (the account's ``balances.currency``), so ``Holding.currency`` is that; only when the account
  or its currency is unknown does it fall back to the security's pricing currency.
- **Prices**: ``price`` is the institution's latest unit price (``PriceKind.LAST``, ``as_of`` =
  ``price_datetime``). When it is missing, the security's ``close_price`` becomes the holding's price as
  ``PriceKind.CLOSE`` in the *security's* currency (MoneyKit says so for ``close_price``), dated by
  ``close_datetime`` or else ``close_date``. The close always stays in ``Instrument.raw``. A missing
  ``value`` is never recomputed; ``market_value.as_of`` is ``price_datetime`` (assumed: MoneyKit gives
  no date for ``value``, and both arrive with the same refresh). ``cost_basis`` is a total
  (``CostBasisKind.TOTAL``; whether fees are in is not stated, so ``includes_fees`` is None).
- **Timestamps without a UTC offset** (published examples have them) are read as UTC.
- **Security type -> AssetClass**: equity, etf, fund, bond, crypto and cash map 1:1. ``unknown`` is
  ``OTHER`` (it is MoneyKit's catch-all, like Plaid's ``other``). ``derivative`` ("options, warrants and
  similar") and ``loan`` are kept as open values ``AssetClass("derivative")`` / ``AssetClass("loan")``:
  OPTION would mislabel warrants and futures, and OTHER would lose what MoneyKit said. Any other value is
  kept as given.
- **Dangling references are kept**: a holding whose ``security_id`` is not in ``securities`` gets an
  ``Instrument(resolved=False, asset_class=OTHER, provider_id=security_id, raw=<the holding>)``; one whose
  ``account_id`` is not in ``accounts`` keeps that id (no ``Account`` is invented). Both add a ``Notice``
  with the JSON path.
- **Link state**: any state but ``connected`` and any product with an ``error_code`` or ``unavailable``
  become notices (the cached data is still returned). A link in state ``error``/``deleted`` that returns
  no accounts and no holdings raises instead, so an outage never reads as an empty portfolio:
  ``deleted`` -> NotFoundError, errors the end user must fix (``auth_expired``, ``invalid_credentials``,
  ...) -> UserActionRequiredError, the rest -> ProviderUnavailableError; ``no_accounts`` is a real empty
  answer.
- **What cannot be used** (``codegen/moneykit.yaml`` lists the degradable properties; the policy is
  ``unifolio._notices``): a security's name, type or currency, an account's name, type or balances, a
  holding's price, value or cost basis, and anything about the link read None with a Notice; the ids that
  join the lists (``security_id``, ``account_id``) and the quantity fail the answer. A link whose state
  cannot be read is treated as connected for the empty-answer check (its Notice says so), never as dead.
- **Errors**: 401 ``link_error.unauthorized_access`` (the link belongs to another application) is a
  PermissionDeniedError: the credentials are valid, and a new token would not help. 422 ``bad_state``
  names the link's ``link_error_code`` in the message. The typed error's ``code`` is MoneyKit's
  ``error_code``.
- **Token request headers**: only what the generated operation defines (``MoneyKit-Version``,
  ``Content-Type``) plus Basic credentials; ``HttpOptions.headers`` go on data calls only, so a mock's
  ``Prefer`` header never selects an example for the token exchange.
- **Concurrency**: one token per adapter, shared by its sync and async clients. Threads serialise the
  exchange on a ``threading.Lock``, tasks on an ``asyncio.Lock`` (one per event loop); a sync and an
  async caller hitting a stale token at the same instant may each run one exchange.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Mapping, Sequence
from decimal import Decimal
from typing import Any, NoReturn, cast

import httpx
from attrs import Factory, field, frozen
from moneykit_client import Client, types
from moneykit_client.api.auth import create_access_token
from moneykit_client.api.investments import get_investment_holdings
from moneykit_client.errors import DecodeError
from moneykit_client.models import (
    AccountResponse,
    APIErrorAuthUnauthorizedResponse,
    APIErrorRateLimitExceededResponse,
    CreateAccessTokenRequest,
    CreateAccessTokenResponse,
    GetHoldingsResponse,
    GrantType,
    HoldingResponse,
    HTTPValidationError,
    LinkCommon,
    LinkErrorBadStateResponse,
    LinkErrorDeletedResponse,
    LinkErrorForbiddenActionResponse,
    LinkErrorNotFoundResponse,
    LinkProductResponse,
    PublicLinkError,
    PublicLinkState,
    SecurityResponse,
    TransactionsLinkProduct,
    UnauthorizedErrorCode,
    UnauthorizedErrorResponse,
)
from moneykit_client.types import UNSET, Response, Unset, decode_json

from .._clients import HttpOptions
from .._exceptions import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    ResponseContractError,
    UserActionRequiredError,
)
from .._generated import as_utc, unset_folder
from .._http import raise_for_status, read_answer
from .._money import amount_at, amounts_at, decimal_or_none
from .._redact import Redactor
from .._secrets import Secret, as_secret, credential_problem
from ..models import (
    Account,
    AssetClass,
    Balance,
    CostBasis,
    CostBasisKind,
    Holding,
    Instrument,
    Notice,
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
    check_account_ids,
    check_id,
    resolve_base_url,
    run_scrubbed,
    valid_credential,
    valid_environment,
)
from ._shared import SharedAdapters, adapter_for

__all__ = [
    "API_VERSION",
    "CONFIG_KEYS",
    "INFO",
    "PROVIDER",
    "TOKEN_SAFETY_MARGIN",
    "MoneyKitAdapter",
    "MoneyKitConnection",
    "MoneyKitCredentials",
    "MoneyKitTokenAuth",
    "map_holdings",
]

NAME = "moneykit"
API_VERSION = "2023-02-18"
"""The dated API version the spec describes, sent as ``MoneyKit-Version`` unless the caller set one."""
VERSION_HEADER = "MoneyKit-Version"
TOKEN_SAFETY_MARGIN = 60.0
"""Seconds before ``expires_in`` runs out at which a cached token is renewed (see the module docstring)."""
HOST = "https://api.moneykit.com"
INFO = ProviderInfo(
    name=NAME,
    title="MoneyKit",
    spec="moneykit.yaml",
    environments={"production": HOST, "sandbox": HOST},
    operations=("POST /auth/token", "GET /links/{id}/investments/holdings"),
    auth=(
        "client id + secret (HTTP Basic) -> POST /auth/token -> Authorization: Bearer <token>; "
        "sandbox and live share the host, the key pair selects the environment"
    ),
)

opt = unset_folder(Unset)
Path = tuple[str | int, ...]
Clock = Callable[[], float]


@frozen
class MoneyKitCredentials:
    """Your MoneyKit client id and secret; sandbox keys give sandbox tokens, live keys live ones."""

    # An identifier, but it travels with the secret: kept out of logs and redacted like it.
    client_id: str = field(repr=False, validator=valid_credential)
    client_secret: Secret = field(converter=as_secret, validator=valid_credential)

    def basic(self) -> Secret:
        """``base64(id:secret)``, the HTTP Basic credentials of the token exchange (not form-encoded
        first: MoneyKit's SDK does not either)."""
        pair = f"{self.client_id}:{self.client_secret.reveal()}"
        return Secret(base64.b64encode(pair.encode()).decode())

    def secrets(self) -> tuple[Secret, ...]:
        """Every form in which these credentials travel: the id, the secret and the Basic value."""
        return Secret(self.client_id), self.client_secret, self.basic()


# --- auth ---------------------------------------------------------------------------------------


@frozen
class _Token:
    value: Secret
    renew_at: float
    """Clock reading from which the token is no longer handed out."""


def _renew_at(started: float, expires_in: int) -> float:
    lifetime = float(max(expires_in, 0))
    return started + lifetime - min(TOKEN_SAFETY_MARGIN, lifetime / 10)


def _is_expired_token_answer(response: httpx.Response) -> bool:
    """A 401 whose (already read) body says the bearer token expired, parsed with the generated model."""
    if response.status_code != 401:
        return False
    try:
        body = UnauthorizedErrorResponse.from_dict(decode_json(response.content))
    except DecodeError:
        return False
    return body.error_code == UnauthorizedErrorCode.API_ERROR_AUTH_EXPIRED_ACCESS_TOKEN


class MoneyKitTokenAuth(httpx.Auth):
    """Client credentials -> cached bearer token, as an httpx auth flow (sync and async).

    - The token request is the generated ``create_access_token`` operation's (``_get_kwargs`` with a
      ``CreateAccessTokenRequest``), sent through the same client and transport as the data call, with
      the client id and secret as HTTP Basic credentials; the answer is parsed by the generated models.
    - The token is reused until ``TOKEN_SAFETY_MARGIN`` before it expires (``clock`` is injectable,
      monotonic seconds), and renewed once when a response is 401 ``api_error.auth.expired_access_token``;
      the original request is then sent once more, and whatever it gets is final.
    - However many requests find the token stale at once, one exchange runs: the others wait on a lock
      and take the new token.
    - ``MoneyKit-Version`` is set on every request that does not carry one.
    - A refused exchange raises AuthenticationError (400/401) or the status' typed error. Neither the
      credentials nor any token appear in repr, str or exception text: every issued token is
      registered with ``redactor`` (the adapter's, when it builds this) the moment it arrives.
    """

    def __init__(
        self,
        credentials: MoneyKitCredentials,
        base_url: str,
        *,
        clock: Clock = time.monotonic,
        api_version: str = API_VERSION,
        redactor: Redactor | None = None,
    ) -> None:
        self._credentials = credentials
        self._redactor = Redactor() if redactor is None else redactor
        self._redactor.add(*credentials.secrets())
        self._base_url = base_url.rstrip("/")
        self._clock = clock
        self._api_version = api_version
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_locks_guard = threading.Lock()
        # Only read by the generated response builder (raise_on_unexpected_status); never sends.
        self._parser_client = Client(base_url=self._base_url)

    def __repr__(self) -> str:
        state = "cached" if self._token is not None else "none"
        return f"MoneyKitTokenAuth(base_url={self._base_url!r}, token={state})"

    def invalidate(self) -> None:
        """Forget the cached token; the next request runs a new exchange."""
        self._token = None

    # the two flows

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # the body must be replayable for the one retry
        request.headers.setdefault(VERSION_HEADER, self._api_version)
        token = self._usable_token()
        if token is None:
            with self._thread_lock:
                token = self._usable_token()
                if token is None:
                    token = yield from self._exchange(request)
        response = yield self._authorised(request, token)
        if response.status_code != 401:
            return
        response.read()
        if not _is_expired_token_answer(response):
            return
        with self._thread_lock:
            renewed = self._usable_token()
            if renewed is None or renewed == token:  # nobody has renewed it meanwhile
                renewed = yield from self._exchange(request)
        yield self._authorised(request, renewed)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        request.headers.setdefault(VERSION_HEADER, self._api_version)
        token = self._usable_token()
        if token is None:
            async with self._async_lock():
                token = self._usable_token()
                if token is None:
                    token_request, started = self._token_request(request), self._clock()
                    answer = yield token_request
                    await answer.aread()
                    token = self._accept(answer, started)
        response = yield self._authorised(request, token)
        if response.status_code != 401:
            return
        await response.aread()
        if not _is_expired_token_answer(response):
            return
        async with self._async_lock():
            renewed = self._usable_token()
            if renewed is None or renewed == token:
                token_request, started = self._token_request(request), self._clock()
                answer = yield token_request
                await answer.aread()
                renewed = self._accept(answer, started)
        yield self._authorised(request, renewed)

    # pieces shared by both flows

    def _usable_token(self) -> Secret | None:
        token = self._token
        if token is None or self._clock() >= token.renew_at:
            return None
        return token.value

    def _async_lock(self) -> asyncio.Lock:
        """One asyncio.Lock per event loop (a lock must not be shared across loops)."""
        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    def _authorised(self, request: httpx.Request, token: Secret) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.reveal()}"
        return request

    def _exchange(self, original: httpx.Request) -> Generator[httpx.Request, httpx.Response, Secret]:
        token_request, started = self._token_request(original), self._clock()
        answer = yield token_request
        answer.read()
        return self._accept(answer, started)

    def _token_request(self, original: httpx.Request) -> httpx.Request:
        body = CreateAccessTokenRequest(grant_type=GrantType.CLIENT_CREDENTIALS, scope=UNSET)
        kwargs = create_access_token._get_kwargs(body=body, money_kit_version=self._api_version)
        headers = {**kwargs["headers"], "Authorization": f"Basic {self._credentials.basic().reveal()}"}
        extensions = {key: original.extensions[key] for key in ("timeout",) if key in original.extensions}
        return httpx.Request(
            str(kwargs["method"]).upper(),
            self._base_url + kwargs["url"],
            data=kwargs["data"],
            headers=headers,
            extensions=extensions,
        )

    def _accept(self, answer: httpx.Response, started: float) -> Secret:
        """The token from a read ``/auth/token`` answer (cached), or the typed error it stands for,
        scrubbed of the credentials and tokens (also when this auth is used without an adapter)."""
        token: Secret = run_scrubbed(self._redactor, self._read_token, answer, started)
        return token

    def _read_token(self, answer: httpx.Response, started: float) -> Secret:
        status = answer.status_code
        try:
            parsed: Any = create_access_token._build_response(
                client=self._parser_client, response=answer
            ).parsed
            if 200 <= status < 300 and not isinstance(parsed, CreateAccessTokenResponse):
                parsed = CreateAccessTokenResponse.from_dict(decode_json(answer.content))  # e.g. a 200
        except DecodeError as exc:
            raise ResponseContractError(
                f"POST /auth/token answer: {exc.reason}",
                path=exc.json_path,
                provider=NAME,
                status=status,
            ) from None
        if isinstance(parsed, CreateAccessTokenResponse):
            if str(parsed.token_type).lower() != "bearer":
                raise ResponseContractError.at(
                    NAME,
                    ("token_type",),
                    f"POST /auth/token issued a {parsed.token_type!s} token, not bearer",
                )
            problem = credential_problem(parsed.access_token)
            if problem is not None:  # it would go in a header as is; too short to be one, or to redact
                raise ResponseContractError.at(
                    NAME, ("access_token",), f"POST /auth/token issued an access token that {problem}"
                )
            token = Secret(parsed.access_token)
            self._redactor.add(token)  # a secret from now on: a later error may echo it back
            self._token = _Token(token, _renew_at(started, parsed.expires_in))
            return token
        code: str | None
        message: str | None
        if isinstance(parsed, APIErrorAuthUnauthorizedResponse | HTTPValidationError):
            code, message = str(parsed.error_code), parsed.error_message
        else:
            code, message = _loose_error(answer.content)
        raise_for_status(
            NAME,
            status,
            answer.headers,
            message=f"token exchange refused: {message or f'HTTP {status}'}",
            code=code,
            error_class=AuthenticationError if status in (400, 401) else None,
        )


# --- errors -------------------------------------------------------------------------------------

_ERROR_BODIES = (
    UnauthorizedErrorResponse,
    LinkErrorForbiddenActionResponse,
    LinkErrorNotFoundResponse,
    LinkErrorDeletedResponse,
    LinkErrorBadStateResponse,
    HTTPValidationError,
    APIErrorRateLimitExceededResponse,
)


def _loose_error(content: bytes) -> tuple[str | None, str | None]:
    """``error_code``/``error_message`` of a body no documented model fits (e.g. a 500), if it has them."""
    try:
        body = decode_json(content)
    except DecodeError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    code, message = body.get("error_code"), body.get("error_message")
    return (code if isinstance(code, str) else None), (message if isinstance(message, str) else None)


def _raise_error(response: Response[Any]) -> NoReturn:
    """The typed error of a non-2xx holdings answer; ``code`` is MoneyKit's ``error_code``."""
    status = int(response.status_code)
    parsed = response.parsed
    error_class: type[ProviderError] | None = None
    if isinstance(parsed, _ERROR_BODIES):
        code: str | None = str(parsed.error_code)
        message: str | None = parsed.error_message
        if isinstance(parsed, LinkErrorBadStateResponse):
            message = f"{message} (link_error_code {parsed.link_error_code})"
        elif isinstance(parsed, HTTPValidationError) and parsed.validation_errors:
            problems = "; ".join(
                f"{'.'.join(map(str, problem.location))}: {problem.message}"
                for problem in parsed.validation_errors
            )
            message = f"{message}: {problems}"
        elif (
            isinstance(parsed, UnauthorizedErrorResponse)
            and parsed.error_code == UnauthorizedErrorCode.LINK_ERROR_UNAUTHORIZED_ACCESS
        ):
            error_class = PermissionDeniedError
    else:
        code, message = _loose_error(response.content)
    raise_for_status(
        NAME, status, httpx.Headers(response.headers), message=message, code=code, error_class=error_class
    )


# Link errors the end user has to resolve by reconnecting; the rest are MoneyKit's or the institution's.
_USER_LINK_ERRORS = frozenset(
    {
        PublicLinkError.AUTH_EXPIRED,
        PublicLinkError.INVALID_CREDENTIALS,
        PublicLinkError.USER_OAUTH_DENIED,
        PublicLinkError.USER_INPUT_INCORRECT,
        PublicLinkError.USER_SETUP_REQUIRED,
        PublicLinkError.USER_ERROR,
        PublicLinkError.INCOMPLETE,
    }
)


def _raise_for_dead_link(link: LinkCommon | None) -> None:
    """A link in state error/deleted that returned nothing: raise rather than report an empty portfolio."""
    if link is None:
        return
    state, error_code = link.state, opt(link.error_code)
    if state == PublicLinkState.DELETED:
        raise NotFoundError(f"link {link.link_id} is deleted", provider=NAME, code=str(error_code or state))
    if state != PublicLinkState.ERROR or error_code == PublicLinkError.NO_ACCOUNTS:
        return
    message = (
        f"link {link.link_id} ({link.institution_name}) is in state error ({error_code or 'no reason given'})"
    )
    if error_code in _USER_LINK_ERRORS:
        raise UserActionRequiredError(
            message + "; the end user has to reconnect it", provider=NAME, code=str(error_code)
        )
    raise ProviderUnavailableError(message, provider=NAME, code=str(error_code or state))


# --- mapping ------------------------------------------------------------------------------------

_ASSET_CLASSES: Mapping[str, AssetClass] = {
    "equity": AssetClass.EQUITY,
    "etf": AssetClass.ETF,
    "fund": AssetClass.FUND,
    "bond": AssetClass.BOND,
    "crypto": AssetClass.CRYPTO,
    "cash": AssetClass.CASH,
    "unknown": AssetClass.OTHER,
}


def asset_class_of(security_type: str | None) -> AssetClass:
    """MoneyKit's security ``type`` -> AssetClass; values without a counterpart are kept as they are, an
    unusable one (None) is OTHER."""
    if security_type is None:
        return AssetClass.OTHER
    known = _ASSET_CLASSES.get(security_type.strip().lower())
    if known is not None:
        return known
    return AssetClass(security_type) if security_type.strip() else AssetClass.OTHER


def _dec(value: object, path: Path, record: RawRecord) -> Decimal | None:
    return decimal_or_none(value, provider=NAME, path=path, record=record)


def _account_currency(account: AccountResponse) -> str | None:
    balances = account.balances
    return None if balances is None else opt(balances.currency)


def map_account(account: AccountResponse, link: LinkCommon | None) -> Account:
    return Account(
        provider=NAME,
        id=account.account_id,
        name=account.name,
        type=account.account_type,
        institution=None if link is None else link.institution_name,
        currency=_account_currency(account),
        raw=account.source_json,
    )


def map_balance(account: AccountResponse, path: Path) -> Balance | None:
    """The account's cached balances; ``None`` where MoneyKit gives no figure (never zero); no Balance
    at all when the balances object could not be used (its Notice says so)."""
    balances, path = account.balances, (*path, "balances")
    if balances is None:
        return None
    raw = balances.source_json
    return Balance(
        provider=NAME,
        account_id=account.account_id,
        currency=opt(balances.currency),
        available=_dec(balances.available, (*path, "available"), raw),
        current=_dec(balances.current, (*path, "current"), raw),
        limit=_dec(balances.limit, (*path, "limit"), raw),
        as_of=as_utc(opt(balances.balance_date)),
        raw=raw,
    )


def map_instrument(security: SecurityResponse) -> Instrument:
    ticker = opt(security.ticker)
    security_type = security.type_
    asset_class = None if security_type is None else _KNOWN_TYPES.get(security_type)
    if asset_class is None:
        asset_class = asset_class_of(security.type_)
    return Instrument(
        symbol=ticker,
        name=security.name,
        asset_class=asset_class,
        currency=security.currency,
        isin=opt(security.isin),
        sedol=opt(security.sedol),
        ticker=ticker,
        provider_id=security.security_id,
        raw=security.source_json,
    )


_KNOWN_TYPES: Mapping[str, AssetClass] = {name: asset_class_of(name) for name in _ASSET_CLASSES}
"""``asset_class_of`` of MoneyKit's own spelling of its types, looked up once per security."""


def _unresolved_instrument(holding: HoldingResponse) -> Instrument:
    return Instrument(
        symbol=None,
        name=None,
        asset_class=AssetClass.OTHER,
        provider_id=holding.security_id,
        resolved=False,
        raw=holding.source_json,
    )


def _close_price(security: SecurityResponse, path: Path) -> Price | None:
    amount = _dec(security.close_price, (*path, "close_price"), security.source_json)
    if amount is None:
        return None
    as_of: datetime.datetime | datetime.date | None = as_utc(opt(security.close_datetime)) or opt(
        security.close_date
    )
    return Price(amount, security.currency, PriceKind.CLOSE, as_of=as_of)


def map_holding(
    holding: HoldingResponse,
    path: Path,
    security: tuple[SecurityResponse, Path] | None,
    account: AccountResponse | None,
) -> Holding:
    """One holding; ``security``/``account`` are what its ids resolved to (None: not in the answer)."""
    currency = (_account_currency(account) if account else None) or (
        security[0].currency if security else None
    )
    if security is None:
        return _holding(holding, path, _unresolved_instrument(holding), currency, None)
    return _holding(holding, path, map_instrument(security[0]), currency, lambda: _close_price(*security))


_LAST = PriceKind.LAST
_TOTAL = CostBasisKind.TOTAL
_AMOUNT_KEYS = ("price", "value", "cost_basis", "quantity")


def _holding(
    holding: HoldingResponse,
    path: Path,
    instrument: Instrument,
    currency: str | None,
    close_price: Callable[[], Price | None] | None,
) -> Holding:
    """The hot loop of a large answer (amounts checked in one pass, see ``amounts_at``), in the order the
    first bad value has always been reported in: price, (the security's close), value, cost_basis,
    quantity. ``close_price``: the security's close, for a holding without a price of its own."""
    priced_at = holding.price_datetime
    if isinstance(priced_at, Unset):
        priced_at = None
    elif priced_at is not None and priced_at.tzinfo is None:  # read as UTC, as ``_utc`` does
        priced_at = priced_at.replace(tzinfo=datetime.UTC)
    values: tuple[object, ...] = (holding.price, holding.value, holding.cost_basis, holding.quantity)
    price: Price | None = None
    raw = holding.source_json
    if type(holding.price) is Decimal:  # priced: the security's close is not looked at
        unit_price, value, cost, quantity = amounts_at(
            values, NAME, path, _AMOUNT_KEYS, required="quantity", record=raw
        )
    else:
        unit_price = amount_at(holding.price, NAME, path, "price", record=raw)
        if unit_price is None and close_price is not None:
            price = close_price()
        value, cost, quantity = amounts_at(
            values[1:], NAME, path, _AMOUNT_KEYS[1:], required="quantity", record=raw
        )
    if unit_price is not None:
        price = Price(unit_price, currency, _LAST, priced_at)
    return Holding(
        NAME,
        holding.account_id,
        instrument,
        cast(Decimal, quantity),  # required: never None
        currency,
        price,
        None if value is None else Valuation(value, currency, _LAST, priced_at),
        () if cost is None else (CostBasis(cost, currency, _TOTAL),),
        raw=holding.source_json,
    )


def _products(link: LinkCommon) -> list[tuple[str, LinkProductResponse | TransactionsLinkProduct]]:
    products = link.products
    if products is None:
        return []
    named: tuple[tuple[str, LinkProductResponse | TransactionsLinkProduct | Unset | None], ...] = (
        ("accounts", products.accounts),
        ("account_numbers", products.account_numbers),
        ("identity", products.identity),
        ("investments", products.investments),
        ("transactions", products.transactions),
        ("enrichment", products.enrichment),
    )
    present: list[tuple[str, LinkProductResponse | TransactionsLinkProduct]] = []
    for name, product in named:
        if isinstance(product, LinkProductResponse | TransactionsLinkProduct):
            present.append((name, product))
    return present


def link_notices(link: LinkCommon | None) -> list[Notice]:
    """What the caller should know about how current the cached data is (nothing more to say about a
    link object that could not be used: its own Notice says so)."""
    notices: list[Notice] = []
    if link is None:
        return notices
    if link.state is not None and link.state != PublicLinkState.CONNECTED:
        reason = opt(link.error_code)
        notices.append(
            Notice(
                NAME,
                "link_not_connected",
                f"link {link.link_id} ({link.institution_name}) is in state {link.state!s}"
                + (f" ({reason})" if reason else "")
                + "; the data returned is what MoneyKit had cached and may be out of date",
                path="$.link.state",
                raw=link.source_json,
            )
        )
    for name, product in _products(link):
        error_code, unavailable = opt(product.error_code), opt(product.unavailable)
        if error_code:
            detail = opt(product.error_message)
            refreshed, attempted = opt(product.refreshed_at), opt(product.last_attempted_at)
            notices.append(
                Notice(
                    NAME,
                    "product_refresh_failed",
                    f"{name}: the last refresh"
                    + (f" (attempted {attempted.isoformat()})" if attempted else "")
                    + f" failed with {error_code}"
                    + (f": {detail}" if detail else "")
                    + (f"; data is from {refreshed.isoformat()}" if refreshed else ""),
                    path=f"$.link.products.{name}.error_code",
                    raw=product.source_json,
                )
            )
        if unavailable:
            notices.append(
                Notice(
                    NAME,
                    "product_unavailable",
                    f"{name} cannot be refreshed at the moment: {unavailable}",
                    path=f"$.link.products.{name}.unavailable",
                    raw=product.source_json,
                )
            )
    return notices


_UNKNOWN_ACCOUNT: Any = object()


def map_holdings(content: GetHoldingsResponse) -> Snapshot:
    """A holdings answer -> Snapshot: every holding kept, dangling ids and link problems as notices."""
    link = content.link
    notices = link_notices(link)
    accounts: dict[str, tuple[AccountResponse, Path]] = {}
    for i, account in enumerate(content.accounts):
        if account.account_id in accounts:
            notices.append(
                Notice(
                    NAME,
                    "duplicate_account",
                    f"account {account.account_id} is listed more than once; the first entry is used",
                    path=f"$.accounts[{i}]",
                    raw=account.source_json,
                )
            )
            continue
        accounts[account.account_id] = (account, ("accounts", i))
    securities: dict[str, int] = {}
    listed = content.securities
    for i, security in enumerate(listed):
        if security.security_id in securities:
            notices.append(
                Notice(
                    NAME,
                    "duplicate_security",
                    f"security {security.security_id} is listed more than once; the first entry is used",
                    path=f"$.securities[{i}]",
                    raw=security.source_json,
                )
            )
            continue
        securities[security.security_id] = i
    currencies = {account_id: _account_currency(account) for account_id, (account, _) in accounts.items()}
    instruments: dict[int, Instrument] = {}  # one per security (immutable), not one per holding
    closes: dict[int, Price | None] = {}

    def close_of(index: int) -> Callable[[], Price | None]:
        def close() -> Price | None:
            if index not in closes:
                closes[index] = _close_price(listed[index], ("securities", index))
            return closes[index]

        return close

    holdings: list[Holding] = []
    append = holdings.append
    for i, holding in enumerate(content.holdings):
        index = securities.get(holding.security_id)
        if index is None:
            notices.append(
                Notice(
                    NAME,
                    "unresolved_security",
                    f"holding {i} (account {holding.account_id}) references security {holding.security_id}, "
                    "which is not in `securities`; kept with an unresolved instrument",
                    path=f"$.holdings[{i}].security_id",
                    raw=holding.source_json,
                )
            )
        account_currency = currencies.get(holding.account_id, _UNKNOWN_ACCOUNT)
        if account_currency is _UNKNOWN_ACCOUNT:
            notices.append(
                Notice(
                    NAME,
                    "unresolved_account",
                    f"holding {i} references account {holding.account_id}, which is not in `accounts`; kept",
                    path=f"$.holdings[{i}].account_id",
                    raw=holding.source_json,
                )
            )
            account_currency = None
        path: Path = ("holdings", i)
        if index is None:  # an empty account currency is no currency (as below, where the security's is used)
            append(_holding(holding, path, _unresolved_instrument(holding), account_currency or None, None))
            continue
        security = listed[index]
        instrument = instruments.get(index)
        if instrument is None:
            instrument = instruments[index] = map_instrument(security)
        # the account's currency, else the security's (see the module notes)
        currency = account_currency or security.currency
        close = None if type(holding.price) is Decimal else close_of(index)
        append(_holding(holding, path, instrument, currency, close))
    if not holdings and not accounts:
        _raise_for_dead_link(link)
    balances = (map_balance(account, account_path) for account, account_path in accounts.values())
    return Snapshot(
        provider=NAME,
        accounts=tuple(map_account(account, link) for account, _ in accounts.values()),
        holdings=tuple(holdings),
        balances=tuple(balance for balance in balances if balance is not None),
        notices=tuple(notices),
    )


# --- client -------------------------------------------------------------------------------------


def _holdings_request(link_id: str, account_ids: Sequence[str] | None) -> dict[str, Any]:
    filter_ids = _request_args(link_id, account_ids)
    return get_investment_holdings._get_kwargs(link_id, account_ids=filter_ids, money_kit_version=API_VERSION)


def _request_args(link_id: str, account_ids: Sequence[str] | None) -> list[str] | Unset:
    """Check the arguments before any request is made."""
    check_id(link_id, f"{NAME}: link_id")
    return _account_filter(account_ids)


def _account_filter(account_ids: Sequence[str] | None) -> list[str] | Unset:
    """The ``account_ids`` query: None means all; an empty filter would silently mean "all" too."""
    ids = check_account_ids(NAME, account_ids)
    return UNSET if ids is None else list(ids)


_PARSER = Client(base_url=HOST)
"""Only read by the generated response builder (``raise_on_unexpected_status``); never sends."""


def holdings_from_response(response: httpx.Response) -> Snapshot:
    """A ``/links/{id}/investments/holdings`` answer -> Snapshot (or the typed error); what
    ``get_holdings``/``aget_holdings`` do once it is in. Public, so an answer received some other way
    (recorded, proxied) maps exactly as the adapter's own."""
    return read_answer(NAME, types, "get_investment_holdings", _holdings, response)


def _holdings(response: httpx.Response) -> Snapshot:
    parsed = get_investment_holdings._build_response(client=_PARSER, response=response)
    status = int(parsed.status_code)
    if status >= 300:
        _raise_error(parsed)
    if not isinstance(parsed.parsed, GetHoldingsResponse):
        raise ResponseContractError.at(NAME, (), f"undocumented success status {status}", status=status)
    return map_holdings(parsed.parsed)


class MoneyKitAdapter(GeneratedClientAdapter[Client]):
    """Reads the investment holdings of MoneyKit links as the common model.

    ``environment`` is ``production``, ``sandbox`` (the same host: the credentials decide) or a base URL
    such as a local mock. ``options`` sets timeouts, retries and extra headers (the token exchange runs
    over the same retrying transport). ``clock`` (monotonic seconds) times the token's expiry. Every
    method has an ``a``-prefixed async twin; both share one cached token.
    """

    info = INFO

    def __init__(
        self,
        credentials: MoneyKitCredentials,
        environment: str = "production",
        *,
        options: HttpOptions | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = time.monotonic,
        redactor: Redactor | None = None,
    ) -> None:
        base_url = resolve_base_url(INFO, environment)
        redactor = Redactor() if redactor is None else redactor
        self.auth = MoneyKitTokenAuth(credentials, base_url, clock=clock, redactor=redactor)
        super().__init__(
            Client,
            environment,
            self.auth,
            options,
            redactor=redactor,
            transport=transport,
            async_transport=async_transport,
        )

    def get_holdings(self, link_id: str, account_ids: Sequence[str] | None = None) -> Snapshot:
        """Holdings, accounts and balances of one link (optionally only some of its accounts)."""
        return holdings_from_response(self._send(_holdings_request(link_id, account_ids)))

    async def aget_holdings(self, link_id: str, account_ids: Sequence[str] | None = None) -> Snapshot:
        return holdings_from_response(await self._asend(_holdings_request(link_id, account_ids)))

    def fetch(self, link_id: str, account_ids: Sequence[str] | None = None) -> Snapshot:
        """Everything unifolio reads for one link; MoneyKit returns it all from the one holdings call."""
        return self.get_holdings(link_id, account_ids)

    async def afetch(self, link_id: str, account_ids: Sequence[str] | None = None) -> Snapshot:
        return await self.aget_holdings(link_id, account_ids)


# --- registry entry -----------------------------------------------------------------------------


def _account_ids(value: Sequence[str] | None) -> tuple[str, ...] | None:
    return check_account_ids(NAME, value)  # the same checks as a call's, before any request


def _connection_redactor(connection: MoneyKitConnection) -> Redactor:
    return Redactor(*connection.credentials.secrets())


@frozen
class MoneyKitConnection:
    """One MoneyKit link (an end user's institution connection), optionally limited to some accounts."""

    label: str
    credentials: MoneyKitCredentials
    link_id: str = field(validator=lambda _, __, value: check_id(value, f"{NAME}: link_id"))
    account_ids: tuple[str, ...] | None = field(default=None, converter=_account_ids)
    environment: str = field(default="production", validator=valid_environment(INFO))
    options: HttpOptions = field(factory=HttpOptions)
    provider: str = NAME
    redactor: Redactor = field(
        init=False, eq=False, repr=False, default=Factory(_connection_redactor, takes_self=True)
    )
    """Also learns each access token the connection's adapter is issued."""

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        """The link's holdings; with ``shared``, the links of the same application (client id/secret,
        environment, options) go through a few adapters: a few connection pools and tokens for all."""
        async with adapter_for(
            shared, MoneyKitAdapter, self.credentials, self.environment, self.options, self.redactor
        ) as adapter:
            return await adapter.afetch(self.link_id, self.account_ids)


CONFIG_KEYS = (
    ConfigKey(
        "link_id", KeyKind.ID, "the MoneyKit link (an end user's institution connection)", required=True
    ),
    ConfigKey("account_ids", KeyKind.IDS, "only these accounts of the link (default: all)"),
    ConfigKey("client_id", KeyKind.SECRET, "your MoneyKit client id", required=True),
    ConfigKey("client_secret", KeyKind.SECRET, "your MoneyKit client secret", required=True),
)


def connection_from_settings(settings: ConnectionSettings) -> MoneyKitConnection:
    return MoneyKitConnection(
        label=settings.label,
        credentials=MoneyKitCredentials(
            client_id=settings.secret("client_id").reveal(), client_secret=settings.secret("client_secret")
        ),
        link_id=settings.text("link_id"),
        account_ids=settings.ids("account_ids"),
        environment=settings.environment,
        options=settings.options,
    )


MOCK_CREDENTIALS = MoneyKitCredentials(client_id="mock-client-id", client_secret="mock-client-secret")  # noqa: S106
MOCK_LINK_ID = "mk_eqkWN34UEoa2NxyALG8pcV"  # the id in MoneyKit's published example
MOCK_CONFIG = {"link_id": MOCK_LINK_ID}
"""Non-secret config values that read the mock (any credentials pass it)."""


def mock_auth(base_url: str) -> httpx.Auth:
    """The real token flow with mock credentials: Prism serves the token exchange too."""
    return MoneyKitTokenAuth(MOCK_CREDENTIALS, base_url)


def mock_connections(base_url: str) -> list[MoneyKitConnection]:
    return [
        MoneyKitConnection(f"moneykit:{MOCK_LINK_ID}", MOCK_CREDENTIALS, MOCK_LINK_ID, environment=base_url),
    ]


PROVIDER = Provider(
    info=INFO,
    config_keys=CONFIG_KEYS,
    connection_from_settings=connection_from_settings,
    mock_config=MOCK_CONFIG,
    mock_connections=mock_connections,
    mock_auth=mock_auth,
)
