"""SnapTrade: every operation of specs/snaptrade.yaml through ``SnapTradeAdapter`` (signed requests).

Each call takes the end user from the case's ``userId``/``userSecret`` (commercial keys) or none when the
case leaves them out (personal keys); a user the adapter cannot accept (a secret too short or with
control characters) is refused before any request, which the layers allow. The adapter's rate limits
are its own and forgotten before every call: a random ``X-RateLimit-*-Remaining: 0`` in one generated
answer must not hold the next, unrelated call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tests.contract.drivers import NO_RETRIES, OperationDriver, ProviderDriver, path_parameter
from unifolio._transports import RateLimits
from unifolio.providers.snaptrade import SnapTradeAdapter, SnapTradeCredentials, SnapTradeUser

ACCOUNT = "917c8734-8470-4a3e-a18f-57c3f2ee6631"


def _user(params: Mapping[str, Any]) -> SnapTradeUser | None:
    user_id, secret = params.get("user_id"), params.get("user_secret")
    if user_id is None or secret is None:
        return None  # personal keys: neither is sent
    return SnapTradeUser(user_id, secret)


def _from_case(case: Any) -> dict[str, Any]:
    query = case.query or {}
    params: dict[str, Any] = {"user_id": query.get("userId"), "user_secret": query.get("userSecret")}
    if "accountId" in (case.path_parameters or {}):
        params["account_id"] = path_parameter(case, "accountId")
    return params


def _positions(body: Any) -> int | None:
    """Positions with units become holdings (one without units is a notice: no quantity to hold)."""
    results = body.get("results") if isinstance(body, dict) else None
    if not isinstance(results, list):
        return None
    return sum(1 for position in results if isinstance(position, dict) and position.get("units") is not None)


def _per_account(call: Any) -> OperationDriver:
    return OperationDriver(
        call=lambda a, p: call(a)(p["account_id"], _user(p)),
        from_case=_from_case,
        from_body=lambda body: {"account_id": ACCOUNT},
    )


DRIVER = ProviderDriver(
    provider="snaptrade",
    adapter=lambda base_url, transport: SnapTradeAdapter(
        SnapTradeCredentials("contract-client-id", "contract-consumer-key"),
        base_url,
        options=NO_RETRIES,
        transport=transport,
        rate_limits=RateLimits(),
    ),
    reset=lambda adapter: adapter.rate_limits.clear(),
    operations={
        "list_accounts": OperationDriver(call=lambda a, p: a.get_accounts(_user(p)), from_case=_from_case),
        "list_connections": OperationDriver(
            call=lambda a, p: a.get_connections(_user(p)), from_case=_from_case
        ),
        "get_account": _per_account(lambda a: a.get_account),
        "get_account_positions": OperationDriver(
            call=lambda a, p: a.get_positions(p["account_id"], _user(p)),
            from_case=_from_case,
            from_body=lambda body: {"account_id": ACCOUNT},
            holdings_in=_positions,
        ),
        "get_account_balances": _per_account(lambda a: a.get_balances),
    },
)
