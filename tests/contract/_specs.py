"""The specs as data: every file in specs/, its operations, responses and the provider that serves it.

Everything in this folder is driven from here, so a new spec (and a new provider in
``unifolio.providers.PROVIDERS``) is picked up without touching the tests.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
# Dotfiles (specs/.spectral.yaml) are tool configuration, not specs.
SPEC_FILES: dict[str, Path] = {path.stem: path for path in sorted((ROOT / "specs").glob("[!.]*.yaml"))}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def load(spec: str) -> dict[str, Any]:
    return yaml.safe_load(SPEC_FILES[spec].read_text())


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` (one level at a time, repeatedly) to the node it names."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, not {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    spec: str
    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def responses(self) -> dict[int, dict[str, Any] | None]:
        """Status -> JSON schema of the documented body (None for a response without a JSON body)."""
        document = load(self.spec)
        result: dict[int, dict[str, Any] | None] = {}
        for status, response in self.definition.get("responses", {}).items():
            if not str(status).isdigit():
                continue  # `default` / `4XX` ranges: none in our specs; add handling when one appears
            media = resolve(document, response).get("content", {})
            json_media = next((m for t, m in media.items() if t.split(";")[0].endswith("json")), None)
            result[int(status)] = None if json_media is None else json_media.get("schema")
        return result

    def matches(self, method: str, path: str) -> bool:
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(self.path)) + "$"
        return method.lower() == self.method and re.match(pattern, path) is not None


def operations(spec: str) -> list[Operation]:
    document = load(spec)
    found = []
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                definition = item[method]
                found.append(Operation(spec, definition["operationId"], method, path, definition))
    return found


def all_operations() -> Iterator[Operation]:
    for spec in SPEC_FILES:
        yield from operations(spec)


def provider_for_spec(spec: str) -> str | None:
    """The registry name of the provider whose adapter reads this spec (None if no adapter exists yet)."""
    from unifolio.providers import PROVIDERS

    for name, provider in PROVIDERS.items():
        if Path(provider.info.spec).stem == spec:
            return name
    return None
