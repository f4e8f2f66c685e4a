"""Derive ``specs/<provider>.yaml`` from a vendor's own OpenAPI document through a committed recipe.

    python scripts/import_spec.py plaid                         # make import-spec PROVIDER=plaid
    python scripts/import_spec.py plaid --source PATH_OR_URL    # another copy or a newer version
    python scripts/import_spec.py plaid --whole --output FILE   # every operation (make vendor-check)

The recipe (``specs/recipes/<provider>.yaml``) names the upstream document (location, version, sha256),
the operations to keep, the server names, our own descriptions, named examples of our own, and every
normalisation with its reason. The output holds the kept operations and every component they reach,
as OpenAPI 3.1, with the vendor's values exactly as written (YAML 1.2, see the YAML section below) and
a provenance header that lists each change. The same recipe and document always give the same bytes.

Normalisations are applied in the fixed order of ``NORMALISATIONS``, only those the recipe names.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import math
import re
import sys
import textwrap
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

ROOT = Path(__file__).resolve().parent.parent
RECIPES = ROOT / "specs" / "recipes"
DEFAULT_VENDOR_SPECS = ROOT.parent / "shared" / "vendor-specs"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_SINGLES = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
)
PROSE_KEYS = ("description", "summary")
NULL = {"type": "null"}


class RecipeError(Exception):
    """The recipe and the vendor document do not fit together (named operation missing, text missing...)."""


# --- YAML: read by the YAML 1.2 core schema, written so every reader agrees --------------------------
#
# Vendors publish YAML with unquoted values that YAML 1.1 readers (PyYAML, hence most Python tooling)
# silently change: ``16:00:00`` becomes the integer 57600 and ``2026-06-02T14:30:00Z`` a ``datetime``.
# The YAML 1.2 core schema has neither sexagesimal numbers nor timestamps, so both are strings, as the
# vendor meant them. (ruamel.yaml reads YAML 1.2 but still resolves timestamps and ``017`` as octal, so
# the loader here implements the core schema itself, on PyYAML's C parser.) Floats keep the digits the
# vendor wrote (``0.123456789012345678`` is not rounded to a double on the way through).
#
# The writer quotes every string that a YAML 1.1 reader, a 1.2 core reader or ruamel (which the generator
# uses) would read as something else, writes floats with the vendor's own digits, and checks its own
# output by reading it back.

STR_TAG = "tag:yaml.org,2002:str"


class VendorFloat(float):
    """A float that remembers the text it was written as, so it is written back with the same digits."""

    text: str

    def __new__(cls, value: float, text: str) -> VendorFloat:
        instance = super().__new__(cls, value)
        instance.text = text
        return instance

    def __deepcopy__(self, memo: dict[int, Any]) -> VendorFloat:
        return self


_Base: type[yaml.SafeLoader] = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)  # libyaml when present: 3x faster


class _Core12Loader(_Base):  # type: ignore[misc,valid-type]
    """PyYAML's parser with the YAML 1.2 core schema's tags (spec 10.3.2) instead of YAML 1.1's.

    Plain scalars resolve to null, bool, int or float only by the core schema's own patterns: no
    timestamps, no sexagesimal numbers, no ``yes``/``on``; everything else is a string. Floats keep their
    text (``VendorFloat``); a duplicate key is an error instead of silently keeping the last value.
    """

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {}

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in mapping:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


_CORE12 = (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN"),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
)
for _tag, _pattern, _first in _CORE12:
    _Core12Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
_Core12Loader.yaml_implicit_resolvers.setdefault("", []).append(("tag:yaml.org,2002:null", re.compile(r"^$")))


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def _construct_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float:
    text = str(loader.construct_scalar(node))
    lowered = text.lower().lstrip("+")
    if lowered in (".inf", "-.inf", ".nan"):
        return float(lowered.replace(".", ""))
    return VendorFloat(float(text), text)


def _construct_bool(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> bool:
    return str(loader.construct_scalar(node)).lower() == "true"


def _construct_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_Core12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Core12Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
_Core12Loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)
# explicitly tagged (`!!timestamp 2024-01-01`): the core schema has no timestamps; keep the text
_Core12Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_text)


def load_yaml(text: str | bytes) -> Any:
    """Parse YAML (or JSON) by the YAML 1.2 core schema; duplicate keys are an error."""
    return yaml.load(text, Loader=_Core12Loader)  # noqa: S506 (a safe loader: only plain data types)


# --- writing ------------------------------------------------------------------------------------

_RUAMEL_12 = VersionedResolver(version=(1, 2))  # what openapi-python-client reads our output with
_PYYAML_11 = yaml.resolver.Resolver()  # what most Python tooling (and our tests) read it with
_CORE_12 = _Core12Loader("")  # the YAML 1.2 core schema (Node.js tooling: Spectral, Prism)


def _ambiguous(value: str) -> bool:
    """True if a plain (unquoted) scalar with this text would not read back as this string somewhere."""
    tags = (
        _RUAMEL_12.resolve(ScalarNode, value, (True, False)),
        _PYYAML_11.resolve(yaml.ScalarNode, value, (True, False)),  # type: ignore[no-untyped-call]
        _CORE_12.resolve(yaml.ScalarNode, value, (True, False)),
    )
    return any(tag != STR_TAG for tag in tags)


_DumperBase: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_DumperBase):  # type: ignore[misc,valid-type]
    def ignore_aliases(self, data: Any) -> bool:
        return True  # no anchors/aliases: every reader sees plain, repeated values


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar(STR_TAG, value, style="|")
    return dumper.represent_scalar(STR_TAG, value, style="'" if _ambiguous(value) else None)


def _represent_vendor_float(dumper: yaml.SafeDumper, value: VendorFloat) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:float", value.text)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(VendorFloat, _represent_vendor_float)


def dump_yaml(data: Any) -> str:
    """YAML text that YAML 1.1 and 1.2 readers all read back as ``data``; raises if not."""
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    as_11 = yaml.load(text, Loader=_Loader11)  # noqa: S506 (a safe loader)
    for name, reread in (("YAML 1.2 core", load_yaml(text)), ("YAML 1.1", as_11)):
        if not _same(reread, data):
            raise ValueError(f"the written YAML does not read back identically with a {name} reader")
    return text


_Loader11: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same JSON kind (1 and 1.0 and True are three different values here)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    return type(a) is type(b) and a == b


# --- recipe -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    tag: str
    summary: str
    description: str
    responses: dict[str, str]
    parameters: dict[str, str]
    examples: dict[str, dict[str, Any]]
    request_examples: dict[str, Any]


@dataclass
class Recipe:
    provider: str
    path: Path
    data: dict[str, Any]
    operations: list[Operation] = field(default_factory=list)

    @classmethod
    def load(cls, provider: str, recipes: Path = RECIPES) -> Recipe:
        path = recipes / f"{provider}.yaml"
        if not path.is_file():
            known = ", ".join(sorted(p.stem for p in recipes.glob("*.yaml"))) or "none"
            raise RecipeError(
                f"no recipe {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
                f"(recipes: {known})"
            )
        try:
            data = load_yaml(path.read_text())
        except yaml.YAMLError as exc:
            raise RecipeError(f"{path.name} is not valid YAML: {exc}") from None
        recipe = cls(provider, path, data)
        for key in ("upstream", "info", "servers", "normalisations"):
            if key not in data:
                raise RecipeError(f"{path.name}: `{key}` is missing")
        names = [entry.get("name") for entry in data["normalisations"]]
        applied = [name for name in NORMALISATIONS if name in names]
        if names != applied and len(set(names)) == len(names) and set(names) <= set(NORMALISATIONS):
            raise RecipeError(
                f"{path.name}: list the normalisations in the order they are applied: {applied}"
            )
        for entry in data["normalisations"]:
            if names.count(entry.get("name")) > 1:
                raise RecipeError(f"{path.name}: normalisation {entry.get('name')!r} is listed twice")
            if entry.get("name") not in NORMALISATIONS:
                raise RecipeError(
                    f"{path.name}: unknown normalisation {entry.get('name')!r} "
                    f"(known: {', '.join(NORMALISATIONS)})"
                )
            if not str(entry.get("reason", "")).strip():
                raise RecipeError(f"{path.name}: normalisation {entry['name']!r} has no reason")
        for entry in data.get("operations", []):
            missing = [key for key in ("vendor", "id", "tag", "summary", "description") if not entry.get(key)]
            if missing:
                where = f"{path.name}: operation {entry.get('vendor', '?')}"
                raise RecipeError(f"{where} needs {', '.join(missing)}")
            method, _, route = str(entry["vendor"]).partition(" ")
            recipe.operations.append(
                Operation(
                    method=method.lower(),
                    path=route,
                    operation_id=entry["id"],
                    tag=entry["tag"],
                    summary=entry["summary"],
                    description=entry["description"],
                    responses={str(k): v for k, v in entry.get("responses", {}).items()},
                    parameters=entry.get("parameters", {}),
                    examples={str(k): v for k, v in entry.get("examples", {}).items()},
                    request_examples=entry.get("request_examples", {}),
                )
            )
        return recipe

    def normalisation(self, name: str) -> dict[str, Any] | None:
        return next((n for n in self.data["normalisations"] if n["name"] == name), None)

    @property
    def upstream(self) -> dict[str, Any]:
        return dict(self.data["upstream"])


# --- the changes, recorded for the provenance header --------------------------------------------


@dataclass
class Changes:
    """Per normalisation: what it changed, as JSON pointers (or a count, for bulk mechanical edits)."""

    vendor: dict[str, Any] = field(default_factory=dict)  # the document as published, for reference
    whole: bool = False  # every operation kept (make vendor-check), not a provider's spec
    places: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def at(self, normalisation: str, pointer: str, what: str) -> None:
        self.places.setdefault(normalisation, []).append(f"{pointer}: {what}")

    def count(self, normalisation: str, what: str, n: int = 1) -> None:
        bucket = self.counts.setdefault(normalisation, {})
        bucket[what] = bucket.get(what, 0) + n


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(document: Any, ref: str) -> Any:
    if not ref.startswith("#/"):
        raise RecipeError(f"only local references are supported, not {ref!r}")
    node = document
    for token in ref[2:].split("/"):
        key = _unescape(token)
        if isinstance(node, list):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            raise KeyError(ref)
    return node


# --- walking schemas ----------------------------------------------------------------------------


def map_schema(schema: Any, pointer: str, visit: Callable[[dict[str, Any], str], dict[str, Any]]) -> Any:
    """Rebuild a schema bottom-up: children first, then ``visit(node, pointer)`` on the node itself."""
    if not isinstance(schema, dict):
        return schema
    node = dict(schema)
    for key in SCHEMA_MAPS:
        if isinstance(node.get(key), dict):
            node[key] = {
                name: map_schema(sub, f"{pointer}/{key}/{_escape(name)}", visit)
                for name, sub in node[key].items()
            }
    for key in SCHEMA_LISTS:
        if isinstance(node.get(key), list):
            node[key] = [map_schema(sub, f"{pointer}/{key}/{i}", visit) for i, sub in enumerate(node[key])]
    for key in SCHEMA_SINGLES:
        if isinstance(node.get(key), dict):
            node[key] = map_schema(node[key], f"{pointer}/{key}", visit)
    return visit(node, pointer)


def schema_slots(document: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, str]]:
    """(holder, key, pointer) for every place that holds a Schema Object directly."""

    def media_map(content: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str, str]]:
        if isinstance(content, dict):
            for media_type, media in content.items():
                if isinstance(media, dict) and "schema" in media:
                    yield media, "schema", f"{pointer}/{_escape(media_type)}/schema"

    def headers(holder: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str, str]]:
        if isinstance(holder, dict):
            for name, header in holder.items():
                if isinstance(header, dict) and "schema" in header:
                    yield header, "schema", f"{pointer}/{_escape(name)}/schema"

    def response(item: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str, str]]:
        if isinstance(item, dict):
            yield from media_map(item.get("content"), f"{pointer}/content")
            yield from headers(item.get("headers"), f"{pointer}/headers")

    def parameters(items: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str, str]]:
        for i, parameter in enumerate(items or []):
            if isinstance(parameter, dict) and "schema" in parameter:
                yield parameter, "schema", f"{pointer}/{i}/schema"

    for route, item in document.get("paths", {}).items():
        base = f"#/paths/{_escape(route)}"
        yield from parameters(item.get("parameters"), f"{base}/parameters")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where = f"{base}/{method}"
            yield from parameters(operation.get("parameters"), f"{where}/parameters")
            body = operation.get("requestBody")
            if isinstance(body, dict):
                yield from media_map(body.get("content"), f"{where}/requestBody/content")
            for status, answer in operation.get("responses", {}).items():
                yield from response(answer, f"{where}/responses/{status}")
    components = document.get("components", {})
    schemas = components.get("schemas", {})
    for name in list(schemas):
        yield schemas, name, f"#/components/schemas/{_escape(name)}"
    for name, item in components.get("parameters", {}).items():
        if isinstance(item, dict) and "schema" in item:
            yield item, "schema", f"#/components/parameters/{_escape(name)}/schema"
    yield from headers(components.get("headers"), "#/components/headers")
    for name, item in components.get("responses", {}).items():
        yield from response(item, f"#/components/responses/{_escape(name)}")
    for name, item in components.get("requestBodies", {}).items():
        if isinstance(item, dict):
            yield from media_map(item.get("content"), f"#/components/requestBodies/{_escape(name)}/content")


def transform_schemas(
    document: dict[str, Any], visit: Callable[[dict[str, Any], str], dict[str, Any]]
) -> None:
    for holder, key, pointer in list(schema_slots(document)):
        holder[key] = map_schema(holder[key], pointer, visit)


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


# --- selecting operations and what they reach ---------------------------------------------------


def keep_operations(document: dict[str, Any], wanted: list[Operation] | None) -> dict[str, Any]:
    """A copy with only the wanted operations (all when None) and the components they reach."""
    paths: dict[str, Any] = {}
    if wanted is None:
        paths = copy.deepcopy(document.get("paths", {}))
    else:
        for operation in wanted:
            item = document.get("paths", {}).get(operation.path)
            if not isinstance(item, dict) or operation.method not in item:
                raise RecipeError(
                    f"the vendor document has no operation {operation.method.upper()} {operation.path}"
                )
            kept = paths.setdefault(
                operation.path, {k: copy.deepcopy(v) for k, v in item.items() if k not in HTTP_METHODS}
            )
            kept[operation.method] = copy.deepcopy(item[operation.method])
    result = {
        key: copy.deepcopy(value) for key, value in document.items() if key not in ("paths", "components")
    }
    result["paths"] = paths
    components = document.get("components", {})
    reached: set[str] = set()
    todo = list(_refs(result))
    while todo:
        ref = todo.pop()
        if ref in reached or not ref.startswith("#/components/"):
            continue
        reached.add(ref)
        with contextlib.suppress(KeyError):  # dangling: reported after all normalisations
            todo += list(_refs(resolve_pointer(document, ref)))
    kept_components: dict[str, Any] = {}
    schemes = _security_names(result)
    for kind, members in components.items():
        if kind == "securitySchemes":
            chosen = {name: copy.deepcopy(v) for name, v in members.items() if name in schemes}
        else:
            chosen = {
                name: copy.deepcopy(v)
                for name, v in members.items()
                if f"#/components/{kind}/{_escape(name)}" in reached
            }
        if chosen:
            kept_components[kind] = chosen
    if kept_components:
        result["components"] = kept_components
    return result


def _security_names(document: dict[str, Any]) -> set[str]:
    requirements = list(document.get("security", []))
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                requirements += operation.get("security", [])
    return {name for requirement in requirements for name in requirement}


def dangling_refs(document: dict[str, Any]) -> list[str]:
    missing = []
    for ref in sorted(set(_refs(document))):
        try:
            resolve_pointer(document, ref)
        except (KeyError, IndexError, ValueError):
            missing.append(ref)
    return missing


# --- normalisations -----------------------------------------------------------------------------

Normalisation = Callable[[dict[str, Any], dict[str, Any], Changes], None]


ANNOTATIONS = (
    "description",
    "summary",
    "title",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "default",
)


def openapi_31(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """OpenAPI 3.0 -> 3.1: "or null" the 3.1 way, nullable enums list ``null``, numeric exclusive bounds.

    ``nullable: true`` means "or null" wherever the vendor wrote it, including on an ``allOf`` member
    (``allOf: [{$ref}, {nullable: true}]``) and next to a lone ``allOf: [$ref]``: that is how the vendor's
    own tooling and Prism/schemathesis read it. An enum that is nullable must list ``null`` among its
    values, or a JSON Schema validator (and our client) rejects the ``null`` the vendor sends.
    """
    name = "openapi-3.1"
    document["openapi"] = "3.1.0"

    def visit(node: dict[str, Any], pointer: str) -> dict[str, Any]:
        for bound, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if isinstance(node.get(bound), bool) and node.pop(bound) and inclusive in node:
                node[bound] = node.pop(inclusive)
                changes.at(name, pointer, f"{bound}: true + {inclusive} -> {bound}: <number>")
        members = node.get("allOf")
        if isinstance(members, list) and len(members) > 1:
            markers = [
                m for m in members if isinstance(m, dict) and set(m) <= {"nullable", *PROSE_KEYS, "title"}
            ]
            if markers and any(m.get("nullable") is True for m in markers):
                node["allOf"] = [m for m in members if m not in markers]
                node["nullable"] = True
                changes.at(name, pointer, "allOf member {nullable: true} -> the whole schema is nullable")
        nullable = node.pop("nullable", None)
        if nullable is False:
            changes.count(name, "`nullable: false` dropped (it is the default)")
        if nullable is None and isinstance(node.get("enum"), list) and None in node["enum"]:
            nullable = True  # the vendor lists null as a value: the schema accepts null
            changes.at(name, pointer, "enum lists null -> the schema accepts null")
        members = node.get("allOf")
        if isinstance(members, list) and len(members) == 1:
            (only,) = node.pop("allOf")
            if (
                isinstance(only, dict)
                and "$ref" in only
                and not any(k in node for k in ("type", "properties"))
            ):
                if nullable is True:
                    rest = {k: v for k, v in node.items()}
                    changes.at(name, pointer, "allOf: [$ref] + nullable -> anyOf: [$ref, {type: null}]")
                    return {"anyOf": [only, NULL], **rest}
                changes.at(name, pointer, "allOf: [$ref] -> $ref")
                return {**only, **node}
            node["allOf"] = [only]  # not a plain reference: leave it for the conventions to report
        if nullable is not True:
            return node
        if isinstance(node.get("enum"), list) and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
            changes.at(name, pointer, "nullable enum: null added to its values")
        kind = node.get("type")
        if isinstance(kind, str):
            node["type"] = [kind, "null"]
            changes.at(name, pointer, f"nullable: true -> type: [{kind}, 'null']")
        elif isinstance(kind, list):
            if "null" not in kind:
                node["type"] = [*kind, "null"]
                changes.at(name, pointer, "nullable: true -> 'null' added to type")
        elif "anyOf" in node or "oneOf" in node:
            key = "anyOf" if "anyOf" in node else "oneOf"
            if NULL not in node[key]:
                node[key] = [*node[key], dict(NULL)]
                changes.at(name, pointer, f"nullable: true -> {{type: 'null'}} added to {key}")
        elif "allOf" in node:
            rest = {k: v for k, v in node.items() if k not in ("allOf",) and k not in ANNOTATIONS}
            kept = {k: v for k, v in node.items() if k in ANNOTATIONS}
            changes.at(name, pointer, "nullable allOf -> anyOf: [{allOf: ...}, {type: 'null'}]")
            return {"anyOf": [{"allOf": node["allOf"], **rest}, dict(NULL)], **kept}
        elif "properties" in node:
            node["type"] = ["object", "null"]
            changes.at(name, pointer, "nullable: true (object without `type`) -> type: [object, 'null']")
        elif "$ref" in node:
            ref = {"$ref": node.pop("$ref")}
            changes.at(name, pointer, "$ref + nullable -> anyOf: [$ref, {type: 'null'}]")
            return {"anyOf": [ref, dict(NULL)], **node}
        else:
            changes.count(
                name, "`nullable: true` on a schema without `type` dropped (it already allows null)"
            )
        return node

    transform_schemas(document, visit)


def collapse_trivial_allof(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """``allOf: [{$ref: X}, {type: object, nullable: true}]`` (how some vendor tooling writes "X or null")
    -> ``allOf: [{$ref: X}]`` + ``nullable: true``. A member that only restates the type of the one
    referenced schema (optionally open, optionally nullable) adds no constraint, and neither does the
    wrapper's own ``type`` / ``additionalProperties: true``; the member's ``nullable`` is the vendor's intent.
    """
    name = "collapse-trivial-allof"
    trivial_keys = {"type", "additionalProperties", "nullable", *PROSE_KEYS, "title"}

    def target_type(member: Any) -> str | None:
        if not (isinstance(member, dict) and set(member) == {"$ref"}):
            return None
        target = _deref(document, member)
        if not isinstance(target, dict):
            return None
        if isinstance(target.get("type"), str):
            return str(target["type"])
        return "object" if "properties" in target or "allOf" in target else None

    def restates(member: Any, kind: str) -> bool:
        return (
            isinstance(member, dict)
            and set(member) <= trivial_keys
            and member.get("type", kind) == kind
            and member.get("additionalProperties", True) is True
        )

    def visit(node: dict[str, Any], pointer: str) -> dict[str, Any]:
        members = node.get("allOf")
        if not isinstance(members, list) or len(members) < 2:
            return node
        refs = [(m, kind) for m in members if (kind := target_type(m)) is not None]
        if len(refs) != 1:
            return node
        ref, kind = refs[0]
        dropped = [m for m in members if m is not ref]
        if not all(restates(m, kind) for m in dropped):
            return node
        node["allOf"] = [ref]
        if any(m.get("nullable") is True for m in dropped):
            node["nullable"] = True
        for key, default in (("type", kind), ("additionalProperties", True)):
            if node.get(key) == default:
                node.pop(key)
        changes.at(name, pointer, f"{len(dropped)} allOf member(s) restating '{kind}' dropped")
        return node

    transform_schemas(document, visit)


def nullable_at_reference(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """A component marked ``nullable: true`` becomes non-null and the ``null`` moves to where it is used:
    a property, array item or additionalProperties ``$ref: X`` -> ``anyOf: [{$ref: X}, {type: 'null'}]``;
    a union member adds ``{type: 'null'}`` to its union; an ``allOf`` is nullable only if every member is.

    Same values accepted everywhere, but the generated classes stay plain (no ``XType0`` wrappers), an
    ``allOf`` over such components merges, and it is the 3.1 form our conventions use. A request or
    response *body* that references one is left non-null: no API sends a JSON ``null`` as the whole body.
    """
    name = "nullable-at-reference"
    schemas = document.get("components", {}).get("schemas", {})
    nullable = {
        f"#/components/schemas/{_escape(n)}"
        for n, sch in schemas.items()
        if isinstance(sch, dict) and sch.get("nullable") is True
    }

    def is_nullable_ref(node: Any) -> bool:
        return isinstance(node, dict) and node.get("$ref") in nullable

    def all_nullable(members: Any) -> bool:
        return (
            isinstance(members, list)
            and bool(members)
            and all(
                is_nullable_ref(m) or (isinstance(m, dict) and m.get("nullable") is True) for m in members
            )
        )

    growing = True
    while growing:  # an allOf component whose members are all nullable is nullable too
        more = {
            f"#/components/schemas/{_escape(n)}"
            for n, sch in schemas.items()
            if isinstance(sch, dict) and all_nullable(sch.get("allOf"))
        }
        growing = not more <= nullable
        nullable |= more
    for ref in sorted(nullable):
        component = resolve_pointer(document, ref)
        component.pop("nullable", None)
        changes.at(name, ref, "made non-null; `null` added where it is referenced")
        if isinstance(component.get("enum"), list) and None in component["enum"]:
            component["enum"] = [v for v in component["enum"] if v is not None]
            changes.at(name, ref, "`null` dropped from the enum values (references accept null instead)")

    def visit(node: dict[str, Any], pointer: str) -> dict[str, Any]:
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if isinstance(members, list) and any(is_nullable_ref(m) for m in members) and NULL not in members:
                node[key] = [*members, dict(NULL)]
        if all_nullable(node.get("allOf")) and not re.fullmatch(r"#/components/schemas/[^/]+", pointer):
            node["nullable"] = True
        for key in SCHEMA_MAPS:
            if isinstance(node.get(key), dict):
                node[key] = {k: _wrap(v) for k, v in node[key].items()}
        for key in ("items", "additionalProperties", "not"):
            if key in node:
                node[key] = _wrap(node[key])
        return node

    def _wrap(node: Any) -> Any:
        if is_nullable_ref(node):
            changes.count(name, "references to a nullable component wrapped in anyOf [..., null]")
            return {"anyOf": [node, dict(NULL)]}
        return node

    transform_schemas(document, visit)
    for holder, key, _pointer in list(schema_slots(document)):
        if "/schemas/" not in _pointer and "/content/" not in _pointer:  # parameters and headers
            holder[key] = _wrap(holder[key])


def content_keys_are_media_types(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """Drop keys of a ``content`` map that are not media types (a misplaced, empty ``examples: {}``)."""

    def visit(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            content = node.get("content")
            if isinstance(content, dict):
                for key in [k for k in content if "/" not in str(k)]:
                    content.pop(key)
                    changes.at("content-keys-are-media-types", f"{pointer}/content", f"key {key!r} removed")
            for key, value in node.items():
                if key not in ("example", "examples", "value", "default", "enum"):
                    visit(value, f"{pointer}/{_escape(str(key))}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                visit(value, f"{pointer}/{i}")

    visit(document.get("paths", {}), "#/paths")
    visit(document.get("components", {}), "#/components")


def string_enum_values_as_text(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """In a ``type: string`` schema, enum values YAML read as numbers or booleans become the text the vendor
    wrote (``enum: [4.1, 4]`` -> ``['4.1', '4']``, ``true`` -> ``'true'``): the vendor declares strings;
    unquoted YAML is a quoting slip."""

    def visit(node: dict[str, Any], pointer: str) -> dict[str, Any]:
        kinds = _types(node)
        values = node.get("enum")
        if "string" in kinds and isinstance(values, list):
            fixed = [
                v.text
                if isinstance(v, VendorFloat)
                else ("true" if v else "false")
                if isinstance(v, bool)
                else str(v)
                if isinstance(v, int)
                else v
                for v in values
            ]
            if fixed != values or any(type(a) is not type(b) for a, b in zip(fixed, values, strict=True)):
                node["enum"] = fixed
                changes.at("string-enum-values-as-text", pointer, f"enum {values} -> {fixed}")
        return node

    transform_schemas(document, visit)


def strip_titles(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """Remove every schema ``title``: the generator names classes by title, and vendors reuse titles."""

    def visit(node: dict[str, Any], pointer: str) -> dict[str, Any]:
        if "title" in node:
            node.pop("title")
            changes.count("strip-titles", "schema titles removed")
        return node

    transform_schemas(document, visit)


def replace_prose(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """Drop the vendor's descriptions and summaries everywhere (our own texts are added from the recipe).

    Facts stay: names, types, formats, enums, constraints, examples. Example *values* are data and are
    not touched; only the ``summary``/``description`` of an Example Object are prose.
    """
    name = "replace-prose"

    def scrub(node: Any, in_value: bool = False) -> Any:
        if isinstance(node, list):
            return [scrub(item, in_value) for item in node]
        if not isinstance(node, dict):
            return node
        result = {}
        for key, value in node.items():
            if in_value:
                result[key] = value  # inside an example value or a schema `example`: data
                continue
            if key in PROSE_KEYS and isinstance(value, str):
                changes.count(
                    name,
                    "vendor descriptions removed" if key == "description" else "vendor summaries removed",
                )
                continue
            if key == "externalDocs":
                changes.count(name, "links to the vendor's documentation pages removed")
                continue
            if key == "properties" and isinstance(value, dict):
                result[key] = {prop: scrub(schema) for prop, schema in value.items()}
            elif key in ("example", "value", "default", "enum", "const", "mapping"):
                result[key] = value
            elif key == "examples" and isinstance(value, list):
                result[key] = value  # a schema's examples (3.1): data
            else:
                result[key] = scrub(value)
        return result

    scrubbed = scrub({k: v for k, v in document.items() if k != "info"})
    document.clear()
    document.update(scrubbed)
    for tag in document.get("tags", []):
        tag.pop("description", None)


def drop_vendor_extensions(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """Remove ``x-*`` keys: hints for the vendor's own tooling and docs site, read by none of ours."""

    def scrub(node: Any, data: bool = False) -> Any:
        if isinstance(node, list):
            return [scrub(item, data) for item in node]
        if not isinstance(node, dict):
            return node
        result = {}
        for key, value in node.items():
            if not data and isinstance(key, str) and key.startswith("x-"):
                changes.count("drop-vendor-extensions", f"{key} removed")
                continue
            is_data = (
                data
                or key in ("example", "value", "default", "enum", "const", "mapping")
                or (key == "examples" and isinstance(value, list))
            )
            if key == "properties" and isinstance(value, dict) and not data:
                result[key] = {prop: scrub(schema) for prop, schema in value.items()}
            else:
                result[key] = scrub(value, is_data)
        return result

    scrubbed = scrub(document)
    document.clear()
    document.update(scrubbed)


