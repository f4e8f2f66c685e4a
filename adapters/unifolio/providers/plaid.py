"""Plaid Investments: generated ``plaid_client`` -> common model.

Plaid's unit is the Item: one end user's login at one institution, holding several accounts, read with
the ``access_token`` Plaid issued for it. Every call is a POST with the token in the JSON body; the
application's client id and secret travel in the ``PLAID-CLIENT-ID`` / ``PLAID-SECRET`` headers and
``Plaid-Version`` pins the API version (``API_VERSION``: the answers are mapped as that version defines
them, so the header is always set, whatever else a caller adds). The spec is derived from Plaid's own
OpenAPI document (specs/recipes/plaid.yaml); the facts below are cited in specs/README.md.

``POST /investments/holdings/get`` answers with four parts joined by id: holdings reference securities
(``security_id``) and accounts (``account_id``), next to the Item itself.

Judgement calls (evidence in specs/README.md, "Plaid"):
- **Cost basis is a total** (``CostBasisKind.TOTAL``): Plaid's current text calls ``cost_basis`` "the
  total amount spent to acquire all assets currently in the holding". Its own example disagrees with
  itself (an option of 10000 units at 0.011 with ``cost_basis`` 0.01, cash of 12345.67 with 1, both
  looking per unit, next to a T-bill whose 948.08 is a total); the stated meaning wins, and the text
  changed four times since 2021, so it is recorded, not guessed per holding. Plaid does not say whether
  fees are in: ``includes_fees`` is None. Tax lots (whose cost bases do include fees) stay in ``raw``.
- **Price and value**: ``institution_price`` is the holding's price (``PriceKind.LAST``), dated by
  ``institution_price_datetime`` when given (UTC; it may be a default midnight, kept as given), else by
  ``institution_price_as_of``. ``institution_value`` is the market value as the institution reports it,
  never recomputed. The security's ``close_price`` stays in ``Instrument.raw``: Plaid requires an
  institution price on every holding, and a close next to it would make price and value disagree.
- **Cash is never counted twice**: cash arrives as holdings of ``cash``-type securities (``CUR:USD``)
  and sweep funds as holdings flagged ``is_cash_equivalent``; an investment account's
  ``balances.current`` already contains them (Plaid's IRA example: 110 option + 0.01 cash = 110.01).
  So cash holdings are ``AssetClass.CASH`` holdings like any other, ``current`` becomes the account's
  ``PortfolioValue.total`` (the provider's own figure, not added to anything), and ``available``/
  ``current`` stay in ``Balance`` as Plaid states them; ``Balance.cash`` is never filled from them.
- **Currencies**: Plaid sets exactly one of ``iso_currency_code`` and ``unofficial_currency_code``
  (crypto and a few national currencies have no ISO code). The model's ``currency`` is whichever is
  set; ``raw`` keeps both. Both set, or neither, is reported as a ``Notice`` (the ISO code wins; without
  any, the holding's value counts as unvalued rather than in a guessed currency).
- **Identifiers**: ISIN, CUSIP and SEDOL when given (Plaid sends ISIN/CUSIP only to licensed customers),
  ``ticker_symbol`` as ticker with the MIC as market. Not for cash (``CUR:USD``/``USD`` are not
  exchange tickers, and ``USD`` is a real NYSE Arca ticker) nor crypto (Plaid's own example gives
  Dogecoin the MIC ``XNAS``): those keep the symbol only.
- **Options**: ``option_contract`` -> ``OptionTerms`` with the underlying, and ``contract_size`` None:
  Plaid's quantity already counts underlying units (contracts x 100), so nothing may multiply it.
  **Bonds**: ``fixed_income`` -> ``FixedIncomeTerms`` (face value per unit: a price of 94.808 with face
  value 100 is per 100 of face). **Vesting**: ``vested_quantity``/``vested_value`` ->
  ``QuantityBreakdown.vested``/``vested_value``.
- **Accounts**: every account of the answer is kept with its balances, but only ``investment`` accounts
  (and ``brokerage``, the name API versions before 2018-05-22 used) get a ``PortfolioValue``: a
  depository or credit account's ``current`` is a cash or debt balance, not a portfolio's worth.
  ``Account.type`` is ``<type>.<subtype>`` (``investment.roth``, ``depository.cash management``).
- **Balances** (``PlaidConnection.balances``): ``cached`` (default) uses the balances in the holdings
  answer itself, which is Plaid's cached extraction, the same one ``/accounts/get`` serves, and the
  one the holdings are from: one free call, and a total that belongs with the holdings. ``live`` also
  calls ``/accounts/balance/get``, which reads the institution now: Plaid bills it per call, allows 5
  per Item per minute, and may take 30 s; its figures then replace the cached ones.
- **No investment accounts** (``NO_INVESTMENT_ACCOUNTS``) is a fact about the Item, not a failure:
  ``get_holdings`` returns a snapshot without holdings and a ``Notice``, and ``fetch`` then reads the
  Item's accounts (``/accounts/get``) so their balances still show. A retry would not change it.
- **Errors** (branch on ``error_code``, as Plaid asks): Item states only the end user can fix
  (``ITEM_LOGIN_REQUIRED`` and kin) -> ``UserActionRequiredError``; ``INSTITUTION_DOWN``/
  ``INSTITUTION_NOT_RESPONDING`` (HTTP 400, yet transient) and ``PRODUCT_NOT_READY`` ->
  ``ProviderUnavailableError`` (retryable, later: the transport does not retry a 400 by itself);
  ``RATE_LIMIT_EXCEEDED`` -> ``RateLimitedError``; bad keys or tokens -> ``AuthenticationError``. The
  typed error's ``code`` is ``error_code`` and ``request_id`` Plaid's. Codes and types Plaid adds later
  fall back to their type's class, then to the HTTP status.
- **Fallback Items** (``is_investments_fallback_item``: holdings the user typed in, not read from the
  institution) and an Item that carries an ``error`` are reported as ``Notice``s.
- **Markets**: ``market_identifier_code`` is an ISO 10383 MIC: ``Instrument.mic`` (and ``market`` as
  given), so a ticker merges with the same ticker from another provider on that market
  (``unifolio.markets``).
- **What cannot be used** (``codegen/plaid.yaml`` lists the degradable properties; the policy is
  ``unifolio._notices``): a security's descriptive fields, a holding's price, value, cost and dates, an
  account's name, type or balances, anything about the Item read None with a Notice; ``security_id``,
  ``account_id`` and ``quantity`` fail the answer. Every answer is kept whole in ``Snapshot.raw``.
"""

