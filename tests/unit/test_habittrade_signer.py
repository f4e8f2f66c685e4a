"""HabitTrade request signing, checked against HMAC-SHA256 values computed by openssl, not by our code.

The signed string is ``METHOD|path|timestamp|params`` with the path and the query exactly as they go on
the wire; these tests capture what httpx actually sends and recompute the signature from that.
"""

from __future__ import annotations

import hashlib
import hmac
import shutil
import subprocess
import time

import httpx
import pytest

from unifolio import ConfigurationError, Secret, UnifolioError
from unifolio.providers.habittrade import (
    HabitTradeAdapter,
    HabitTradeCredentials,
    HabitTradeSigner,
    UnsupportedRequestError,
    canonical_string,
    sign,
)

SECRET = "ht-test-secret-7f3a"
KEY = "ht-test-key"
T0 = 1715100000000


def openssl_hmac(secret: str, message: str) -> str:
    """Hex HMAC-SHA256 computed by the openssl binary (an implementation independent of ours)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl binary not found: the known-answer vectors are computed with it")
    result = subprocess.run(
        ["openssl", "dgst", "-sha256", "-hmac", secret],
        input=message.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    digest = result.stdout.decode().strip().rsplit("= ", 1)[-1]
    assert len(digest) == 64
    return digest


class Capture:
    """A MockTransport that keeps every request exactly as httpx hands it to the network layer."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"code": 0, "data": []})


def _signed(signer: HabitTradeSigner, url: str, **kwargs: object) -> httpx.Request:
    capture = Capture()
    with httpx.Client(transport=capture.transport, auth=signer) as client:
        client.get(url, **kwargs)  # type: ignore[arg-type]
    (request,) = capture.requests
    return request


def _recomputed(request: httpx.Request, secret: str) -> str:
    """The signature recomputed from the captured request's own bytes and headers, by openssl."""
    path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    canonical = f"{request.method}|{path}|{request.headers['X-API-Timestamp']}|{request.url.query.decode()}"
    return openssl_hmac(secret, canonical)


def test_known_answer_get_without_query() -> None:
    canonical = canonical_string("GET", "/account/v1/balance", T0, "")
    assert canonical == "GET|/account/v1/balance|1715100000000|"  # trailing "|" for the empty params
    expected = openssl_hmac(SECRET, "GET|/account/v1/balance|1715100000000|")
    assert sign(SECRET, canonical) == expected
    request = _signed(
        HabitTradeSigner(KEY, SECRET, clock=lambda: T0), "https://api.habittrade.com/account/v1/balance"
    )
    assert request.headers["X-API-Signature"] == expected
    assert request.headers["X-API-Key"] == KEY
    assert request.headers["X-API-Timestamp"] == "1715100000000"


def test_known_answer_get_with_query_in_sent_order() -> None:
    # page_size before market: the documented rule signs the sent order, never a sorted one.
    wire = "page_size=50&market=usex&page_index=1"
    expected = openssl_hmac(SECRET, f"GET|/trade/v1/orders|{T0}|{wire}")
    assert sign(SECRET, canonical_string("get", "/trade/v1/orders", T0, wire)) == expected
    request = _signed(
        HabitTradeSigner(KEY, SECRET, clock=lambda: T0),
        "https://api.habittrade.com/trade/v1/orders",
        params={"page_size": 50, "market": "usex", "page_index": 1},
    )
    assert request.url.query == wire.encode()
    assert request.headers["X-API-Signature"] == expected
    sorted_params = "market=usex&page_index=1&page_size=50"
    assert expected != openssl_hmac(SECRET, f"GET|/trade/v1/orders|{T0}|{sorted_params}")


def test_percent_encoded_query_is_signed_as_the_bytes_on_the_wire() -> None:
    request = _signed(
        HabitTradeSigner(KEY, SECRET, clock=lambda: T0),
        "https://api.habittrade.com/trade/v1/orders",
        params={"symbol": "DODO-USDT", "note": "a b/ü"},
    )
    on_the_wire = request.url.query
    assert on_the_wire == b"symbol=DODO-USDT&note=a+b%2F%C3%BC"  # how httpx encodes it
    expected = openssl_hmac(SECRET, f"GET|/trade/v1/orders|{T0}|{on_the_wire.decode('ascii')}")
    assert request.headers["X-API-Signature"] == expected
    # Neither the decoded nor a differently encoded form is what was signed.
    for other in ("symbol=DODO-USDT&note=a b/ü", "symbol=DODO-USDT&note=a%20b%2F%C3%BC"):
        assert expected != openssl_hmac(SECRET, f"GET|/trade/v1/orders|{T0}|{other}")


def test_signature_covers_the_bytes_sent_by_the_adapter() -> None:
    """Through the generated client: the percent-encoded path id is signed as sent, not decoded."""
    capture = Capture()
    adapter = HabitTradeAdapter(
        HabitTradeCredentials(KEY, SECRET), "https://ht.test", transport=capture.transport, clock=lambda: T0
    )
    with pytest.raises(UnifolioError):  # the canned body is not a portfolio; only the request matters
        adapter.get_portfolio("growth+ü 2024")
    adapter.get_balance()
    portfolio_request, balance_request = capture.requests
    assert portfolio_request.url.raw_path == b"/account/v1/portfolios/growth%2B%C3%BC%202024"
    for request in (portfolio_request, balance_request):
        assert request.headers["X-API-Signature"] == _recomputed(request, SECRET)
    assert portfolio_request.headers["X-API-Signature"] == openssl_hmac(
        SECRET, f"GET|/account/v1/portfolios/growth%2B%C3%BC%202024|{T0}|"
    )