def decimal_strings(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """Mark the string properties named in the recipe as ``format: decimal`` (money sent as text)."""
    name = "decimal-strings"
    schemas = document.get("components", {}).get("schemas", {})
    for target in options.get("properties", []):
        component, _, prop = str(target).partition(".")
        if component not in schemas:
            continue  # not reached by the kept operations
        node = schemas[component].get("properties", {}).get(prop)
        if not isinstance(node, dict):
            raise RecipeError(f"decimal-strings: {target} is not a property in the vendor document")
        kinds = _types(node)
        if "string" not in kinds:
            raise RecipeError(f"decimal-strings: {target} is not a string (type {node.get('type')!r})")
        if node.get("format") != "decimal":
            node["format"] = "decimal"
            changes.at(name, f"#/components/schemas/{component}/properties/{prop}", "format: decimal")


SPACE_DATE_TIME = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)


DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"


def decimal_pattern(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """Every ``format: decimal`` string gets the pattern that format means. Validators and Prism do not
    know the format: Prism's dynamic mode sends ``"dolore"`` for it, which no vendor sends and our client
    rightly refuses."""

    def visit(node: dict[str, Any], pointer: str) -> dict[str, Any]:
        if node.get("format") == "decimal" and "string" in _types(node) and "pattern" not in node:
            node["pattern"] = DECIMAL_PATTERN
            changes.at("decimal-pattern", pointer, f"pattern {DECIMAL_PATTERN}")
        return node

    transform_schemas(document, visit)


def url_format_as_uri(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """``format: url`` -> ``format: uri``. ``url`` is no JSON Schema format: Prism's validator checks it
    (ajv's deprecated format of that name) while its faker does not know it, so Prism's dynamic mode
    flags its own made-up answers; ``uri`` is the standard format for the same values."""

    def visit(node: dict[str, Any], pointer: str) -> dict[str, Any]:
        if node.get("format") == "url":
            node["format"] = "uri"
            changes.at("url-format-as-uri", pointer, "format: url -> uri")
        return node

    transform_schemas(document, visit)


def add_properties(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """Properties the vendor's own examples show but its schema does not declare, with the type the
    recipe gives them (a fact read from those examples): without them the client parses the field into
    ``additional_properties``, untyped."""
    schemas = document.get("components", {}).get("schemas", {})
    for target, schema in (options.get("properties") or {}).items():
        component, _, prop = str(target).partition(".")
        if component not in schemas:
            continue  # not reached by the kept operations
        properties = schemas[component].setdefault("properties", {})
        if prop in properties:
            raise RecipeError(f"add-properties: {target} exists in the vendor document already")
        properties[prop] = dict(schema)
        changes.at(
            "add-properties", f"#/components/schemas/{component}/properties/{prop}", f"added: {schema}"
        )


def _kept_operations(
    document: dict[str, Any], named: Any, where: str
) -> list[tuple[str, str, dict[str, Any]]]:
    """(route, method, operation) of the kept operations ``named`` (``METHOD /path`` each) or all (None)."""
    found = [
        (route, method, item[method])
        for route, item in document.get("paths", {}).items()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    ]
    if named is None:
        return found
    if not isinstance(named, list) or not named:
        raise RecipeError(f"{where}: `operations` must be a non-empty list of 'METHOD /path' (or left out)")
    chosen = []
    for label in named:
        method, _, route = str(label).partition(" ")
        match = next((op for op in found if op[0] == route and op[1] == method.lower()), None)
        if match is None:
            raise RecipeError(f"{where}: {label} is not a kept operation")
        chosen.append(match)
    return chosen


def _copy_vendor_components(document: dict[str, Any], vendor: dict[str, Any], node: Any) -> list[str]:
    """Copy every component ``node`` references (transitively) from the vendor document into ``document``
    where it is not there yet; the references copied, for the record."""
    copied = []
    todo = list(_refs(node))
    while todo:
        ref = todo.pop()
        parts = ref.split("/")
        if len(parts) != 4 or parts[:2] != ["#", "components"]:
            raise RecipeError(f"add-responses: {ref} is not a component reference")
        kind, name = parts[2], _unescape(parts[3])
        members = document.setdefault("components", {}).setdefault(kind, {})
        if name in members:
            continue
        try:
            members[name] = copy.deepcopy(resolve_pointer(vendor, ref))
        except KeyError:
            raise RecipeError(f"add-responses: the vendor document has no {ref}") from None
        copied.append(ref)
        todo += list(_refs(members[name]))
    return copied


def add_responses(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """Responses (and response headers) that the vendor documents outside this operation, in its guides,
    or on sibling operations, declared where the recipe says they happen.

    Each entry of ``responses``: ``status``; ``schema``, the body (the name of one of the vendor's schema
    components, copied with what it reaches, or an inline schema), required for a status the operation
    does not document yet and refused for one it does (the vendor's own declaration wins); ``headers``
    (name -> Header Object) added to that response, never replacing one the vendor declares; and
    ``operations`` (``METHOD /path`` each; default every kept operation).
    """
    name = "add-responses"
    entries = options.get("responses")
    if not isinstance(entries, list) or not entries:
        raise RecipeError(f"{name}: `responses` must be a non-empty list")
    for entry in entries:
        status = str(entry.get("status", ""))
        where = f"{name} {status or '?'}"
        if not re.fullmatch(r"[1-5][0-9][0-9]|default", status):
            raise RecipeError(f"{where}: `status` must be an HTTP status or `default`")
        schema, headers = entry.get("schema"), entry.get("headers") or {}
        if schema is None and not headers:
            raise RecipeError(f"{where}: give a `schema`, `headers`, or both")
        if isinstance(schema, str):
            schema = {"$ref": f"#/components/schemas/{_escape(schema)}"}
        for ref in _copy_vendor_components(document, changes.vendor, [schema, headers]):
            changes.at(name, ref, "copied from the vendor document")
        for route, method, operation in _kept_operations(document, entry.get("operations"), where):
            label = f"{method.upper()} {route}"
            pointer = f"#/paths/{_escape(route)}/{method}/responses/{status}"
            responses = operation.setdefault("responses", {})
            response = responses.get(status)
            if schema is not None:
                if response is not None:
                    raise RecipeError(f"{where}: {label} documents {status} already")
                response = responses[status] = {
                    "description": "",
                    "content": {"application/json": {"schema": copy.deepcopy(schema)}},
                }
                shown = schema["$ref"].rsplit("/", 1)[-1] if "$ref" in schema else "an inline schema"
                changes.at(name, pointer, f"added, body {shown}")
            elif response is None:
                raise RecipeError(f"{where}: {label} has no {status} response to add headers to")
            declared = _deref(document, response).setdefault("headers", {})
            for header, definition in headers.items():
                if header in declared:
                    raise RecipeError(f"{where}: {label} declares the header {header} already")
                declared[header] = copy.deepcopy(definition)
            if headers:
                changes.at(name, pointer, f"headers {', '.join(headers)}")


def optional_parameters(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """Parameters the vendor marks required but documents elsewhere as omitted in some use (``parameters``:
    their names) become optional on every kept operation: the spec then describes every request the
    client really sends."""
    name = "optional-parameters"
    wanted = options.get("parameters")
    if not isinstance(wanted, list) or not wanted:
        raise RecipeError(f"{name}: `parameters` must be a non-empty list of parameter names")
    seen: set[str] = set()
    for route, item in document.get("paths", {}).items():
        for method in (None, *HTTP_METHODS):
            holder = item if method is None else item.get(method)
            if not isinstance(holder, dict):
                continue
            for i, raw in enumerate(holder.get("parameters", [])):
                parameter = _deref(document, raw)
                if parameter.get("name") not in wanted:
                    continue
                seen.add(parameter["name"])
                if parameter.get("in") == "path":
                    raise RecipeError(f"{name}: {parameter['name']} is a path parameter (always required)")
                if parameter.get("required") is True:
                    parameter["required"] = False
                    where = f"#/paths/{_escape(route)}" + (f"/{method}" if method else "")
                    changes.at(name, f"{where}/parameters/{i}", f"{parameter['name']}: required -> optional")
    missing = [p for p in wanted if p not in seen]
    if missing:
        raise RecipeError(f"{name}: no kept operation has the parameter(s) {', '.join(missing)}")


def space_separated_date_times(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """For the schemas named in the recipe, ``format: date-time`` (RFC 3339: a ``T`` between date and time)
    becomes a pattern that also takes the space separator the vendor's API and examples use."""
    schemas = document.get("components", {}).get("schemas", {})
    for target in options.get("schemas", []):
        component, _, prop = str(target).partition(".")
        if component not in schemas:
            continue  # not reached by the kept operations
        node = schemas[component] if not prop else schemas[component].get("properties", {}).get(prop)
        if not isinstance(node, dict) or node.get("format") != "date-time":
            raise RecipeError(f"space-separated-date-times: {target} is not a `format: date-time` string")
        node.pop("format")
        node["pattern"] = SPACE_DATE_TIME
        changes.at(
            "space-separated-date-times",
            f"#/components/schemas/{target.replace('.', '/properties/')}",
            "format: date-time -> a pattern that also accepts a space separator",
        )


def named_examples(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """A media type's single ``example`` becomes the named example ``example`` (Prism serves names)."""
    for _holder, _key, pointer in list(schema_slots(document)):
        if "/content/" not in pointer:
            continue
        media = resolve_pointer(document, pointer.rsplit("/schema", 1)[0])
        if "example" in media and "examples" not in media:
            media["examples"] = {"example": {"value": media.pop("example")}}
            changes.at(
                "named-examples", pointer.rsplit("/schema", 1)[0], "example -> examples: {example: ...}"
            )


def compose_examples(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """A response body without examples gets ``vendor``: the example the vendor's documentation renders
    for it, composed from the vendor's schema-level examples.

    Two readings are tried, and the first that validates against the (normalised) schema is kept: the
    vendor's whole-schema examples (``x-examples``) wherever a schema has one, else property examples;
    then property examples only. Vendors' whole-schema examples are sometimes stale (a typo in an enum
    value, ``null`` in a non-nullable field), and a spec's examples must validate. If neither reading
    validates, or a required property has no example at all, the recipe has to give its own example.
    """
    validate = example_validator(document)
    for route, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                response = _deref(document, response)
                for media_type, media in response.get("content", {}).items():
                    if media.get("examples") or "schema" not in media:
                        continue
                    where = f"{method.upper()} {route} {status} {media_type}"
                    problems = []
                    for whole_examples in (True, False):
                        try:
                            value = _compose_value(
                                document, changes.vendor, media["schema"], set(), whole_examples
                            )
                        except _NoExample as exc:
                            problems.append(str(exc))
                            continue
                        errors = validate(media["schema"], value)
                        if not errors:
                            media["examples"] = {"vendor": {"value": value}}
                            source = "whole-schema examples" if whole_examples else "property examples"
                            changes.at(
                                "compose-examples",
                                f"#/paths/{_escape(route)}/{method}/responses/{status}",
                                f"named example `vendor` composed from the vendor's {source}",
                            )
                            break
                        problems.append("; ".join(errors[:3]))
                    else:
                        if changes.whole:  # a whole document is only generated from, never served
                            changes.count("compose-examples", "response bodies left without an example")
                            continue
                        raise RecipeError(
                            f"compose-examples: {where}: no valid example can be composed "
                            f"({' | '.join(problems)}); give a named example in the recipe"
                        )


def example_validator(document: dict[str, Any]) -> Callable[[Any, Any], list[str]]:
    """``validate(schema, value)`` -> problems, by OpenAPI 3.1 (JSON Schema 2020-12) with format checks."""
    from openapi_schema_validator import OAS31Validator, oas31_format_checker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    uri = "urn:unifolio:import"
    registry: Registry[Any] = Registry().with_resource(
        uri, Resource.from_contents(document, default_specification=DRAFT202012)
    )

    def rebase(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (f"{uri}{v}" if k == "$ref" and isinstance(v, str) and v.startswith("#/") else rebase(v))
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [rebase(v) for v in node]
        return node

    def validate(schema: Any, value: Any) -> list[str]:
        validator = OAS31Validator(rebase(schema), registry=registry, format_checker=oas31_format_checker)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '$'}: {e.message[:120]}"
            for e in validator.iter_errors(value)
        ]

    return validate


def _types(schema: dict[str, Any]) -> list[Any]:
    """The JSON types a schema names (``type: x`` or ``type: [x, y]``), as a list."""
    kind = schema.get("type")
    return list(kind) if isinstance(kind, list) else [kind]


def _deref(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_pointer(document, node["$ref"])
    return node


class _NoExample(Exception):
    pass


def _compose_value(
    document: dict[str, Any], vendor: dict[str, Any], schema: Any, seen: set[str], whole_examples: bool
) -> Any:
    if isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            raise _NoExample(f"{ref} is recursive")
        if whole_examples:
            try:
                original = resolve_pointer(vendor, ref)
            except KeyError:
                original = None
            examples = original.get("x-examples") if isinstance(original, dict) else None
            if isinstance(examples, dict) and examples:
                return copy.deepcopy(next(iter(examples.values())))
        return _compose_value(document, vendor, resolve_pointer(document, ref), seen | {ref}, whole_examples)
    if not isinstance(schema, dict):
        raise _NoExample("not a schema")
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return copy.deepcopy(schema["examples"][0])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            for branch in schema[key]:
                if branch != NULL:
                    return _compose_value(document, vendor, branch, seen, whole_examples)
    if "allOf" in schema:
        parts = [_compose_value(document, vendor, branch, seen, whole_examples) for branch in schema["allOf"]]
        if len(parts) == 1:
            return parts[0]
        if not all(isinstance(part, dict) for part in parts):
            raise _NoExample("allOf of non-objects")
        return {key: value for part in parts for key, value in part.items()}
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    kinds = _types(schema)
    if "array" in kinds:
        return [_compose_value(document, vendor, schema.get("items", {}), seen, whole_examples)]
    if "object" in kinds or "properties" in schema:
        value = {}
        required = set(schema.get("required", []))
        for name, sub in schema.get("properties", {}).items():
            try:
                value[name] = _compose_value(document, vendor, sub, seen, whole_examples)
            except _NoExample as exc:
                if name in required:
                    raise _NoExample(f"required property {name!r}: {exc}") from None
        return value
    raise _NoExample("no example given")


def snake_case_operation_ids(document: dict[str, Any], options: dict[str, Any], changes: Changes) -> None:
    """(Whole documents only; a recipe names its kept operations itself.) camelCase ids -> snake_case."""
    used: set[str] = set()
    for route, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            original = operation.get("operationId") or f"{method}_{route}"
            new = snake_case(original)
            while new in used:
                new += "_"
            used.add(new)
            if new != original:
                operation["operationId"] = new
                changes.count("snake-case-operation-ids", "operation ids rewritten in snake_case")


def snake_case(value: str) -> str:
    value = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", value)
    value = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", value)
    return re.sub(r"[^a-zA-Z0-9]+", "_", value).strip("_").lower() or "operation"


NORMALISATIONS: dict[str, Normalisation] = {
    # vendor slips first, so what is composed or converted later sees the corrected values
    "content-keys-are-media-types": content_keys_are_media_types,
    "string-enum-values-as-text": string_enum_values_as_text,
    "add-properties": add_properties,
    "add-responses": add_responses,
    "optional-parameters": optional_parameters,
    "decimal-strings": decimal_strings,
    "decimal-pattern": decimal_pattern,
    "url-format-as-uri": url_format_as_uri,
    "space-separated-date-times": space_separated_date_times,
    "named-examples": named_examples,
    "drop-vendor-extensions": drop_vendor_extensions,
    "replace-prose": replace_prose,
    "strip-titles": strip_titles,
    "collapse-trivial-allof": collapse_trivial_allof,
    "nullable-at-reference": nullable_at_reference,
    "openapi-3.1": openapi_31,
    # last: composed examples are validated against the final schemas (reading the vendor's originals)
    "compose-examples": compose_examples,
    "snake-case-operation-ids": snake_case_operation_ids,
}


# --- our own texts, servers, examples -----------------------------------------------------------


def apply_recipe_texts(document: dict[str, Any], recipe: Recipe, whole: bool) -> None:
    """Info, servers, tags, operation ids and the descriptions a spec needs, in our own words."""
    data = recipe.data
    upstream = recipe.upstream
    info = {"title": data["info"]["title"], "version": str(upstream["version"])}
    if data["info"].get("description"):
        info["description"] = data["info"]["description"]
    if data["info"].get("contact_url"):
        info["contact"] = {
            "name": data["info"].get("contact_name", f"{recipe.provider} documentation"),
            "url": data["info"]["contact_url"],
        }
    document["info"] = info
    document["servers"] = [{"url": url, "description": name} for name, url in data["servers"].items()]
    defaults = {str(k): v for k, v in (data.get("response_descriptions") or {}).items()}
    shared_parameters = data.get("parameters") or {}
    if whole:
        tags = sorted(
            {
                t
                for item in document["paths"].values()
                for m in HTTP_METHODS
                if isinstance(item.get(m), dict)
                for t in item[m].get("tags", [])
            }
        )
        document["tags"] = [{"name": t} for t in tags]
    else:
        document["tags"] = [{"name": n, "description": d} for n, d in data.get("tags", {}).items()]
    by_key = {(o.method, o.path): o for o in recipe.operations}
    for route, item in document["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            mine = None if whole else by_key[(method, route)]
            if mine is not None:
                operation["operationId"] = mine.operation_id
                operation["tags"] = [mine.tag]
                operation["summary"] = mine.summary
                operation["description"] = mine.description
            where = f"{method.upper()} {route}"
            for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
                parameter = _deref(document, raw)
                text = (mine.parameters.get(parameter["name"]) if mine else None) or shared_parameters.get(
                    parameter["name"]
                )
                if text:
                    parameter["description"] = text
                elif not whole:
                    raise RecipeError(
                        f"{where}: parameter {parameter['name']!r} needs a description in the recipe"
                    )
            for status, response in operation.get("responses", {}).items():
                target = _deref(document, response)
                text = (mine.responses.get(str(status)) if mine else None) or defaults.get(str(status))
                if text is None:
                    if not whole:
                        raise RecipeError(f"{where}: response {status} needs a description in the recipe")
                    text = f"HTTP {status}." if status != "default" else "Any other status."
                target["description"] = text
            order = ["operationId", "tags", "summary", "description"]
            reordered = {k: operation[k] for k in order if k in operation}
            reordered.update({k: v for k, v in operation.items() if k not in order})
            item[method] = reordered


def _status_of_default(
    document: dict[str, Any], recipe: Recipe, mine: Operation, operation: dict[str, Any], status: str
) -> dict[str, Any]:
    """A response of its own for ``status``, with the body of the operation's ``default`` response.

    Some vendors document failures only as ``default`` (Plaid: every operation has ``200`` and
    ``default``), although each failure has a fixed status (Plaid's error pages give one per error
    code). Examples of a failure must be served with that status, so the recipe names it and the
    response is added, placed before ``default``; statuses stay in ascending order.
    """
    text = mine.responses.get(status) or (recipe.data.get("response_descriptions") or {}).get(status)
    if not text:
        raise RecipeError(
            f"{mine.method.upper()} {mine.path}: response {status} (added for the recipe's examples) "
            "needs a description in the recipe"
        )
    default = copy.deepcopy(_deref(document, operation["responses"]["default"]))
    for media in (default.get("content") or {}).values():  # its examples are the recipe's, for this status
        media.pop("example", None)
        media.pop("examples", None)
    added = {"description": text, **{k: v for k, v in default.items() if k != "description"}}
    responses = {**operation["responses"], status: added}
    order = sorted((s for s in responses if str(s).isdigit()), key=int)
    operation["responses"] = {
        **{s: responses[s] for s in order},
        **{s: v for s, v in responses.items() if not str(s).isdigit()},
    }
    return added


def add_examples(document: dict[str, Any], recipe: Recipe, changes: Changes) -> None:
    """Named examples of our own (demo data, failures) from the recipe, next to the vendor's; each must
    validate against its schema (the import fails naming the example otherwise)."""
    validate = example_validator(document)

    def checked(where: str, schema: Any, example: Any) -> Any:
        errors = validate(schema, example.get("value") if isinstance(example, dict) else None)
        if errors:
            problems = "; ".join(errors[:3])
            raise RecipeError(f"{where}: the recipe's example does not fit its schema: {problems}")
        return example

    for mine in recipe.operations:
        operation = document["paths"][mine.path][mine.method]
        for status, named in mine.examples.items():
            response = operation.get("responses", {}).get(status)
            if response is None and status.isdigit() and "default" in operation.get("responses", {}):
                response = _status_of_default(document, recipe, mine, operation, status)
                changes.at(
                    "recipe-examples",
                    f"{mine.operation_id} {status}",
                    "response added: the vendor's `default` body, with the status its examples have",
                )
            if response is None:
                raise RecipeError(
                    f"{mine.method.upper()} {mine.path}: no response {status} for the recipe's examples"
                )
            if "$ref" in response:  # a shared response: give this operation its own copy
                response = copy.deepcopy(_deref(document, response))
                operation["responses"][status] = response
            media = next(iter(response.get("content", {}).values()), None)
            if media is None:
                raise RecipeError(f"{mine.method.upper()} {mine.path} {status}: no body to add examples to")
            examples = media.setdefault("examples", {})
            for example_name, example in named.items():
                if example_name in examples:
                    raise RecipeError(
                        f"{mine.operation_id} {status}: example {example_name!r} exists already"
                    )
                where = f"{mine.operation_id} {status} example {example_name!r}"
                examples[example_name] = checked(where, media.get("schema", {}), example)
                changes.at(
                    "recipe-examples", f"{mine.operation_id} {status}", f"named example {example_name!r}"
                )
        if mine.request_examples:
            body = _deref(document, operation.get("requestBody", {}))
            media = next(iter(body.get("content", {}).values()), None)
            if media is None:
                raise RecipeError(f"{mine.operation_id}: no request body to add examples to")
            examples = media.setdefault("examples", {})
            for example_name, example in mine.request_examples.items():
                where = f"{mine.operation_id} request example {example_name!r}"
                examples[example_name] = checked(where, media.get("schema", {}), example)
                changes.at(
                    "recipe-examples", f"{mine.operation_id} request", f"named example {example_name!r}"
                )


# --- the whole import ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    text: bytes
    location: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text).hexdigest()


def read_source(recipe: Recipe, source: str | None, vendor_specs: Path) -> Source:
    """The vendor document: SOURCE (a path or an http(s) URL), else the recipe's file in vendor_specs."""
    if source and re.match(r"^https?://", source):
        if not source.startswith("https://"):
            raise RecipeError(f"refusing to download over plain http: {source}")
        try:  # certificates are verified (urllib's default context)
            with urllib.request.urlopen(source, timeout=60) as answer:  # noqa: S310 (https checked above)
                return Source(answer.read(), source)
        except OSError as exc:
            raise RecipeError(f"could not download {source}: {exc}") from None
    path = Path(source) if source else vendor_specs / recipe.upstream["document"]
    if not path.is_file():
        raise RecipeError(f"vendor document not found: {path} (give SOURCE=<path or URL>)")
    return Source(path.read_bytes(), str(path))


def derive(recipe: Recipe, source: Source, *, whole: bool = False) -> tuple[dict[str, Any], Changes]:
    """The derived document and the record of what was changed."""
    try:
        vendor = load_yaml(source.text)
    except yaml.YAMLError as exc:
        raise RecipeError(f"{source.location} is not valid YAML: {exc}") from None
    if not str(vendor.get("openapi", "")).startswith(("3.0", "3.1")):
        raise RecipeError(f"{source.location}: not an OpenAPI 3.x document")
    changes = Changes(vendor=vendor, whole=whole)
    document = keep_operations(vendor, None if whole else recipe.operations)
    for name, normalise in NORMALISATIONS.items():
        entry = recipe.normalisation(name)
        if name == "snake-case-operation-ids" and whole:
            entry = entry or {"name": name, "reason": "whole-document import"}
        if entry is not None:
            normalise(document, entry, changes)
    apply_recipe_texts(document, recipe, whole)
    if not whole:
        add_examples(document, recipe, changes)
    missing = dangling_refs(document)
    if missing:
        raise RecipeError(f"references to nothing in the result: {', '.join(missing)}")
    first: tuple[str, ...] = ("openapi", "info", "servers", "tags", "security", "paths", "components")
    ordered: dict[str, Any] = {k: document[k] for k in first if k in document}
    ordered.update({k: v for k, v in document.items() if k not in ordered})
    return ordered, changes


def provenance(recipe: Recipe, source: Source, changes: Changes, whole: bool) -> str:
    """The header comment: where the document came from, what was kept, every change and its reason."""
    upstream = recipe.upstream
    pinned = upstream.get("sha256")
    kept = (
        "every operation"
        if whole
        else ", ".join(f"{o.method.upper()} {o.path} as {o.operation_id}" for o in recipe.operations)
    )
    head = [
        "Derived by scripts/import_spec.py from the vendor's OpenAPI document; do not edit by hand:",
        f"change specs/recipes/{recipe.provider}.yaml and run `make import-spec PROVIDER={recipe.provider}`.",
        "",
        f"source:     {upstream.get('url', source.location)}",
        f"repository: {upstream.get('repository', '?')}, path {upstream.get('path', '?')}",
        f"commit:     {upstream.get('commit', '?')}",
        f"version:    {upstream['version']}",
        f"sha256:     {source.sha256}" + ("" if source.sha256 == pinned else f" (the recipe pins {pinned})"),
    ]
    body = textwrap.wrap(f"kept:       {kept}", width=110, subsequent_indent=" " * 12, break_long_words=False)
    body += ["", "Changes, in the order applied (reasons from the recipe):"]
    reasons = {n["name"]: " ".join(str(n["reason"]).split()) for n in recipe.data["normalisations"]}
    for name in [*NORMALISATIONS, "recipe-examples"]:
        if name not in changes.places and name not in changes.counts and name not in reasons:
            continue
        reason = reasons.get(name, "named examples of our own (demo data and failures) from the recipe")
        body += textwrap.wrap(
            f"- {name}: {reason}", width=110, subsequent_indent="    ", break_long_words=False
        )
        entries = [f"{n} x {what}" for what, n in sorted(changes.counts.get(name, {}).items())]
        entries += changes.places.get(name, [])
        for entry in entries or ["(nothing to change in this document)"]:
            body += textwrap.wrap(
                entry,
                width=110,
                initial_indent="    ",
                subsequent_indent="      ",
                break_long_words=False,
                break_on_hyphens=False,
            )
    body += textwrap.wrap(
        "- recipe texts: info, servers (named production/sandbox), tags, operation ids, summaries, and the "
        "descriptions of operations, parameters and responses are ours, from the recipe.",
        width=110,
        subsequent_indent="    ",
    )
    return "".join(f"# {line}".rstrip() + "\n" for line in [*head, *body])


def import_spec(recipe: Recipe, source: Source, *, whole: bool = False) -> str:
    document, changes = derive(recipe, source, whole=whole)
    return provenance(recipe, source, changes, whole) + dump_yaml(document)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("provider", help="recipe name: specs/recipes/<provider>.yaml")
    parser.add_argument(
        "--source",
        help="the vendor document (path or https URL); default: the recipe's file in --vendor-specs",
    )
    parser.add_argument(
        "--vendor-specs",
        type=Path,
        default=DEFAULT_VENDOR_SPECS,
        help=f"folder with the vendor documents (default {DEFAULT_VENDOR_SPECS})",
    )
    parser.add_argument("--whole", action="store_true", help="keep every operation (for vendor-check)")
    parser.add_argument("--output", type=Path, help="default: specs/<provider>.yaml (refused with --whole)")
    parser.add_argument("--recipes", type=Path, default=RECIPES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.whole and args.output is None:
        parser.error("--whole needs --output: a whole vendor document is never a provider spec in specs/")
    try:
        recipe = Recipe.load(args.provider, args.recipes)
        source = read_source(recipe, args.source, args.vendor_specs)
        text = import_spec(recipe, source, whole=args.whole)
    except RecipeError as exc:
        print(f"import-spec: {exc}", file=sys.stderr)
        return 2
    output = args.output or ROOT / "specs" / f"{recipe.provider}.yaml"
    output.write_text(text)
    pinned = recipe.upstream.get("sha256")
    note = "" if pinned == source.sha256 else f" -- NOTE: sha256 differs from the recipe's ({pinned})"
    print(f"import-spec: {output} <- {source.location} (sha256 {source.sha256[:12]}){note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
