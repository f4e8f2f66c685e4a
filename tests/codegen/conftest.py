"""Clients generated from minimal specs of our own, into a temporary folder, by the real pipeline
(scripts/generate_client.py: openapi-python-client + codegen/templates + our parser extensions)."""

from __future__ import annotations

import importlib
import importlib.util
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).resolve().parent / "specs"
SCRIPTS = ROOT / "scripts"


_LOADING = threading.Lock()


def load_script(name: str) -> ModuleType:
    """A module of scripts/ (they are run as files, not installed); safe to call from threads."""
    with _LOADING:
        if name in sys.modules:
            return sys.modules[name]
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while it executes
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
        return module


def generate(spec: Path, package: str, into: Path) -> subprocess.CompletedProcess[str]:
    config = load_script("generate_client").write_config(into / f"{package}.codegen.yaml", package)
    return subprocess.run(
        [sys.executable, str(SCRIPTS / "generate_client.py"), str(spec), str(config), str(into / package)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def capabilities(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The `capabilities_client` package generated from specs/capabilities.yaml, importable."""
    root = tmp_path_factory.mktemp("capabilities")
    result = generate(SPECS / "capabilities.yaml", "capabilities_client", root)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(root))
    try:
        yield root
    finally:
        sys.path.remove(str(root))
        for name in [
            n for n in sys.modules if n == "capabilities_client" or n.startswith("capabilities_client.")
        ]:
            del sys.modules[name]


@pytest.fixture(scope="session")
def client_module(capabilities: Path) -> ModuleType:
    return importlib.import_module("capabilities_client")
