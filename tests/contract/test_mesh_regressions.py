"""Failing examples the contract fuzzers found for Mesh, kept as plain tests.

Strict xfails are reported bugs in code outside the contract tests: they turn red (XPASS) the day the
bug is fixed, and then the xfail and the matching ``known_bugs`` entry in drivers/mesh.py go.
"""

from __future__ import annotations

import pytest

from tests.contract._harness import Harness
from tests.contract._specs import operations
from unifolio import ResponseContractError

OPS = {op.operation_id: op for op in operations("mesh")}


@pytest.fixture
def holdings() -> Harness:
    return Harness(OPS["get_holdings"])


def _option_body(expiration: int) -> bytes:
    return (
        b'{"status": "ok", "content": {"status": "succeeded", "optionPositions": '
        b'[{"symbol": "AAPL", "amount": 1, "expirationTimestamp": ' + str(expiration).encode() + b"}]}}"
    )


@pytest.mark.parametrize("expiration", [-62135596801, 2**63 - 1])  # found by hypothesis / the int64 edge
def test_option_expiry_out_of_datetime_range_reads_unknown_with_a_notice(
    holdings: Harness, expiration: int
) -> None:
    snapshot = holdings.call(200, _option_body(expiration))
    (option,) = snapshot.holdings  # the option is kept; only its expiry is unknown
    assert option.instrument.option is not None and option.instrument.option.expiration is None
    (notice,) = snapshot.notices
    assert (
        notice.path == "$.content.optionPositions[0].expirationTimestamp"
        and str(expiration) in notice.message
    )


def test_option_expiry_in_milliseconds_still_maps(holdings: Harness) -> None:
    snapshot = holdings.call(200, _option_body(1799971200000))
    assert snapshot.holdings[0].instrument.option.expiration.year == 2027


def test_json_number_beyond_decimal_range_is_a_contract_error(holdings: Harness) -> None:
    body = b'{"status": "ok", "content": {"equityPositions": [{"amount": 1E+1000000000000000000}]}}'
    with pytest.raises(ResponseContractError):
        holdings.call(200, body)


def test_position_without_amount_is_refused_at_its_path(holdings: Harness) -> None:
    """Schema-valid (Mesh requires no key), refused on purpose: see refuses_valid in drivers/mesh.py."""
    body = b'{"status": "ok", "content": {"status": "succeeded", "equityPositions": [{"costBasis": "0"}]}}'
    with pytest.raises(ResponseContractError) as excinfo:
        holdings.call(200, body)
    assert excinfo.value.path == "$.content.equityPositions[0].amount"


def test_ok_envelope_without_content_is_refused_at_content() -> None:
    for operation in OPS.values():
        with pytest.raises(ResponseContractError) as excinfo:
            Harness(operation).call(200, b'{"status": "ok", "content": null}')
        assert excinfo.value.path == "$.content"
