"""Generate one client from one spec: openapi-python-client 0.29.1, our templates, parser extensions.

    python scripts/generate_client.py SPEC CONFIG OUTPUT_DIR

Exit status 0 with no output but the final ``generated ...`` line; otherwise every warning the generator
produced (each naming the endpoint or schema it is about) and exit status 1. ``scripts/regenerate.py``
and ``make vendor-check`` run this once per spec, in parallel processes.

Why in-process rather than the ``openapi-python-client`` command: the generator drops facts that real
vendor documents depend on before any template can see them, so small extensions are installed into its
parser here (pinned version checked, see ``EXPECTED_VERSION``):

- ``type: string, format: decimal`` (money sent as text) becomes a ``DecimalStringProperty``: typed
  ``Decimal``, parsed exactly, written back as fixed-point decimal text (template
  ``property_templates/decimal_string_property.py.jinja``);
- a ``oneOf``/``anyOf`` with a ``discriminator`` becomes a ``DiscriminatedUnionProperty`` carrying the
  property name and the value -> class mapping (explicit ``mapping`` or the implicit component names),
  so the union template dispatches on the value instead of trying variants in order, and an unknown
  value becomes ``types.UnknownVariant`` (kept whole, flagged), never another variant. A union of such
  a union with ``null`` keeps the discriminator;
- an ``allOf`` whose members give one property two different models: the generator silently keeps the
  first. Here the model that extends the other (``allOf: [{$ref: <other>}, ...]``) wins, as allOf
  means both; two unrelated models are a generator warning instead of a silent choice.

Everything the generator writes to stdout/stderr and every Python warning raised while it runs is
captured: anything but its own "Generating <dir>" line counts as a warning too.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import sys
import warnings
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import attrs
import yaml

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "codegen" / "templates"
EXPECTED_VERSION = "0.29.1"
# What codegen/<provider>.yaml says besides the package name: format the output the same way wherever
# it lands (--isolated: independent of the repository's own ruff settings).
SHARED_CONFIG: dict[str, Any] = {
    "literal_enums": False,
    "post_hooks": [
        "ruff check . --isolated --fix-only --select F401,I001 --line-length 110 --target-version py311"
        " --quiet",
        "ruff format . --isolated --line-length 110 --target-version py311 --quiet",
    ],
}


def write_config(path: Path, package: str, options: dict[str, Any] | None = None) -> Path:
    """A generator config for a client generated outside generated/ (vendor-check, tests, benchmarks):
    the providers' shared settings, the package name, and generator options (content_type_overrides...)."""
    config = {**SHARED_CONFIG, **(options or {}), "package_name_override": package,
              "project_name_override": package.replace("_", "-")}  # fmt: skip
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


# --- parser extensions --------------------------------------------------------------------------

_INSTALLED = False


