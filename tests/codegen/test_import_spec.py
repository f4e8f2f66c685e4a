"""scripts/import_spec.py (`make import-spec`) on a small vendor document of our own, in OpenAPI 3.0 with
the traits real ones have (see ../shared/vendor-specs/README.md): nullable forms, nullable enums without
null, reused titles, unquoted times and timestamps, vendor prose and extensions, components nothing
kept reaches."""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from ruamel.yaml import YAML

from tests.codegen.conftest import generate, load_script

VENDOR = """\
openapi: 3.0.3
info: {title: Broker, version: 2.4.1, description: The Broker API lets you do many wonderful things.}
servers:
  - {url: 'https://api.broker.example', description: Live}
security:
  - ApiKey: []
paths:
  /positions:
    get:
      operationId: listPositions
      summary: List positions
      description: Lists the positions. Call it often!
      tags: [Portfolio]
      x-internal-owner: team-positions
      parameters:
        - {name: accountId, in: query, required: true, description: Vendor words., schema: {type: string}}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/PositionList'}
              example:
                positions:
                  - symbol: AAPL
                    units: "0.123456789012345678"
                    price: 0.123456789012345678
                    side: null
                    settles_at: 16:00:00
                    as_of: 2026-06-02T14:30:00Z
                    trade_date: 2024-07-23
                    lot: null
                    description: example data keeps keys named like prose
                    x-note: and like extensions
        '404':
          description: Not found
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
  /orders:
    post:
      operationId: placeOrder
      responses:
        '200': {description: OK}
components:
  securitySchemes:
    ApiKey: {type: apiKey, in: header, name: X-Api-Key, description: Your key.}
    Unused: {type: http, scheme: basic}
  schemas:
    PositionList:
      type: object
      title: Positions
      required: [positions]
      properties:
        positions:
          type: array
          items: {$ref: '#/components/schemas/Position'}
    Position:
      type: object
      title: Positions
      description: One position. The vendor's prose.
      required: [symbol]
      x-hidden-from-docs: true
      properties:
        symbol: {type: string, description: The ticker.}
        units: {type: string}
        price: {type: number, nullable: true, exclusiveMinimum: true, minimum: 0}
        side: {type: string, enum: [long, short], nullable: true}
        settles_at: {type: string}
        as_of: {type: string, format: date-time}
        trade_date: {type: string, format: date}
        lot:
          allOf: [{$ref: '#/components/schemas/Lot'}]
          nullable: true
        description: {type: string}
        x-note: {type: string}
    Lot:
      type: object
      properties:
        opened: {type: string, format: date}
    Error:
      type: object
      nullable: true
      properties:
        code: {type: string}
    Orphan:
      type: object
      properties:
        lot: {$ref: '#/components/schemas/Lot'}
"""

RECIPE = """\
provider: broker
upstream:
  document: broker.yaml
  url: https://example.invalid/broker/openapi.yaml
  repository: https://example.invalid/broker
  path: openapi.yaml
  commit: 0123456789abcdef
  version: 2.4.1
  sha256: {sha256}
info:
  title: Broker (subset)
  description: Our own words.
  contact_url: https://example.invalid/docs
servers:
  production: https://api.broker.example
tags:
  positions: Positions of an account.
parameters:
  accountId: The account whose positions are listed.
response_descriptions:
  "200": The request succeeded.
  "404": No such account.
operations:
  - vendor: GET /positions
    id: list_positions
    tag: positions
    summary: Positions of one account
    description: Returns every position of the account.
    examples:
      "404":
        unknown_account:
          summary: The account does not exist
          value: {{code: not_found}}
normalisations:
  - name: decimal-strings
    reason: units are decimal text.
    properties: [Position.units]
  - name: named-examples
    reason: Prism serves named examples.
  - name: drop-vendor-extensions
    reason: vendor tooling hints.
  - name: replace-prose
    reason: the vendor's words are not ours.
  - name: strip-titles
    reason: reused titles collide.
  - name: nullable-at-reference
    reason: plain classes.
  - name: openapi-3.1
    reason: our specs are 3.1.
"""


@pytest.fixture(scope="module")
def importer() -> ModuleType:
    return load_script("import_spec")