async def test_async_client_signs_the_same_way() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200)

    signer = HabitTradeSigner(KEY, SECRET, clock=lambda: T0)
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler), auth=signer) as client:
        await client.get("https://api.habittrade.com/account/v1/balance")
    assert requests[0].headers["X-API-Signature"] == openssl_hmac(SECRET, f"GET|/account/v1/balance|{T0}|")


def test_utf8_secret_is_the_hmac_key() -> None:
    secret = "clé-secrète-ü"
    request = _signed(
        HabitTradeSigner(KEY, Secret(secret), clock=lambda: T0), "https://h.test/account/v1/balance"
    )
    assert request.headers["X-API-Signature"] == _recomputed(request, secret)


def test_clock_injection_makes_signatures_deterministic() -> None:
    url = "https://api.habittrade.com/account/v1/balance"
    first = _signed(HabitTradeSigner(KEY, SECRET, clock=lambda: T0), url)
    again = _signed(HabitTradeSigner(KEY, SECRET, clock=lambda: T0), url)
    later = _signed(HabitTradeSigner(KEY, SECRET, clock=lambda: T0 + 1), url)
    assert first.headers["X-API-Signature"] == again.headers["X-API-Signature"]
    assert later.headers["X-API-Timestamp"] == str(T0 + 1)
    assert later.headers["X-API-Signature"] != first.headers["X-API-Signature"]
    assert later.headers["X-API-Signature"] == _recomputed(later, SECRET)


def test_default_clock_sends_current_unix_milliseconds() -> None:
    before = time.time_ns() // 1_000_000
    request = _signed(HabitTradeSigner(KEY, SECRET), "https://api.habittrade.com/account/v1/balance")
    after = time.time_ns() // 1_000_000
    timestamp = request.headers["X-API-Timestamp"]
    assert timestamp.isdigit() and len(timestamp) == 13
    assert before <= int(timestamp) <= after
    assert request.headers["X-API-Signature"] == _recomputed(request, SECRET)


def test_each_request_is_signed_with_its_own_timestamp() -> None:
    ticks = iter([T0, T0 + 250])
    capture = Capture()
    with httpx.Client(
        transport=capture.transport, auth=HabitTradeSigner(KEY, SECRET, clock=lambda: next(ticks))
    ) as client:
        client.get("https://h.test/account/v1/balance")
        client.get("https://h.test/account/v1/balance")
    stamps = [r.headers["X-API-Timestamp"] for r in capture.requests]
    assert stamps == [str(T0), str(T0 + 250)]
    assert all(r.headers["X-API-Signature"] == _recomputed(r, SECRET) for r in capture.requests)


@pytest.mark.parametrize(
    ("method", "content"),
    [("POST", b'{"market":"usex"}'), ("POST", b""), ("DELETE", b""), ("GET", b"unexpected body")],
)
def test_requests_the_docs_do_not_cover_are_refused_before_sending(method: str, content: bytes) -> None:
    capture = Capture()
    with (
        httpx.Client(transport=capture.transport, auth=HabitTradeSigner(KEY, SECRET)) as client,
        pytest.raises(UnsupportedRequestError) as excinfo,
    ):
        client.request(method, "https://api.habittrade.com/trade/v1/orders", content=content)
    assert capture.requests == []
    assert "POST rule is unknown" in str(excinfo.value)
    assert isinstance(excinfo.value, NotImplementedError) and isinstance(excinfo.value, UnifolioError)
    assert SECRET not in str(excinfo.value)


def test_canonical_string_rejects_a_path_it_cannot_sign() -> None:
    with pytest.raises(ValueError, match="path"):
        canonical_string("GET", "account/v1/balance", T0, "")
    with pytest.raises(ValueError, match="path"):
        canonical_string("GET", "/account/v1/balance?x=1", T0, "")
    with pytest.raises(ValueError, match="timestamp"):
        canonical_string("GET", "/account/v1/balance", -1, "")


def test_sign_accepts_a_secret_or_a_plain_string() -> None:
    canonical = canonical_string("GET", "/account/v1/balance", T0, "")
    assert sign(Secret(SECRET), canonical) == sign(SECRET, canonical)
    # the standard library agrees with openssl on the same vector
    stdlib = hmac.new(SECRET.encode(), canonical.encode(), hashlib.sha256).hexdigest()
    assert stdlib == openssl_hmac(SECRET, canonical) == sign(SECRET, canonical)


def test_secret_and_key_never_appear_in_reprs() -> None:
    credentials = HabitTradeCredentials(KEY, SECRET)
    signer = credentials.signer(clock=lambda: T0)
    adapter = HabitTradeAdapter(credentials, "sandbox")
    for text in (repr(credentials), str(credentials), repr(signer), str(signer), repr(adapter)):
        assert SECRET not in text
        assert KEY not in text  # the key identifies the account: kept out of logs too
    assert isinstance(credentials.api_secret, Secret)
    request = _signed(signer, "https://h.test/account/v1/balance")
    assert all(SECRET not in value for value in request.headers.values())


def test_unknown_environment_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="unknown environment"):
        HabitTradeAdapter(HabitTradeCredentials(KEY, SECRET), "staging")
    assert HabitTradeAdapter(HabitTradeCredentials(KEY, SECRET), "sandbox").base_url == (
        "https://api-uat.habittrade.com"
    )
