"""Hypothesis strategies for response bodies, built straight from a spec's (OpenAPI 3.1) schemas.

Why our own and not hypothesis-jsonschema: on these specs it re-canonicalises the schema on every draw
(~75 ms per Mesh holdings body, measured), which would make 1,000 examples per operation cost minutes.
These strategies cover exactly the JSON Schema keywords our specs use and raise on any other one, so a
spec that starts using e.g. ``allOf`` (or a ``oneOf`` without a discriminator) fails here loudly instead
of being fuzzed wrongly.

Values are JSON-ready Python: numbers are ``int`` or ``Decimal`` (any precision, any exponent), so the
bytes can carry what a float cannot (``0.123456789012345678``, ``1E+400``); ``dumps`` writes them.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.contract._specs import load

ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "summary",
        "examples",
        "example",
        "readOnly",
        "writeOnly",
        "deprecated",
        "default",
        "externalDocs",
        "$comment",
        "format",  # handled where it matters (date, date-time, uuid, int32/int64); otherwise an annotation
    }
)
HANDLED = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "anyOf",
        "oneOf",
        "discriminator",
        "allOf",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
    }
)
INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
TIMEZONES = [datetime.UTC] + [
    datetime.timezone(datetime.timedelta(minutes=m)) for m in (-480, -300, 60, 330, 345, 480, 840)
]

_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
ANY_JSON: st.SearchStrategy[Any] = st.recursive(
    _scalar,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


def merge_all_of(resolve: Callable[[Any], Any], schema: dict[str, Any]) -> dict[str, Any]:
    """An ``allOf`` of object schemas as one object schema (vendor documents extend models this way:
    Plaid's ``InvestmentAccount`` is ``allOf: [AccountBase, {...}]``). A property of a later member
    replaces an earlier one's (the extending model refines it, as the generated client reads it),
    required lists add up, and extra keys are allowed unless a member forbids them."""
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = {}
    required: list[str] = []
    extra: Any = True
    for member in schema["allOf"]:
        member = resolve(member)
        if isinstance(member, dict) and "allOf" in member:
            member = merge_all_of(resolve, member)
        if not isinstance(member, dict) or member.get("type", "object") != "object":
            raise NotImplementedError(f"allOf over a non-object schema: {member!r:.80}")
        properties.update(member.get("properties", {}))
        required += [name for name in member.get("required", []) if name not in required]
        if member.get("additionalProperties", True) is False:
            extra = False
    properties.update(merged.get("properties", {}))
    required += [name for name in merged.get("required", []) if name not in required]
    return {
        **merged,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": extra,
    }


def dumps(value: Any) -> bytes:
    """JSON bytes; ``Decimal`` is written as the exact number it is (``json`` cannot do that)."""

    def encode(item: Any) -> str:
        if isinstance(item, Decimal):
            if not item.is_finite():
                raise ValueError(f"not a JSON number: {item}")
            return str(item)  # '1E+2', '-0.000', '0.123456789012345678' are all valid JSON numbers
        if isinstance(item, dict):
            return "{" + ",".join(f"{json.dumps(str(k))}:{encode(v)}" for k, v in item.items()) + "}"
        if isinstance(item, list | tuple):
            return "[" + ",".join(encode(v) for v in item) + "]"
        return json.dumps(item)

    return encode(value).encode()


def loads(content: bytes) -> Any:
    """What the generated clients decode: JSON with every non-integer number as ``Decimal``."""
    return json.loads(content, parse_float=Decimal)


class SchemaStrategies:
    """Strategies for the schemas of one spec; ``$ref`` components are built once (recursion-safe)."""

    def __init__(self, spec: str, *, dense: bool = False) -> None:
        """``dense``: every property present and never null where the schema allows a value (bodies
        that reach every mapping branch; the default mode also leaves things out and sends nulls)."""
        self.spec = spec
        self.dense = dense
        self.document = load(spec)
        self._components: dict[str, st.SearchStrategy[Any]] = {}

    # -- public

    def for_schema(self, schema: Any) -> st.SearchStrategy[Any]:
        if schema is True or schema == {}:
            return ANY_JSON
        if not isinstance(schema, dict):
            raise TypeError(f"{self.spec}: not a schema: {schema!r}")
        unknown = set(schema) - ANNOTATIONS - HANDLED
        if unknown:
            raise NotImplementedError(f"{self.spec}: schema keyword(s) {sorted(unknown)} not supported here")
        if "$ref" in schema:
            return self._ref(schema["$ref"])
        if "allOf" in schema:
            return self.for_schema(merge_all_of(self._resolve, schema))
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        union = "anyOf" if "anyOf" in schema else "oneOf" if "oneOf" in schema else None
        if union is not None:
            # oneOf: the members our specs unite are told apart by a discriminator (a property with one
            # enum value per member), so any member's value matches that member only.
            allowed = {union, "discriminator"} if union == "oneOf" else {union}
            rest = {k: v for k, v in schema.items() if k not in allowed and k not in ANNOTATIONS}
            if rest or (union == "oneOf" and "discriminator" not in schema):
                raise NotImplementedError(
                    f"{self.spec}: {union} next to {sorted(rest) or 'no discriminator'}"
                )
            branches = schema[union]
            if self.dense and len(branches) > 1:
                branches = [b for b in branches if b != {"type": "null"}] or branches
            return st.one_of([self.for_schema(branch) for branch in branches])
        types = schema.get("type")
        if types is None:
            if any(k in schema for k in ("properties", "required", "additionalProperties")):
                types = "object"
            elif "items" in schema:
                types = "array"
            else:
                return ANY_JSON
        if isinstance(types, list):
            if self.dense and len(types) > 1:
                types = [t for t in types if t != "null"]
            return st.one_of([self._typed(t, schema) for t in types])
        return self._typed(types, schema)

    # -- pieces

    def _resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            target: Any = self.document
            for part in schema["$ref"][2:].split("/"):
                target = target[part]
            schema = target
        return schema

    def _ref(self, ref: str) -> st.SearchStrategy[Any]:
        if ref not in self._components:
            if not ref.startswith("#/"):
                raise NotImplementedError(f"{self.spec}: non-local $ref {ref}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part]
            self._components[ref] = st.deferred(lambda: self.for_schema(target))
        return self._components[ref]

    def _typed(self, kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "integer":
            low, high = INT_BOUNDS.get(schema.get("format", ""), (None, None))
            low = schema.get("minimum", low)
            high = schema.get("maximum", high)
            if "exclusiveMinimum" in schema:
                low = schema["exclusiveMinimum"] + 1
            if "exclusiveMaximum" in schema:
                high = schema["exclusiveMaximum"] - 1
            return st.integers(min_value=low, max_value=high)
        if kind == "number":
            low, high = schema.get("minimum"), schema.get("maximum")
            decimals = st.decimals(
                min_value=None if low is None else Decimal(str(low)),
                max_value=None if high is None else Decimal(str(high)),
                allow_nan=False,
                allow_infinity=False,
            )
            if "exclusiveMinimum" in schema or "exclusiveMaximum" in schema:
                raise NotImplementedError(f"{self.spec}: exclusive bounds on numbers")
            integers = st.integers(
                min_value=None if low is None else int(Decimal(str(low)).to_integral_value("ROUND_CEILING")),
                max_value=None if high is None else int(Decimal(str(high)).to_integral_value("ROUND_FLOOR")),
            )
            return st.one_of(integers, decimals)
        if kind == "string":
            return self._string(schema)
        if kind == "array":
            items = self.for_schema(schema.get("items", True))
            low = schema.get("minItems", 0)
            high = schema.get("maxItems", max(low, 2 if self.dense else 3))  # dense bodies are big already
            return st.lists(items, min_size=low, max_size=high)
        if kind == "object":
            return self._object(schema)
        raise NotImplementedError(f"{self.spec}: type {kind!r}")

    def _string(self, schema: dict[str, Any]) -> st.SearchStrategy[str]:
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        fmt = schema.get("format")
        strategy: st.SearchStrategy[str]
        if fmt == "date-time":
            strategy = st.tuples(
                st.datetimes(min_value=datetime.datetime(1900, 1, 1)),
                st.sampled_from(TIMEZONES),
                st.booleans(),
            ).map(
                lambda parts: (
                    parts[0]
                    .replace(tzinfo=parts[1])
                    .isoformat()
                    .replace("+00:00", "Z" if parts[2] else "+00:00")
                )
            )
        elif fmt == "date":
            strategy = st.dates(min_value=datetime.date(1900, 1, 1)).map(datetime.date.isoformat)
        elif fmt == "uuid":
            strategy = st.uuids().map(str)
        elif "pattern" in schema:
            pattern = schema["pattern"]
            anchored = pattern.startswith("^") and pattern.endswith("$")
            # fullmatch for ^...$ keeps Python's `$`-before-newline from producing 'x\n' (invalid in ECMA)
            # Decimal-like strings with an exponent beyond Decimal's range ('0E1000000000000000000')
            # match such patterns but no exact decimal type holds them: test_decimal_edge_regressions
            # pins the typed refusal they get; fuzzing them here would only repeat it.
            strategy = st.from_regex(pattern, fullmatch=anchored).filter(_representable)
        else:
            return st.text(min_size=low, max_size=high if high is not None else max(low, 24))
        return strategy.filter(lambda s: len(s) >= low and (high is None or len(s) <= high))

    def _object(self, schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", [])) | (set(properties) if self.dense else set())
        fixed = {name: self.for_schema(properties.get(name, True)) for name in required}
        optional = {name: self.for_schema(sub) for name, sub in properties.items() if name not in required}
        base = st.fixed_dictionaries(fixed, optional=optional)
        extra = schema.get("additionalProperties", True)
        if extra is False:
            return base
        extras = st.dictionaries(
            st.text(min_size=1, max_size=10).filter(lambda key: key not in properties),
            ANY_JSON if extra is True else self.for_schema(extra),
            max_size=2,
        )
        return st.tuples(base, extras).map(lambda pair: {**pair[1], **pair[0]})


_EXPONENT = re.compile(r"[eE][-+]?([0-9]+)$")


def _representable(text: str) -> bool:
    found = _EXPONENT.search(text)
    return found is None or len(found.group(1).lstrip("0")) < 18


# --- validation and a schema-aware walk (for drift mutations) ------------------------------------

SPEC_URI = "urn:unifolio:spec"


class SchemaWalker:
    """Validates values against a spec's schemas and pairs every node of a valid value with its schema."""

    def __init__(self, spec: str) -> None:
        self.document = load(spec)
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self._registry: Registry = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, OAS31Validator] = {}

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            target: Any = self.document
            for part in schema["$ref"][2:].split("/"):
                target = target[part]
            schema = target
        return schema

    def validator(self, schema: dict[str, Any]) -> OAS31Validator:
        key = json.dumps(schema, sort_keys=True, default=str)
        if key not in self._validators:
            text = re.sub(r'"#/components', f'"{SPEC_URI}#/components', key)
            self._validators[key] = OAS31Validator(
                json.loads(text), registry=self._registry, format_checker=FormatChecker()
            )
        return self._validators[key]

    def is_valid(self, value: Any, schema: Any) -> bool:
        if schema is True or schema is None:
            return True
        return bool(self.validator(schema).is_valid(value))  # Decimal is a numbers.Number: fine

    @staticmethod
    def _type_fits(value: Any, schema: Any) -> bool:
        if not isinstance(schema, dict) or "type" not in schema:
            return True
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        kind = {type(None): "null", bool: "boolean", str: "string", dict: "object", list: "array"}.get(
            type(value), "integer" if isinstance(value, int) else "number"
        )
        return kind in types or (kind == "integer" and "number" in types)

    def nodes(self, value: Any, schema: Any, path: tuple[str | int, ...] = ()) -> list[Node]:
        """Every (path, schema, value) in a value that is valid against ``schema``."""
        schema = self.resolve(schema)
        if isinstance(schema, dict) and "allOf" in schema:
            schema = merge_all_of(self.resolve, schema)
        if isinstance(schema, dict) and "discriminator" in schema and isinstance(value, dict):
            tag = value.get(schema["discriminator"]["propertyName"])
            ref = schema["discriminator"].get("mapping", {}).get(tag) if isinstance(tag, str) else None
            if ref is not None:
                return self.nodes(value, {"$ref": ref}, path)
        union = "anyOf" if isinstance(schema, dict) and "anyOf" in schema else "oneOf"
        if isinstance(schema, dict) and union in schema:
            branches = [b for b in schema[union] if self._type_fits(value, self.resolve(b))]
            if len(branches) > 1:  # only then pay for full validation
                branches = [b for b in branches if self.is_valid(value, b)]
            branch = branches[0] if branches else None
            return self.nodes(value, branch, path) if branch is not None else [Node(path, schema, value)]
        found = [Node(path, schema if isinstance(schema, dict) else {}, value)]
        if not isinstance(schema, dict):
            return found
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties", True)
            for key, item in value.items():
                sub = properties.get(key, extra if isinstance(extra, dict) else None)
                found += (
                    self.nodes(item, sub, (*path, key)) if sub is not None else [Node((*path, key), {}, item)]
                )
        elif isinstance(value, list):
            for i, item in enumerate(value):
                found += self.nodes(item, schema.get("items", {}), (*path, i))
        return found


class Node:
    __slots__ = ("path", "schema", "value")

    def __init__(self, path: tuple[str | int, ...], schema: dict[str, Any], value: Any) -> None:
        self.path, self.schema, self.value = path, schema, value

    def allows(self, kind: str) -> bool:
        """Whether the schema explicitly admits a JSON type (for 'null where not nullable')."""
        types = self.schema.get("type")
        if types is None:
            return (
                "enum" not in self.schema and "const" not in self.schema and not self.schema.get("properties")
            )
        return kind in (types if isinstance(types, list) else [types])
