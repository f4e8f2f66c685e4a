"""A user's sync job, written against the INSTALLED unifolio wheel the way its README says.

tests/packaging/test_wheel.py installs the wheel into a fresh virtualenv outside the repository, runs
``mypy --strict`` on this file and on sync_job_tests.py (copied there as test_sync_job.py), then runs
that suite with pytest and the wheel's plugin:
every API used here is one a user depends on (a generated client with its responses narrowed by type,
an adapter, ``fetch_portfolio``, the views).
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from decimal import Decimal

import httpx
from mesh_client import Client
from mesh_client.api.holdings import get_holdings
from mesh_client.models import (
    ApiResult,
    BrokerType,
    HoldingsModel,
    HoldingsModelApiResult,
    PortfolioHoldingsRequest,
)
from mesh_client.types import Unset

from unifolio import HttpOptions, RetryPolicy, Secret
from unifolio.aggregate import Portfolio, fetch_portfolio
from unifolio.models import AssetClass, Holding
from unifolio.providers import Connection
from unifolio.providers.mesh import MeshAdapter, MeshConnection, MeshCredentials
from unifolio.views import allocation_by_asset_class, merge_positions, totals_by_currency

ONE_TRY = HttpOptions(retry=RetryPolicy(max_attempts=1), total_timeout=10)


class MeshKeys(httpx.Auth):
    """Mesh authenticates every request with two headers."""

    def __init__(self, client_id: str, secret: str) -> None:
        self._headers = {"X-Client-Id": client_id, "X-Client-Secret": secret}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        yield request


class HoldingsUnavailable(Exception):
    def __init__(self, status: int, message: str | None) -> None:
        super().__init__(f"HTTP {status}: {message}")
        self.status, self.message = status, message


def raw_amounts(base_url: str, client_id: str, secret: str, auth_token: str) -> dict[str, Decimal]:
    """Symbol -> amount straight from the generated client, every Optional and Unset narrowed."""
    client = Client(base_url=base_url, httpx_args={"auth": MeshKeys(client_id, secret)})
    response = get_holdings.sync_detailed(
        client=client,
        body=PortfolioHoldingsRequest(auth_token=auth_token, type_=BrokerType.ROBINHOOD),
    )
    result = response.parsed  # ApiResult | HoldingsModelApiResult | None: one type per documented status
    if not isinstance(result, HoldingsModelApiResult):
        message = result.message if isinstance(result, ApiResult) else None
        raise HoldingsUnavailable(int(response.status_code), message if isinstance(message, str) else None)
    content = result.content
    if not isinstance(content, HoldingsModel):
        return {}
    amounts: dict[str, Decimal] = {}
    for position in content.equity_positions or []:
        if isinstance(position.symbol, str) and not isinstance(position.amount, Unset):
            amounts[position.symbol] = position.amount
    return amounts


def adapter_holdings(base_url: str, client_id: str, secret: str, auth_token: str) -> tuple[Holding, ...]:
    mesh = MeshAdapter(MeshCredentials(client_id, secret), environment=base_url, options=ONE_TRY)
    try:
        return mesh.fetch(Secret(auth_token), "robinhood").holdings
    finally:
        mesh.close()


def mesh_connections(base_url: str, users: Sequence[str]) -> list[Connection]:
    """One connection per user, labelled by the user (their token would come from your secret store)."""
    credentials = MeshCredentials("job-client-id", "job-secret")
    return [
        MeshConnection(
            user, credentials, f"token-of-{user}", "robinhood", environment=base_url, options=ONE_TRY
        )
        for user in users
    ]


async def sync_all(connections: Sequence[Connection]) -> Portfolio:
    return await fetch_portfolio(connections, concurrency={"mesh": 2})


def report(portfolio: Portfolio) -> dict[str, str]:
    """What the job stores: totals per currency, the equity share, how many distinct instruments."""
    totals = totals_by_currency(portfolio.holdings)
    lines = {f"total:{currency}": str(amount) for currency, amount in totals.totals.items()}
    for piece in allocation_by_asset_class(portfolio.holdings):
        if piece.asset_class is AssetClass.EQUITY:
            lines[f"equity-share:{piece.currency}"] = str(piece.share)
    lines["instruments"] = str(len(merge_positions(portfolio.holdings)))
    lines["failed"] = ",".join(o.label for o in portfolio.failures)
    return lines