from __future__ import annotations

import asyncio
import datetime
import re
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from decimal import Decimal
from typing import Any, NoReturn, TypeVar, cast

import httpx
from attrs import Factory, field, frozen
from plaid_client import Client, types
from plaid_client.api.accounts import get_accounts, get_accounts_balance
from plaid_client.api.investments import get_investments_holdings
from plaid_client.errors import DecodeError
from plaid_client.models import (
    AccountBase,
    AccountsBalanceGetRequest,
    AccountsBalanceGetRequestOptions,
    AccountsGetRequest,
    AccountsGetRequestOptions,
    AccountsGetResponse,
    InvestmentAccount,
    InvestmentHoldingsGetRequestOptions,
    InvestmentsHoldingsGetRequest,
    InvestmentsHoldingsGetResponse,
    Item,
    PlaidError,
    Security,
)
from plaid_client.models import (
    Holding as PlaidHolding,
)
from plaid_client.types import UNSET, Response, Unset, decode_json

from .._auth import StaticHeaderAuth
from .._clients import HttpOptions
from .._exceptions import (
    AuthenticationError,
    ConfigurationError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    ResponseContractError,
    UnifolioError,
    UserActionRequiredError,
    format_json_path,
)
from .._generated import as_utc, unset_folder
from .._http import raise_for_status, read_answer
from .._money import amounts_at, decimal_or_none
from .._redact import Redactor
from .._secrets import Secret, as_secret, credential_problem
from ..markets import listing
from ..models import (
    EMPTY_RECORD,
    Account,
    AssetClass,
    Balance,
    CostBasis,
    CostBasisKind,
    FixedIncomeTerms,
    Holding,
    Instrument,
    Notice,
    OptionTerms,
    PortfolioValue,
    Price,
    PriceKind,
    QuantityBreakdown,
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
    check_account_ids,
    did_you_mean,
    valid_credential,
    valid_environment,
)
from ._shared import SharedAdapters, adapter_for

__all__ = [
    "API_VERSION",
    "BALANCE_MODES",
    "CONFIG_KEYS",
    "INFO",
    "PROVIDER",
    "PlaidAdapter",
    "PlaidAuth",
    "PlaidConnection",
    "PlaidCredentials",
    "accounts_balance_from_response",
    "accounts_from_response",
    "holdings_from_response",
    "map_accounts",
    "map_holdings",
]

NAME = "plaid"
API_VERSION = "2020-09-14"
"""The API version the spec describes, sent as ``Plaid-Version`` on every request."""
VERSION_HEADER = "Plaid-Version"
INFO = ProviderInfo(
    name=NAME,
    title="Plaid Investments",
    spec="plaid.yaml",
    environments={"production": "https://production.plaid.com", "sandbox": "https://sandbox.plaid.com"},
    operations=(
        "POST /investments/holdings/get",
        "POST /accounts/get (when the Item has no investment account)",
        "POST /accounts/balance/get (balances = live; billed per call)",
    ),
    auth=(
        f"PLAID-CLIENT-ID + PLAID-SECRET headers, {VERSION_HEADER}: {API_VERSION}; "
        "the Item's access_token in the request body"
    ),
)
BALANCE_MODES = ("cached", "live")
"""``cached``: the balances of the holdings answer (free); ``live``: ``/accounts/balance/get`` too."""
NO_INVESTMENT_ACCOUNTS = "NO_INVESTMENT_ACCOUNTS"
"""The ``error_code`` (and the notice code) of an Item without investment accounts."""

opt = unset_folder(Unset)
Path = tuple[str | int, ...]
T = TypeVar("T")
U = TypeVar("U")