@pytest.fixture
def broker(tmp_path: Path, importer: ModuleType) -> dict[str, Any]:
    """A vendor folder with the document and a recipes folder with its recipe."""
    vendor = tmp_path / "vendor-specs"
    vendor.mkdir()
    (vendor / "broker.yaml").write_text(VENDOR)
    sha = importer.Source((vendor / "broker.yaml").read_bytes(), "x").sha256
    recipes = tmp_path / "recipes"
    recipes.mkdir()
    (recipes / "broker.yaml").write_text(RECIPE.format(sha256=sha))
    return {"vendor": vendor, "recipes": recipes, "tmp": tmp_path}


def _run(importer: ModuleType, broker: dict[str, Any], output: Path, *extra: str) -> int:
    arguments = [
        "--recipes",
        str(broker["recipes"]),
        "--vendor-specs",
        str(broker["vendor"]),
        "--output",
        str(output),
    ]
    return int(importer.main(["broker", *arguments, *extra]))


def _import(
    importer: ModuleType, broker: dict[str, Any], *extra: str, output: str = "broker.out.yaml"
) -> str:
    assert _run(importer, broker, broker["tmp"] / output, *extra) == 0
    return (broker["tmp"] / output).read_text()


def _spec(text: str) -> dict[str, Any]:
    return yaml.safe_load(text)


# --- YAML ----------------------------------------------------------------------------------------


def test_yaml_12_values_stay_what_the_vendor_wrote(importer: ModuleType) -> None:
    data = importer.load_yaml(
        "a: 16:00:00\nb: 2026-06-02T14:30:00Z\nc: 2024-07-23\nd: 0.123456789012345678\n"
        "e: 017\nf: 0o17\ng: yes\nh: on\ni: 1.50\nj: ~\n"
    )
    assert data == {
        "a": "16:00:00",
        "b": "2026-06-02T14:30:00Z",
        "c": "2024-07-23",
        "d": 0.123456789012345678,
        "e": 17,
        "f": 15,
        "g": "yes",
        "h": "on",
        "i": 1.5,
        "j": None,
    }
    assert data["d"].text == "0.123456789012345678"
    assert importer.dump_yaml({"d": data["d"], "i": data["i"]}) == "d: 0.123456789012345678\ni: 1.50\n"


def test_yaml_duplicate_keys_are_an_error(importer: ModuleType) -> None:
    with pytest.raises(yaml.YAMLError, match="duplicate key"):
        importer.load_yaml("a: 1\nb: 2\na: 3\n")


@pytest.mark.parametrize(
    "text",
    [
        "16:00:00",
        "2026-06-02T14:30:00Z",
        "2024-07-23",
        "017",
        "0o17",
        "1_000",
        "yes",
        "on",
        "null",
        "~",
        "1.0",
        "0x1F",
        "true",
        "",
        ".inf",
        "1e3",
    ],
)
def test_written_strings_read_back_as_strings_with_yaml_11_and_12_readers(
    importer: ModuleType, text: str
) -> None:
    written = importer.dump_yaml({"value": text})
    assert yaml.safe_load(written) == {"value": text}  # PyYAML: YAML 1.1
    assert YAML(typ="safe", pure=True).load(written) == {"value": text}  # ruamel: what the generator reads
    assert importer.load_yaml(written) == {"value": text}  # YAML 1.2 core


# --- the import ----------------------------------------------------------------------------------


def test_only_the_kept_operations_and_what_they_reach(importer: ModuleType, broker: dict[str, Any]) -> None:
    spec = _spec(_import(importer, broker))
    assert list(spec["paths"]) == ["/positions"]
    assert set(spec["components"]["schemas"]) == {"PositionList", "Position", "Lot", "Error"}  # not Orphan
    assert set(spec["components"]["securitySchemes"]) == {"ApiKey"}  # not Unused
    assert spec["paths"]["/positions"]["get"]["operationId"] == "list_positions"
    assert spec["servers"] == [{"url": "https://api.broker.example", "description": "production"}]


