"""HabitTrade: every operation of specs/habittrade.yaml through ``HabitTradeAdapter`` (signed requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tests.contract.drivers import NO_RETRIES, OperationDriver, ProviderDriver, path_parameter
from unifolio.providers.habittrade import (
    HabitTradeAdapter,
    HabitTradeCredentials,
    InvalidPortfolioIdError,
    validate_portfolio_id,
)

DEFAULT_PORTFOLIO = "contract-portfolio"


def _data(body: Any) -> Any:
    return body.get("data") if isinstance(body, dict) else None


def _portfolio_id(body: Any) -> dict[str, Any]:
    """Ask for the portfolio the body describes (the adapter refuses an answer for another id), unless
    that id could not be asked for at all (it would change the request path): then a default one."""
    data = _data(body)
    pid = data.get("portfolio_id") if isinstance(data, dict) else None
    try:
        return {"portfolio_id": validate_portfolio_id(pid)}
    except InvalidPortfolioIdError:
        return {"portfolio_id": DEFAULT_PORTFOLIO}


def _positions(body: Any) -> int | None:
    data = _data(body)
    positions = data.get("positions") if isinstance(data, dict) else None
    return len(positions) if isinstance(positions, list) else None


def _happy(body: Any, params: Mapping[str, Any] | None) -> Any:
    """The answer is about the portfolio asked for, and every position belongs to it."""
    data = _data(body)
    if not isinstance(data, dict) or not isinstance(data.get("positions"), list):
        return body
    pid = params["portfolio_id"] if params and "portfolio_id" in params else data.get("portfolio_id")
    data = {**data, "portfolio_id": pid} if "portfolio_id" in data else data
    positions = [
        {**p, "portfolio_id": pid} if isinstance(p, dict) and isinstance(pid, str) else p
        for p in data["positions"]
    ]
    return {**body, "data": {**data, "positions": positions}}


DRIVER = ProviderDriver(
    provider="habittrade",
    adapter=lambda base_url, transport: HabitTradeAdapter(
        HabitTradeCredentials("contract-api-key", "contract-api-secret"),
        base_url,
        options=NO_RETRIES,
        transport=transport,
    ),
    happy_path=_happy,
    refuses_valid={
        r"^\$\.data\.positions\[\d+\]\.portfolio_id$": (
            "a position of another portfolio than the one asked for: attributing it to the requested "
            "portfolio would be silently wrong (adapter judgement call)"
        ),
        r"^\$\.data\.portfolio_id$": (
            "an answer about another portfolio than the one asked for (same judgement call; the schema "
            "cannot tie the body to the path parameter)"
        ),
    },
    operations={
        "get_portfolio": OperationDriver(
            call=lambda a, p: a.get_portfolio(p["portfolio_id"]),
            from_case=lambda case: {"portfolio_id": path_parameter(case, "id")},
            from_body=_portfolio_id,
            holdings_in=_positions,
        ),
        "get_balance": OperationDriver(
            call=lambda a, p: a.get_balance(),
            from_case=lambda case: {},
        ),
    },
)
