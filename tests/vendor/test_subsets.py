"""The recipes' subsets of the vendor documents: our spec conventions and Spectral ruleset hold, the
vendors' own examples of the kept operations parse completely through the generated clients, and so do
Prism's dynamic (random, schema-valid) responses."""

from __future__ import annotations

import base64
import contextlib
import enum
import importlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
import yaml

from tests.codegen.conftest import load_script
from tests.contract import test_spec_hygiene as hygiene
from tests.unit import test_specs as conventions
from tests.vendor import _build
from tests.vendor.conftest import FIGURES, RECIPES, needs_document
from unifolio.mocks import PrismMock

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PRISM_SAMPLES = int(os.environ.get("UNIFOLIO_VENDOR_PRISM_SAMPLES", "20"))


@pytest.fixture(scope="module")
def importer() -> ModuleType:
    return load_script("import_spec")


@contextlib.contextmanager
def _importable(build: _build.Build) -> Iterator[None]:
    packages = str(build.root / "packages")
    sys.path.insert(0, packages)
    try:
        yield
    finally:
        sys.path.remove(packages)


def _subset(build: _build.Build, provider: str) -> tuple[_build.Client, dict[str, Any]]:
    needs_document(provider)
    client = build.client(provider, whole=False)
    assert client.import_error == "", client.import_error
    return client, yaml.safe_load(client.spec.read_text())


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for route, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield route, method, item[method]


def _endpoint(client: _build.Client, operation: dict[str, Any]) -> ModuleType:
    return importlib.import_module(f"{client.package}.api.{operation['tags'][0]}.{operation['operationId']}")


# --- conventions -----------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", RECIPES)
def test_the_subset_follows_our_spec_conventions(vendor_build: _build.Build, provider: str) -> None:
    """The checks tests/unit/test_specs.py and tests/contract/test_spec_hygiene.py apply to specs/."""
    _, spec = _subset(vendor_build, provider)
    conventions.test_spec_is_valid_openapi_31(spec)
    conventions.test_only_31_nullability(spec)
    conventions.test_servers_are_named_by_environment(spec)
    conventions.test_every_response_has_a_schema_and_named_examples(spec)
    conventions.test_every_example_validates_against_its_schema(spec)
    assert hygiene.unused_components(spec) == []
    failures = [
        f"{where}: {error.message}"
        for where, schema, value in hygiene._inline_examples(spec)
        for error in list(hygiene._validator(spec, schema).iter_errors(value))[:2]
    ]
    assert failures == []


@pytest.mark.parametrize("provider", RECIPES)
def test_the_subset_is_spectral_clean(vendor_build: _build.Build, provider: str) -> None:
    client, _ = _subset(vendor_build, provider)
    result = hygiene.spectral(client.spec)
    assert result.returncode == 0, result.stdout + result.stderr


# --- parsing: the vendors' examples and Prism's dynamic responses ---------------------------------


