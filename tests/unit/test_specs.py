"""Every spec validates, and every named example validates against its own schema.

Nullability, decided on purpose: our specs are OpenAPI 3.1 and say "or null" only as
``anyOf: [{$ref: ...}, {type: 'null'}]`` or ``type: [X, 'null']``. The 3.0 forms (``nullable: true``,
in particular next to ``allOf: [$ref]``, which schemathesis reads as nullable and
openapi-schema-validator 0.9 does not) are banned here, so every tool reads the same schema the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_FILES = sorted((ROOT / "specs").glob("[!.]*.yaml"))
SPEC_URI = "urn:unifolio:spec"


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text())


def _walk(node: Any, path: str = "#") -> Iterator[tuple[str, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}/{i}")


def _examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example value) for every named example of every response and request body."""
    for route, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            bodies = [("request", operation.get("requestBody", {}))]
            bodies += [(status, response) for status, response in operation["responses"].items()]
            for status, body in bodies:
                for media_type, media in body.get("content", {}).items():
                    for name, example in media.get("examples", {}).items():
                        where = f"{method.upper()} {route} {status} {media_type} example {name!r}"
                        yield where, media["schema"], example["value"]


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> OAS31Validator:
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry = Registry().with_resource(SPEC_URI, resource)
    # Local refs ('#/components/...') resolve against the whole document.
    schema = {**schema, "$id": "urn:unifolio:example"}
    rewritten = yaml.safe_load(yaml.safe_dump(schema).replace("'#/components", f"'{SPEC_URI}#/components"))
    return OAS31Validator(rewritten, registry=registry)


@pytest.fixture(params=SPEC_FILES, ids=[p.stem for p in SPEC_FILES])
def spec(request: pytest.FixtureRequest) -> dict[str, Any]:
    return _load(request.param)


def test_there_is_a_spec_per_provider() -> None:
    from unifolio.providers import PROVIDERS

    assert {p.info.spec for p in PROVIDERS.values()} <= {p.name for p in SPEC_FILES}


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_only_31_nullability(spec: dict[str, Any]) -> None:
    offenders = [path for path, node in _walk(spec) if isinstance(node, dict) and "nullable" in node]
    offenders += [
        path
        for path, node in _walk(spec)
        if isinstance(node, dict) and isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1
    ]
    assert offenders == []


def test_servers_are_named_by_environment(spec: dict[str, Any]) -> None:
    descriptions = [s.get("description") for s in spec["servers"]]
    assert "production" in descriptions
    assert set(descriptions) <= {"production", "sandbox"}


def test_every_response_has_a_schema_and_named_examples(spec: dict[str, Any]) -> None:
    missing = []
    for route, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, response in operation["responses"].items():
                for media_type, media in response.get("content", {}).items():
                    if not media.get("schema") or not media.get("examples"):
                        missing.append(f"{method.upper()} {route} {status} {media_type}")
    assert missing == []


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    failures = []
    count = 0
    for where, schema, value in _examples(spec):
        count += 1
        errors = sorted(_validator(spec, schema).iter_errors(value), key=lambda e: list(e.path))
        failures += [f"{where}: {'/'.join(map(str, e.path))}: {e.message}" for e in errors[:3]]
    assert count > 0
    assert failures == []


def test_the_validator_rejects_what_it_should() -> None:
    """Guard against a validator that accepts everything (e.g. unresolved $refs)."""
    spec = {
        "openapi": "3.1.0",
        "components": {
            "schemas": {
                "Inner": {
                    "type": "object",
                    "required": ["amount"],
                    "properties": {"amount": {"type": "number"}},
                },
            }
        },
    }
    nullable_ref = {"anyOf": [{"$ref": "#/components/schemas/Inner"}, {"type": "null"}]}
    validator = _validator(spec, nullable_ref)
    assert validator.is_valid(None)
    assert validator.is_valid({"amount": 1.5})
    assert not validator.is_valid({"amount": "1.5"})
    assert not validator.is_valid({})