def install_extensions() -> None:
    """Teach the generator's parser decimal strings, discriminators and allOf model merges (idempotent)."""
    global _INSTALLED  # one process-wide patch of a pinned library
    if _INSTALLED:
        return
    found = version("openapi-python-client")
    if found != EXPECTED_VERSION:
        raise RuntimeError(
            f"openapi-python-client {found} is installed; the templates and parser extensions are written "
            f"for {EXPECTED_VERSION} exactly (custom templates are not a stable API): re-check them first"
        )
    from openapi_python_client import strings
    from openapi_python_client.parser import properties as props
    from openapi_python_client.parser.errors import PropertyError
    from openapi_python_client.parser.properties import merge_properties as merge_module
    from openapi_python_client.parser.properties.model_property import ModelProperty
    from openapi_python_client.parser.properties.schemas import parse_reference_path
    from openapi_python_client.parser.properties.string import StringProperty
    from openapi_python_client.parser.properties.union import UnionProperty
    from openapi_python_client.schema import Reference
    from openapi_python_client.schema.ref import Ref
    from openapi_python_client.strings import PythonCode

    @attrs.define
    class DecimalStringProperty(StringProperty):
        """A decimal number sent as JSON text (``type: string, format: decimal``): ``Decimal`` in Python."""

        _type_string = "Decimal"
        _json_type_string = "str"
        template = "decimal_string_property.py.jinja"

        def get_imports(self, *, prefix: str) -> set[str]:
            return {*super().get_imports(prefix=prefix), "from decimal import Decimal"}

    @attrs.define
    class DiscriminatedUnionProperty(UnionProperty):
        """A union whose members are told apart by the value of one property (OpenAPI ``discriminator``)."""

        discriminator_property: str = ""
        discriminator_mapping: dict[str, str] = attrs.Factory(dict)  # value -> class name

        def _get_inner_type_strings(self, json: bool) -> set[PythonCode]:
            inner = super()._get_inner_type_strings(json)
            inner.add(PythonCode("dict[str, Any]" if json else "UnknownVariant"))
            return inner

        def get_imports(self, *, prefix: str) -> set[str]:
            return {*super().get_imports(prefix=prefix), f"from {prefix}types import UnknownVariant"}

    original_string = props._string_based_property

    def string_based_property(name: Any, required: bool, data: Any, config: Any) -> Any:
        if data.schema_format == "decimal":
            return DecimalStringProperty.build(
                name=name,
                required=required,
                default=data.default,
                python_name=strings.PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
            )
        return original_string(name, required, data, config)

    original_union_build = UnionProperty.build.__func__  # type: ignore[attr-defined]

    def union_build(
        cls: type, *, data: Any, name: Any, required: bool, schemas: Any, parent_name: str, config: Any
    ) -> tuple[Any, Any]:
        prop, schemas = original_union_build(
            cls,
            data=data,
            name=name,
            required=required,
            schemas=schemas,
            parent_name=parent_name,
            config=config,
        )
        if isinstance(prop, PropertyError):
            return prop, schemas
        members = [*data.anyOf, *data.oneOf]
        if data.discriminator is not None:
            mapping: dict[str, str] = {}
            explicit = data.discriminator.mapping or {}
            for value, ref in explicit.items():
                target = schemas.classes_by_reference.get(parse_reference_path(Ref(_plain(ref))))
                if target is None or not hasattr(target, "class_info"):
                    return PropertyError(
                        detail=f"discriminator mapping {_plain(value)!r} -> {_plain(ref)}: not a model"
                    ), schemas
                # plain text from here on: templates write it only through `in_double_quote_literal`
                mapping[_plain(value)] = target.class_info.name
            for member in members:
                if not isinstance(member, Reference):
                    return PropertyError(
                        detail="a discriminated union member must be a $ref", data=member
                    ), schemas
                target = schemas.classes_by_reference.get(parse_reference_path(Ref(_plain(member.ref))))
                if (
                    target is not None
                    and hasattr(target, "class_info")
                    and target.class_info.name not in (mapping.values())
                ):
                    mapping[_plain(member.ref).rsplit("/", 1)[-1]] = target.class_info.name  # implicit: name
            names = {getattr(p, "class_info", None) and p.class_info.name for p in prop.inner_properties}
            stray = sorted(set(mapping.values()) - names)
            if stray:
                return PropertyError(detail=f"discriminator maps to non-members {stray}"), schemas
            fields = attrs.asdict(prop, recurse=False)
            return DiscriminatedUnionProperty(
                **fields,
                discriminator_property=_plain(data.discriminator.propertyName),
                discriminator_mapping=mapping,
            ), schemas
        # `anyOf: [$ref: <discriminated union>, {type: 'null'}]`: the generator flattens the members; keep
        # the discriminator of the one discriminated union among them.
        inherited = [
            target
            for member in members
            if isinstance(member, Reference)
            and isinstance(
                target := schemas.classes_by_reference.get(parse_reference_path(Ref(_plain(member.ref)))),
                DiscriminatedUnionProperty,
            )
        ]
        if not inherited:
            return prop, schemas
        others = [
            p for p in prop.inner_properties if p.get_type_string(no_optional=True) != PythonCode("None")
        ]
        members_of_inherited = {p.get_type_string(no_optional=True) for p in inherited[0].inner_properties}
        if len(inherited) > 1 or any(
            p.get_type_string(no_optional=True) not in members_of_inherited for p in others
        ):
            return PropertyError(
                detail="a union that mixes a discriminated union with other members"
            ), schemas
        fields = attrs.asdict(prop, recurse=False)
        return DiscriminatedUnionProperty(
            **fields,
            discriminator_property=inherited[0].discriminator_property,
            discriminator_mapping=dict(inherited[0].discriminator_mapping),
        ), schemas

    original_merge = merge_module.merge_properties

    def extends(model: Any, base: Any) -> bool:
        """``model`` is ``allOf: [{$ref: <base>}, ...]`` (one level: what vendors write)."""
        return any(
            isinstance(member, Reference) and parse_reference_path(Ref(_plain(member.ref))) in base.roots
            for member in model.data.allOf
        )

    def merge_properties(prop1: Any, prop2: Any) -> Any:
        if (
            isinstance(prop1, ModelProperty)
            and isinstance(prop2, ModelProperty)
            and prop1.class_info.name != prop2.class_info.name
        ):
            # The generator keeps prop1 here without a word, losing what prop2 adds (Plaid's
            # InvestmentAccount redefines `balances` as InvestmentAccountBalance = AccountBalance + more).
            if extends(prop2, prop1):
                return original_merge(prop2, prop1)
            if extends(prop1, prop2):
                return original_merge(prop1, prop2)
            return PropertyError(
                detail=f"allOf gives property {_plain(prop1.name)!r} two unrelated models, "
                f"{prop1.class_info.name} and {prop2.class_info.name}"
            )
        return original_merge(prop1, prop2)

    props._string_based_property = string_based_property
    UnionProperty.build = classmethod(union_build)  # type: ignore[method-assign,assignment]
    merge_module.merge_properties = merge_properties
    _INSTALLED = True


