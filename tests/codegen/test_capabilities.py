"""What real vendor documents need from the generated clients, each shown on specs/capabilities.yaml.

20 of these 27 tests failed with the templates and generator of the previous main (checked when they
were written): variants tried in order typed a new instrument kind as a stock, decimal text stayed `str`,
a parameter named `quote` crashed the request, `Symbol.symbol` did not type-check, a string body was
`Any`. The other 7 pin what must not regress (a union's first member, null and unknown values in
nullable enums, decimals that are not text).
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

BASE_URL = "https://api.example.invalid"


def _models() -> ModuleType:
    import capabilities_client.models as models

    return models


def _client(handler: Any) -> Any:
    from capabilities_client import Client

    return Client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(handler)})


def _position(instrument: Any, **extra: Any) -> dict[str, Any]:
    return {"instrument": instrument, "units": "1", **extra}


@pytest.fixture(autouse=True)
def _generated(capabilities: Path) -> None:
    """Every test uses the generated `capabilities_client` package."""


def _decode_error() -> type[Exception]:
    from capabilities_client.errors import DecodeError

    return DecodeError


# --- discriminated unions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "member"),
    [("stock", "Stock"), ("equity", "Stock"), ("option", "Option"), ("Crypto", "Crypto")],
)
def test_the_discriminator_value_picks_the_member(tag: str, member: str) -> None:
    """Explicit mapping (two values to one member) and the implicit one (the component's name)."""
    models = _models()
    instrument = {"kind": tag, "symbol": "AAPL  261218C00240000", "strike": "240"}
    parsed = models.Position.from_dict(_position(instrument)).instrument
    assert type(parsed) is getattr(models, member)
    assert parsed.kind == tag


def test_an_unknown_discriminator_value_is_kept_whole_and_flagged_never_typed_as_a_member() -> None:
    """A new kind that happens to fit Stock's fields (and Stock's open `kind` enum) is still not a stock."""
    from capabilities_client.types import UnknownVariant

    models = _models()
    future = {"kind": "future", "symbol": "ESZ6", "root_symbol": "ES", "multiplier": "50"}
    position = models.Position.from_dict(_position(future))
    assert isinstance(position.instrument, UnknownVariant)
    assert not isinstance(position.instrument, models.Stock)
    assert position.instrument.is_known is False
    assert (position.instrument.discriminator, position.instrument.value) == ("kind", "future")
    assert position.instrument.source_json == future
    assert position.to_dict()["instrument"] == future  # nothing lost on the way back either


def test_a_known_value_that_breaks_its_member_is_an_error_at_its_path() -> None:
    broken_option = {"kind": "option", "symbol": "AAPL  261218C00240000"}  # no strike
    with pytest.raises(_decode_error()) as caught:
        _models().Position.from_dict(_position(broken_option))
    assert caught.value.path == ("instrument", "strike")
    assert "missing" in caught.value.reason


@pytest.mark.parametrize("instrument", [{"symbol": "AAPL"}, {"kind": 7, "symbol": "AAPL"}, {"kind": None}])
def test_a_missing_or_non_text_discriminator_is_an_error_at_its_path(instrument: dict[str, Any]) -> None:
    with pytest.raises(_decode_error()) as caught:
        _models().Position.from_dict(_position(instrument))
    assert caught.value.path == ("instrument", "kind")
    assert "discriminator" in caught.value.reason


def test_a_nullable_discriminated_union_keeps_null_members_and_unknowns() -> None:
    from capabilities_client.types import UnknownVariant

    models = _models()
    stock = {"kind": "stock", "symbol": "AAPL"}
    assert models.Position.from_dict(_position(stock, underlying=None)).underlying is None
    assert type(models.Position.from_dict(_position(stock, underlying=stock)).underlying) is models.Stock
    cfd = {"kind": "cfd", "symbol": "US500"}
    assert isinstance(models.Position.from_dict(_position(stock, underlying=cfd)).underlying, UnknownVariant)


def test_a_response_list_dispatches_each_item_and_keeps_unknown_ones() -> None:
    from capabilities_client.api.positions import get_positions
    from capabilities_client.types import UnknownVariant

    body = {
        "results": [
            _position({"kind": "stock", "symbol": "AAPL"}),
            _position({"kind": "option", "symbol": "AAPL  261218C00240000", "strike": "240"}),
            _position({"kind": "warrant", "symbol": "XYZ.WS"}),
        ]
    }
    client = _client(lambda request: httpx.Response(200, json=body))
    parsed = get_positions.sync("acc-1", client=client)
    models = _models()
    kinds = [type(p.instrument) for p in parsed.results]
    assert kinds == [models.Stock, models.Option, UnknownVariant]


# --- decimal strings ------------------------------------------------------------------------------


def test_decimal_text_is_an_exact_decimal_whatever_json_type_it_comes_in() -> None:
    from capabilities_client.api.positions import get_positions

    raw = (
        b'{"results": [{"instrument": {"kind": "stock", "symbol": "AAPL"}, "units": "0.123456789012345678",'
        b' "price": "12345678901234567.89", "lots": ["0.00000001", "1", 2.50]},'
        b' {"instrument": {"kind": "stock", "symbol": "MSFT"},'
        b' "units": 0.10000000000000000001, "price": null}]}'
    )
    client = _client(lambda request: httpx.Response(200, content=raw))
    first, second = get_positions.sync("acc-1", client=client).results
    assert first.units == Decimal("0.123456789012345678") and type(first.units) is Decimal
    assert first.price == Decimal("12345678901234567.89") and type(first.price) is Decimal
    assert first.lots == [Decimal("0.00000001"), Decimal("1"), Decimal("2.50")]
    assert all(type(lot) is Decimal for lot in first.lots)
    assert second.units == Decimal("0.10000000000000000001")  # a JSON number: exact, not a float
    assert second.price is None


@pytest.mark.parametrize("units", ["abc", "", "NaN", "Infinity", True, None, {"value": "1"}])
def test_decimal_text_that_is_no_finite_number_is_an_error_at_its_path(units: Any) -> None:
    with pytest.raises(_decode_error()) as caught:
        _models().Position.from_dict(_position({"kind": "stock", "symbol": "AAPL"}, units=units))
    assert caught.value.path == ("units",)


def test_decimals_go_back_as_plain_decimal_text_never_a_float_or_an_exponent() -> None:
    models = _models()
    position = models.Position.from_dict(
        _position({"kind": "stock", "symbol": "AAPL"}, units="0.00000001", lots=["1.50", "100"])
    )
    out = position.to_dict()
    assert out["units"] == "0.00000001"  # str(Decimal("0.00000001")) would be "1E-8"
    assert out["lots"] == ["1.50", "100"]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=request.content)

    from capabilities_client.api.positions import place_order

    body = models.Position(
        instrument=models.Stock(kind=models.StockKind.STOCK, symbol="AAPL"), units=Decimal("1E+2")
    )
    echoed = place_order.sync(client=_client(handler), body=body)
    assert json.loads(sent[0].content)["units"] == "100"
    assert echoed.units == Decimal("100")


