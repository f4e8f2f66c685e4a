"""Contract tests (issue 5): every test in this folder carries the ``contract`` marker.

`make contract` runs them (``pytest -m contract``); `make test` runs `make contract` and then the rest
(``-m "not contract"``), so nothing runs twice. Prism mocks used here are this folder's own (not the
session mocks of the e2e tests): schemathesis and the fuzzers send odd requests, and a Prism they
crash must not take unrelated tests down with it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.contract import _report
from tests.contract._specs import ROOT, SPEC_FILES
from unifolio.mocks import PrismMock

HERE = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    # pyproject.toml's marker list is not ours to edit; --strict-markers needs the marker registered.
    config.addinivalue_line(
        "markers",
        "contract: contract tests (issue 5): specs vs Prism, clients + adapters fuzzed, spec tooling",
    )


# Deeper runs (the example knobs above their CI defaults) get a proportionally longer per-test timeout
# than pyproject's 300 s.
_SCALE = max(
    1.0,
    int(os.environ.get("UNIFOLIO_FUZZ_EXAMPLES", "1000")) / 1000,
    int(os.environ.get("UNIFOLIO_DRIFT_EXAMPLES", "0")) / 500,
    int(os.environ.get("UNIFOLIO_CLIENT_EXAMPLES", "150")) / 150,
    int(os.environ.get("UNIFOLIO_SCHEMATHESIS_EXAMPLES", "60")) / 60,
)


@pytest.hookimpl(tryfirst=True)  # before `-m` selection looks at the markers
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.contract)
            if _SCALE > 1:
                item.add_marker(pytest.mark.timeout(int(300 * _SCALE)))


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if _report.LINES:
        terminalreporter.section("contract figures")
        for line in _report.LINES:
            terminalreporter.write_line(line)
        reports = ROOT / "reports"
        reports.mkdir(exist_ok=True)
        (reports / "contract-figures.txt").write_text("\n".join(_report.LINES) + "\n")


class ContractMocks:
    """Prism per (spec, mode), started on first use and kept for the session.

    Dynamic mode runs without ``--seed`` unless ``UNIFOLIO_PRISM_SEED`` is set: with a seed Prism answers
    every request with the same body, which would make dynamic-mode fuzzing pointless. Failures print
    the body Prism sent, so a run can be understood without the seed.
    """

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self._mocks: dict[tuple[str, str], PrismMock] = {}

    def get(self, spec: str, mode: str) -> PrismMock:
        key = (spec, mode)
        mock = self._mocks.get(key)
        if mock is None or not mock.running:
            if mock is not None:  # it died (e.g. crashed on a request): show why, then start afresh
                print(f"Prism for {spec} ({mode}) had stopped; its log:\n{mock.log_text()[-3000:]}")
            dynamic = mode == "dynamic"
            mock = PrismMock(
                SPEC_FILES[spec],
                dynamic=dynamic,
                seed=os.environ.get("UNIFOLIO_PRISM_SEED") if dynamic else None,
                log_path=self.log_dir / f"prism-{spec}-{mode}.log",
            )
            mock.start()
            self._mocks[key] = mock
        return mock

    def stop(self) -> None:
        for mock in self._mocks.values():
            mock.stop()
        self._mocks.clear()


@pytest.fixture(scope="session")
def contract_mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ContractMocks]:
    mocks = ContractMocks(tmp_path_factory.mktemp("contract-prism"))
    try:
        yield mocks
    finally:
        mocks.stop()
