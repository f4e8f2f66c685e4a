"""MoneyKit: every operation of specs/moneykit.yaml through ``MoneyKitAdapter`` (token flow included).

``create_access_token`` has no adapter method of its own: every adapter call runs it first (the token
cache is emptied before each call), so it is driven through ``get_holdings``.
"""

from __future__ import annotations

from typing import Any

from tests.contract.drivers import NO_RETRIES, OperationDriver, ProviderDriver, path_parameter
from unifolio.providers.moneykit import MOCK_LINK_ID, MoneyKitAdapter, MoneyKitCredentials


def _holdings(body: Any) -> int | None:
    holdings = body.get("holdings") if isinstance(body, dict) else None
    return len(holdings) if isinstance(holdings, list) else None


def _happy(body: Any, params: Any) -> Any:
    """A token that can go in a header (the spec allows any string; see refuses_valid)."""
    if isinstance(body, dict) and isinstance(body.get("access_token"), str):
        token = "".join(c if "!" <= c <= "~" else "x" for c in body["access_token"]).ljust(8, "x")
        return {**body, "access_token": token}
    return body


def _link(case: Any) -> dict[str, Any]:
    return {"link_id": path_parameter(case, "id"), "account_ids": case.query.get("account_ids")}


DRIVER = ProviderDriver(
    provider="moneykit",
    adapter=lambda base_url, transport: MoneyKitAdapter(
        MoneyKitCredentials("contract-client-id", "contract-client-secret"),
        base_url,
        options=NO_RETRIES,
        transport=transport,
    ),
    reset=lambda adapter: adapter.auth.invalidate(),
    happy_path=_happy,
    refuses_valid={
        r"^\$\.access_token$": (
            "a token that cannot go in an Authorization header (control characters, spaces, non-ASCII) "
            "or is shorter than 8 characters (no real token is; too short to redact safely): "
            "the schema only says minLength 1 (spec recommendation: pattern '^[!-~]{8,}$')"
        ),
    },
    operations={
        "create_access_token": OperationDriver(
            call=lambda a, p: a.get_holdings(MOCK_LINK_ID),
            from_case=lambda case: {},
        ),
        "get_investment_holdings": OperationDriver(
            call=lambda a, p: a.get_holdings(p["link_id"], p.get("account_ids")),
            from_case=_link,
            from_body=lambda body: {"link_id": MOCK_LINK_ID},
            holdings_in=_holdings,
        ),
    },
)
