"""unifolio as a package someone depends on: the wheel, installed into fresh virtualenvs OUTSIDE the
repository, type-checks under ``mypy --strict`` in a user's code, runs the demo with the runtime
dependencies alone, and gives a user's own pytest suite its mocks (``unifolio mock install`` included).

The wheel is built once per session and the virtualenvs made once per module, with uv (its cache
makes an install take about a second).
"""

from __future__ import annotations

import email.parser
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from attrs import frozen

from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
UV = shutil.which("uv") or str(ROOT / ".tools" / "uv" / "bin" / "uv")
USER_PROJECT = Path(__file__).with_name("user_project")
RUNTIME = {"attrs", "httpx", "msgspec", "rich", "sniffio"}
"""The whole runtime dependency set, on purpose: growing it is a decision, not an accident (msgspec:
the common model's Structs, issue 16)."""


def _run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(argv, capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload]
    assert result.returncode == 0, f"{argv} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([UV, "build", "--wheel", "--out-dir", str(out), str(ROOT)])
    (built,) = out.glob("unifolio-*.whl")
    return built


@frozen
class Venv:
    root: Path

    @property
    def python(self) -> Path:
        return self.root / "bin" / "python"

    def env(self, **extra: str) -> dict[str, str]:
        """The environment a user's shell has with this venv active: nothing of the repository's."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "UV_", "UNIFOLIO_"))}
        env.pop("PYTHONPATH", None)
        env["PATH"] = f"{self.root / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(self.root)
        return env | extra

    def distributions(self) -> set[str]:
        listing = _run([UV, "pip", "list", "--python", str(self.python), "--format", "freeze"]).stdout
        return {line.split("==")[0].lower() for line in listing.split()}


def _venv(where: Path, *requirements: str) -> Venv:
    """A virtualenv outside the repository with ``requirements`` installed, as a user would make it."""
    _run([UV, "venv", "--python", sys.executable, str(where)], cwd=where.parent)
    venv = Venv(where)
    _run([UV, "pip", "install", "--python", str(venv.python), *requirements], cwd=where.parent)
    return venv


@pytest.fixture(scope="module")
def runtime_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """``pip install unifolio``: the runtime dependencies only."""
    return _venv(tmp_path_factory.mktemp("runtime") / "venv", str(wheel))


@pytest.fixture(scope="module")
def user_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """``pip install 'unifolio[mocks]' pytest``: what a user testing against the mocks installs."""
    pytest_version = _run([sys.executable, "-m", "pytest", "--version"]).stdout.split()[-1]
    return _venv(tmp_path_factory.mktemp("user") / "venv", f"{wheel}[mocks]", f"pytest=={pytest_version}")


@pytest.fixture(scope="module")
def user_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("user-project")
    shutil.copy(USER_PROJECT / "sync_job.py", project / "sync_job.py")
    shutil.copy(USER_PROJECT / "sync_job_tests.py", project / "test_sync_job.py")
    assert ROOT not in project.parents
    return project


def test_the_wheel_ships_what_users_import_and_nothing_else(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    generated = {p.name for p in (ROOT / "generated").iterdir() if (p / "__init__.py").is_file()}
    top_level = {name.split("/")[0] for name in names if not name.startswith("unifolio-")}
    assert top_level == {"unifolio"} | generated  # no stray `specs`, tests, scripts or mocks package
    assert "unifolio/py.typed" in names and all(f"{g}/py.typed" in names for g in generated)
    for provider in PROVIDERS.values():
        assert f"unifolio/_specs/{provider.info.spec}" in names
    assert {"unifolio/_prism/package.json", "unifolio/_prism/package-lock.json"} <= set(names)
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".md")) or "/." in n]


def test_runtime_dependencies_are_few_and_pyyaml_is_an_extra(wheel: Path, runtime_venv: Venv) -> None:
    metadata = email.parser.Parser().parsestr(
        zipfile.ZipFile(wheel).read(f"{wheel.name.split('-py3')[0]}.dist-info/METADATA").decode()
    )
    requires = metadata.get_all("Requires-Dist") or []
    plain = {re.split(r"[<>=;\[ ]", r)[0].lower() for r in requires if "extra ==" not in r}
    assert plain == RUNTIME
    assert [r for r in requires if "extra ==" in r] == ["pyyaml>=6.0; extra == 'mocks'"]
    assert metadata["Requires-Python"] == ">=3.11"
    installed = runtime_venv.distributions()
    assert "pyyaml" not in installed and "pytest" not in installed and "unifolio" in installed
    assert len(installed) <= 15, sorted(installed)


def test_the_demo_runs_with_the_runtime_dependencies_alone(runtime_venv: Venv, tmp_path: Path) -> None:
    """``unifolio portfolio --mock`` from the plain install (Prism: the checkout's, for speed)."""
    prism = ROOT / "mocks" / "node_modules" / ".bin" / "prism"
    result = _run(
        ["unifolio", "portfolio", "--mock", "--format", "csv"],
        cwd=tmp_path,
        env=runtime_venv.env(UNIFOLIO_PRISM=str(prism)),
    )
    rows = result.stdout.strip().splitlines()
    assert "provider" in rows[0].split(",") and len(rows) > len(PROVIDERS)


def test_user_code_type_checks_strictly_against_the_installed_wheel(
    user_venv: Venv, user_project: Path
) -> None:
    """py.typed for unifolio and the clients: mypy --strict on a user's module, from outside the repo."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-executable",
            str(user_venv.python),
            "--cache-dir",
            str(user_project / ".mypy_cache"),
            "--no-incremental",
            "sync_job.py",
            "test_sync_job.py",
        ],
        capture_output=True,
        text=True,
        cwd=user_project,
        env={k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")},
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 2 source files" in result.stdout


@pytest.fixture(scope="module")
def prism_cache(user_venv: Venv, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``unifolio mock install`` into an empty per-user cache, as a user runs it once."""
    cache = tmp_path_factory.mktemp("cache")
    env = user_venv.env(UNIFOLIO_CACHE_DIR=str(cache))
    _run(["unifolio", "mock", "install"], cwd=cache, env=env)
    yield cache


def test_mock_install_puts_the_pinned_prism_in_the_user_cache(user_venv: Venv, prism_cache: Path) -> None:
    (installed,) = prism_cache.glob("prism/*/node_modules/.bin/prism")
    version = _run([str(installed), "--version"]).stdout.strip()
    assert version == "5.14.2"
    assert not (installed.parents[1] / "@stoplight" / "spectral-cli").exists()  # dev tools not installed
    again = _run(["unifolio", "mock", "install"], env=user_venv.env(UNIFOLIO_CACHE_DIR=str(prism_cache)))
    assert "(already installed)" in again.stdout and str(installed) in again.stdout


def test_a_users_pytest_suite_gets_the_mocks_from_the_installed_plugin(
    user_venv: Venv, user_project: Path, prism_cache: Path
) -> None:
    result = subprocess.run(
        [str(user_venv.python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        capture_output=True,
        text=True,
        cwd=user_project,
        env=user_venv.env(UNIFOLIO_CACHE_DIR=str(prism_cache)),
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 passed" in result.stdout


def test_without_prism_the_plugin_says_how_to_get_it(
    user_venv: Venv, user_project: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [str(user_venv.python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "adapter_maps"],
        capture_output=True,
        text=True,
        cwd=user_project,
        env=user_venv.env(UNIFOLIO_CACHE_DIR=str(tmp_path / "empty-cache")),
        timeout=600,
    )
    assert result.returncode == 1
    assert "PrismNotInstalledError" in result.stdout and "`unifolio mock install`" in result.stdout
    assert "Node.js >= 18.20.1" in result.stdout