def test_openapi_30_nullable_forms_become_31(importer: ModuleType, broker: dict[str, Any]) -> None:
    spec = _spec(_import(importer, broker))
    assert spec["openapi"] == "3.1.0"
    position = spec["components"]["schemas"]["Position"]["properties"]
    assert position["price"] == {"type": ["number", "null"], "exclusiveMinimum": 0}
    assert position["side"] == {"type": ["string", "null"], "enum": ["long", "short", None]}  # null listed
    assert position["lot"] == {"anyOf": [{"$ref": "#/components/schemas/Lot"}, {"type": "null"}]}
    text = json.dumps(spec)
    assert '"nullable"' not in text and '"allOf"' not in text


def test_a_nullable_component_is_plain_and_null_moves_to_its_references(
    importer: ModuleType, broker: dict[str, Any], tmp_path: Path
) -> None:
    vendor = VENDOR.replace(
        "        x-note: {type: string}\n",
        "        x-note: {type: string}\n        last_error: {$ref: '#/components/schemas/Error'}\n"
        "        errors: {type: array, items: {$ref: '#/components/schemas/Error'}}\n",
    )
    (broker["vendor"] / "broker.yaml").write_text(vendor)
    spec = _spec(_import(importer, broker))
    schemas = spec["components"]["schemas"]
    assert schemas["Error"] == {"type": "object", "properties": {"code": {"type": "string"}}}
    null_or_error = {"anyOf": [{"$ref": "#/components/schemas/Error"}, {"type": "null"}]}
    assert schemas["Position"]["properties"]["last_error"] == null_or_error
    assert schemas["Position"]["properties"]["errors"] == {"type": "array", "items": null_or_error}
    # a response body is never the JSON value null: it keeps the plain reference
    body = spec["paths"]["/positions"]["get"]["responses"]["404"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/Error"}


def test_titles_prose_and_extensions_go_example_values_stay_exactly(
    importer: ModuleType, broker: dict[str, Any]
) -> None:
    text = _import(importer, broker)
    spec = _spec(text)
    schemas = spec["components"]["schemas"]
    assert "title" not in schemas["Position"] and "title" not in schemas["PositionList"]
    assert "description" not in schemas["Position"] and "x-hidden-from-docs" not in schemas["Position"]
    assert "description" not in schemas["Position"]["properties"]["symbol"]
    assert "description" in schemas["Position"]["properties"]  # a property named "description" is a fact
    operation = spec["paths"]["/positions"]["get"]
    assert operation["description"] == "Returns every position of the account."
    assert "x-internal-owner" not in operation
    assert operation["parameters"][0]["description"] == "The account whose positions are listed."
    assert spec["info"] == {
        "title": "Broker (subset)",
        "version": "2.4.1",
        "description": "Our own words.",
        "contact": {"name": "broker documentation", "url": "https://example.invalid/docs"},
    }
    (position,) = operation["responses"]["200"]["content"]["application/json"]["examples"]["example"][
        "value"
    ]["positions"]
    assert position["settles_at"] == "16:00:00"  # not 57600
    assert position["as_of"] == "2026-06-02T14:30:00Z" and position["trade_date"] == "2024-07-23"  # not dates
    assert position["description"] == "example data keeps keys named like prose"
    assert position["x-note"] == "and like extensions"
    assert "price: 0.123456789012345678\n" in text  # the vendor's digits, not a double's
    assert "Call it often" not in text and "Vendor words" not in text and "wonderful" not in text


def test_decimal_strings_and_recipe_examples(importer: ModuleType, broker: dict[str, Any]) -> None:
    spec = _spec(_import(importer, broker))
    assert spec["components"]["schemas"]["Position"]["properties"]["units"] == {
        "type": "string",
        "format": "decimal",
    }
    not_found = spec["paths"]["/positions"]["get"]["responses"]["404"]
    assert not_found["description"] == "No such account."
    assert not_found["content"]["application/json"]["examples"] == {
        "unknown_account": {"summary": "The account does not exist", "value": {"code": "not_found"}}
    }


ONLY_DEFAULT = (
    "        '404':\n          description: Not found",
    "        default:\n          description: Any error",
)


def test_examples_under_a_status_the_vendor_leaves_to_default_get_a_response_of_their_own(
    importer: ModuleType, broker: dict[str, Any]
) -> None:
    """Plaid documents every failure as ``default``; each example is still served with its own status."""
    assert ONLY_DEFAULT[0] in VENDOR
    (broker["vendor"] / "broker.yaml").write_text(VENDOR.replace(*ONLY_DEFAULT))
    recipe = broker["recipes"] / "broker.yaml"
    described = '  "404": No such account.\n'
    recipe.write_text(recipe.read_text().replace(described, described + "  default: Any other failure.\n"))
    text = _import(importer, broker)
    responses = _spec(text)["paths"]["/positions"]["get"]["responses"]
    assert list(responses) == ["200", "404", "default"]
    not_found, default = responses["404"], responses["default"]
    assert not_found["description"] == "No such account."
    schema = {"$ref": "#/components/schemas/Error"}
    assert not_found["content"]["application/json"] == {
        "schema": schema,
        "examples": {
            "unknown_account": {"summary": "The account does not exist", "value": {"code": "not_found"}}
        },
    }
    assert default["content"]["application/json"] == {"schema": schema}  # the vendor's own, untouched
    assert "list_positions 404: response added: the vendor's `default` body" in text
    recipe.write_text(recipe.read_text().replace(described, ""))
    recipe_now = importer.Recipe.load("broker", broker["recipes"])
    source = importer.read_source(recipe_now, None, broker["vendor"])
    refusal = re.escape("response 404 (added for the recipe's examples) needs a description")
    with pytest.raises(importer.RecipeError, match=refusal):
        importer.import_spec(recipe_now, source)


def test_the_provenance_header_names_source_version_hash_and_every_change(
    importer: ModuleType, broker: dict[str, Any]
) -> None:
    text = _import(importer, broker)
    header = "".join(line[2:] + "\n" for line in text.splitlines() if line.startswith("#"))
    assert "source:     https://example.invalid/broker/openapi.yaml" in header
    assert "commit:     0123456789abcdef" in header and "version:    2.4.1" in header
    sha = importer.Source((broker["vendor"] / "broker.yaml").read_bytes(), "x").sha256
    assert f"sha256:     {sha}\n" in header
    for name, reason in [
        ("decimal-strings", "units are decimal text."),
        ("openapi-3.1", "our specs are 3.1."),
        ("strip-titles", "reused titles collide."),
        ("replace-prose", "the vendor's words"),
    ]:
        assert f"- {name}: {reason}" in header
    assert "#/components/schemas/Position/properties/side: nullable enum: null added to its values" in header
    assert "#/components/schemas/Position/properties/units: format: decimal" in header
    assert "#/components/schemas/Error: made non-null" in header
    assert "2 x schema titles removed" in header


def test_importing_twice_gives_identical_bytes(importer: ModuleType, broker: dict[str, Any]) -> None:
    assert _import(importer, broker, output="a.yaml") == _import(importer, broker, output="b.yaml")


def test_a_document_that_is_not_the_pinned_one_is_imported_and_said_so(
    importer: ModuleType, broker: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    newer = broker["tmp"] / "newer.yaml"
    newer.write_text(VENDOR.replace("version: 2.4.1", "version: 2.5.0"))
    text = _import(importer, broker, "--source", str(newer))
    assert "(the recipe pins " in text
    assert "sha256 differs from the recipe's" in capsys.readouterr().out


def test_the_whole_document_keeps_every_operation(importer: ModuleType, broker: dict[str, Any]) -> None:
    spec = _spec(_import(importer, broker, "--whole"))
    assert {op["operationId"] for item in spec["paths"].values() for op in item.values()} == {
        "list_positions",
        "place_order",
    }


def test_whole_without_an_output_is_refused(importer: ModuleType, broker: dict[str, Any]) -> None:
    with pytest.raises(SystemExit):
        importer.main(["broker", "--whole", "--recipes", str(broker["recipes"])])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("- name: strip-titles\n    reason: reused titles collide.", "- name: strip-titles"),
            "has no reason",
        ),
        (("- name: strip-titles", "- name: make-it-nice"), "unknown normalisation 'make-it-nice'"),
        (("vendor: GET /positions", "vendor: GET /holdings"), "no operation GET /holdings"),
        (
            ("  accountId: The account whose positions are listed.\n", ""),
            "parameter 'accountId' needs a description",
        ),
        (('  "404": No such account.\n', ""), "response 404 needs a description"),
        (
            ("value: {code: not_found}", "value: {code: 404}"),
            "'unknown_account': the recipe's example does not fit its schema",
        ),
        (("    summary: Positions of one account\n", ""), "operation GET /positions needs summary"),
        (
            (
                "  - name: replace-prose\n    reason: the vendor's words are not ours.\n"
                "  - name: strip-titles\n    reason: reused titles collide.\n",
                "  - name: strip-titles\n    reason: reused titles collide.\n"
                "  - name: replace-prose\n    reason: the vendor's words are not ours.\n",
            ),
            "list the normalisations in the order they are applied",
        ),
    ],
    ids=["reason", "unknown", "operation", "parameter", "response", "example", "summary", "order"],
)
def test_a_recipe_that_does_not_fit_is_refused_with_the_reason(
    importer: ModuleType,
    broker: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    change: tuple[str, str],
    message: str,
) -> None:
    recipe = broker["recipes"] / "broker.yaml"
    assert change[0] in recipe.read_text()
    recipe.write_text(recipe.read_text().replace(*change))
    code = _run(importer, broker, broker["tmp"] / "out.yaml")
    assert code == 2
    assert message in capsys.readouterr().err


