"""A user's own pytest suite for their sync job, using the unifolio plugin's mocks (installed wheel)."""

from __future__ import annotations

import asyncio

import pytest
from sync_job import HoldingsUnavailable, adapter_holdings, mesh_connections, raw_amounts, report, sync_all

from unifolio import AuthenticationError, ProviderUnavailableError, RateLimitedError
from unifolio.pytest_plugin import MockServers

KEYS = ("test-client-id", "test-client-secret", "user-token")  # client id, client secret, user token


def test_raw_client_reads_amounts_exactly(unifolio_mocks: MockServers) -> None:
    amounts = raw_amounts(unifolio_mocks.url("mesh"), *KEYS)
    assert amounts and all(str(amount) for amount in amounts.values())


def test_raw_client_reports_the_documented_401(unifolio_mocks: MockServers) -> None:
    url = unifolio_mocks.example_url("mesh", "bad_client_credentials")
    with pytest.raises(HoldingsUnavailable) as caught:
        raw_amounts(url, *KEYS)
    assert caught.value.status == 401 and caught.value.message


def test_adapter_maps_holdings(unifolio_mocks: MockServers) -> None:
    assert adapter_holdings(unifolio_mocks.url("mesh"), *KEYS)


@pytest.mark.parametrize(
    ("example", "error"),
    [
        ("bad_client_credentials", AuthenticationError),  # 401
        ("rate_limited", RateLimitedError),  # 429
        ("institution_failed", ProviderUnavailableError),  # a 200 whose envelope reports the failure
    ],
)
def test_the_job_sees_each_failure_as_a_typed_error(
    unifolio_mocks: MockServers, example: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        adapter_holdings(unifolio_mocks.example_url("mesh", example), *KEYS)


def test_sync_all_keeps_good_data_next_to_a_failing_connection(unifolio_mocks: MockServers) -> None:
    good = mesh_connections(unifolio_mocks.url("mesh"), ["alice", "bob"])
    limited = mesh_connections(unifolio_mocks.example_url("mesh", "rate_limited"), ["carol"])
    portfolio = asyncio.run(sync_all([*good, *limited]))
    lines = report(portfolio)
    assert lines["failed"] == "carol" and lines["total:USD"] and int(lines["instruments"]) > 0
