"""Lossless plain-data form of the common model, for JSON and CSV output.

- Common-model amounts become strings of fixed-point decimal text: every digit, no float on the way, no
  exponent (``0.00000001``, never ``1E-8``); dates ISO 8601, enums their value.
- The providers' answers (``--include-raw``: each object's record and each connection's ``Exchange``
  objects) are written as received: numbers stay JSON numbers with exactly the digits the provider sent,
  strings stay strings, so what each provider said can be rebuilt from the output alone. A ``NaN`` or
  ``Infinity`` token (which RFC 8259 does not have) is written as ``null``; its ``non_finite_number``
  Notice says where it was and what it was. It is never an amount.
- ``dumps`` writes RFC 8259 JSON, ASCII only (every other character escaped, lone UTF-16 surrogates
  included), so nothing a provider sent can break a strict parser or act on a terminal.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
import secrets
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs

from ._exceptions import ProviderError, ResponseContractError, UnifolioError
from .aggregate import ConnectionOutcome, Portfolio
from .models import Exchange, Holding, Model, Notice, Snapshot
from .views import allocation_by_asset_class, totals_by_currency

__all__ = [
    "HOLDING_CSV_COLUMNS",
    "dumps",
    "holding_csv_row",
    "holding_csv_rows",
    "notice_text",
    "portfolio_to_data",
    "to_data",
]


_NUMBER = "n" + secrets.token_hex(16)
"""Wraps a provider's number in the data ``raw_data`` makes, for ``dumps`` to write as a JSON number:
128 random bits drawn when unifolio is imported, so no text a provider sends can carry it."""
_UNWRAP = re.compile(f'"{_NUMBER}(.*?){_NUMBER}"')
_JSON_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def decimal_text(value: Decimal) -> str:
    """Fixed-point text of a finite Decimal, every digit (``format(value, "f")``)."""
    return format(value, "f")


def to_data(value: Any, *, include_raw: bool = False) -> Any:
    """The common model as plain data (``raw`` fields only with ``include_raw``, as ``raw_data``)."""
    if isinstance(value, Decimal):
        return decimal_text(value) if value.is_finite() else None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Model):
        return {
            name: raw_data(getattr(value, name))
            if name in _RAW_FIELDS.get(type(value), ("raw",))
            else to_data(getattr(value, name), include_raw=include_raw)
            for name in value.__struct_fields__
            if include_raw or name not in _RAW_FIELDS.get(type(value), ("raw",))
        }
    if attrs.has(type(value)):  # the views' and aggregation's result classes
        return {
            field.name: to_data(getattr(value, field.name), include_raw=include_raw)
            for field in attrs.fields(type(value))
            if include_raw or field.name != "raw"
        }
    if isinstance(value, Mapping):
        return {str(k): to_data(v, include_raw=include_raw) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_data(v, include_raw=include_raw) for v in value]
    return value


_RAW_FIELDS: dict[type, tuple[str, ...]] = {Exchange: ("body",), Snapshot: ("raw",)}
"""Fields that hold a provider's answer as received (every other model's is ``raw``)."""


def raw_data(value: Any) -> Any:
    """A provider's JSON as received, for ``dumps``: numbers keep their exact digits (written as JSON
    numbers), a non-finite number becomes None, ``Exchange`` objects plain objects."""
    if isinstance(value, Decimal):
        return f"{_NUMBER}{value}{_NUMBER}" if value.is_finite() else None
    if isinstance(value, Mapping):
        return {str(k): raw_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [raw_data(v) for v in value]
    if isinstance(value, Exchange):
        return {
            "operation": value.operation,
            "request": value.request,
            "status": value.status,
            "body": raw_data(value.body),
        }
    return value


def dumps(data: Any) -> str:
    """RFC 8259 JSON text of ``data`` (from ``to_data``/``portfolio_to_data``), indented, ASCII only;
    the providers' numbers in ``raw_data`` parts as JSON numbers with their exact digits."""
    text = json.dumps(data, indent=2, ensure_ascii=True, allow_nan=False)
    return _UNWRAP.sub(_unwrap, text) if _NUMBER in text else text


def _unwrap(match: re.Match[str]) -> str:
    """A wrapped number as a JSON number; if scrubbing masked part of it (a numeric secret), as a string."""
    inner = match[1]
    return inner if _JSON_NUMBER.fullmatch(inner) else json.dumps(inner)


def error_to_data(error: UnifolioError) -> dict[str, Any]:
    data: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    if isinstance(error, ProviderError):
        data |= {
            "provider": error.provider,
            "status": error.status,
            "code": error.code,
            "request_id": error.request_id,
            "retryable": error.retryable,
        }
    if isinstance(error, ResponseContractError):
        data["path"] = error.path
    return data


