"""Spec hygiene: Spectral with the committed ruleset, no unused components, every inline example valid.

(Validity of each document and of every named request/response example is tests/unit/test_specs.py.)
"""

from __future__ import annotations

import copy
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.contract._specs import ROOT, SPEC_FILES, load

SPECTRAL = ROOT / "mocks" / "node_modules" / ".bin" / "spectral"
RULESET = ROOT / "specs" / ".spectral.yaml"
COMPONENT_KINDS_BY_REF = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "links",
    "callbacks",
    "pathItems",
)


def spectral(spec: Path) -> subprocess.CompletedProcess[str]:
    assert SPECTRAL.is_file(), "Spectral is not installed: run `make bootstrap` (npm ci in mocks/)"
    return subprocess.run(
        [str(SPECTRAL), "lint", str(spec), "--ruleset", str(RULESET), "--fail-severity=warn"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.mark.parametrize("spec", list(SPEC_FILES))
def test_spectral_is_clean(spec: str) -> None:
    result = spectral(SPEC_FILES[spec])
    assert result.returncode == 0, f"spectral on specs/{spec}.yaml:\n{result.stdout}\n{result.stderr}"


def test_the_ruleset_catches_what_it_should(tmp_path: Path) -> None:
    """A real spec with one breach of each convention must fail, naming every rule."""
    name = next(iter(SPEC_FILES))
    broken = copy.deepcopy(load(name))
    broken["servers"][0]["description"] = "staging"
    broken["components"]["schemas"]["NeverReferenced"] = {"type": "object", "nullable": True}
    first_path = next(iter(broken["paths"].values()))
    operation = next(v for v in first_path.values() if isinstance(v, dict) and "responses" in v)
    operation["operationId"] = "getSomethingCamel"
    operation["responses"]["299"] = {
        "description": "x",
        "content": {"application/json": {"schema": {}}},
    }
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken, sort_keys=False))
    result = spectral(path)
    assert result.returncode != 0
    for rule in (
        "unifolio-server-names",
        "unifolio-no-openapi30-nullable",
        "unifolio-operation-id-snake-case",
        "unifolio-no-empty-response-schema",
        "unifolio-response-examples",
        "oas3-unused-component",
    ):
        assert rule in result.stdout, f"{rule} did not fire:\n{result.stdout}"


# --- unused components -------------------------------------------------------------------------


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _security_names(document: dict[str, Any]) -> set[str]:
    requirements = list(document.get("security", []))
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                requirements += operation.get("security", [])
    return {name for requirement in requirements for name in requirement}


def unused_components(document: dict[str, Any]) -> list[str]:
    """Components nothing reachable from the paths (or webhooks) refers to, directly or transitively."""
    components = document.get("components", {})
    roots = {key: value for key, value in document.items() if key != "components"}
    seen: set[str] = set()
    todo = list(_refs(roots))
    while todo:
        ref = todo.pop()
        if ref in seen or not ref.startswith("#/components/"):
            continue
        seen.add(ref)
        _, _, kind, name = ref.split("/", 3)
        todo += list(_refs(components.get(kind, {}).get(name)))
    unused = [
        f"#/components/{kind}/{name}"
        for kind in COMPONENT_KINDS_BY_REF
        for name in components.get(kind, {})
        if f"#/components/{kind}/{name}" not in seen
    ]
    used_schemes = _security_names(document)
    unused += [
        f"#/components/securitySchemes/{name}"
        for name in components.get("securitySchemes", {})
        if name not in used_schemes
    ]
    return sorted(unused)


@pytest.mark.parametrize("spec", list(SPEC_FILES))
def test_no_unused_components(spec: str) -> None:
    assert unused_components(load(spec)) == []