def _plain(value: Any) -> str:
    """The text of an UntrustedString (or a str)."""
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


# --- running the generator ----------------------------------------------------------------------


def describe(error: Any) -> str:
    """One generator error as text: its header names the endpoint or schema, the detail says why."""
    text = " ".join(str(error.header).split())
    if getattr(error, "detail", None):
        text += f" -- {' '.join(str(error.detail).split())}"
    data = getattr(error, "data", None)
    if data is not None:
        dumped = json.dumps(data.model_dump(mode="json", exclude_unset=True, by_alias=True))
        text += f" -- at {dumped[:300]}{'...' if len(dumped) > 300 else ''}"
    # vendor text is data: no terminal control characters reach the terminal
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@contextlib.contextmanager
def _readable_names_in_errors() -> Iterator[None]:
    """While the document is parsed (no template renders then), error messages that interpolate a name
    show it instead of "<UntrustedString object at 0x...>". Removed before any code is generated, so the
    wrapper keeps its purpose there: vendor text never reaches generated code unescaped."""
    from openapi_python_client.schema.untrusted_string import UntrustedString

    UntrustedString.__str__ = UntrustedString.get_untrusted_value  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        del UntrustedString.__str__


def degradable_properties(config: Path) -> dict[str, frozenset[str]]:
    """The config's ``degradable`` list (ours; openapi-python-client ignores the key): generated class
    name -> JSON property names whose unusable value reads None (and is reported) instead of failing the
    whole body. See codegen/README.md for which fields belong there."""
    data = yaml.safe_load(config.read_text()) or {}
    listed = data.get("degradable") or {}
    if not isinstance(listed, dict) or not all(
        isinstance(names, list) and all(isinstance(name, str) for name in names) for names in listed.values()
    ):
        raise SystemExit(f"{config}: `degradable` must map class names to lists of JSON property names")
    return {str(model): frozenset(names) for model, names in listed.items()}


def _unknown_degradable(project: Any, degradable: dict[str, frozenset[str]]) -> list[str]:
    """Entries of ``degradable`` that name no generated model or property (a typo must not pass silently)."""
    from openapi_python_client.parser.properties.model_property import ModelProperty

    models: dict[str, set[str]] = {}
    for model in project.openapi.models:
        if isinstance(model, ModelProperty):
            properties = [*(model.required_properties or ()), *(model.optional_properties or ())]
            models[str(model.class_info.name)] = {_plain(p.name) for p in properties}
    problems = []
    for name, keys in sorted(degradable.items()):
        if name not in models:
            problems.append(f"degradable: no generated model {name!r}")
            continue
        problems += [f"degradable: {name} has no property {key!r}" for key in sorted(keys - models[name])]
    return problems


def generate(spec: Path, config: Path, output: Path) -> list[str]:
    """Generate the client for ``spec`` into ``output`` (replaced); return every warning, [] if clean."""
    install_extensions()
    degradable = degradable_properties(config)
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError

    settings = Config.from_sources(
        ConfigFile.load_from_path(config), MetaType.NONE, spec, "utf-8", True, output_path=output
    )
    problems: list[str] = []
    printed = io.StringIO()
    with (
        warnings.catch_warnings(record=True) as raised,
        contextlib.redirect_stdout(printed),
        contextlib.redirect_stderr(printed),
    ):
        warnings.simplefilter("always")
        with _readable_names_in_errors():
            project = _get_project_for_url_or_path(config=settings, custom_template_path=TEMPLATES)
        if isinstance(project, GeneratorError):
            problems.append(describe(project))
        else:
            problems += _unknown_degradable(project, degradable)
            project.env.globals["unifolio_degradable"] = degradable
            problems += [describe(error) for error in project.build()]
    problems += [f"Python warning: {w.category.__name__}: {w.message}" for w in raised]
    expected = f"Generating {output}"
    problems += [
        f"unexpected output: {line}"
        for line in printed.getvalue().splitlines()
        if line.strip() and line.strip() != expected
    ]
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    if output.is_dir():
        (output / "py.typed").write_text("")  # --meta none does not write the PEP 561 marker
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("config", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    problems = generate(args.spec.resolve(), args.config.resolve(), args.output.resolve())
    for problem in problems:
        print(f"generator warning: {args.spec.name}: {problem}")
    if problems:
        print(f"{args.spec.name}: {len(problems)} generator warning(s)")
        return 1
    print(f"generated {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
