"""`make regenerate` / `make check-generated` fail on any generator warning, naming what it is about.

openapi-python-client prints "could not generate" warnings on stderr and still exits 0; the previous
scripts/regenerate.py read stdout only and shipped clients with holes (checked: on the planted spec
below it printed "generated/..." and exited 0).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.codegen.conftest import ROOT, load_script

# Two schemas with one title: the generator names classes by title, keeps one, drops the other and
# every endpoint response that refers to it. A warning, exit status 0.
PLANTED = """
openapi: 3.1.0
info: {title: planted, version: '1'}
servers: [{url: 'https://api.example.invalid', description: production}]
paths:
  /holdings:
    get:
      operationId: get_holdings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Holdings'}
components:
  schemas:
    Holdings:
      type: object
      properties:
        items: {type: array, items: {$ref: '#/components/schemas/Holding'}}
    Holding: {title: Position, type: object, properties: {symbol: {type: string}}}
    LegacyHolding: {title: Position, type: object, properties: {ticker: {type: string}}}
"""


# allOf gives one property two unrelated models: the generator silently kept the first one.
UNRELATED = """
openapi: 3.1.0
info: {title: planted, version: '1'}
servers: [{url: 'https://api.example.invalid', description: production}]
paths:
  /accounts:
    get:
      operationId: list_accounts
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Both'}
components:
  schemas:
    Cash: {type: object, properties: {amount: {type: number}}}
    Shares: {type: object, properties: {quantity: {type: number}}}
    Both:
      allOf:
        - {type: object, properties: {balance: {$ref: '#/components/schemas/Cash'}}}
        - {type: object, properties: {balance: {$ref: '#/components/schemas/Shares'}}}
"""


def _project(tmp_path: Path, spec_text: str) -> list[str]:
    (tmp_path / "specs").mkdir()
    (tmp_path / "codegen").mkdir()
    (tmp_path / "specs" / "planted.yaml").write_text(textwrap.dedent(spec_text))
    load_script("generate_client").write_config(tmp_path / "codegen" / "planted.yaml", "planted_client")
    return [
        "--specs",
        str(tmp_path / "specs"),
        "--codegen",
        str(tmp_path / "codegen"),
        "--generated",
        str(tmp_path / "generated"),
    ]


def _regenerate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("check", [False, True], ids=["regenerate", "check-generated"])
def test_a_generator_warning_fails_the_run_and_names_the_schema(tmp_path: Path, check: bool) -> None:
    args = _project(tmp_path, PLANTED)
    result = _regenerate(*args, *(["--check"] if check else []))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "planted.yaml" in result.stderr
    assert "any generator warning is an error" in result.stderr
    assert (
        "/components/schemas/LegacyHolding" in result.stderr or "/components/schemas/Holding" in result.stderr
    )
    assert 'duplicate models with name "Position"' in result.stderr


def test_an_allof_with_two_unrelated_models_for_one_property_fails_naming_it(tmp_path: Path) -> None:
    result = _regenerate(*_project(tmp_path, UNRELATED))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "/components/schemas/Both" in result.stderr
    assert "'balance' two unrelated models, Cash and Shares" in result.stderr


def test_the_same_spec_without_the_collision_generates(tmp_path: Path) -> None:
    """The control: the failure above is the planted warning, not the setup."""
    args = _project(tmp_path, PLANTED.replace("title: Position, ", ""))
    result = _regenerate(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "generated" / "planted_client" / "models" / "legacy_holding.py").is_file()


@pytest.mark.parametrize(
    ("extra", "stream"),
    [
        ("", None),
        ("print('Warning: something was skipped', file=sys.stderr)", "stderr"),
        ("print('Unable to parse this part of your document')", "stdout"),
    ],
    ids=["clean", "stderr", "stdout"],
)
def test_anything_but_the_success_line_on_stdout_or_stderr_is_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str, stream: str | None
) -> None:
    """Whatever the generator (or a hook it runs) prints, on either stream, stops the run."""
    regenerate = load_script("regenerate")
    fake = tmp_path / "fake_generate_client.py"
    fake.write_text(f"import sys\nprint('generated ' + sys.argv[3])\n{extra}\n")
    monkeypatch.setattr(regenerate, "GENERATE_CLIENT", fake)
    target = regenerate.Target(tmp_path / "x.yaml", tmp_path / "x.codegen.yaml", "x_client")
    outcome = regenerate.generate(target, tmp_path / "x_client")
    assert outcome.ok is (stream is None)
    if stream:
        assert "something was skipped" in outcome.report or "Unable to parse" in outcome.report