# --- nullable enums -------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["side", "status"])
def test_a_nullable_enum_accepts_null_its_values_and_keeps_unknown_ones(field: str) -> None:
    models = _models()
    stock = {"kind": "stock", "symbol": "AAPL"}
    assert getattr(models.Position.from_dict(_position(stock, **{field: None})), field) is None
    known = "long" if field == "side" else "open"
    assert getattr(models.Position.from_dict(_position(stock, **{field: known})), field) == known
    unknown = getattr(models.Position.from_dict(_position(stock, **{field: "pending"})), field)
    assert unknown == "pending" and unknown.is_known is False


# --- names that collide with what the generated code uses -----------------------------------------


def test_a_property_named_like_its_model_or_like_template_internals_round_trips() -> None:
    models = _models()
    data = {
        "symbol": "AAPL",
        "models": "m",
        "cls": "c",
        "src_key": "k",
        "src_dict": "d",
        "as_decimal": "a",
        "instance": "i",
        "field_dict": "f",
        "prop": "p",
        "exc": "e",
        "parse_tags_item": "t",
        "tags": ["x", 1.5],
        "tags_item": "y",
    }
    symbol = models.Symbol.from_dict(data)
    assert symbol.symbol == "AAPL" and symbol.cls == "c" and symbol.instance == "i" and symbol.prop == "p"
    assert symbol.tags == ["x", Decimal("1.5")]
    assert symbol.to_dict() == {**data, "tags": ["x", Decimal("1.5")]}
    assert symbol.additional_properties == {}
    agreement = models.Agreement.from_dict({"agreement": "margin", "revision": None})
    assert (agreement.agreement, agreement.revision) == ("margin", None)


def test_parameters_named_like_imports_or_locals_are_sent_as_given() -> None:
    from capabilities_client.api.positions import get_positions

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"results": []})

    get_positions.sync(
        "acc/1",
        client=_client(handler),
        quote="USD",
        params="p",
        headers="h",
        kwargs="k",
        response="r",
        symbols=["AAPL", "MSFT"],
        symbols_item="TSLA",
        min_units=Decimal("0.00000001"),
    )
    (request,) = sent
    assert request.url.raw_path.split(b"?")[0] == b"/accounts/acc%2F1/positions"
    assert request.url.params.multi_items() == [
        ("quote", "USD"),
        ("params", "p"),
        ("headers", "h"),
        ("kwargs", "k"),
        ("response", "r"),
        ("symbols", "AAPL"),
        ("symbols", "MSFT"),
        ("symbols_item", "TSLA"),
        ("min_units", "0.00000001"),
    ]


# --- allOf that redefines a property ------------------------------------------------------------


def test_an_allof_member_that_extends_a_property_s_model_wins() -> None:
    """The generator kept the first model (Balance) without a word; margin_loan_amount was lost."""
    models = _models()
    account = models.InvestmentAccount.from_dict(
        {"id": "a1", "balances": {"current": 43200, "margin_loan_amount": "0.10000000000000000001"}}
    )
    assert type(account.balances) is models.InvestmentBalance
    assert account.balances.margin_loan_amount == Decimal("0.10000000000000000001")
    assert account.balances.additional_properties == {}


# --- typed string bodies, and the whole package under mypy --strict ------------------------------


def test_a_json_string_body_is_returned_as_a_str() -> None:
    from capabilities_client.api.positions import get_positions

    client = _client(lambda request: httpx.Response(404, json="no such account"))
    answer = get_positions.sync_detailed("acc-1", client=client)
    assert answer.parsed == "no such account" and type(answer.parsed) is str


def test_the_generated_package_is_mypy_strict_clean(capabilities: Path) -> None:
    """Also what makes the string body typed: mypy --strict rejects a function returning Any."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.11",
            "--no-incremental",
            "-p",
            "capabilities_client",
        ],
        capture_output=True,
        text=True,
        cwd=capabilities,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
