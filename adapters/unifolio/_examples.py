"""The named examples of an OpenAPI document: which operation answers which example with which status.

Read from the spec itself (every response's ``examples``), so a provider added to the registry has its
examples served without a line of code here. Needs PyYAML (``pip install 'unifolio[mocks]'``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from ._exceptions import MockServerError

__all__ = ["EXAMPLES_PREFIX", "ExampleOperation", "NamedExample", "load_examples"]

EXAMPLES_PREFIX = "/_examples/"
"""Base URL path under which a mock answers with one named example: ``<mock>/_examples/<name>``."""

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@frozen
class ExampleOperation:
    """One operation that documents the example, and the status it is documented under."""

    method: str
    path: str
    """The path template, e.g. ``/links/{id}/investments/holdings``."""
    status: int

    def matches(self, method: str, path: str) -> bool:
        return method.upper() == self.method and _template(self.path).fullmatch(path) is not None


@frozen
class NamedExample:
    """A named example of a provider's spec, served by the mock at ``<mock>/_examples/<name>``.

    Requests under that base URL to an operation that documents the example get it (with its status);
    requests to other operations get their default answer, so a flow of several calls (a token
    exchange, then the data) stays coherent.
    """

    provider: str
    name: str
    operations: tuple[ExampleOperation, ...]

    @property
    def statuses(self) -> tuple[int, ...]:
        return tuple(sorted({operation.status for operation in self.operations}))

    def status_for(self, method: str, path: str) -> int | None:
        for operation in self.operations:
            if operation.matches(method, path):
                return operation.status
        return None


@functools.cache
def _template(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^/{}]+\})", path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``)."""
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node and seen < 32:
        ref = str(node["$ref"])
        if not ref.startswith("#/"):
            raise MockServerError(f"unsupported $ref {ref!r}: only local references are read")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        seen += 1
    return node


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:
        raise MockServerError(
            "the mocks' named examples are read from the YAML specs and need PyYAML: "
            "pip install 'unifolio[mocks]'"
        ) from None
    return yaml


@functools.cache
def load_examples(provider: str, spec: Path) -> Mapping[str, NamedExample]:
    """Every named response example of ``spec``, by name (document order)."""
    document = _yaml().safe_load(spec.read_text())
    found: dict[str, list[ExampleOperation]] = {}
    for path, item in (document.get("paths") or {}).items():
        if str(path).startswith(EXAMPLES_PREFIX):
            raise MockServerError(f"{spec.name}: path {path} collides with the mocks' {EXAMPLES_PREFIX}")
        for method in _METHODS:
            operation = _resolve(document, (item or {}).get(method))
            if not isinstance(operation, Mapping):
                continue
            for status, response in (operation.get("responses") or {}).items():
                if not str(status).isdigit():
                    continue  # "default", "4XX": Prism cannot be asked for them by code
                content = _resolve(document, response).get("content") or {}
                for media in content.values():
                    for name in media.get("examples") or {}:
                        entries = found.setdefault(str(name), [])
                        here = ExampleOperation(method.upper(), str(path), int(status))
                        if not any(e.method == here.method and e.path == here.path for e in entries):
                            entries.append(here)  # the first status documenting it wins
    return {name: NamedExample(provider, name, tuple(ops)) for name, ops in found.items()}