class PlaidAuth(StaticHeaderAuth):
    """The client id and secret headers, and ``Plaid-Version`` pinned to ``API_VERSION``."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[VERSION_HEADER] = API_VERSION
        yield from super().auth_flow(request)


@frozen
class PlaidCredentials:
    """Your Plaid client id and the secret of one environment (sandbox and production secrets differ)."""

    # An identifier, but it travels with the secret: kept out of logs and redacted like it.
    client_id: str = field(repr=False, validator=valid_credential)
    secret: Secret = field(converter=as_secret, validator=valid_credential)

    def auth(self) -> httpx.Auth:
        return PlaidAuth({"PLAID-CLIENT-ID": Secret(self.client_id), "PLAID-SECRET": self.secret})

    def secrets(self) -> tuple[Secret, ...]:
        return Secret(self.client_id), self.secret


# --- inputs -------------------------------------------------------------------------------------

_TOKEN_ENVIRONMENT = re.compile(r"access-(sandbox|development|production)-")


def token_environment_problem(access_token: Secret | str, environment: str) -> str | None:
    """Why an access token cannot work in ``environment`` (None if it may), without showing the token.

    Plaid's access tokens read ``access-<environment>-<id>`` and are refused by any other environment
    (``INVALID_ACCESS_TOKEN``); the Development environment was retired in 2024. A base URL (a mock)
    is not checked.
    """
    token = access_token.reveal() if isinstance(access_token, Secret) else access_token
    match = _TOKEN_ENVIRONMENT.match(token)
    if match is None or environment not in INFO.environments:
        return None
    issued = match.group(1)
    if issued == "development":
        return (
            "is a Development token; Plaid retired its Development environment in 2024, so the Item "
            "must be linked again in sandbox or production"
        )
    if issued != environment:
        return f"is a {issued} token, but the environment is {environment}"
    return None


def _account_filter(account_ids: Sequence[str] | None) -> list[str] | Unset:
    """``options.account_ids``: None for all; an empty list is refused (Plaid gives it no meaning)."""
    ids = check_account_ids(NAME, account_ids)
    return UNSET if ids is None else list(ids)


def _balances_mode(value: object, error: type[UnifolioError] = ConfigurationError) -> str:
    if not isinstance(value, str) or value not in BALANCE_MODES:
        hint = did_you_mean(value, BALANCE_MODES) if isinstance(value, str) else ""
        raise error(f"{NAME}: balances must be one of {', '.join(BALANCE_MODES)}, got {value!r}{hint}")
    return value


# --- errors -------------------------------------------------------------------------------------

USER_ACTION_CODES = frozenset(
    {
        "ITEM_LOGIN_REQUIRED",
        "ACCESS_NOT_GRANTED",
        "ADDITIONAL_CONSENT_REQUIRED",
        "ITEM_LOCKED",
        "USER_SETUP_REQUIRED",
        "INSUFFICIENT_CREDENTIALS",
        "INVALID_CREDENTIALS",
        "INVALID_MFA",
        "INVALID_UPDATED_USERNAME",
        "PASSWORD_RESET_REQUIRED",
    }
)
"""Item states only the end user can end (Link update mode, or at the institution): never retried."""
_BY_CODE: Mapping[str, type[ProviderError]] = {
    **dict.fromkeys(USER_ACTION_CODES, UserActionRequiredError),
    "PRODUCT_NOT_READY": ProviderUnavailableError,
    "INSTITUTION_DOWN": ProviderUnavailableError,
    "INSTITUTION_NOT_RESPONDING": ProviderUnavailableError,
    "INSTITUTION_NOT_AVAILABLE": ProviderUnavailableError,
    "INSTITUTION_NO_LONGER_SUPPORTED": ProviderError,
    "INSTITUTION_REGISTRATION_REQUIRED": ProviderError,
    "INTERNAL_SERVER_ERROR": ProviderUnavailableError,
    "PLANNED_MAINTENANCE": ProviderUnavailableError,
    "INVALID_API_KEYS": AuthenticationError,
    "INVALID_ACCESS_TOKEN": AuthenticationError,
    "ITEM_NOT_FOUND": NotFoundError,
    "INVALID_ACCOUNT_ID": NotFoundError,
    "PRODUCTS_NOT_SUPPORTED": PermissionDeniedError,
    "UNAUTHORIZED_ENVIRONMENT": PermissionDeniedError,
    "UNAUTHORIZED_ROUTE_ACCESS": PermissionDeniedError,
}
_BY_TYPE: Mapping[str, type[ProviderError]] = {
    "RATE_LIMIT_EXCEEDED": RateLimitedError,
    "API_ERROR": ProviderUnavailableError,
    "INSTITUTION_ERROR": ProviderUnavailableError,
    "ITEM_ERROR": ProviderError,
}


def error_class(error_type: str, error_code: str) -> type[ProviderError] | None:
    """The typed error of a Plaid error (None: the HTTP status decides)."""
    return _BY_CODE.get(error_code) or _BY_TYPE.get(error_type)


def _loose_error(content: bytes) -> tuple[str | None, str | None, str | None]:
    """``error_code``, ``error_message``, ``request_id`` of a body the error model does not fit."""
    try:
        body = decode_json(content)
    except DecodeError:
        return None, None, None
    if not isinstance(body, dict):
        return None, None, None
    found = (body.get("error_code"), body.get("error_message"), body.get("request_id"))
    code, message, request_id = (value if isinstance(value, str) and value else None for value in found)
    return code, message, request_id


def _raise_error(response: Response[Any]) -> NoReturn:
    status = int(response.status_code)
    parsed = response.parsed
    headers = httpx.Headers(response.headers)
    if not isinstance(parsed, PlaidError):
        code, message, request_id = _loose_error(response.content)
        raise_for_status(NAME, status, headers, message=message, code=code, request_id=request_id)
    code, kind = parsed.error_code, str(parsed.error_type)
    cls = error_class(kind, code)
    message = f"{parsed.error_message or 'no message'} ({kind})"
    if cls is UserActionRequiredError:
        message += "; only the end user can fix this: send them through Link's update mode"
    elif code == "PRODUCT_NOT_READY":
        message += "; Plaid is still reading the Item: try again later"
    raise_for_status(
        NAME, status, headers, message=message, code=code, request_id=opt(parsed.request_id), error_class=cls
    )


# --- mapping ------------------------------------------------------------------------------------

INVESTMENT_TYPES = frozenset({"investment", "brokerage"})
"""Account types that hold investments (``brokerage``: the name before API version 2018-05-22)."""
_ASSET_CLASSES: Mapping[str, AssetClass] = {
    "cash": AssetClass.CASH,
    "cryptocurrency": AssetClass.CRYPTO,
    "equity": AssetClass.EQUITY,
    "etf": AssetClass.ETF,
    "mutual fund": AssetClass.FUND,
    "fixed income": AssetClass.BOND,
    "other": AssetClass.OTHER,
}
_DERIVATIVE = "derivative"
_LAST = PriceKind.LAST
_TOTAL = CostBasisKind.TOTAL
_AMOUNT_KEYS = ("institution_price", "institution_value", "cost_basis", "quantity")


def asset_class_of(security_type: str | None, is_option: bool) -> AssetClass:
    """Plaid's security ``type`` -> AssetClass. ``derivative`` is an option when it carries an option
    contract, else kept as ``AssetClass("derivative")`` (warrants, futures); ``loan`` and values Plaid
    adds later are kept as given; no type at all (Plaid: "in rare instances") is OTHER."""
    if not security_type or not security_type.strip():
        return AssetClass.OTHER
    key = security_type.strip().lower()
    if key == _DERIVATIVE and is_option:
        return AssetClass.OPTION
    return _ASSET_CLASSES.get(key) or AssetClass(security_type)


def _dec(value: object, path: Path, record: RawRecord = EMPTY_RECORD) -> Decimal | None:
    return decimal_or_none(value, provider=NAME, path=path, record=record)


def _text(value: object) -> str | None:
    text = opt(value)
    return text if isinstance(text, str) and text.strip() else None


def currency_of(iso: object, unofficial: object, path: Path, notices: list[Notice]) -> str | None:
    """The one currency code Plaid sets (ISO 4217, else its unofficial code); a notice when it sets
    both (the ISO code is used) or neither (no currency: amounts are not put in a guessed one)."""
    iso_code, other = _text(iso), _text(unofficial)
    if iso_code is not None and other is not None:
        notices.append(
            Notice(
                NAME,
                "two_currency_codes",
                f"both iso_currency_code {iso_code!r} and unofficial_currency_code {other!r} are set "
                "(Plaid sets one); the ISO code is used",
                path=format_json_path((*path, "unofficial_currency_code")),
            )
        )
    elif iso_code is None and other is None:
        notices.append(
            Notice(
                NAME,
                "no_currency",
                "neither iso_currency_code nor unofficial_currency_code is set: the amounts have no currency",
                path=format_json_path((*path, "iso_currency_code")),
            )
        )
    return iso_code or other


def _account_type(account: AccountBase | InvestmentAccount) -> str | None:
    kind, subtype = account.type_, account.subtype
    if kind is None:
        return None
    return f"{kind}.{subtype}" if subtype else str(kind)


def map_account(
    account: AccountBase | InvestmentAccount, path: Path, institution: str | None, notices: list[Notice]
) -> tuple[Account, Balance | None, PortfolioValue | None]:
    """One account, its balances as Plaid states them, and, for an investment account with a
    ``current`` balance, that balance as the account's value (see the module notes on cash)."""
    balances, balances_path = account.balances, (*path, "balances")
    if balances is None:  # unusable: its Notice says so; the account is kept without figures
        account_only = Account(
            provider=NAME,
            id=account.account_id,
            name=account.name,
            type=_account_type(account),
            institution=institution,
            raw=account.source_json,
        )
        return account_only, None, None
    currency = currency_of(
        balances.iso_currency_code, balances.unofficial_currency_code, balances_path, notices
    )
    raw = balances.source_json
    current = _dec(balances.current, (*balances_path, "current"), raw)
    as_of = as_utc(opt(balances.last_updated_datetime))
    value = None
    if str(account.type_) in INVESTMENT_TYPES and current is not None:
        value = PortfolioValue(NAME, account.account_id, currency, total=current, raw=raw)
    return (
        Account(
            provider=NAME,
            id=account.account_id,
            name=account.name,
            type=_account_type(account),
            institution=institution,
            currency=currency,
            raw=account.source_json,
        ),
        Balance(
            provider=NAME,
            account_id=account.account_id,
            currency=currency,
            available=_dec(balances.available, (*balances_path, "available"), raw),
            current=current,
            limit=_dec(balances.limit, (*balances_path, "limit"), raw),
            as_of=as_of,
            raw=raw,
        ),
        value,
    )


