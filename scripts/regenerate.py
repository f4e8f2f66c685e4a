"""Regenerate every client in generated/ from specs/, or check that generated/ is up to date.

    python scripts/regenerate.py            # rewrite generated/<package>/ for every spec
    python scripts/regenerate.py --check    # regenerate into a temporary folder and diff

Each ``specs/<name>.yaml`` needs ``codegen/<name>.yaml``; the package name comes from that config.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CODEGEN = ROOT / "codegen"
TEMPLATES = CODEGEN / "templates"
GENERATED = ROOT / "generated"
IGNORED = {".ruff_cache", "__pycache__"}


def _targets() -> list[tuple[Path, Path, str]]:
    targets = []
    for spec in sorted(SPECS.glob("[!.]*.yaml")):  # dotfiles (e.g. .spectral.yaml) are tool config
        config = CODEGEN / spec.name
        if not config.is_file():
            sys.exit(f"error: {spec.relative_to(ROOT)} has no codegen config at {config.relative_to(ROOT)}")
        package = yaml.safe_load(config.read_text())["package_name_override"]
        targets.append((spec, config, package))
    return targets


def _generate(spec: Path, config: Path, package_dir: Path) -> None:
    command = [
        "openapi-python-client",
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--overwrite",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    # The generator reports schemas it could not parse as warnings but still exits 0: treat them as errors.
    if result.returncode != 0 or "Warning" in result.stdout or "Unable to" in result.stdout:
        sys.exit(f"error: generating {spec.name} failed:\n{result.stdout}{result.stderr}")
    shutil.rmtree(package_dir / ".ruff_cache", ignore_errors=True)
    (package_dir / "py.typed").write_text("")  # --meta none does not write the PEP 561 marker


def _files(root: Path) -> set[Path]:
    return {
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file() and not IGNORED.intersection(path.relative_to(root).parts)
    }


def _diff(expected: Path, actual: Path) -> list[str]:
    expected_files, actual_files = _files(expected), _files(actual)
    problems = [f"missing: {p}" for p in sorted(expected_files - actual_files)]
    problems += [f"not produced by the generator: {p}" for p in sorted(actual_files - expected_files)]
    problems += [
        f"differs: {p}"
        for p in sorted(expected_files & actual_files)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh run")
    args = parser.parse_args()
    targets = _targets()
    expected_packages = {package for _, _, package in targets}

    if not args.check:
        GENERATED.mkdir(exist_ok=True)
        for spec, config, package in targets:
            _generate(spec, config, GENERATED / package)
            print(f"generated/{package} <- specs/{spec.name}")
        return 0

    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="unifolio-codegen-") as tmp:
        for spec, config, package in targets:
            fresh = Path(tmp) / package
            _generate(spec, config, fresh)
            problems += [f"generated/{package}: {p}" for p in _diff(fresh, GENERATED / package)]
    stray = {p.name for p in GENERATED.iterdir() if p.is_dir()} - expected_packages - IGNORED
    problems += [f"generated/{name}: no spec generates this package" for name in sorted(stray)]
    if problems:
        print("generated/ is out of date with specs/ and codegen/ (run `make regenerate`):")
        print("\n".join(f"  {p}" for p in problems))
        return 1
    print(f"generated/ matches specs/ ({len(targets)} clients)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
