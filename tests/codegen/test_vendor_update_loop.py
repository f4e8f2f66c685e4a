"""The loop when a vendor publishes a new version (README, "When a vendor publishes a new version"):
import it -> `make spec-diff` names the breaking changes -> regenerate -> contract tests.

Here: scripts/spec_diff.py reads specs made by the importer (header comments, 3.1 forms, decimal
strings) and names what a vendor's new version breaks for our clients.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.codegen.conftest import load_script
from tests.codegen.test_import_spec import RECIPE, VENDOR


@pytest.fixture(scope="module")
def tools() -> tuple[ModuleType, ModuleType]:
    return load_script("import_spec"), load_script("spec_diff")


def _imported(
    importer: ModuleType, tmp_path: Path, vendor_text: str, name: str, recipe: str = RECIPE
) -> dict[str, Any]:
    """Import `vendor_text` through `recipe` (the test recipe of test_import_spec.py by default)."""
    (tmp_path / "recipes").mkdir(exist_ok=True)
    (tmp_path / "recipes" / "broker.yaml").write_text(recipe.format(sha256="0" * 64))
    source = tmp_path / f"{name}.yaml"
    source.write_text(vendor_text)
    output = tmp_path / f"{name}.spec.yaml"
    arguments = ["--recipes", str(tmp_path / "recipes"), "--source", str(source), "--output", str(output)]
    assert importer.main(["broker", *arguments]) == 0
    return yaml.safe_load(output.read_text())


def test_the_same_vendor_version_imports_to_no_change(
    tools: tuple[ModuleType, ModuleType], tmp_path: Path
) -> None:
    importer, spec_diff = tools
    first = _imported(importer, tmp_path, VENDOR, "v1")
    again = _imported(importer, tmp_path, VENDOR, "v1-again")
    breaking, report = spec_diff.openapi_diff(first, again)
    assert not breaking and "No changes found" in report
    assert spec_diff.supplementary_breaking(first, again) == []


def test_a_new_vendor_version_s_breaking_changes_are_named(
    tools: tuple[ModuleType, ModuleType], tmp_path: Path
) -> None:
    importer, spec_diff = tools
    v1 = _imported(importer, tmp_path, VENDOR, "v1")
    account_id = next(line + "\n" for line in VENDOR.splitlines() if "name: accountId" in line)
    newer = VENDOR.replace(
        account_id,
        account_id + "        - {name: currency, in: query, required: true, schema: {type: string}}\n",
    ).replace("        price: {type: number, nullable: true, exclusiveMinimum: true, minimum: 0}\n", "")
    recipe = RECIPE.replace("accountId: The account", "currency: Currency.\n  accountId: The account")
    v2 = _imported(importer, tmp_path, newer, "v2", recipe)
    breaking, report = spec_diff.openapi_diff(v1, v2)
    extra = spec_diff.supplementary_breaking(v1, v2)
    assert breaking, report
    assert "price" in report  # a response property clients read is gone
    assert extra == ["GET /positions: query parameter 'currency' is new and required"]