def item_notices(item: Item | None, fallback: bool) -> list[Notice]:
    """What the caller should know about where the data comes from (nothing more about an Item object
    that could not be used: its own Notice says so)."""
    notices: list[Notice] = []
    if item is None:
        return notices
    if fallback:
        notices.append(
            Notice(
                NAME,
                "investments_fallback_item",
                f"the holdings of Item {item.item_id} were entered by the user through Plaid's fallback "
                "flow, not read from the institution",
                path="$.is_investments_fallback_item",
            )
        )
    error = item.error
    if error is not None:
        notices.append(
            Notice(
                NAME,
                "item_error",
                f"Item {item.item_id} reports {error.error_code} ({error.error_type}): "
                f"{error.error_message}; the data is what Plaid read before",
                path="$.item.error",
            )
        )
    return notices


def _security_instrument(security: Security, path: Path, notices: list[Notice]) -> Instrument:
    contract, bond = security.option_contract, security.fixed_income
    asset_class = asset_class_of(security.type_, contract is not None)
    symbol = security.ticker_symbol
    listed = asset_class not in (AssetClass.CASH, AssetClass.CRYPTO)  # see the module notes
    option = None
    if contract is not None:
        option = OptionTerms(
            option_type=contract.contract_type,
            strike=_dec(
                contract.strike_price, (*path, "option_contract", "strike_price"), contract.source_json
            ),
            expiration=contract.expiration_date,
            contract_size=None,  # Plaid's quantity already counts underlying units
            underlying=contract.underlying_security_ticker,
        )
    fixed_income = None
    if bond is not None:
        rate = bond.yield_rate
        fixed_income = FixedIncomeTerms(
            maturity_date=bond.maturity_date,
            issue_date=bond.issue_date,
            face_value=_dec(bond.face_value, (*path, "fixed_income", "face_value"), bond.source_json),
            yield_rate=None
            if rate is None
            else _dec(rate.percentage, (*path, "fixed_income", "yield_rate", "percentage"), rate.source_json),
            yield_type=None if rate is None or rate.type_ is None else str(rate.type_),
        )
    return Instrument(
        symbol=symbol,
        name=security.name,
        asset_class=asset_class,
        currency=currency_of(security.iso_currency_code, security.unofficial_currency_code, path, notices),
        isin=security.isin,
        cusip=security.cusip,
        sedol=security.sedol,
        ticker=symbol if listed else None,
        market=security.market_identifier_code if listed else None,
        mic=listing(mic=security.market_identifier_code)[0] if listed else None,
        market_country=listing(mic=security.market_identifier_code)[1] if listed else None,
        provider_id=security.security_id,
        option=option,
        fixed_income=fixed_income,
        raw=security.source_json,
    )