# --- normalisations one by one -------------------------------------------------------------------


def _normalise(importer: ModuleType, name: str, document: dict[str, Any], **options: Any) -> Any:
    changes = importer.Changes(vendor=json.loads(json.dumps(document)))
    importer.NORMALISATIONS[name](document, {"name": name, "reason": "r", **options}, changes)
    return changes


def test_collapse_trivial_allof_reads_an_object_member_as_or_null(importer: ModuleType) -> None:
    document = {
        "components": {
            "schemas": {
                "Account": {"type": "object", "properties": {"id": {"type": "string"}}},
                "AccountNullable": {
                    "type": "object",
                    "nullable": True,
                    "allOf": [{"$ref": "#/components/schemas/Account"}, {"type": "object", "nullable": True}],
                },
                "Scope": {"type": "string", "enum": ["a", "b"]},
                "Holder": {
                    "properties": {
                        "scope": {
                            "allOf": [
                                {"$ref": "#/components/schemas/Scope"},
                                {"type": "string", "nullable": True},
                            ]
                        }
                    }
                },
                "Real": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Account"},
                        {"properties": {"x": {"type": "string"}}},
                    ]
                },
            }
        }
    }
    _normalise(importer, "collapse-trivial-allof", document)
    _normalise(importer, "openapi-3.1", document)
    schemas = document["components"]["schemas"]
    null_or = {"anyOf": [{"$ref": "#/components/schemas/Account"}, {"type": "null"}]}
    assert schemas["AccountNullable"] == null_or
    assert schemas["Holder"]["properties"]["scope"] == {
        "anyOf": [{"$ref": "#/components/schemas/Scope"}, {"type": "null"}]
    }
    assert len(schemas["Real"]["allOf"]) == 2  # a member with constraints of its own stays


