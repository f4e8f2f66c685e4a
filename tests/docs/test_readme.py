"""Every code block of README.md is an example that works, so the README cannot drift from the code.

- ```python: type-checked with ``mypy --strict`` (one run for all blocks) and executed against the
  local mocks; a block that defines ``test_*`` functions is a user's test file and runs under pytest
  with the plugin. Blocks read the mock's URL and credentials from the environment, as real code
  reads real ones (``MESH_BASE_URL``, ``MESH_CLIENT_ID``, ...).
- ```toml: a ``unifolio.toml`` that loads (every key known, secrets from the variables it names).
- ```sh: every command exists: ``make`` targets in the Makefile, ``unifolio`` command lines accepted
  by the CLI's own parser, extras that pyproject.toml defines; any other program must be one a reader
  has (pip, uv).
- ```text: the repository paths it names exist.
A block without a language, or with another one, fails the test.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from unifolio.cli import build_parser
from unifolio.config import parse_config

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
LANGUAGES = {"python", "sh", "toml", "text"}


def blocks(language: str | None = None) -> list[tuple[int, str, str]]:
    """(line number, language, body) of every fenced block, in order."""
    text = README.read_text()
    found = []
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        found.append((line, match.group(1).strip(), match.group(2)))
    return [b for b in found if language is None or b[1] == language]


def _ids(found: list[tuple[int, str, str]]) -> list[str]:
    return [f"README.md:{line}" for line, _, _ in found]


def test_every_block_says_its_language_and_is_checked_here() -> None:
    found = blocks()
    assert len(found) >= 10
    assert {language for _, language, _ in found} <= LANGUAGES, [(n, lang) for n, lang, _ in found]
    assert all(language for _, language, _ in found)


# --- python --------------------------------------------------------------------------------------


def test_python_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for line, _, body in blocks("python"):
        path = tmp_path / f"readme_line_{line}.py"
        path.write_text(body)
        files.append(path.name)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "readme"),
            *files,
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def mock_environment(unifolio_mocks: Any) -> dict[str, str]:
    """What a reader's shell would have, pointed at the local mock instead of the provider."""
    return {
        **os.environ,
        "MESH_BASE_URL": unifolio_mocks.url("mesh"),
        "MESH_CLIENT_ID": "readme-client-id",
        "MESH_CLIENT_SECRET": "readme-client-secret",
        "MESH_AUTH_TOKEN": "readme-user-token",
    }


@pytest.mark.parametrize(("line", "language", "body"), blocks("python"), ids=_ids(blocks("python")))
def test_python_blocks_run_against_the_mocks(
    line: int, language: str, body: str, tmp_path: Path, mock_environment: dict[str, str]
) -> None:
    is_test_file = re.search(r"^def test_", body, re.MULTILINE) is not None
    script = tmp_path / (f"test_readme_{line}.py" if is_test_file else f"readme_{line}.py")
    script.write_text(body)
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", script.name]
    result = subprocess.run(
        argv if is_test_file else [sys.executable, script.name],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=mock_environment,
        timeout=300,
    )
    assert result.returncode == 0, f"README.md:{line}\n{result.stdout}\n{result.stderr}"
    if is_test_file:
        assert re.search(rf"\b{body.count(chr(10) + 'def test_')} passed\b", result.stdout), result.stdout
    else:
        assert result.stdout.strip(), "an example that prints nothing shows nothing"


# --- toml ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "language", "body"), blocks("toml"), ids=_ids(blocks("toml")))
def test_toml_blocks_are_configs_that_load(line: int, language: str, body: str) -> None:
    variables = set(re.findall(r'_env\s*=\s*"([A-Z0-9_]+)"', body))
    assert variables, "a config names its secrets' environment variables"
    config = parse_config(
        body, source=f"README.md:{line}", environ=dict.fromkeys(variables, "a-long-enough-credential")
    )
    assert len(config.connections) == len(tomllib.loads(body)["connections"])


# --- sh ------------------------------------------------------------------------------------------

MAKE_TARGETS = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(), re.MULTILINE))
EXTRAS = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"])


def _check_requirement(requirement: str) -> None:
    match = re.fullmatch(r"(?P<what>[^\[\]]+)(\[(?P<extras>[^\]]+)\])?", requirement)
    assert match, requirement
    assert set((match["extras"] or "").split(",")) - {""} <= EXTRAS, requirement
    what = match["what"]
    assert what in ("unifolio", "./unifolio", "pytest") or re.fullmatch(
        r"dist/unifolio-[\d.]+-py3-none-any\.whl", what
    )


def check_command(words: list[str]) -> None:
    program, args = words[0], words[1:]
    if program == "make":
        targets = [a for a in args if "=" not in a]
        assert targets and set(targets) <= MAKE_TARGETS, f"unknown make target in {words}"
    elif program == "unifolio":
        try:
            build_parser().parse_args(args)
        except SystemExit as exc:
            assert exc.code == 0, f"the CLI refuses {shlex.join(words)}"
    elif program == "pip" and args[:1] == ["install"]:
        for requirement in args[1:]:
            _check_requirement(requirement)
    else:
        raise AssertionError(f"README runs {program!r}: teach tests/docs/test_readme.py how to check it")


@pytest.mark.parametrize(("line", "language", "body"), blocks("sh"), ids=_ids(blocks("sh")))
def test_sh_blocks_name_commands_that_exist(line: int, language: str, body: str) -> None:
    for text in body.splitlines():
        command = re.sub(r"\s+#.*$", "", text).strip()
        if command and not command.startswith("#"):
            check_command(shlex.split(command))


def test_the_sh_check_refuses_what_does_not_exist() -> None:
    for wrong in (
        ["make", "no-such-target"],
        ["unifolio", "mock", "--no-such-flag"],
        ["pip", "install", "unifolio[nope]"],
    ):
        with pytest.raises(AssertionError):
            check_command(wrong)


# --- text ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "language", "body"), blocks("text"), ids=_ids(blocks("text")))
def test_text_blocks_name_paths_that_exist(line: int, language: str, body: str) -> None:
    paths = [
        p for p in re.findall(r"[\w./<>-]+/[\w./<>-]*", body) if "<" not in p and not p.startswith("http")
    ]
    assert paths
    missing = [p for p in paths if not (ROOT / p).exists()]
    assert not missing, missing