def _unresolved_instrument(holding: PlaidHolding) -> Instrument:
    return Instrument(
        symbol=None,
        name=None,
        asset_class=AssetClass.OTHER,
        provider_id=holding.security_id,
        resolved=False,
        raw=holding.source_json,
    )


def map_holding(holding: PlaidHolding, path: Path, instrument: Instrument, notices: list[Notice]) -> Holding:
    """One holding, in the currency it states (see the module notes for each field)."""
    iso, unofficial = holding.iso_currency_code, holding.unofficial_currency_code
    if iso and not unofficial:  # the common case, without the checks of ``currency_of``
        currency: str | None = iso
    else:
        currency = currency_of(iso, unofficial, path, notices)
    raw = holding.source_json
    values = (holding.institution_price, holding.institution_value, holding.cost_basis, holding.quantity)
    price, value, cost, quantity = amounts_at(
        values, NAME, path, _AMOUNT_KEYS, required="quantity", record=raw
    )
    as_of: datetime.datetime | datetime.date | None = as_utc(opt(holding.institution_price_datetime)) or opt(
        holding.institution_price_as_of
    )
    vested, vested_value = opt(holding.vested_quantity), opt(holding.vested_value)
    breakdown = None
    if vested is not None or vested_value is not None:
        breakdown = QuantityBreakdown(
            vested=_dec(vested, (*path, "vested_quantity"), raw),
            vested_value=_dec(vested_value, (*path, "vested_value"), raw),
        )
    return Holding(
        NAME,
        holding.account_id,
        instrument,
        cast(Decimal, quantity),  # required: never None
        currency,
        None if price is None else Price(price, currency, _LAST, as_of),
        None if value is None else Valuation(value, currency, _LAST, as_of),
        () if cost is None else (CostBasis(cost, currency, _TOTAL),),
        breakdown,
        raw=raw,
    )


def _first_by_id(
    items: Sequence[T], key: Callable[[T], str], what: str, where: str, notices: list[Notice]
) -> dict[str, int]:
    """id -> index of its first entry in ``$.<where>``; a repeated id is a notice (the first is used)."""
    found: dict[str, int] = {}
    for i, item in enumerate(items):
        identifier = key(item)
        if identifier in found:
            notices.append(
                Notice(
                    NAME,
                    f"duplicate_{what}",
                    f"{what} {identifier} is listed more than once; the first entry is used",
                    path=f"$.{where}[{i}]",
                )
            )
            continue
        found[identifier] = i
    return found


def _accounts_part(
    accounts: Sequence[AccountBase | InvestmentAccount], item: Item | None, notices: list[Notice]
) -> tuple[tuple[Account, ...], tuple[Balance, ...], tuple[PortfolioValue, ...], dict[str, int]]:
    listed = _first_by_id(accounts, lambda a: a.account_id, "account", "accounts", notices)
    institution = None if item is None else _text(item.institution_name)
    mapped = [map_account(accounts[i], ("accounts", i), institution, notices) for i in listed.values()]
    return (
        tuple(account for account, _, _ in mapped),
        tuple(balance for _, balance, _ in mapped if balance is not None),
        tuple(value for _, _, value in mapped if value is not None),
        listed,
    )