def test_string_enum_values_written_as_yaml_numbers_become_their_text(importer: ModuleType) -> None:
    document = importer.load_yaml(
        "components:\n  schemas:\n    V:\n      type: string\n      enum: [4.10, 4, 3_lite, true]\n"
    )
    _normalise(importer, "string-enum-values-as-text", document)
    assert document["components"]["schemas"]["V"]["enum"] == ["4.10", "4", "3_lite", "true"]


def test_content_keys_that_are_not_media_types_go(importer: ModuleType) -> None:
    body = {"content": {"application/json": {"schema": {"type": "object"}}, "examples": {}}}
    document = {"paths": {"/x": {"post": {"requestBody": body, "responses": {}}}}}
    _normalise(importer, "content-keys-are-media-types", document)
    assert list(body["content"]) == ["application/json"]


def test_space_separated_date_times_get_a_pattern_instead_of_the_format(importer: ModuleType) -> None:
    document = {"components": {"schemas": {"Synced": {"type": "string", "format": "date-time"}}}}
    _normalise(importer, "space-separated-date-times", document, schemas=["Synced"])
    schema = document["components"]["schemas"]["Synced"]
    assert "format" not in schema
    validate = importer.example_validator(document)
    assert validate(schema, "2024-06-28 18:42:46.561408+00:00") == []
    assert validate(schema, "2024-06-28T18:42:46Z") == []
    assert validate(schema, "28/06/2024") != []


