"""Failing examples the contract fuzzers found for MoneyKit, kept as plain tests."""

from __future__ import annotations

import pytest

from tests.contract._harness import Harness
from tests.contract._specs import operations
from unifolio import ResponseContractError

OPS = {op.operation_id: op for op in operations("moneykit")}


@pytest.mark.parametrize("token", ["\x80", "a b", "tok\n", "ünïcode"])
def test_token_that_cannot_go_in_a_header_is_refused_at_its_path(token: str) -> None:
    """Found by the offline fuzzer ('\\x80' escaped as UnicodeEncodeError from httpx at the time)."""
    import json

    body = json.dumps({"access_token": token, "token_type": "bearer", "expires_in": 3600}).encode()
    with pytest.raises(ResponseContractError) as excinfo:
        Harness(OPS["create_access_token"]).call(201, body)
    assert excinfo.value.path == "$.access_token"
