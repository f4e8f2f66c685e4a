"""The real ``unifolio`` console script, in a subprocess."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess

import httpx
import pytest

pytestmark = pytest.mark.e2e

UNIFOLIO = shutil.which("unifolio")


@pytest.fixture(autouse=True)
def _installed() -> None:
    assert UNIFOLIO, "the unifolio console script is not installed in this environment"


def test_portfolio_mock_prints_holdings_with_totals() -> None:
    result = subprocess.run([UNIFOLIO, "portfolio", "--mock"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "local Prism mocks" in result.stdout
    assert re.search(r"Total .*USD", result.stdout)
    assert "AAPL" in result.stdout


def test_mock_prints_urls_serves_and_stops_cleanly_on_sigterm() -> None:
    process = subprocess.Popen([UNIFOLIO, "mock"], stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert process.stdout is not None
        urls = {}
        for line in process.stdout:
            if line.startswith("Prism mocks are running"):
                break
            name, url = line.split()[:2]
            urls[name] = url
        assert "mesh" in urls and all(u.startswith("http://127.0.0.1:") for u in urls.values())
        assert httpx.get(f"{urls['mesh']}/api/v1/holdings/portfolio").status_code in (400, 401)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        for url in urls.values():
            with pytest.raises(httpx.TransportError):
                httpx.get(url, timeout=2)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