def _json_text(value: Any) -> str:
    """JSON with numbers exactly as the vendor wrote them (the importer's YAML reader keeps the text)."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{_json_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_json_text(v) for v in value) + "]"
    text = getattr(value, "text", None)
    if isinstance(value, float) and isinstance(text, str):
        with contextlib.suppress(ValueError):
            json.loads(text)  # YAML allows float spellings JSON does not (`.5`, `1.`)
            return text
    return json.dumps(value)


def unparsed(value: Any, path: str = "$") -> list[str]:
    """What a parsed answer did not turn into typed data: floats, unknown enum values or union members,
    and keys the schema does not name (in objects whose schema names its keys)."""
    from_float = [f"{path}: a float ({value!r})"] if isinstance(value, float) else []
    if from_float:
        return from_float
    if type(value).__name__ == "UnknownVariant":
        return [f"{path}: unknown {value.discriminator} {value.value!r}"]
    if isinstance(value, enum.Enum):
        return [] if getattr(value, "is_known", True) else [f"{path}: unknown enum value {value.value!r}"]
    if isinstance(value, list):
        return [problem for i, item in enumerate(value) for problem in unparsed(item, f"{path}[{i}]")]
    if isinstance(value, dict):
        return [problem for key, item in value.items() for problem in unparsed(item, f"{path}.{key}")]
    if not attrs.has(type(value)):
        return []
    problems = []
    declared = [
        f for f in attrs.fields(type(value)) if f.name not in ("_additional_properties", "source_json")
    ]
    extras = getattr(value, "additional_properties", {})
    if extras and declared and "Any" in str(attrs.fields_dict(type(value))["_additional_properties"].type):
        problems.append(f"{path}: keys the schema does not name: {sorted(extras)}")
    for f in declared:
        problems += unparsed(getattr(value, f.name), f"{path}.{f.name}")
    return problems


def _parse(module: ModuleType, client_module: ModuleType, status: int, content: bytes) -> Any:
    response = httpx.Response(status, content=content, headers={"content-type": "application/json"})
    client = client_module.Client(base_url="https://vendor.invalid")
    parsed = module._build_response(client=client, response=response).parsed
    assert parsed is not None, f"status {status}: nothing parsed from {content[:300]!r}"
    return parsed


@pytest.mark.parametrize("provider", RECIPES)
def test_the_vendors_examples_parse_completely_with_every_number_a_decimal(
    vendor_build: _build.Build, provider: str, importer: ModuleType
) -> None:
    client, _ = _subset(vendor_build, provider)
    exact = importer.load_yaml(client.spec.read_text())  # example numbers with the vendor's own digits
    checked, problems = 0, []
    with _importable(vendor_build):
        client_module = importlib.import_module(client.package)
        for route, method, operation in _operations(exact):
            module = _endpoint(client, operation)
            for status, response in operation["responses"].items():
                for media in response.get("content", {}).values():
                    for name, example in media.get("examples", {}).items():
                        code = 400 if status == "default" else int(status)
                        parsed = _parse(module, client_module, code, _json_text(example["value"]).encode())
                        where = f"{method.upper()} {route} {status} example {name!r}"
                        problems += [f"{where}: {p}" for p in unparsed(parsed)]
                        checked += 1
    assert checked > 0
    assert problems == []
    FIGURES.append(f"{provider}: {checked} examples parsed completely")


def _value_for(spec: dict[str, Any], schema: Any, importer: ModuleType) -> Any:
    """A value Prism accepts for a request schema: its example, else a minimal one (required keys only)."""
    schema = importer._deref(spec, schema)
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            parts = [_value_for(spec, s, importer) for s in schema[key] if s != {"type": "null"}]
            if key != "allOf" or not all(isinstance(part, dict) for part in parts):
                return parts[0]
            return {k: v for part in parts for k, v in part.items()}
    kinds = schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")]
    formats = {
        "uuid": "917c8734-8470-4a3e-a18f-57c3f2ee6631",
        "date": "2026-01-02",
        "date-time": "2026-01-02T03:04:05Z",
    }
    if "object" in kinds or "properties" in schema:
        return {
            name: _value_for(spec, sub, importer)
            for name, sub in schema.get("properties", {}).items()
            if name in schema.get("required", [])
        }
    if "array" in kinds:
        return []
    if "integer" in kinds or "number" in kinds:
        return 1
    if "boolean" in kinds:
        return False
    return formats.get(schema.get("format"), "x")


def _request(
    spec: dict[str, Any],
    route: str,
    method: str,
    operation: dict[str, Any],
    importer: ModuleType,
) -> dict[str, Any]:
    """A request Prism accepts: required parameters from the schemas' examples, every credential."""
    url, params, headers = route, {}, {}
    for raw in [*spec["paths"][route].get("parameters", []), *operation.get("parameters", [])]:
        parameter = importer._deref(spec, raw)
        if not parameter.get("required"):
            continue
        value = _value_for(spec, parameter["schema"], importer)
        if parameter["in"] == "path":
            url = url.replace("{" + parameter["name"] + "}", str(value))
        elif parameter["in"] == "query":
            params[parameter["name"]] = value
        elif parameter["in"] == "header":
            headers[parameter["name"]] = str(value)
    schemes = spec["components"].get("securitySchemes", {})
    for requirement in operation.get("security", spec.get("security", []))[:1]:
        for name in requirement:
            scheme = schemes[name]
            if scheme["type"] == "apiKey":
                (headers if scheme["in"] == "header" else params)[scheme["name"]] = "1700000000"
            elif scheme.get("scheme") == "basic":
                headers["Authorization"] = "Basic " + base64.b64encode(b"key:secret").decode()
            else:
                headers["Authorization"] = "Bearer token"
    request: dict[str, Any] = {"method": method, "url": url, "params": params, "headers": headers}
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None:
        examples = body.get("examples")
        request["json"] = (
            next(iter(examples.values()))["value"] if examples else _value_for(spec, body["schema"], importer)
        )
    return request


@pytest.mark.parametrize("provider", RECIPES)
def test_prisms_dynamic_responses_parse_without_exception(
    vendor_build: _build.Build, provider: str, importer: ModuleType, tmp_path: Path
) -> None:
    """Bounded sample: UNIFOLIO_VENDOR_PRISM_SAMPLES answers per operation (20 by default)."""
    client, spec = _subset(vendor_build, provider)
    parsed_ok, total, problems = 0, 0, []
    with (
        _importable(vendor_build),
        PrismMock(client.spec, dynamic=True, log_path=tmp_path / "prism.log") as prism,
    ):
        client_module = importlib.import_module(client.package)
        with httpx.Client(base_url=prism.base_url, timeout=30) as http:
            for route, method, operation in _operations(spec):
                module = _endpoint(client, operation)
                request = _request(spec, route, method, operation, importer)
                for _ in range(PRISM_SAMPLES):
                    answer = http.request(**request)
                    total += 1
                    where = f"{method.upper()} {route}"
                    if answer.status_code != 200 or answer.headers.get("sl-violations", "[]") != "[]":
                        problems.append(
                            f"{where}: Prism answered {answer.status_code} "
                            f"{answer.headers.get('sl-violations')}"
                        )
                        continue
                    try:
                        _parse(module, client_module, 200, answer.content)
                        parsed_ok += 1
                    except Exception as exc:
                        problems.append(f"{where}: {type(exc).__name__}: {exc} -- body {answer.text[:500]}")
    FIGURES.append(f"{provider}: Prism dynamic responses parsed {parsed_ok}/{total}")
    assert problems == []
    assert parsed_ok == total > 0