def map_holdings(content: InvestmentsHoldingsGetResponse) -> Snapshot:
    """A holdings answer -> Snapshot: every holding kept, dangling ids and Item facts as notices."""
    notices = item_notices(content.item, opt(content.is_investments_fallback_item) is True)
    accounts, balances, values, known_accounts = _accounts_part(content.accounts, content.item, notices)
    securities = content.securities
    by_id = _first_by_id(securities, lambda s: s.security_id, "security", "securities", notices)
    instruments: dict[int, Instrument] = {}  # one per security (immutable), not one per holding
    holdings: list[Holding] = []
    for i, holding in enumerate(content.holdings):
        path: Path = ("holdings", i)
        index = by_id.get(holding.security_id)
        if index is None:
            notices.append(
                Notice(
                    NAME,
                    "unresolved_security",
                    f"holding {i} (account {holding.account_id}) references security {holding.security_id}, "
                    "which is not in `securities`; kept with an unresolved instrument",
                    path=f"$.holdings[{i}].security_id",
                )
            )
            instrument = _unresolved_instrument(holding)
        elif index in instruments:
            instrument = instruments[index]
        else:
            instrument = instruments[index] = _security_instrument(
                securities[index], ("securities", index), notices
            )
        if holding.account_id not in known_accounts:
            notices.append(
                Notice(
                    NAME,
                    "unresolved_account",
                    f"holding {i} references account {holding.account_id}, which is not in `accounts`; kept",
                    path=f"$.holdings[{i}].account_id",
                )
            )
        holdings.append(map_holding(holding, path, instrument, notices))
    return Snapshot(
        provider=NAME,
        accounts=accounts,
        holdings=tuple(holdings),
        balances=balances,
        values=values,
        notices=tuple(notices),
    )


def map_accounts(content: AccountsGetResponse) -> Snapshot:
    """An ``/accounts/get`` or ``/accounts/balance/get`` answer -> accounts, balances, values."""
    notices = item_notices(content.item, False)
    accounts, balances, values, _ = _accounts_part(content.accounts, content.item, notices)
    return Snapshot(
        provider=NAME, accounts=accounts, balances=balances, values=values, notices=tuple(notices)
    )


def no_investment_accounts() -> Snapshot:
    """The snapshot of an Item without investment accounts: no holdings, and why (see the notes)."""
    notice = Notice(
        NAME,
        NO_INVESTMENT_ACCOUNTS,
        "the Item has no investment account (Plaid: NO_INVESTMENT_ACCOUNTS), so it has no holdings",
        path="$.error_code",
    )
    return Snapshot(provider=NAME, notices=(notice,))


def merge_balances(holdings: Snapshot, balances: Snapshot) -> Snapshot:
    """The holdings snapshot with the accounts, balances and values of another answer (``/accounts/get``
    or ``/accounts/balance/get``): its figures replace the holdings answer's for every account it lists;
    accounts only one of them lists are kept from that one."""
    listed = {account.id for account in balances.accounts}
    known = {account.id for account in holdings.accounts}
    notices = list(holdings.notices)
    notices += [notice for notice in balances.notices if notice not in notices]
    return evolve(
        holdings,
        accounts=holdings.accounts + tuple(a for a in balances.accounts if a.id not in known),
        balances=tuple(b for b in holdings.balances if b.account_id not in listed) + balances.balances,
        values=tuple(v for v in holdings.values if v.account_id not in listed) + balances.values,
        notices=tuple(notices),
        raw=combine(holdings, balances).raw,
    )


# --- answers -> common model --------------------------------------------------------------------
# What each adapter method does once the HTTP answer is in (sync and async alike). Public, so an answer
# received some other way (recorded, proxied) maps exactly as the adapter's own.

_PARSER = Client(base_url=INFO.environments["production"])
"""Only read by the generated response builders (``raise_on_unexpected_status``); never sends."""


def holdings_from_response(response: httpx.Response) -> Snapshot:
    """An ``/investments/holdings/get`` answer -> Snapshot (or the typed error)."""
    return read_answer(NAME, types, "get_investments_holdings", _holdings, response)


def accounts_from_response(response: httpx.Response) -> Snapshot:
    """An ``/accounts/get`` answer (cached balances) -> accounts, balances, values (or the typed error)."""
    return read_answer(NAME, types, "get_accounts", _accounts, response, get_accounts)


def accounts_balance_from_response(response: httpx.Response) -> Snapshot:
    """An ``/accounts/balance/get`` answer (live balances) -> accounts, balances, values (or the error)."""
    return read_answer(NAME, types, "get_accounts_balance", _accounts, response, get_accounts_balance)


def _success(parsed: Response[Any], expected: type[T]) -> T:
    status = int(parsed.status_code)
    if status >= 300:
        _raise_error(parsed)
    if not isinstance(parsed.parsed, expected):
        raise ResponseContractError.at(NAME, (), f"undocumented success status {status}", status=status)
    return parsed.parsed


def _holdings(response: httpx.Response) -> Snapshot:
    parsed = get_investments_holdings._build_response(client=_PARSER, response=response)
    error = parsed.parsed
    if (
        isinstance(error, PlaidError)
        and error.error_code == NO_INVESTMENT_ACCOUNTS
        and parsed.status_code >= 300
    ):
        return no_investment_accounts()
    return map_holdings(_success(parsed, InvestmentsHoldingsGetResponse))


def _accounts(response: httpx.Response, operation: Any) -> Snapshot:
    parsed = operation._build_response(client=_PARSER, response=response)
    return map_accounts(_success(parsed, AccountsGetResponse))


# --- client -------------------------------------------------------------------------------------


