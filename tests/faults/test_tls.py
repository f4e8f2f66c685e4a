"""TLS certificate verification is on for every provider and cannot be switched off by accident.

Every registered provider's connection is pointed at a local HTTPS server whose certificate is
self-signed: the handshake must be refused and surface as a typed TransportError, for all of them.
"""

from __future__ import annotations

import http.server
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from unifolio import TransportError
from unifolio.aggregate import fetch_portfolio
from unifolio.providers import PROVIDERS

pytestmark = pytest.mark.e2e


class _HandshakePerConnection(http.server.ThreadingHTTPServer):
    """Each connection's TLS handshake in its own thread, as real servers do: a listening socket wrapped
    in TLS handshakes inside ``accept``, so one client that connects and then goes quiet (a request
    cancelled while connecting) would stall every other client's handshake until its timeout."""

    context: ssl.SSLContext

    def finish_request(self, request: Any, client_address: Any) -> None:
        try:
            request = self.context.wrap_socket(request, server_side=True)
        except OSError:  # the client refused the certificate (what the test wants) or went away
            return
        super().finish_request(request, client_address)


@pytest.fixture(scope="module")
def self_signed_https(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    folder: Path = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = _HandshakePerConnection(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server.context = context
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


async def test_every_provider_refuses_an_untrusted_certificate(self_signed_https: str) -> None:
    connections = [c for p in PROVIDERS.values() for c in p.mock_connections(self_signed_https)]
    assert {c.provider for c in connections} == set(PROVIDERS)
    portfolio = await fetch_portfolio(connections)
    assert not portfolio.holdings
    for outcome in portfolio.outcomes:
        assert isinstance(outcome.error, TransportError), (outcome.label, outcome.error)
        assert (
            "CERTIFICATE_VERIFY_FAILED" in str(outcome.error) or "certificate" in str(outcome.error).lower()
        )
