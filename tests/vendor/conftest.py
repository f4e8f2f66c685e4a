"""`make vendor-check`: the vendors' own OpenAPI documents (../shared/vendor-specs/, or $VENDOR_SPECS)
through the whole pipeline. Every test here carries the ``vendor`` marker; `make test` runs them through
`make vendor-check` (``pytest -m vendor``) and leaves them out of its main run (``-m "not vendor"``).

Without the vendor documents every test here is skipped, and says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.vendor import _build

HERE = Path(__file__).resolve().parent
VENDOR_SPECS = _build.vendor_specs_dir()
RECIPES = sorted(p.stem for p in _build.RECIPES.glob("*.yaml"))
PRESENT = _build.recipes_with_documents(VENDOR_SPECS) if VENDOR_SPECS.is_dir() else []
FIGURES: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "vendor: the vendors' own OpenAPI documents through the pipeline (issue 11)"
    )


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.vendor)
            if not VENDOR_SPECS.is_dir():
                item.add_marker(
                    pytest.mark.skip(reason=f"VENDOR CHECK SKIPPED: no vendor documents at {VENDOR_SPECS}")
                )


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if FIGURES:
        terminalreporter.section("vendor-check figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
        reports = _build.ROOT / "reports"
        reports.mkdir(exist_ok=True)
        (reports / "vendor-check.txt").write_text("\n".join(FIGURES) + "\n")


def needs_document(provider: str) -> None:
    if provider not in PRESENT:
        pytest.skip(f"{provider}: its vendor document is not in {VENDOR_SPECS}")


@pytest.fixture(scope="session")
def vendor_build(tmp_path_factory: pytest.TempPathFactory) -> _build.Build:
    """Everything imported and generated once, in parallel; mypy --strict once over all of it."""
    build = _build.build(tmp_path_factory.mktemp("vendor-check"), VENDOR_SPECS, PRESENT)
    for client in build.clients:
        FIGURES.append(
            f"{client.label:34} import {client.import_seconds:5.1f} s  "
            f"generate {client.generate_seconds:5.1f} s  generator warnings {len(client.warnings)}  "
            f"mypy --strict errors {len(build.mypy_errors_in(client.package))}"
        )
    FIGURES.append(f"mypy --strict over all {len(build.clients)} clients: {build.mypy_seconds:.1f} s")
    return build
