"""Every vendor document, imported whole (every operation kept) and as its recipe's subset, generates a
client with no generator warning, and every one of those clients is `mypy --strict` clean."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.vendor import _build
from tests.vendor.conftest import RECIPES, needs_document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _operations(document_path: Path) -> int:
    document = yaml.safe_load(document_path.read_text())
    return sum(1 for item in document["paths"].values() for method in HTTP_METHODS if method in item)


@pytest.mark.parametrize("whole", [True, False], ids=["whole", "subset"])
@pytest.mark.parametrize("provider", RECIPES)
def test_the_client_generates_with_no_generator_warning(
    vendor_build: _build.Build, provider: str, whole: bool
) -> None:
    needs_document(provider)
    client = vendor_build.client(provider, whole=whole)
    assert client.import_error == ""
    assert client.warnings == [], "\n".join(client.warnings)


@pytest.mark.parametrize("provider", RECIPES)
def test_the_whole_document_keeps_and_generates_every_operation(
    vendor_build: _build.Build, provider: str
) -> None:
    """A module per vendor operation: nothing was dropped by the importer or (silently) by the generator."""
    needs_document(provider)
    client = vendor_build.client(provider, whole=True)
    document = yaml.safe_load((_build.RECIPES / f"{provider}.yaml").read_text())["upstream"]["document"]
    expected = _operations(vendor_build.vendor_specs / document)
    assert _operations(client.spec) == expected
    modules = [p for p in (client.package_dir / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == expected


def test_every_generated_client_is_mypy_strict_clean(vendor_build: _build.Build) -> None:
    if not vendor_build.clients:
        pytest.skip("no vendor document present")
    assert vendor_build.mypy_returncode == 0, vendor_build.mypy_output[-5000:]
