"""Plaid: every operation of specs/plaid.yaml through ``PlaidAdapter``."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Mapping
from typing import Any

from tests.contract.drivers import NO_RETRIES, OperationDriver, ProviderDriver
from unifolio._secrets import credential_problem
from unifolio.providers.plaid import PlaidAdapter, PlaidCredentials

DEFAULTS: Mapping[str, Any] = {"access_token": "access-sandbox-contract-item"}


def _holdings(body: Any) -> int | None:
    holdings = body.get("holdings") if isinstance(body, dict) else None
    return len(holdings) if isinstance(holdings, list) else None


def _params(case: Any) -> Mapping[str, Any]:
    """The body's token and options as the adapter method takes them (client_id/secret in the body are
    never sent: the adapter sends its credentials as headers).

    The spec's ``AccessToken`` is any string; the adapter refuses, before any request, one that cannot
    be a credential (shorter than 8, spaces, non-ASCII: tests/unit/test_plaid_adapter.py). Nearly every
    generated token is such a string, so a usable token stands in for it and the call reaches Prism.
    """
    body = case.body if isinstance(case.body, dict) else {}
    options = body.get("options") if isinstance(body.get("options"), dict) else {}
    token = body.get("access_token")
    if credential_problem(token) is not None:
        token = DEFAULTS["access_token"]
    params: dict[str, Any] = {"access_token": token, "account_ids": options.get("account_ids")}
    moment = options.get("min_last_updated_datetime")
    if isinstance(moment, str):
        with contextlib.suppress(ValueError):
            parsed = datetime.datetime.fromisoformat(moment.replace("Z", "+00:00"))
            params["min_last_updated"] = parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    return params


DRIVER = ProviderDriver(
    provider="plaid",
    adapter=lambda base_url, transport: PlaidAdapter(
        PlaidCredentials("contract-client-id", "contract-plaid-secret"),
        base_url,
        options=NO_RETRIES,
        transport=transport,
    ),
    operations={
        "get_investments_holdings": OperationDriver(
            call=lambda a, p: a.get_holdings(p["access_token"], p.get("account_ids")),
            from_case=_params,
            from_body=lambda body: DEFAULTS,
            holdings_in=_holdings,
        ),
        "get_accounts": OperationDriver(
            call=lambda a, p: a.get_accounts(p["access_token"], p.get("account_ids")),
            from_case=_params,
            from_body=lambda body: DEFAULTS,
        ),
        "get_accounts_balance": OperationDriver(
            call=lambda a, p: a.get_accounts_balance(
                p["access_token"], p.get("account_ids"), min_last_updated=p.get("min_last_updated")
            ),
            from_case=_params,
            from_body=lambda body: DEFAULTS,
        ),
    },
)
