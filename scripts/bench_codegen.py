"""Benchmarks of the vendor pipeline (issue 11): a section of tests/bench/RESULTS.md (`make bench`).

    python scripts/bench_codegen.py     # measures and prints the markdown section

``section()`` returns the section's markdown lines. Plaid's whole 2020-09-14 document is the measure of
size (3 MB, 329 operations). Every figure comes from its own process and is the median (with min-max)
of ``UNIFOLIO_BENCH_CODEGEN_REPEAT`` runs (3 by default):

- importing the whole document (``scripts/import_spec.py --whole``) and generating its client
  (``scripts/generate_client.py``);
- ``import``ing one endpoint module (the holdings read) of the whole-document client and of the
  recipe-subset client, first with no bytecode (every process compiles what it imports, as on machines
  with ``PYTHONDONTWRITEBYTECODE=1``), then with bytecode compiled ahead (``compileall``).
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
VENDOR_SPECS = Path(os.environ.get("UNIFOLIO_VENDOR_SPECS", ROOT.parent / "shared" / "vendor-specs"))
PROVIDER = "plaid"
MODULES = {  # the holdings read in each client
    "whole": "vendor_plaid_whole.api.plaid.investments_holdings_get",
    "subset": "vendor_plaid_subset.api.investments.get_investments_holdings",
}


def _repeat() -> int:
    return max(1, int(os.environ.get("UNIFOLIO_BENCH_CODEGEN_REPEAT", "3")))


def _timed(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def _figure(samples: list[float]) -> str:
    return f"{statistics.median(samples):.2f} s ({min(samples):.2f}-{max(samples):.2f})"


def _import_seconds(packages: Path, module: str, *, bytecode: bool) -> float:
    """Seconds to import `module` in a fresh interpreter (the interpreter's own start-up not included)."""
    env = {**os.environ, "PYTHONPATH": str(packages)}
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    code = f"import importlib, time\nt = time.perf_counter()\nimportlib.import_module({module!r})\n"
    code += "print(time.perf_counter() - t)"
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
    return float(result.stdout.strip())


def _size(package: Path) -> str:
    files = list(package.rglob("*.py"))
    lines = sum(len(path.read_bytes().splitlines()) for path in files)
    return f"{len(files):,} files, {lines:,} lines"


def measure(work: Path) -> list[str]:
    recipe = yaml.safe_load((ROOT / "specs" / "recipes" / f"{PROVIDER}.yaml").read_text())
    sys.path.insert(0, str(SCRIPTS))
    import generate_client  # type: ignore[import-not-found]  # a sibling script, as bench.py does

    packages = work / "packages"
    packages.mkdir()
    rows, sizes = [], {}
    for kind in ("whole", "subset"):
        spec = work / f"{kind}.yaml"
        whole = ["--whole"] if kind == "whole" else []
        importing = [sys.executable, str(SCRIPTS / "import_spec.py"), PROVIDER, "--output", str(spec),
                     "--vendor-specs", str(VENDOR_SPECS), *whole]  # fmt: skip
        package = f"vendor_{PROVIDER}_{kind}"
        config = generate_client.write_config(work / f"{kind}.codegen.yaml", package, recipe.get("generator"))
        generating = [sys.executable, str(SCRIPTS / "generate_client.py"), str(spec), str(config),
                      str(packages / package)]  # fmt: skip
        imported = [_timed(importing) for _ in range(_repeat())]
        generated = [_timed(generating) for _ in range(_repeat())]
        rows.append(f"| {kind} | import-spec {_figure(imported)} | generate {_figure(generated)} |")
        sizes[kind] = _size(packages / package)
    cold = {kind: [_import_seconds(packages, m, bytecode=False) for _ in range(_repeat())]
            for kind, m in MODULES.items()}  # fmt: skip
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(packages)], check=True)
    warm = {kind: [_import_seconds(packages, m, bytecode=True) for _ in range(_repeat())]
            for kind, m in MODULES.items()}  # fmt: skip
    ratio_cold = statistics.median(cold["whole"]) / statistics.median(cold["subset"])
    ratio_warm = statistics.median(warm["whole"]) / statistics.median(warm["subset"])
    return [
        "| Plaid document | import (`make import-spec`) | generation (`generate_client.py`) |",
        "|---|---|---|",
        *rows,
        "",
        "Importing the holdings endpoint module (`import ...investments_holdings_get`), one process per run:",
        "",
        "| client | size | no bytecode (compiles on import) | bytecode compiled ahead |",
        "|---|---|---|---|",
        f"| whole document | {sizes['whole']} | {_figure(cold['whole'])} | {_figure(warm['whole'])} |",
        f"| recipe subset | {sizes['subset']} | {_figure(cold['subset'])} | {_figure(warm['subset'])} |",
        "",
        f"The whole-document client takes {ratio_cold:.0f}x as long to import without bytecode and "
        f"{ratio_warm:.0f}x with it: a provider's spec is the recipe's subset, never the whole document.",
    ]


def section() -> list[str]:
    """Markdown lines for tests/bench/RESULTS.md."""
    header = [
        "## Vendor documents: import, generation, client import time (scripts/bench_codegen.py)",
        "",
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}; median (min-max) of "
        f"{_repeat()} runs, each in its own process.",
        "",
    ]
    recipe = yaml.safe_load((ROOT / "specs" / "recipes" / f"{PROVIDER}.yaml").read_text())
    document = VENDOR_SPECS / recipe["upstream"]["document"]
    if not document.is_file():
        return [*header, f"Skipped: Plaid's document is not at {document} (set UNIFOLIO_VENDOR_SPECS)."]
    with tempfile.TemporaryDirectory(prefix="bench-codegen-") as tmp:
        return [*header, *measure(Path(tmp))]


if __name__ == "__main__":
    print("\n".join(section()))
