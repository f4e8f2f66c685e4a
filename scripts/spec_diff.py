"""Breaking changes for clients between each spec and its version on a base git ref (`make spec-diff`).

    python scripts/spec_diff.py                 # base: merge base with origin/main, else HEAD~1
    python scripts/spec_diff.py --base v0.1.0   # or any git ref (make spec-diff REF=v0.1.0)

Every ``specs/<name>.yaml`` of the working tree is compared with ``<base>:specs/<name>.yaml`` by the
pinned npm ``openapi-diff`` (offline). openapi-diff 0.24 reads OpenAPI 3.0 only, so both versions are
first translated to an equivalent 3.0 document (``type: [X, 'null']`` -> ``nullable``, ``const`` ->
one-value ``enum``, multi-type -> ``anyOf`` ...); the translation is the same on both sides, so it adds
no difference of its own. A spec that did not exist at the base is new, hence not breaking; a spec
deleted since the base is breaking.

openapi-diff 0.24 does not look at parameters' ``required`` nor at enum values; two small checks here
add what clients care about: a parameter that became required, and an enum value removed from a
schema clients send.

Exit status: 1 if any change is breaking, unless the message of the HEAD commit contains
``[breaking-spec-change]`` (then the report is printed and the exit status is 0); 2 on a tool error.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIFF = ROOT / "mocks" / "node_modules" / ".bin" / "openapi-diff"
MARKER = "[breaking-spec-change]"
MAIN = "origin/main"

TYPE_KEYWORDS = {
    "string": ("pattern", "minLength", "maxLength", "format"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"),
    "integer": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"),
    "array": ("items", "minItems", "maxItems", "uniqueItems"),
    "object": ("properties", "required", "additionalProperties", "minProperties", "maxProperties"),
}
DROPPED_SCHEMA_KEYWORDS = ("$schema", "$id", "$defs", "$comment", "contentMediaType", "contentEncoding")


# --- OpenAPI 3.1 -> 3.0 (for openapi-diff only) -------------------------------------------------


def schema_to_30(schema: Any) -> Any:
    """One JSON Schema (2020-12 as OpenAPI 3.1 uses it) as an OpenAPI 3.0 Schema Object."""
    if not isinstance(schema, dict):
        return schema
    node: dict[str, Any] = {k: v for k, v in schema.items() if k not in DROPPED_SCHEMA_KEYWORDS}
    for key in ("properties",):
        if isinstance(node.get(key), dict):
            node[key] = {name: schema_to_30(sub) for name, sub in node[key].items()}
    for key in ("items", "not"):
        if key in node:
            node[key] = schema_to_30(node[key])
    if isinstance(node.get("additionalProperties"), dict):
        node["additionalProperties"] = schema_to_30(node["additionalProperties"])
    for key in ("anyOf", "oneOf", "allOf"):
        if isinstance(node.get(key), list):
            non_null = [schema_to_30(b) for b in node[key] if b != {"type": "null"}]
            if len(non_null) < len(node[key]):
                node["nullable"] = True
            node[key] = non_null
    if "const" in node:
        node["enum"] = [node.pop("const")]
    if isinstance(node.get("examples"), list):
        examples = node.pop("examples")
        if examples:
            node.setdefault("example", examples[0])
    for bound, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(node.get(bound), int | float) and not isinstance(node.get(bound), bool):
            node[inclusive] = node[bound]
            node[bound] = True
    types = node.get("type")
    if isinstance(types, list):
        kinds = [t for t in types if t != "null"]
        if len(kinds) < len(types):
            node["nullable"] = True
        if len(kinds) == 1:
            node["type"] = kinds[0]
        else:  # several JSON types: one anyOf branch per type with that type's keywords
            del node["type"]
            node["anyOf"] = [
                {"type": kind, **{k: node[k] for k in TYPE_KEYWORDS.get(kind, ()) if k in node}}
                for kind in kinds
            ]
            for kind in kinds:
                for keyword in TYPE_KEYWORDS.get(kind, ()):
                    node.pop(keyword, None)
    elif types == "null":
        del node["type"]
        node["nullable"] = True
    return node


def _convert_schemas_in(node: Any) -> Any:
    """Every ``schema`` value below an OpenAPI object (parameters, media types, headers)."""
    if isinstance(node, dict):
        return {
            key: schema_to_30(value) if key == "schema" else _convert_schemas_in(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_convert_schemas_in(item) for item in node]
    return node


def document_to_30(document: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(document)
    result["openapi"] = "3.0.3"
    for key in ("webhooks", "jsonSchemaDialect"):
        result.pop(key, None)
    info = result.get("info", {})
    info.pop("summary", None)
    if isinstance(info.get("license"), dict):
        info["license"].pop("identifier", None)
    result["paths"] = _convert_schemas_in(result.get("paths", {}))
    components = result.get("components", {})
    components.pop("pathItems", None)
    if "schemas" in components:
        components["schemas"] = {name: schema_to_30(s) for name, s in components["schemas"].items()}
    for kind in ("responses", "parameters", "headers", "requestBodies"):
        if kind in components:
            components[kind] = _convert_schemas_in(components[kind])
    return result


# --- git ----------------------------------------------------------------------------------------


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root

    def git(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=self.root, capture_output=True, text=True, check=False)

    def default_base(self) -> str | None:
        """The merge base with origin/main; HEAD~1 when there is none or it is HEAD itself (CI on main)."""
        head = self.git("rev-parse", "HEAD").stdout.strip()
        merge_base = self.git("merge-base", "HEAD", MAIN)
        if merge_base.returncode == 0 and merge_base.stdout.strip() not in ("", head):
            return merge_base.stdout.strip()
        parent = self.git("rev-parse", "--verify", "--quiet", "HEAD~1")
        return parent.stdout.strip() if parent.returncode == 0 else None

    def spec_at(self, ref: str, name: str) -> str | None:
        shown = self.git("show", f"{ref}:specs/{name}")
        return shown.stdout if shown.returncode == 0 else None

    def specs_at(self, ref: str) -> list[str]:
        listed = self.git("ls-tree", "--name-only", f"{ref}:specs")
        names = listed.stdout.split() if listed.returncode == 0 else []
        return [n for n in names if n.endswith(".yaml") and not n.startswith(".")]

    def head_message(self) -> str:
        return self.git("log", "-1", "--format=%B").stdout


# --- diff ---------------------------------------------------------------------------------------


def openapi_diff(old: dict[str, Any], new: dict[str, Any]) -> tuple[bool, str]:
    """(breaking?, report) from openapi-diff over the 3.0 translations of both documents."""
    if not OPENAPI_DIFF.is_file():
        raise FileNotFoundError(f"{OPENAPI_DIFF} missing: run `make bootstrap` (npm ci in mocks/)")
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp:
        old_path, new_path = Path(tmp) / "base.json", Path(tmp) / "current.json"
        old_path.write_text(json.dumps(document_to_30(old)))
        new_path.write_text(json.dumps(document_to_30(new)))
        result = subprocess.run(
            [str(OPENAPI_DIFF), str(old_path), str(new_path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    output = (result.stdout + result.stderr).strip()
    if result.returncode not in (0, 1) or "OPENAPI_DIFF_PARSE_ERROR" in output:
        raise RuntimeError(f"openapi-diff failed (exit {result.returncode}):\n{output}")
    return result.returncode == 1, output


# --- what openapi-diff 0.24 does not look at (measured): parameters' `required`, enum values -------


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node


def _operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                found[f"{method.upper()} {path}"] = operation
    return found


def _parameters(document: dict[str, Any], operation: dict[str, Any]) -> dict[tuple[str, str], bool]:
    params = {}
    for raw in operation.get("parameters", []):
        parameter = _resolve(document, raw)
        params[(parameter.get("in", ""), parameter.get("name", ""))] = bool(parameter.get("required"))
    return params


def _request_refs(document: dict[str, Any]) -> set[str]:
    """Component schemas a client sends: reachable from parameters and request bodies."""
    roots: list[Any] = []
    for operation in _operations(document).values():
        roots += [_resolve(document, p).get("schema") for p in operation.get("parameters", [])]
        body = _resolve(document, operation.get("requestBody", {}))
        roots += [media.get("schema") for media in body.get("content", {}).values()]
    seen: set[str] = set()
    todo = roots
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                todo.append(_resolve(document, node))
            todo += list(node.values())
        elif isinstance(node, list):
            todo += node
    return {ref.rsplit("/", 1)[-1] for ref in seen if ref.startswith("#/components/schemas/")}


def supplementary_breaking(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Breaking changes openapi-diff 0.24 misses: a parameter that became required (or a new required
    one), and an enum value removed from a schema that clients send."""
    found = []
    new_operations = _operations(new)
    for label, operation in _operations(old).items():
        if label not in new_operations:
            continue  # a removed operation: openapi-diff reports it
        before = _parameters(old, operation)
        for key, required in _parameters(new, new_operations[label]).items():
            if required and not before.get(key, False):
                state = "new and required" if key not in before else "now required"
                found.append(f"{label}: {key[0]} parameter {key[1]!r} is {state}")
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    for name in sorted(_request_refs(old) & set(new_schemas)):
        kept = new_schemas[name].get("enum")
        removed = [v for v in old_schemas.get(name, {}).get("enum", []) if kept is not None and v not in kept]
        if removed:
            found.append(f"components.schemas.{name}: enum value(s) {removed} removed (clients send them)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="git ref to compare with (default: merge base with origin/main)")
    parser.add_argument("--repo", type=Path, default=ROOT, help=argparse.SUPPRESS)  # for the tests
    args = parser.parse_args(argv)
    repo = Repo(args.repo)
    specs = args.repo / "specs"
    base = args.base or repo.default_base()
    if base is None:
        print("spec-diff: no base commit to compare with (first commit?): every spec is new.")
        return 0
    if repo.git("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}").returncode != 0:
        print(f"spec-diff: unknown git ref {base!r}", file=sys.stderr)
        return 2
    print(f"spec-diff: comparing specs/ with {base}")
    breaking: list[str] = []
    current = sorted(p.name for p in specs.glob("[!.]*.yaml"))
    for name in current:
        old_text = repo.spec_at(base, name)
        if old_text is None:
            print(f"\n== specs/{name}: new since {base} (not breaking)")
            continue
        old_doc, new_doc = yaml.safe_load(old_text), yaml.safe_load((specs / name).read_text())
        if old_doc == new_doc:  # nothing changed: openapi-diff could only agree (and takes minutes on unions)
            print(f"\n== specs/{name}: unchanged since {base}")
            continue
        try:
            is_breaking, report = openapi_diff(old_doc, new_doc)
        except (RuntimeError, FileNotFoundError) as exc:
            print(f"spec-diff: {name}: {exc}", file=sys.stderr)
            return 2
        extra = supplementary_breaking(old_doc, new_doc)
        is_breaking = is_breaking or bool(extra)
        print(f"\n== specs/{name}: {'BREAKING' if is_breaking else 'no breaking change'}")
        print(f"openapi-diff: {report}")
        for line in extra:
            print(f"breaking (parameter/enum check): {line}")
        if is_breaking:
            breaking.append(name)
    for name in sorted(set(repo.specs_at(base)) - set(current)):
        print(f"\n== specs/{name}: DELETED since {base} (breaking)")
        breaking.append(name)
    if not breaking:
        print("\nspec-diff: no breaking change.")
        return 0
    if MARKER in repo.head_message():
        print(f"\nspec-diff: breaking change(s) in {', '.join(breaking)}; HEAD's message says {MARKER}.")
        return 0
    print(
        f"\nspec-diff: breaking change(s) in {', '.join(breaking)}. If intended, say so in the commit "
        f"message with {MARKER} (and regenerate + adapt the adapters)."
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
