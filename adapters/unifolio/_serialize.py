"""Lossless plain-data form of the common model, for JSON and CSV output.

Decimals become strings (exact digits, no float on the way), dates ISO 8601, enums their value. The
providers' original records are included only on request (they can be large).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from ._exceptions import ProviderError, ResponseContractError, UnifolioError
from .aggregate import ConnectionOutcome, Portfolio
from .models import Holding, Model
from .views import allocation_by_asset_class, totals_by_currency

__all__ = ["HOLDING_CSV_COLUMNS", "holding_csv_row", "portfolio_to_data", "to_data"]


def to_data(value: Any, *, include_raw: bool = False) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Model):
        return {
            name: to_data(getattr(value, name), include_raw=include_raw)
            for name in value.__struct_fields__
            if include_raw or name != "raw"
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


def _outcome(outcome: ConnectionOutcome) -> dict[str, Any]:
    return {
        "label": outcome.label,
        "provider": outcome.provider,
        "ok": outcome.ok,
        "needs_user_action": outcome.needs_user_action,
        "data_as_of": to_data(outcome.snapshot.as_of) if outcome.snapshot is not None else None,
        "error": None if outcome.error is None else error_to_data(outcome.error),
        "started_at": outcome.started_at.isoformat(),
        "seconds": round(outcome.seconds, 3),
    }


def portfolio_to_data(portfolio: Portfolio, *, include_raw: bool = False) -> dict[str, Any]:
    totals = totals_by_currency(portfolio.holdings)
    return {
        "fetched_at": portfolio.fetched_at.isoformat(),
        "complete": portfolio.complete,
        "connections": [_outcome(o) for o in portfolio.outcomes],
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
    "crypto_network", "quantity", "currency", "price", "price_kind", "price_as_of", "market_value",
    "market_value_kind", "cost_basis", "cost_basis_kind", "cost_basis_includes_fees", "supported",
)  # fmt: skip


def holding_csv_row(holding: Holding) -> dict[str, str]:
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
    }
    return {key: "" if v is None else str(to_data(v)) for key, v in row.items()}
