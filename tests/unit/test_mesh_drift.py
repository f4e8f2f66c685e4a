"""Drift tolerance of the generated Mesh client + adapter.

Providers add enum values and fields without notice (Mesh's institution enum grew from 32 to 57+,
``teamCode`` appeared in the envelope). Every case here either keeps the value or raises a typed
ResponseContractError naming the provider and the JSON path: never ValueError/KeyError, never a raw
dict inside typed data.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from mesh_client.models import ApiResultStatus, BrokerType, HoldingsModelApiResult
from mesh_client.types import decode_json

from unifolio import ProviderError, ResponseContractError
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.providers.mesh import MeshAdapter, MeshCredentials

BASE: dict[str, Any] = {
    "status": "ok",
    "message": "",
    "errorType": "",
    "errorHash": "a1b2c3d4",
    "teamCode": "P4",
    "content": {
        "status": "succeeded",
        "type": "robinhood",
        "accountId": "5FUVPB0",
        "institutionName": "Robinhood",
        "accountName": "Individual",
        "equityPositions": [
            {
                "symbol": "AAPL",
                "name": "Apple Inc.",
                "amount": 3,
                "costBasis": 109,
                "marketValue": 569.61,
                "lastPrice": 189.87,
            }
        ],
        "cryptocurrencyPositions": [
            {
                "symbol": "ETH",
                "name": "Ethereum",
                "amount": 0.123456789012345678,
                "costBasis": 1800.5,
                "distribution": [
                    {"caipNetworkId": "eip155:1", "address": "0xabc", "amount": 0.123456789012345678}
                ],
            }
        ],
        "optionPositions": [
            {
                "symbol": "AAPL 261218C00200000",
                "amount": 1,
                "optionType": "call",
                "direction": "buyToOpen",
                "strikePrice": 200,
                "numberOfSharesInContract": 100,
                "averageOpenPrice": 4.35,
                "expirationTimestamp": 1797552000,
                "createdTimestamp": 1760000000,
                "updatedTimestamp": 1760000000,
            }
        ],
    },
}


def _adapter(body: bytes, status: int = 200) -> MeshAdapter:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    return MeshAdapter(
        MeshCredentials("test-client-id", "test-client-secret"),
        "https://mesh.test",
        transport=httpx.MockTransport(handler),
        options=HttpOptions(retry=RetryPolicy(max_attempts=1)),
    )


def _fetch(body: dict[str, Any]) -> Any:
    raw = json.dumps(body).encode()
    return _adapter(raw).get_holdings("user-token", "robinhood")


def _mutated(path: tuple[Any, ...], value: Any, *, delete: bool = False) -> dict[str, Any]:
    body = copy.deepcopy(BASE)
    node: Any = body
    for key in path[:-1]:
        node = node[key]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return body


def test_baseline_maps() -> None:
    snapshot = _fetch(BASE)
    assert [h.instrument.symbol for h in snapshot.holdings] == ["AAPL", "ETH", "AAPL 261218C00200000"]


def test_an_unknown_envelope_status_with_data_keeps_the_data_and_says_so() -> None:
    # An envelope status Mesh adds later is not "ok": it must not pass for success silently, and the
    # content that came with it must not be thrown away either.
    body = _mutated(("status",), "partialOutage")
    parsed = HoldingsModelApiResult.from_dict(decode_json(json.dumps(body).encode()))
    assert parsed.status == "partialOutage" and not parsed.status.is_known
    assert isinstance(parsed.status, ApiResultStatus)
    snapshot = _fetch(body)
    assert [h.instrument.symbol for h in snapshot.holdings][:2] == ["AAPL", "ETH"]
    (notice,) = [n for n in snapshot.notices if n.path == "$.status"]
    assert notice.code == "unknown_status" and "'partialOutage'" in notice.message


def test_an_unknown_envelope_status_without_data_is_an_error_naming_it() -> None:
    body = _mutated(("status",), "partialOutage")
    del body["content"]
    with pytest.raises(ProviderError) as excinfo:
        _fetch(body)
    assert type(excinfo.value) is ProviderError and "partialOutage" in str(excinfo.value)


def test_unknown_nested_enums_are_kept() -> None:
    body = _mutated(("content", "type"), "brandNewExchange")
    body["content"]["optionPositions"][0]["optionType"] = "binary"
    parsed = HoldingsModelApiResult.from_dict(decode_json(json.dumps(body).encode()))
    assert parsed.content.type_ == "brandNewExchange"
    assert isinstance(parsed.content.type_, BrokerType) and not parsed.content.type_.is_known
    assert parsed.to_dict()["content"]["type"] == "brandNewExchange"  # round-trips unchanged
    snapshot = _fetch(body)
    option = snapshot.holdings[-1]
    assert option.instrument.option is not None and option.instrument.option.option_type == "binary"


def test_unknown_fields_are_kept_where_the_schema_forbids_them() -> None:
    body = _mutated(("content", "equityPositions", 0, "exchangeMic"), "XNAS")
    body["newEnvelopeField"] = {"nested": [1, 2]}
    parsed = HoldingsModelApiResult.from_dict(decode_json(json.dumps(body).encode()))
    assert parsed.additional_properties == {"newEnvelopeField": {"nested": [1, 2]}}
    assert parsed.content.equity_positions[0].additional_properties == {"exchangeMic": "XNAS"}
    snapshot = _fetch(body)
    assert snapshot.holdings[0].raw["exchangeMic"] == "XNAS"  # reachable on the common model too


def test_missing_optional_fields_are_none_not_zero() -> None:
    body = _mutated(("content", "equityPositions", 0, "marketValue"), None, delete=True)
    del body["content"]["equityPositions"][0]["lastPrice"]
    del body["content"]["equityPositions"][0]["costBasis"]
    holding = _fetch(body).holdings[0]
    assert holding.market_value is None and holding.price is None and holding.cost_basis == ()


@pytest.mark.parametrize(
    ("path", "value", "json_path"),
    [
        (("content", "equityPositions", 0, "amount"), None, "$.content.equityPositions[0].amount"),
        (("content", "equityPositions", 0, "amount"), "three", "$.content.equityPositions[0].amount"),
        (("content", "equityPositions", 0, "symbol"), 42, "$.content.equityPositions[0].symbol"),
        (("content", "equityPositions"), {"symbol": "AAPL"}, "$.content.equityPositions"),
        (("content",), ["not", "an", "object"], "$.content"),
    ],
)
def test_values_that_cannot_be_mapped_raise_a_typed_error_with_the_path(
    path: tuple[Any, ...], value: Any, json_path: str
) -> None:
    with pytest.raises(ResponseContractError) as excinfo:
        _fetch(_mutated(path, value))
    assert excinfo.value.provider == "mesh"
    assert excinfo.value.path == json_path


@pytest.mark.parametrize(
    ("path", "value", "delete", "reason"),
    [
        (("content", "cryptocurrencyPositions", 0, "distribution", 0, "amount"), None, False, "got null"),
        (("content", "cryptocurrencyPositions", 0, "distribution", 0, "amount"), None, True, "missing"),
        (("content", "optionPositions", 0, "expirationTimestamp"), "tomorrow", False, "expected an integer"),
        (("content", "equityPositions", 0, "name"), {"en": "Apple"}, False, "got dict"),
    ],
)
def test_a_detail_that_cannot_be_used_reads_none_with_a_notice_naming_its_path(
    path: tuple[Any, ...], value: Any, delete: bool, reason: str
) -> None:
    snapshot = _fetch(_mutated(path, value, delete=delete))
    assert len(snapshot.holdings) == 3  # every holding kept
    (notice,) = snapshot.notices
    assert notice.code == "unusable_value" and reason in notice.message
    assert notice.path == "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def test_numbers_as_strings_are_tolerated_exactly() -> None:
    body = _mutated(("content", "equityPositions", 0, "amount"), "3.000000000000000001")
    assert _fetch(body).holdings[0].quantity == Decimal("3.000000000000000001")


@pytest.mark.parametrize("payload", [b"<html>502 Bad Gateway</html>", b'{"status": "ok", "content": {', b""])
def test_a_200_that_is_not_json_is_a_contract_error_at_the_root(payload: bytes) -> None:
    with pytest.raises(ResponseContractError) as excinfo:
        _adapter(payload).get_holdings("user-token", "robinhood")
    assert excinfo.value.path == "$"


def test_eighteen_decimal_crypto_amount_survives_and_sums_are_exact() -> None:
    body = copy.deepcopy(BASE)
    raw = json.dumps(body).replace("0.12345678901234568", "0.123456789012345678")
    raw = raw.replace('"amount": 0.123456789012345678}', '"amount": 0.000000000000000001}')
    snapshot = _adapter(raw.encode()).get_holdings("user-token", "robinhood")
    eth = snapshot.holdings[1]
    assert eth.quantity == Decimal("0.123456789012345678")
    assert isinstance(eth.quantity, Decimal)
    assert eth.distribution[0].quantity == Decimal("0.000000000000000001")
    values = [h.market_value.amount for h in snapshot.holdings if h.market_value]
    assert all(isinstance(v, Decimal) for v in values)


def test_a_position_without_a_symbol_is_kept_and_says_nothing_identifies_it() -> None:
    body = _mutated(("content", "equityPositions", 0, "symbol"), None)
    snapshot = _fetch(body)
    assert len(snapshot.holdings) == 3 and snapshot.holdings[0].instrument.symbol is None
    (notice,) = snapshot.notices
    assert notice.code == "unidentified_instrument" and notice.path == "$.content.equityPositions[0].symbol"
    assert notice.raw is snapshot.holdings[0].raw
