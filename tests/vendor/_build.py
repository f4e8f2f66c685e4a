"""Build what `make vendor-check` checks: every vendor document imported whole and as its recipe's
subset, a client generated from each, all in a temporary folder, in parallel processes.

Kept out of the test functions so the build runs once per session, and so its figures (generator
warnings, generation time, mypy errors) can be printed as a report.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tests.codegen.conftest import load_script

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
RECIPES = ROOT / "specs" / "recipes"
VENDOR_SPECS_ENV = "UNIFOLIO_VENDOR_SPECS"
GENERATE_CLIENT = load_script("generate_client")  # loaded here, once: the build's threads only use it


def vendor_specs_dir() -> Path:
    """$UNIFOLIO_VENDOR_SPECS (the Makefile's VENDOR_SPECS), else ../shared/vendor-specs of the checkout."""
    configured = os.environ.get(VENDOR_SPECS_ENV)
    return Path(configured).resolve() if configured else (ROOT.parent / "shared" / "vendor-specs").resolve()


def recipes_with_documents(vendor_specs: Path) -> list[str]:
    found = []
    for recipe in sorted(RECIPES.glob("*.yaml")):
        document = yaml.safe_load(recipe.read_text())["upstream"]["document"]
        if (vendor_specs / document).is_file():
            found.append(recipe.stem)
    return found


@dataclass
class Client:
    """One derived spec and the client generated from it."""

    provider: str
    whole: bool
    spec: Path
    package: str
    package_dir: Path
    import_seconds: float = 0.0
    generate_seconds: float = 0.0
    import_error: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.provider} ({'whole document' if self.whole else 'recipe subset'})"


@dataclass
class Build:
    root: Path
    vendor_specs: Path
    clients: list[Client]
    mypy_output: str = ""
    mypy_returncode: int = 0
    mypy_seconds: float = 0.0

    def client(self, provider: str, *, whole: bool) -> Client:
        return next(c for c in self.clients if c.provider == provider and c.whole == whole)

    def mypy_errors_in(self, package: str) -> list[str]:
        return [
            line
            for line in self.mypy_output.splitlines()
            if line.startswith(f"{package}/") and ": error:" in line
        ]


def _run(command: list[str], cwd: Path = ROOT) -> tuple[int, str, float]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)
    return result.returncode, (result.stdout + result.stderr).strip(), time.perf_counter() - started


def _import(client: Client, vendor_specs: Path) -> None:
    command = [
        sys.executable,
        str(SCRIPTS / "import_spec.py"),
        client.provider,
        "--vendor-specs",
        str(vendor_specs),
        "--output",
        str(client.spec),
    ]
    code, output, client.import_seconds = _run(command + (["--whole"] if client.whole else []))
    if code != 0:
        client.import_error = output


def _generate(client: Client) -> None:
    if client.import_error:
        return
    recipe = yaml.safe_load((RECIPES / f"{client.provider}.yaml").read_text())
    config_path = GENERATE_CLIENT.write_config(
        client.spec.with_suffix(".codegen.yaml"), client.package, recipe.get("generator")
    )
    command = [
        sys.executable,
        str(SCRIPTS / "generate_client.py"),
        str(client.spec),
        str(config_path),
        str(client.package_dir),
    ]
    code, output, client.generate_seconds = _run(command)
    client.warnings = [line for line in output.splitlines() if line.startswith("generator warning:")]
    if code != 0 and not client.warnings:
        client.warnings = [output or f"exit status {code}"]


def build(root: Path, vendor_specs: Path, providers: list[str], workers: int | None = None) -> Build:
    """Import and generate everything (longest jobs first), then run mypy --strict once over it all."""
    packages = root / "packages"
    packages.mkdir(parents=True, exist_ok=True)
    clients = [
        Client(
            provider,
            whole,
            root / f"{provider}-{'whole' if whole else 'subset'}.yaml",
            package := f"vendor_{provider}_{'whole' if whole else 'subset'}",
            packages / package,
        )
        for whole in (True, False)
        for provider in providers
    ]
    sizes = {
        p: (vendor_specs / yaml.safe_load((RECIPES / f"{p}.yaml").read_text())["upstream"]["document"])
        .stat()
        .st_size
        for p in providers
    }
    ordered = sorted(clients, key=lambda c: (not c.whole, -sizes[c.provider]))
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        list(pool.map(lambda c: _import(c, vendor_specs), ordered))
        list(pool.map(_generate, ordered))
    result = Build(root, vendor_specs, clients)
    generated = [c.package for c in clients if c.package_dir.is_dir()]
    if generated:
        command = [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.11",
            "--cache-dir",
            str(root / ".mypy_cache"),
            *(arg for p in generated for arg in ("-p", p)),
        ]
        result.mypy_returncode, result.mypy_output, result.mypy_seconds = _run(command, cwd=packages)
    return result


def mypy_error_count(output: str) -> int:
    found = re.search(r"Found (\d+) errors?", output)
    return int(found.group(1)) if found else 0
