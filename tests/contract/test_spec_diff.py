"""scripts/spec_diff.py (`make spec-diff`): breaking spec changes fail unless the commit says so.

The end-to-end tests build a throwaway git repository with a copy of a real spec, commit changes to it
and run the script against it (``--repo``); the unit tests pin what openapi-diff (through our 3.1 -> 3.0
translation) and the supplementary checks catch.
"""

from __future__ import annotations

import copy
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.contract._specs import ROOT, SPEC_FILES, load

SCRIPT = ROOT / "scripts" / "spec_diff.py"
_spec = importlib.util.spec_from_file_location("spec_diff", SCRIPT)
assert _spec and _spec.loader
spec_diff = importlib.util.module_from_spec(_spec)
sys.modules["spec_diff"] = spec_diff
_spec.loader.exec_module(spec_diff)


@pytest.mark.parametrize("spec", list(SPEC_FILES))
def test_every_spec_translates_and_equals_itself(spec: str) -> None:
    """openapi-diff accepts the 3.0 translation (it refuses 3.1) and finds nothing between equals."""
    breaking, report = spec_diff.openapi_diff(load(spec), load(spec))
    assert not breaking
    assert "No changes found" in report


def _mesh() -> dict[str, Any]:
    return copy.deepcopy(load("mesh"))


def _breaking(change: Any) -> bool:
    old = _mesh()
    new = _mesh()
    change(new)
    found, _ = spec_diff.openapi_diff(old, new)
    return bool(found or spec_diff.supplementary_breaking(old, new))


SCHEMAS = ("components", "schemas")


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    return document["components"]["schemas"]


@pytest.mark.parametrize(
    ("label", "change"),
    [
        ("operation removed", lambda d: d["paths"].pop("/api/v1/balance/get")),
        (
            "request field made required",
            lambda d: _schemas(d)["PortfolioHoldingsRequest"]["required"].append("includeMarketValue"),
        ),
        (
            "response field type changed",
            lambda d: _schemas(d)["Position"]["properties"]["amount"].update(type="string"),
        ),
        (
            "nullable response field widened",
            lambda d: _schemas(d)["PositionWithMarketValue"]["properties"]["lastPrice"].update(
                type=["number", "string", "null"]
            ),
        ),
        (
            "query parameter made required",
            lambda d: d["paths"]["/api/v1/holdings/portfolio"]["get"]["parameters"][1].update(required=True),
        ),
        ("request enum value removed", lambda d: _schemas(d)["BrokerType"]["enum"].remove("robinhood")),
    ],
)
def test_breaking_changes_are_found(label: str, change: Any) -> None:
    assert _breaking(change), label


@pytest.mark.parametrize(
    ("label", "change"),
    [
        (
            "description edited",
            lambda d: _schemas(d)["HoldingsModel"]["properties"]["accountName"].update(description="changed"),
        ),
        (
            "new operation",
            lambda d: d["paths"].update({"/api/v1/new": copy.deepcopy(d["paths"]["/api/v1/balance/get"])}),
        ),
        (
            "optional query parameter added",
            lambda d: d["paths"]["/api/v1/holdings/portfolio"]["get"]["parameters"].append(
                {"name": "Extra", "in": "query", "required": False, "schema": {"type": "string"}}
            ),
        ),
    ],
)
def test_compatible_changes_pass(label: str, change: Any) -> None:
    assert not _breaking(change), label


# --- end to end, in a throwaway repository -----------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True, capture_output=True
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "specs").mkdir()
    shutil.copy(SPEC_FILES["mesh"], tmp_path / "specs" / "mesh.yaml")
    (tmp_path / "specs" / ".spectral.yaml").write_text("extends: [spectral:oas]\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "base")
    return tmp_path


def _commit(repo: Path, message: str, change: Any = None, name: str = "mesh.yaml") -> None:
    path = repo / "specs" / name
    if change is None:
        path.unlink()
    else:
        document = yaml.safe_load((repo / "specs" / "mesh.yaml").read_text())
        change(document)
        path.write_text(yaml.safe_dump(document, sort_keys=False))
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", message)


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--repo", str(repo), *args], capture_output=True, text=True, timeout=120
    )


def _drop_balance(document: dict[str, Any]) -> None:
    document["paths"].pop("/api/v1/balance/get")


def test_a_breaking_commit_fails_and_names_the_spec(repo: Path) -> None:
    _commit(repo, "drop an operation", _drop_balance)
    result = _run(repo)  # no origin/main here: the base is HEAD~1
    assert result.returncode == 1, result.stdout + result.stderr
    assert "specs/mesh.yaml: BREAKING" in result.stdout
    assert "[breaking-spec-change]" in result.stdout  # tells how to declare it


def test_the_commit_marker_lets_an_intended_break_pass(repo: Path) -> None:
    _commit(repo, "drop an operation\n\n[breaking-spec-change] Mesh retired it", _drop_balance)
    result = _run(repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BREAKING" in result.stdout  # still reported


def test_explicit_base_ref_and_compatible_change(repo: Path) -> None:
    _git(repo, "tag", "v1")
    _commit(repo, "docs", lambda d: d["info"].update(description="new words"))
    _commit(repo, "more docs", lambda d: d["info"].update(description="newer words"))
    result = _run(repo, "--base", "v1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "comparing specs/ with v1" in result.stdout


def test_a_new_spec_is_not_breaking_and_a_deleted_one_is(repo: Path) -> None:
    _commit(repo, "add a provider", lambda d: None, name="newprovider.yaml")
    added = _run(repo)
    assert added.returncode == 0 and "newprovider.yaml: new since" in added.stdout, added.stdout
    assert "specs/mesh.yaml: unchanged since" in added.stdout  # not diffed: nothing could break
    _commit(repo, "remove mesh", None)
    removed = _run(repo)
    assert removed.returncode == 1 and "mesh.yaml: DELETED" in removed.stdout, removed.stdout


def test_unknown_ref_is_a_usage_error(repo: Path) -> None:
    assert _run(repo, "--base", "no-such-ref").returncode == 2