def test_a_url_format_becomes_the_standard_uri_format(importer: ModuleType) -> None:
    link = {"type": ["string", "null"], "format": "url"}
    other = {"type": "string", "format": "date"}
    document = {"components": {"schemas": {"B": {"type": "object", "properties": {"url": link, "d": other}}}}}
    _normalise(importer, "url-format-as-uri", document)
    properties = document["components"]["schemas"]["B"]["properties"]
    assert properties["url"]["format"] == "uri" and properties["d"]["format"] == "date"


def test_composed_examples_must_validate_else_the_other_reading_or_a_refusal(importer: ModuleType) -> None:
    """A vendor's whole-schema example that contradicts its schema is not kept; property examples are."""
    vendor = {
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "required": ["kind"],
                    "x-examples": {"e": {"kind": "typo"}},
                    "properties": {
                        "kind": {"type": "string", "enum": ["real"]},
                        "n": {"type": "integer", "example": 3},
                    },
                }
            }
        },
    }
    document = json.loads(json.dumps(vendor))
    del document["components"]["schemas"]["A"]["x-examples"]
    changes = importer.Changes(vendor=vendor)
    importer.compose_examples(document, {}, changes)
    media = document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["examples"] == {"vendor": {"value": {"kind": "real", "n": 3}}}
    document["components"]["schemas"]["A"]["properties"]["kind"] = {"type": "integer"}  # "typo" is no integer
    del media["examples"]
    with pytest.raises(importer.RecipeError, match="no valid example can be composed"):
        importer.compose_examples(document, {}, importer.Changes(vendor=vendor))


# --- through the generator: a nullable enum accepts null -----------------------------------------


def test_a_3_0_nullable_enum_accepts_null_in_the_generated_client(
    importer: ModuleType, broker: dict[str, Any], tmp_path: Path
) -> None:
    """Without the import, the generator makes `side` a non-nullable enum and a real `null` fails."""
    spec = tmp_path / "broker.yaml"
    spec.write_text(_import(importer, broker))
    result = generate(spec, "broker_client", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(tmp_path))
    try:
        models = importlib.import_module("broker_client.models")
        position = models.Position.from_dict(
            {"symbol": "AAPL", "side": None, "units": "0.123456789012345678", "lot": None, "price": None}
        )
        assert position.side is None and position.lot is None
        assert position.units == Decimal("0.123456789012345678")
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n.split(".")[0] == "broker_client"]:
            del sys.modules[name]


def test_vendor_example_values_survive_into_the_spec_text(importer: ModuleType) -> None:
    """The documented failure of a naive load-and-dump: PyYAML turns these into 57600 and a datetime."""
    naive = yaml.safe_load(textwrap.dedent("a: 16:00:00\nb: 2026-06-02T14:30:00Z\n"))
    assert naive["a"] == 57600 and not isinstance(naive["b"], str)
    ours = yaml.safe_load(importer.dump_yaml(importer.load_yaml("a: 16:00:00\nb: 2026-06-02T14:30:00Z\n")))
    assert ours == {"a": "16:00:00", "b": "2026-06-02T14:30:00Z"}


# --- responses and parameters documented elsewhere -------------------------------------------------

RATE_LIMITED = """\
    RateLimited:
      type: object
      description: Vendor prose about throttling.
      properties:
        detail: {example: Request was throttled.}
        retry: {$ref: '#/components/schemas/Retry'}
    Retry:
      type: object
      properties:
        seconds: {type: integer}
"""

