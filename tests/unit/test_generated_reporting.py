"""What every generated client adds for the partial-data policy (codegen/templates/types.py.jinja): a key
twice is never resolved silently, degradable properties read None with the reason kept, and a parse
reports what it noticed only to whoever asks (``types.reporting()``)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from habittrade_client.errors import DecodeError
from habittrade_client.models import Position
from habittrade_client.types import decode_json, reporting
from mesh_client.errors import DecodeError as MeshDecodeError
from mesh_client.models import HoldingsModel
from mesh_client.types import ENUM_KEYS
from mesh_client.types import decode_json as mesh_decode
from mesh_client.types import reporting as mesh_reporting

POSITION = {"market": "usex", "product_code": "AAPL", "qty": 1, "base_currency": "USD", "portfolio_id": "p"}


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (b'{"a": 1, "a": 2}', "$.a"),
        (b'{"a": {"b": [{"c": "x"}, {"c": "x", "c": "y"}]}}', "$.a.b[1].c"),
        (b'{"a": 1, "a": true}', "$.a"),  # 1 == True in Python, not in JSON
        (b'{"a": 1.0, "b": 2, "a": "1.0"}', "$.a"),
    ],
)
def test_a_key_twice_with_different_values_is_a_decode_error_at_that_key(text: bytes, path: str) -> None:
    with pytest.raises(MeshDecodeError) as excinfo:
        mesh_decode(text)
    assert excinfo.value.json_path == path and "duplicate key" in excinfo.value.reason


def test_the_same_key_twice_with_the_same_value_is_one_statement() -> None:
    assert mesh_decode(b'{"a": 1.50, "a": 1.5, "b": {"c": [1]}, "b": {"c": [1]}}') == {
        "a": Decimal("1.5"),
        "b": {"c": [1]},
    }


def test_a_degradable_value_reads_none_keeps_its_reason_and_is_reported() -> None:
    body = {**POSITION, "product_name": None, "avg_cost": {"amount": 1}}
    assert Position.from_dict(body).product_name is None  # outside reporting(): nothing collected
    with reporting() as report:
        position = Position.from_dict(decode_json(json.dumps(body).encode()))
    assert position.product_name is None and position.avg_cost is None and position.qty == 1
    assert position.unusable == {
        "product_name": "expected a string, got null",
        "avg_cost": "expected number or string, got dict",
    }
    assert [(key, reason) for _, key, _, reason in report.unusable] == list(position.unusable.items())
    assert report.unusable[0][0] is position.source_json  # the object it sits in, for the JSON path
    assert position.to_dict()["product_name"] is None


def test_a_value_the_record_needs_is_still_a_decode_error() -> None:
    with pytest.raises(DecodeError) as excinfo:
        Position.from_dict({**POSITION, "product_code": None})
    assert excinfo.value.json_path == "$.product_code"


def test_non_finite_tokens_and_unknown_enum_values_are_reported_not_failed() -> None:
    body = b'{"status": "partial", "type": "robinhood", "x": NaN, "equityPositions": []}'
    with mesh_reporting() as report:
        content = HoldingsModel.from_dict(mesh_decode(body))
    assert report.non_finite and report.bodies[0]["x"].is_nan()
    assert list(report.unknown) == [(type(content.status), "partial")] and not content.status.is_known  # type: ignore[union-attr]
    assert "status" in ENUM_KEYS[type(content.status)]  # where to look for it in a body
