"""Mesh: every operation of specs/mesh.yaml through ``MeshAdapter``."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from tests.contract.drivers import NO_RETRIES, OperationDriver, ProviderDriver
from unifolio._secrets import credential_problem
from unifolio.providers.mesh import MeshAdapter, MeshCredentials

HOLDINGS_GROUPS = (
    "equityPositions",
    "cryptocurrencyPositions",
    "notSupportedEquityPositions",
    "notSupportedCryptocurrencyPositions",
    "nftPositions",
    "optionPositions",
)
PORTFOLIO_GROUPS = ("equityPositions", "cryptocurrencyPositions", "nftPositions")
DEFAULTS = {"auth_token": "contract-auth-token", "broker_type": "robinhood"}


def _count(groups: tuple[str, ...]) -> Any:
    def count(body: Any) -> int | None:
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict):
            return None
        return sum(len(content.get(group) or ()) for group in groups)

    return count


def _connection(case: Any) -> Mapping[str, Any]:
    """The case's parameters as a caller has them. Mesh's schema allows any string as ``authToken``; a
    real Mesh Link token is a long printable-ASCII string, and the adapter refuses anything else before
    sending (unit-tested there). Generated tokens it would refuse are replaced by a real-looking one, so
    the calls reach Prism and the mapping runs instead of four calls in five ending at the input check."""
    token = case.body["authToken"]
    if credential_problem(token) is not None:
        token = f"contract-token-{sum(map(ord, str(token))) % 10**6:06d}"
    return {"auth_token": token, "broker_type": case.body["type"]}


def _portfolio(adapter: MeshAdapter, params: Mapping[str, Any]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Mesh deprecates the operation; we still test it
        return adapter.get_portfolio(params["user_id"], timezone_offset=params.get("timezone_offset"))


# datetime.fromtimestamp(..., UTC) accepts years 1..9999; the adapter divides values above 10**11 by 1000.
FIRST_SECOND, LAST_MILLISECOND = -62135596800, 253402300799999


def _happy(body: Any, params: Mapping[str, Any] | None) -> Any:
    """Envelope ``status: ok`` and, where the content has one, institution ``status: succeeded``."""
    if not isinstance(body, dict):
        return body
    body = {**body, "status": "ok"}
    content = body.get("content")
    if isinstance(content, dict) and "status" in content:
        body["content"] = {**content, "status": "succeeded"}
    return body


DRIVER = ProviderDriver(
    provider="mesh",
    happy_path=_happy,
    refuses_valid={
        r"^\$\.content$": (
            "`status: ok` with `content` null or absent: nothing to map; the adapter reports it instead of "
            "returning an empty snapshot (the schema allows null content because failed calls send it)"
        ),
        r"^\$\.status$": (
            "an envelope without `status` (Mesh's schema requires no key): whether the call succeeded is "
            "not said, so the content is not read as if it had"
        ),
        r"^\$\.content\.\w+\[\d+\]\.amount$": (
            "a position without `amount`: Holding.quantity is required by the common model, while Mesh's "
            "schema lists no required keys (spec recommendation: make `amount` required)"
        ),
    },
    adapter=lambda base_url, transport: MeshAdapter(
        MeshCredentials("contract-client-id", "contract-client-secret"),
        base_url,
        options=NO_RETRIES,
        transport=transport,
    ),
    operations={
        "get_holdings": OperationDriver(
            call=lambda a, p: a.get_holdings(p["auth_token"], p["broker_type"]),
            from_case=_connection,
            from_body=lambda body: DEFAULTS,
            holdings_in=_count(HOLDINGS_GROUPS),
        ),
        "get_holdings_value": OperationDriver(
            call=lambda a, p: a.get_holdings_value(p["auth_token"], p["broker_type"], account_id="acct-1"),
            from_case=_connection,
            from_body=lambda body: DEFAULTS,
        ),
        "get_balance": OperationDriver(
            call=lambda a, p: a.get_balance(p["auth_token"], p["broker_type"], account_id="acct-1"),
            from_case=_connection,
            from_body=lambda body: DEFAULTS,
        ),
        "get_portfolio": OperationDriver(
            call=_portfolio,
            from_case=lambda case: {
                "user_id": case.query["UserId"],
                "timezone_offset": case.query.get("TimezoneOffset"),
            },
            from_body=lambda body: {"user_id": "contract-user"},
            holdings_in=_count(PORTFOLIO_GROUPS),
        ),
    },
)
