"""`make import-spec` is reproducible: importing twice gives the same bytes, and a derived spec that is
committed in specs/ is exactly what its recipe and the pinned vendor document give (so it was not edited
by hand, and the recipe and the spec were committed together)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.vendor import _build
from tests.vendor.conftest import RECIPES, VENDOR_SPECS, needs_document


def reimport_mismatch(root: Path, provider: str, vendor_specs: Path, scratch: Path) -> str | None:
    """None if `<root>/specs/<provider>.yaml` is byte for byte what importing it again gives, else why not."""
    committed = root / "specs" / f"{provider}.yaml"
    fresh = scratch / f"{provider}.reimported.yaml"
    result = subprocess.run(
        [
            sys.executable,
            str(root / "scripts" / "import_spec.py"),
            provider,
            "--vendor-specs",
            str(vendor_specs),
            "--output",
            str(fresh),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return f"specs/{provider}.yaml: the import failed: {result.stderr.strip()}"
    if fresh.read_bytes() != committed.read_bytes():
        return (
            f"specs/{provider}.yaml differs from a fresh `make import-spec PROVIDER={provider}`: edited by "
            f"hand, or its recipe changed without a re-import"
        )
    return None


@pytest.mark.parametrize("whole", [True, False], ids=["whole", "subset"])
@pytest.mark.parametrize("provider", RECIPES)
def test_importing_twice_gives_identical_bytes(
    vendor_build: _build.Build, provider: str, whole: bool, tmp_path: Path
) -> None:
    needs_document(provider)
    first = vendor_build.client(provider, whole=whole).spec
    again = tmp_path / "again.yaml"
    command = [
        sys.executable,
        str(_build.SCRIPTS / "import_spec.py"),
        provider,
        "--vendor-specs",
        str(VENDOR_SPECS),
        "--output",
        str(again),
        *(["--whole"] if whole else []),
    ]
    subprocess.run(command, check=True, capture_output=True)
    assert again.read_bytes() == first.read_bytes()


@pytest.mark.parametrize("provider", RECIPES)
def test_a_committed_derived_spec_is_what_its_recipe_gives(provider: str, tmp_path: Path) -> None:
    needs_document(provider)
    if not (_build.ROOT / "specs" / f"{provider}.yaml").is_file():
        pytest.skip(f"specs/{provider}.yaml is not committed (yet): nothing to compare")
    assert reimport_mismatch(_build.ROOT, provider, VENDOR_SPECS, tmp_path) is None


def test_the_comparison_passes_on_a_fresh_import_and_catches_a_hand_edit(tmp_path: Path) -> None:
    """On a copy of the checkout: what `make import-spec` writes passes; one changed byte is caught."""
    provider = next((p for p in ("snaptrade", "alpaca", "plaid") if p in RECIPES), None)
    assert provider is not None
    needs_document(provider)
    copy = tmp_path / "checkout"
    shutil.copytree(_build.SCRIPTS, copy / "scripts")
    shutil.copytree(_build.RECIPES, copy / "specs" / "recipes")
    # what `make import-spec PROVIDER=<provider>` runs (it writes specs/<provider>.yaml of the checkout)
    subprocess.run(
        [
            sys.executable,
            str(copy / "scripts" / "import_spec.py"),
            provider,
            "--vendor-specs",
            str(VENDOR_SPECS),
        ],
        check=True,
        capture_output=True,
    )
    spec = copy / "specs" / f"{provider}.yaml"
    assert spec.is_file()
    assert reimport_mismatch(copy, provider, VENDOR_SPECS, tmp_path) is None
    spec.write_text(spec.read_text().replace("description: production", "description: production ", 1))
    problem = reimport_mismatch(copy, provider, VENDOR_SPECS, tmp_path)
    assert problem is not None and f"specs/{provider}.yaml differs" in problem