async def _both(first: Awaitable[T], second: Awaitable[U]) -> tuple[T, U]:
    """Both results; when one call fails, the other is cancelled (not left running against an adapter
    that is about to close) and the failure is raised."""
    tasks = (asyncio.ensure_future(first), asyncio.ensure_future(second))
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    for task in tasks:
        if not task.cancelled() and task.exception() is not None:
            raise cast(BaseException, task.exception())
    return tasks[0].result(), tasks[1].result()


class PlaidAdapter(GeneratedClientAdapter[Client]):
    """Reads the holdings, accounts and balances of Plaid Items as the common model.

    ``environment`` is ``production``, ``sandbox`` or a base URL such as a local mock. Each call takes
    the Item's ``access_token`` (a ``Secret`` or a string; registered with the redactor before it is
    sent) and optionally ``account_ids`` to read only some of the Item's accounts. Every method has an
    ``a``-prefixed async twin.
    """

    info = INFO

    def __init__(
        self,
        credentials: PlaidCredentials,
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
        self.environment = environment

    def _token(self, access_token: Secret | str) -> str:
        """The Item's token for the request body: known to the redactor, checked before any request."""
        if isinstance(access_token, Secret | str):
            self.redactor.add_for_call(access_token)
        problem = credential_problem(access_token)
        if problem is None:
            problem = token_environment_problem(access_token, self.environment)
        if problem is not None:
            raise InvalidInputError(f"{NAME}: access_token {problem} (the Item's token from Plaid Link)")
        return access_token.reveal() if isinstance(access_token, Secret) else access_token

    def _holdings_request(
        self, access_token: Secret | str, account_ids: Sequence[str] | None
    ) -> dict[str, Any]:
        ids = _account_filter(account_ids)
        options = UNSET if isinstance(ids, Unset) else InvestmentHoldingsGetRequestOptions(account_ids=ids)
        return get_investments_holdings._get_kwargs(
            body=InvestmentsHoldingsGetRequest(access_token=self._token(access_token), options=options)
        )

    def _accounts_request(
        self, access_token: Secret | str, account_ids: Sequence[str] | None
    ) -> dict[str, Any]:
        ids = _account_filter(account_ids)
        options = UNSET if isinstance(ids, Unset) else AccountsGetRequestOptions(account_ids=ids)
        return get_accounts._get_kwargs(
            body=AccountsGetRequest(access_token=self._token(access_token), options=options)
        )

    def _balance_request(
        self,
        access_token: Secret | str,
        account_ids: Sequence[str] | None,
        min_last_updated: datetime.datetime | None,
    ) -> dict[str, Any]:
        ids = _account_filter(account_ids)
        if min_last_updated is not None and min_last_updated.tzinfo is None:
            raise InvalidInputError(f"{NAME}: min_last_updated must carry a time zone (e.g. UTC)")
        options: AccountsBalanceGetRequestOptions | Unset = UNSET
        if not isinstance(ids, Unset) or min_last_updated is not None:
            options = AccountsBalanceGetRequestOptions(
                account_ids=ids,
                min_last_updated_datetime=UNSET if min_last_updated is None else min_last_updated,
            )
        body = AccountsBalanceGetRequest(access_token=self._token(access_token), options=options)
        return get_accounts_balance._get_kwargs(body=body)

    # /investments/holdings/get

    def get_holdings(self, access_token: Secret | str, account_ids: Sequence[str] | None = None) -> Snapshot:
        """Holdings, securities, accounts and (cached) balances of the Item's investment accounts."""
        return holdings_from_response(self._send(self._holdings_request(access_token, account_ids)))

    async def aget_holdings(
        self, access_token: Secret | str, account_ids: Sequence[str] | None = None
    ) -> Snapshot:
        return holdings_from_response(await self._asend(self._holdings_request(access_token, account_ids)))

    # /accounts/get

    def get_accounts(self, access_token: Secret | str, account_ids: Sequence[str] | None = None) -> Snapshot:
        """Every open account of the Item with the balances Plaid last read (free; cached)."""
        return accounts_from_response(self._send(self._accounts_request(access_token, account_ids)))

    async def aget_accounts(
        self, access_token: Secret | str, account_ids: Sequence[str] | None = None
    ) -> Snapshot:
        return accounts_from_response(await self._asend(self._accounts_request(access_token, account_ids)))

    # /accounts/balance/get

    def get_accounts_balance(
        self,
        access_token: Secret | str,
        account_ids: Sequence[str] | None = None,
        *,
        min_last_updated: datetime.datetime | None = None,
    ) -> Snapshot:
        """Every account of the Item with balances read from the institution now (billed per call).

        ``min_last_updated``: Plaid's ``min_last_updated_datetime`` (only Capital One needs it)."""
        request = self._balance_request(access_token, account_ids, min_last_updated)
        return accounts_balance_from_response(self._send(request))

    async def aget_accounts_balance(
        self,
        access_token: Secret | str,
        account_ids: Sequence[str] | None = None,
        *,
        min_last_updated: datetime.datetime | None = None,
    ) -> Snapshot:
        request = self._balance_request(access_token, account_ids, min_last_updated)
        return accounts_balance_from_response(await self._asend(request))

    # everything about one Item

    def fetch(
        self,
        access_token: Secret | str,
        account_ids: Sequence[str] | None = None,
        *,
        balances: str = "cached",
    ) -> Snapshot:
        """Holdings, accounts, balances and values of one Item (``balances``: see ``BALANCE_MODES``)."""
        mode = _balances_mode(balances, InvalidInputError)
        snapshot = self.get_holdings(access_token, account_ids)
        if mode == "live":
            return merge_balances(snapshot, self.get_accounts_balance(access_token, account_ids))
        if _without_investments(snapshot):
            return merge_balances(snapshot, self.get_accounts(access_token, account_ids))
        return snapshot

    async def afetch(
        self,
        access_token: Secret | str,
        account_ids: Sequence[str] | None = None,
        *,
        balances: str = "cached",
    ) -> Snapshot:
        mode = _balances_mode(balances, InvalidInputError)
        if mode == "live":
            snapshot, live = await _both(
                self.aget_holdings(access_token, account_ids),
                self.aget_accounts_balance(access_token, account_ids),
            )
            return merge_balances(snapshot, live)
        snapshot = await self.aget_holdings(access_token, account_ids)
        if _without_investments(snapshot):
            return merge_balances(snapshot, await self.aget_accounts(access_token, account_ids))
        return snapshot


def _without_investments(snapshot: Snapshot) -> bool:
    return any(notice.code == NO_INVESTMENT_ACCOUNTS for notice in snapshot.notices)


# --- registry entry -----------------------------------------------------------------------------


def _account_ids(value: Sequence[str] | None) -> tuple[str, ...] | None:
    return check_account_ids(NAME, value)  # the same checks as a call's, before any request


def _connection_redactor(connection: PlaidConnection) -> Redactor:
    return Redactor(*connection.credentials.secrets(), connection.access_token)


@frozen
class PlaidConnection:
    """One Plaid Item (an end user's login at one institution), optionally limited to some accounts."""

    label: str
    credentials: PlaidCredentials
    access_token: Secret = field(converter=as_secret, validator=valid_credential)
    account_ids: tuple[str, ...] | None = field(default=None, converter=_account_ids)
    balances: str = field(default="cached", converter=_balances_mode)
    environment: str = field(default="production", validator=valid_environment(INFO))
    options: HttpOptions = field(factory=HttpOptions)
    provider: str = NAME
    redactor: Redactor = field(
        init=False, eq=False, repr=False, default=Factory(_connection_redactor, takes_self=True)
    )

    def __attrs_post_init__(self) -> None:
        problem = token_environment_problem(self.access_token, self.environment)
        if problem is not None:
            raise ConfigurationError(f"{NAME}: the access token {problem}")

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        """The Item's holdings and balances; with ``shared``, the Items of the same application (client
        id/secret, environment, options) go through a few adapters (the token goes in each body)."""
        async with adapter_for(
            shared, PlaidAdapter, self.credentials, self.environment, self.options, self.redactor
        ) as plaid:
            return await plaid.afetch(self.access_token, self.account_ids, balances=self.balances)


CONFIG_KEYS = (
    ConfigKey("account_ids", KeyKind.IDS, "only these accounts of the Item (default: all)"),
    ConfigKey(
        "balances",
        KeyKind.TEXT,
        "cached (default: the balances of the holdings answer, free) or live (also "
        "/accounts/balance/get: read from the institution now, billed by Plaid per call)",
    ),
    ConfigKey("client_id", KeyKind.SECRET, "your Plaid client id", required=True),
    ConfigKey("secret", KeyKind.SECRET, "your Plaid secret for the connection's environment", required=True),
    ConfigKey(
        "access_token",
        KeyKind.SECRET,
        "the Item's access token (access-<environment>-...), from Plaid Link's token exchange",
        required=True,
    ),
)


def connection_from_settings(settings: ConnectionSettings) -> PlaidConnection:
    return PlaidConnection(
        label=settings.label,
        credentials=PlaidCredentials(
            client_id=settings.secret("client_id").reveal(), secret=settings.secret("secret")
        ),
        access_token=settings.secret("access_token"),
        account_ids=settings.ids("account_ids"),
        balances=settings.optional_text("balances") or "cached",
        environment=settings.environment,
        options=settings.options,
    )


MOCK_CREDENTIALS = PlaidCredentials(client_id="mock-client-id", secret="mock-plaid-secret")  # noqa: S106
MOCK_TOKEN = "access-sandbox-mock-item-token"  # noqa: S105 - made up, read by the mock only
MOCK_CONFIG: Mapping[str, object] = {"balances": "live"}
"""Non-secret config values that read the mock (any credentials pass it): live balances, so that
harnesses built from the registry exercise both calls of ``fetch``."""


def mock_auth(base_url: str) -> httpx.Auth:
    return MOCK_CREDENTIALS.auth()


def mock_connections(base_url: str) -> list[PlaidConnection]:
    """Plaid's own example Item, and the spec's ``brokerage`` (live balances) and ``crypto_wallet`` Items."""

    def example(name: str) -> HttpOptions:
        return HttpOptions(headers={"Prefer": f"example={name}"})

    def item(label: str, **kwargs: Any) -> PlaidConnection:
        return PlaidConnection(label, MOCK_CREDENTIALS, MOCK_TOKEN, environment=base_url, **kwargs)

    return [
        item("plaid:chase"),
        item("plaid:harbor-point", balances="live", options=example("brokerage")),
        item("plaid:eth-wallet", options=example("crypto_wallet")),
    ]


PROVIDER = Provider(
    info=INFO,
    config_keys=CONFIG_KEYS,
    connection_from_settings=connection_from_settings,
    mock_config=MOCK_CONFIG,
    mock_connections=mock_connections,
    mock_auth=mock_auth,
)