def test_unused_component_detection_follows_refs_transitively() -> None:
    document = {
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/Ok"}}}}},
        "security": [{"Key": []}],
        "components": {
            "responses": {
                "Ok": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}
            },
            "schemas": {
                "A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}},
                "B": {"type": "string"},
                "Orphan": {"properties": {"b": {"$ref": "#/components/schemas/B"}}},
            },
            "securitySchemes": {"Key": {}, "Spare": {}},
        },
    }
    assert unused_components(document) == [
        "#/components/schemas/Orphan",
        "#/components/securitySchemes/Spare",
    ]


# --- inline examples (parameters, headers, schema `examples`) -----------------------------------

SPEC_URI = "urn:unifolio:spec"


def _validator(document: dict[str, Any], schema: dict[str, Any]) -> OAS31Validator:
    registry: Registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    text = yaml.safe_dump(schema).replace("'#/components", f"'{SPEC_URI}#/components")
    return OAS31Validator(yaml.safe_load(text), registry=registry, format_checker=FormatChecker())


def _inline_examples(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, value) for parameter/header examples and every schema's own `examples`."""

    def walk(node: Any, where: str, *, is_map: bool = False) -> Iterator[tuple[str, dict[str, Any], Any]]:
        if isinstance(node, dict) and is_map:  # `properties`: names -> schemas (a property may be `type`)
            for key, value in node.items():
                yield from walk(value, f"{where}/{key}")
        elif isinstance(node, dict):
            schema = node.get("schema")
            if isinstance(schema, dict) and ("in" in node or "example" in node or "examples" in node):
                if "example" in node:
                    yield f"{where}/example", schema, node["example"]
                examples = node.get("examples")
                if isinstance(examples, dict) and "in" in node:  # a parameter's named examples
                    for name, example in examples.items():
                        if isinstance(example, dict) and "value" in example:
                            yield f"{where}/examples/{name}", schema, example["value"]
            if "type" in node or "enum" in node or "anyOf" in node:  # a schema
                for i, value in enumerate(
                    node.get("examples", []) if isinstance(node.get("examples"), list) else []
                ):
                    yield f"{where}/examples/{i}", {k: v for k, v in node.items() if k != "examples"}, value
                if "example" in node and "in" not in node:
                    yield (
                        f"{where}/example",
                        {k: v for k, v in node.items() if k != "example"},
                        node["example"],
                    )
            for key, value in node.items():
                yield from walk(value, f"{where}/{key}", is_map=key == "properties")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{where}/{i}")

    yield from walk(document, "#")


@pytest.mark.parametrize("spec", list(SPEC_FILES))
def test_every_inline_example_validates(spec: str) -> None:
    """A spec may have none (a vendor-derived one keeps only what the vendor wrote)."""
    document = load(spec)
    failures = []
    for where, schema, value in _inline_examples(document):
        errors = list(_validator(document, schema).iter_errors(value))
        failures += [f"{where}: {error.message}" for error in errors[:2]]
    assert failures == []


def test_the_inline_example_walker_finds_every_kind_and_the_validator_refuses_a_bad_one() -> None:
    document = {
        "paths": {
            "/x": {
                "get": {
                    "parameters": [
                        {"name": "a", "in": "query", "schema": {"type": "integer"}, "example": 1},
                        {
                            "name": "b",
                            "in": "query",
                            "schema": {"type": "string"},
                            "examples": {"n": {"value": "v"}},
                        },
                    ]
                }
            }
        },
        "components": {
            "schemas": {
                "S": {
                    "type": "object",
                    "properties": {"type": {"type": "number", "examples": [1.5, "two"]}},
                    "example": {"type": 2},
                }
            }
        },
    }
    found = list(_inline_examples(document))
    assert [where for where, _, _ in found] == [
        "#/paths//x/get/parameters/0/example",
        "#/paths//x/get/parameters/1/examples/n",
        "#/components/schemas/S/example",
        "#/components/schemas/S/properties/type/examples/0",
        "#/components/schemas/S/properties/type/examples/1",
    ]
    refused = [where for where, schema, value in found if not _validator(document, schema).is_valid(value)]
    assert refused == ["#/components/schemas/S/properties/type/examples/1"]