def _outcome(outcome: ConnectionOutcome, include_raw: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "label": outcome.label,
        "provider": outcome.provider,
        "ok": outcome.ok,
        "needs_user_action": outcome.needs_user_action,
        "data_as_of": to_data(outcome.snapshot.as_of) if outcome.snapshot is not None else None,
        "error": None if outcome.error is None else error_to_data(outcome.error),
        "started_at": outcome.started_at.isoformat(),
        "seconds": round(outcome.seconds, 3),
        "notices": 0 if outcome.snapshot is None else len(outcome.snapshot.notices),
    }
    if include_raw:
        snapshot = outcome.snapshot
        data["raw"] = None if snapshot is None else raw_data(dict(snapshot.raw))
    return data


def portfolio_to_data(portfolio: Portfolio, *, include_raw: bool = False) -> dict[str, Any]:
    """The whole portfolio; with ``include_raw``, each object's record and each connection's answers
    (``connections[].raw``: operation -> the ``Exchange`` of every request, in order)."""
    totals = totals_by_currency(portfolio.holdings)
    return {
        "fetched_at": portfolio.fetched_at.isoformat(),
        "complete": portfolio.complete,
        "connections": [_outcome(o, include_raw) for o in portfolio.outcomes],
        "accounts": to_data(portfolio.accounts, include_raw=include_raw),
        "holdings": to_data(portfolio.holdings, include_raw=include_raw),
        "balances": to_data(portfolio.balances, include_raw=include_raw),
        "values": to_data(portfolio.values, include_raw=include_raw),
        "notices": to_data(portfolio.notices),
        "totals": {
            "market_value": to_data(dict(sorted(totals.totals.items()))),
            "unvalued_holdings": len(totals.unvalued),
            "allocation": to_data(allocation_by_asset_class(portfolio.holdings)),
        },
    }


HOLDING_CSV_COLUMNS = (
    "provider", "account_id", "symbol", "name", "asset_class", "isin", "cusip", "sedol", "ticker", "market",
    "mic", "market_country", "crypto_network", "quantity", "currency", "price", "price_kind", "price_as_of",
    "market_value", "market_value_kind", "cost_basis", "cost_basis_kind", "cost_basis_includes_fees",
    "supported", "notices",
)  # fmt: skip


def notice_text(notice: Notice) -> str:
    """One notice as one line: ``code at path: message``."""
    where = f" at {notice.path}" if notice.path else ""
    return f"{notice.code}{where}: {notice.message}"


def holding_csv_row(holding: Holding, notices: tuple[Notice, ...] = ()) -> dict[str, str]:
    """One CSV row; ``notices``: what the row's ``notices`` column says (see ``holding_csv_rows``)."""
    instrument, price, value = holding.instrument, holding.price, holding.market_value
    basis = holding.cost_basis[0] if holding.cost_basis else None
    row: dict[str, Any] = {
        "provider": holding.provider,
        "account_id": holding.account_id,
        "symbol": instrument.symbol,
        "name": instrument.name,
        "asset_class": instrument.asset_class,
        "isin": instrument.isin,
        "cusip": instrument.cusip,
        "sedol": instrument.sedol,
        "ticker": instrument.ticker,
        "market": instrument.market,
        "mic": instrument.mic,
        "market_country": instrument.market_country,
        "crypto_network": instrument.crypto_network,
        "quantity": holding.quantity,
        "currency": holding.currency,
        "price": price.amount if price else None,
        "price_kind": price.kind if price else None,
        "price_as_of": price.as_of if price else None,
        "market_value": value.amount if value else None,
        "market_value_kind": value.kind if value else None,
        "cost_basis": basis.amount if basis else None,
        "cost_basis_kind": basis.kind if basis else None,
        "cost_basis_includes_fees": basis.includes_fees if basis else None,
        "supported": holding.supported,
        "notices": " | ".join(notice_text(notice) for notice in notices) or None,
    }
    return {key: "" if v is None else str(to_data(v)) for key, v in row.items()}


def holding_csv_rows(portfolio: Portfolio) -> Iterator[dict[str, str]]:
    """Every holding's row. A row's ``notices`` column lists the notices about that holding's own record
    (its position, its security: ``Notice.raw``) and those about its connection as a whole (no record of
    another holding: the link's state, an account, the envelope), so a CSV alone still says what could
    not be used."""
    for snapshot in portfolio.snapshots:
        own: dict[int, list[Notice]] = {}
        general: list[Notice] = []
        if snapshot.notices:
            holders: dict[int, list[int]] = {}
            for index, holding in enumerate(snapshot.holdings):
                for record in _records(holding):
                    if record:
                        holders.setdefault(id(record), []).append(index)
            for notice in snapshot.notices:
                indexes = holders.get(id(notice.raw)) if notice.raw else None
                if indexes is None:
                    general.append(notice)
                for index in dict.fromkeys(indexes or ()):
                    own.setdefault(index, []).append(notice)
        for index, holding in enumerate(snapshot.holdings):
            yield holding_csv_row(holding, (*own.get(index, ()), *general))


def _records(holding: Holding) -> tuple[Any, ...]:
    """The provider records a holding was mapped from."""
    return (holding.raw, holding.instrument.raw, *(a.raw for a in holding.distribution))