ADDED = """\
  - name: add-responses
    reason: the vendor documents these in its guides.
    responses:
      - status: "429"
        schema: RateLimited
        headers:
          X-RateLimit-Remaining: {schema: {type: integer}, example: 0}
      - status: "410"
        schema: {type: object, properties: {detail: {type: string, example: gone}}}
        operations: [GET /positions]
      - status: "200"
        headers:
          X-RateLimit-Remaining: {schema: {type: integer}, example: 99}
  - name: optional-parameters
    reason: some keys must omit it.
    parameters: [accountId]
"""


def _with_added(broker: dict[str, Any], added: str = ADDED, vendor: str = VENDOR) -> None:
    (broker["vendor"] / "broker.yaml").write_text(
        vendor.replace("    Orphan:\n", RATE_LIMITED + "    Orphan:\n")
    )
    recipe = broker["recipes"] / "broker.yaml"
    text = recipe.read_text()
    text = text.replace("  - name: decimal-strings\n", added + "  - name: decimal-strings\n")
    text = text.replace('  "404": No such account.\n', '  "404": No such account.\n  "429": Slow down.\n')
    text = text.replace('  "429": Slow down.\n', '  "429": Slow down.\n  "410": Retired.\n')
    sha = hashlib.sha256((broker["vendor"] / "broker.yaml").read_bytes()).hexdigest()
    recipe.write_text(re.sub(r"sha256: [0-9a-f]+", f"sha256: {sha}", text))


def test_responses_documented_elsewhere_are_added_with_what_they_reach(
    importer: ModuleType, broker: dict[str, Any]
) -> None:
    _with_added(broker)
    text = _import(importer, broker)
    spec = _spec(text)
    responses = spec["paths"]["/positions"]["get"]["responses"]
    limited = responses["429"]
    assert limited["description"] == "Slow down."
    assert limited["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/RateLimited"}
    assert limited["headers"] == {"X-RateLimit-Remaining": {"schema": {"type": "integer"}, "example": 0}}
    schemas = spec["components"]["schemas"]
    # copied from the vendor document, with the component it references, and normalised like the rest
    assert schemas["RateLimited"]["properties"]["detail"] == {"example": "Request was throttled."}
    assert "description" not in schemas["RateLimited"]
    assert schemas["Retry"] == {"type": "object", "properties": {"seconds": {"type": "integer"}}}
    assert (
        responses["410"]["content"]["application/json"]["schema"]["properties"]["detail"]["type"] == "string"
    )
    assert responses["200"]["headers"]["X-RateLimit-Remaining"]["example"] == 99
    assert responses["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PositionList"
    }  # the vendor's own answer is untouched
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    assert "- add-responses: the vendor documents these in its guides." in header
    assert "#/paths/~1positions/get/responses/429: added, body RateLimited" in header
    assert "#/components/schemas/Retry: copied from the vendor document" in header
    assert "#/paths/~1positions/get/responses/200: headers X-RateLimit-Remaining" in header


def test_parameters_documented_as_omittable_become_optional(
    importer: ModuleType, broker: dict[str, Any]
) -> None:
    _with_added(broker)
    text = _import(importer, broker)
    (parameter,) = _spec(text)["paths"]["/positions"]["get"]["parameters"]
    assert parameter["name"] == "accountId" and parameter["required"] is False
    assert "accountId: required -> optional" in text
    assert "- optional-parameters: some keys must omit it." in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('status: "410"', 'status: "404"'), "GET /positions documents 404 already"),
        (
            ("schema: RateLimited", "schema: Missing"),
            "the vendor document has no #/components/schemas/Missing",
        ),
        (
            ("operations: [GET /positions]", "operations: [GET /orders]"),
            "GET /orders is not a kept operation",
        ),
        (('status: "200"', 'status: "201"'), "GET /positions has no 201 response to add headers to"),
        (("parameters: [accountId]", "parameters: [nope]"), "no kept operation has the parameter(s) nope"),
        (('      - status: "429"\n', '      - status: "4x9"\n'), "must be an HTTP status"),
    ],
)
def test_added_responses_and_parameters_that_do_not_fit_are_refused(
    importer: ModuleType,
    broker: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    change: tuple[str, str],
    message: str,
) -> None:
    _with_added(broker, ADDED.replace(*change))
    assert _run(importer, broker, broker["tmp"] / "out.yaml") == 2
    assert message in capsys.readouterr().err
