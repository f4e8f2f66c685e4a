"""SnapTrade request signing, checked against HMAC-SHA256 values computed by openssl, not by our code.

The signed text is ``{"content":...,"path":...,"query":...}`` (keys sorted, no whitespace) over the path
and the query exactly as they go on the wire; these tests capture what httpx actually sends and
recompute the signature from that, plus the three vectors of the provider notes (S.2).
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from urllib.parse import parse_qsl

import httpx
import pytest

from unifolio import ConfigurationError, Secret
from unifolio.providers.snaptrade import (
    SnapTradeAdapter,
    SnapTradeCredentials,
    SnapTradeSigner,
    SnapTradeUser,
    UnsupportedRequestError,
    canonical_string,
    sign,
)

KEY = "consumer_key"  # the key of the provider notes' vectors
CLIENT = "PASSIVTEST"
T0 = 1700000000
ACCOUNT = "917c8734-8470-4a3e-a18f-57c3f2ee6631"


def openssl_signature(key: str, message: str) -> str:
    """Base64 HMAC-SHA256 computed by the openssl binary (an implementation independent of ours)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl binary not found: the known-answer vectors are computed with it")
    digest = subprocess.run(
        ["openssl", "dgst", "-sha256", "-hmac", key, "-binary"],
        input=message.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout
    assert len(digest) == 32
    return base64.b64encode(digest).decode()


class Capture:
    """A MockTransport that keeps every request exactly as httpx hands it to the network layer."""

    def __init__(self, body: object = ()) -> None:
        self.requests: list[httpx.Request] = []
        self.body = body
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=list(self.body) if isinstance(self.body, tuple) else self.body)


def _sent(signer: SnapTradeSigner, url: str, **kwargs: object) -> httpx.Request:
    capture = Capture()
    with httpx.Client(transport=capture.transport, auth=signer) as client:
        client.request(str(kwargs.pop("method", "GET")), url, **kwargs)  # type: ignore[arg-type]
    (request,) = capture.requests
    return request


def _recomputed(request: httpx.Request, key: str) -> str:
    """The signature recomputed by openssl from the captured request's own bytes."""
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    content = json.loads(request.content) if request.content else None
    text = json.dumps(
        {"content": content, "path": path, "query": query}, sort_keys=True, separators=(",", ":")
    )
    return openssl_signature(key, text)


# --- the vectors of the provider notes (S.2), recomputed by openssl ---------------------------------

VECTORS = [
    (
        ("/accounts", "timestamp=1700000000", None),
        '{"content":null,"path":"/accounts","query":"timestamp=1700000000"}',
        "3VkE1AkN6sr1yxWbl8JA7v9O9MFXfMFDVgzhC9GhptU=",
    ),
    (
        (
            "/api/v1/snapTrade/registerUser",
            "clientId=PASSIVTEST&timestamp=1635790389",
            {"userId": "new_user_123"},
        ),
        '{"content":{"userId":"new_user_123"},"path":"/api/v1/snapTrade/registerUser",'
        '"query":"clientId=PASSIVTEST&timestamp=1635790389"}',
        "Mp85duhIiyq/wSggYvyPDQ9BL5+DryD6raitXjWdzBo=",
    ),
    (
        (
            f"/accounts/{ACCOUNT}/positions/all",
            "userId=snaptrade-user-123&userSecret=adf2aa34-8219-40f7-a6b3-60156985cc61"
            "&clientId=PASSIVTEST&timestamp=1700000000",
            None,
        ),
        '{"content":null,"path":"/accounts/917c8734-8470-4a3e-a18f-57c3f2ee6631/positions/all",'
        '"query":"userId=snaptrade-user-123&userSecret=adf2aa34-8219-40f7-a6b3-60156985cc61'
        '&clientId=PASSIVTEST&timestamp=1700000000"}',
        "srXBnsde26TWd+vjlDyH6FxUfLM6SMBQ4Uv8H5l5Exg=",
    ),
]


@pytest.mark.parametrize(("inputs", "canonical", "signature"), VECTORS, ids=["no-query", "body", "user"])
def test_the_documented_vectors(inputs: tuple[str, str, object], canonical: str, signature: str) -> None:
    assert canonical_string(*inputs) == canonical
    assert openssl_signature(KEY, canonical) == signature  # the vector itself, independently
    assert sign(KEY, canonical) == signature
    assert sign(Secret(KEY), canonical) == signature


def test_the_signer_sends_the_third_vector_for_a_positions_read() -> None:
    """userId/userSecret first (the operation's parameters), then clientId and timestamp, as the SDKs."""
    request = _sent(
        SnapTradeSigner(CLIENT, KEY, clock=lambda: T0),
        f"https://api.snaptrade.com/accounts/{ACCOUNT}/positions/all",
        params={"userId": "snaptrade-user-123", "userSecret": "adf2aa34-8219-40f7-a6b3-60156985cc61"},
    )
    assert request.url.query.decode() == VECTORS[2][0][1]
    assert request.headers["Signature"] == "srXBnsde26TWd+vjlDyH6FxUfLM6SMBQ4Uv8H5l5Exg="


def test_known_answer_of_a_body_sent_through_the_signer() -> None:
    request = _sent(
        SnapTradeSigner(CLIENT, KEY, clock=lambda: 1635790389),
        "https://api.snaptrade.com/api/v1/snapTrade/registerUser",
        method="POST",
        json={"userId": "new_user_123"},
    )
    assert request.headers["Signature"] == "Mp85duhIiyq/wSggYvyPDQ9BL5+DryD6raitXjWdzBo="


# --- computed here with openssl ---------------------------------------------------------------------


def test_a_request_without_query_gets_the_auth_parameters_and_a_signature_over_them() -> None:
    key = "k3y-with+/=specials"
    request = _sent(
        SnapTradeSigner("client+id/1", key, clock=lambda: T0), "https://api.snaptrade.com/accounts"
    )
    assert request.url.query == b"clientId=client%2Bid%2F1&timestamp=1700000000"
    expected = openssl_signature(
        key, '{"content":null,"path":"/accounts","query":"clientId=client%2Bid%2F1&timestamp=1700000000"}'
    )
    assert request.headers["Signature"] == expected
    assert "consumer" not in str(request.headers) and key not in str(request.url)  # the key is never sent


def test_percent_encoded_user_values_are_signed_as_the_bytes_on_the_wire() -> None:
    secret = 'sk+/=%"<&\\ü'
    request = _sent(
        SnapTradeSigner(CLIENT, KEY, clock=lambda: T0),
        "https://api.snaptrade.com/accounts",
        params={"userId": "jo@example.com", "userSecret": secret},
    )
    wire = request.url.query.decode("ascii")
    assert wire == (
        "userId=jo%40example.com&userSecret=sk%2B%2F%3D%25%22%3C%26%5C%C3%BC&clientId=PASSIVTEST&timestamp=1700000000"
    )
    expected = openssl_signature(KEY, f'{{"content":null,"path":"/accounts","query":"{wire}"}}')
    assert request.headers["Signature"] == expected
    decoded = "&".join(f"{k}={v}" for k, v in parse_qsl(wire))
    assert expected != openssl_signature(KEY, f'{{"content":null,"path":"/accounts","query":"{decoded}"}}')
    assert dict(parse_qsl(wire))["userSecret"] == secret


def test_auth_parameters_already_in_the_query_are_replaced_not_repeated() -> None:
    request = _sent(
        SnapTradeSigner(CLIENT, KEY, clock=lambda: T0),
        "https://api.snaptrade.com/accounts?clientId=someone-else&userId=u1&timestamp=1",
    )
    assert request.url.query == b"userId=u1&clientId=PASSIVTEST&timestamp=1700000000"
    assert request.headers["Signature"] == _recomputed(request, KEY)


def test_the_path_actually_requested_is_signed_prefix_included() -> None:
    """A base URL with a path (a proxy, a mock's example route) is part of what goes on the wire."""
    capture = Capture(body=())
    credentials = SnapTradeCredentials(CLIENT, KEY)
    url = "https://proxy.test/snaptrade"
    adapter = SnapTradeAdapter(credentials, url, transport=capture.transport, clock=lambda: T0)
    adapter.get_accounts(SnapTradeUser("u-1", "user-secret-1"))
    (request,) = capture.requests
    assert request.url.raw_path.startswith(b"/snaptrade/accounts?")
    assert request.headers["Signature"] == _recomputed(request, KEY)
    assert request.headers["Signature"] != openssl_signature(
        KEY, '{"content":null,"path":"/accounts","query":"' + request.url.query.decode() + '"}'
    )


def test_signature_covers_the_bytes_sent_by_the_adapter_for_every_operation() -> None:
    capture = Capture(body=())
    credentials = SnapTradeCredentials(CLIENT, KEY)
    url = "https://api.snaptrade.com"
    adapter = SnapTradeAdapter(credentials, url, transport=capture.transport, clock=lambda: T0)
    user = SnapTradeUser("snaptrade-user-123", "adf2aa34-8219-40f7-a6b3-60156985cc61")
    adapter.get_accounts(user)
    adapter.get_connections(None)  # personal keys: no user parameters at all
    adapter.get_balances(ACCOUNT.upper(), user)  # sent (and signed) in SnapTrade's own lowercase form
    assert [r.url.raw_path.decode() for r in capture.requests] == [
        "/accounts?userId=snaptrade-user-123&userSecret=adf2aa34-8219-40f7-a6b3-60156985cc61"
        "&clientId=PASSIVTEST&timestamp=1700000000",
        "/authorizations?clientId=PASSIVTEST&timestamp=1700000000",
        f"/accounts/{ACCOUNT}/balances?userId=snaptrade-user-123"
        "&userSecret=adf2aa34-8219-40f7-a6b3-60156985cc61&clientId=PASSIVTEST&timestamp=1700000000",
    ]
    for request in capture.requests:
        assert request.headers["Signature"] == _recomputed(request, KEY)
    assert capture.requests[2].headers["Signature"] == openssl_signature(
        KEY,
        f'{{"content":null,"path":"/accounts/{ACCOUNT}/balances","query":"userId=snaptrade-user-123'
        '&userSecret=adf2aa34-8219-40f7-a6b3-60156985cc61&clientId=PASSIVTEST&timestamp=1700000000"}',
    )


async def test_async_client_signs_the_same_way() -> None:
    requests: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=[])

    adapter = SnapTradeAdapter(
        SnapTradeCredentials(CLIENT, KEY),
        "https://api.snaptrade.com",
        async_transport=httpx.MockTransport(handler),
        clock=lambda: T0,
    )
    await adapter.aget_accounts(SnapTradeUser("snaptrade-user-123", "adf2aa34-8219-40f7-a6b3-60156985cc61"))
    (request,) = requests
    assert request.url.query.decode() == VECTORS[2][0][1]
    assert request.headers["Signature"] == _recomputed(request, KEY)
    await adapter.aclose()


def test_every_request_is_signed_with_the_time_it_leaves() -> None:
    times = iter([T0, T0 + 1])
    signer = SnapTradeSigner(CLIENT, KEY, clock=lambda: next(times))
    first = _sent(signer, "https://api.snaptrade.com/accounts")
    second = _sent(signer, "https://api.snaptrade.com/accounts")
    assert first.url.query.endswith(b"timestamp=1700000000")
    assert second.url.query.endswith(b"timestamp=1700000001")
    assert first.headers["Signature"] != second.headers["Signature"]


# --- refusals -------------------------------------------------------------------------------------


def test_bodies_the_sdks_would_sign_differently_are_refused_before_sending() -> None:
    capture = Capture()
    signer = SnapTradeSigner(CLIENT, KEY, clock=lambda: T0)
    with httpx.Client(transport=capture.transport, auth=signer) as client:
        with pytest.raises(UnsupportedRequestError, match="non-ASCII text"):
            client.post("https://api.snaptrade.com/x", content='{"name":"Zoë"}'.encode())
        with pytest.raises(UnsupportedRequestError, match="JSON bodies only"):
            client.post("https://api.snaptrade.com/x", content=b"a=1")
    assert capture.requests == []
    empty = _sent(signer, "https://api.snaptrade.com/x", method="POST", json={})
    assert empty.content == b"{}"  # an empty object is signed as no content, as the SDKs do
    assert empty.headers["Signature"] == openssl_signature(
        KEY, '{"content":null,"path":"/x","query":"clientId=PASSIVTEST&timestamp=1700000000"}'
    )


def test_the_canonical_string_refuses_what_cannot_be_a_path_or_query() -> None:
    with pytest.raises(ValueError, match="path must start"):
        canonical_string("accounts", "")
    with pytest.raises(ValueError, match="carry no query"):
        canonical_string("/accounts?x=1", "")
    with pytest.raises(ValueError, match="without its leading"):
        canonical_string("/accounts", "?x=1")


def test_credentials_are_checked_and_never_shown() -> None:
    with pytest.raises(ConfigurationError, match=r"SnapTradeSigner\.client_id"):
        SnapTradeSigner("bad id\n", KEY)
    with pytest.raises(ConfigurationError, match=r"SnapTradeCredentials\.consumer_key") as caught:
        SnapTradeCredentials("client-id-1", "k3y")
    assert "shorter than 8 characters" in str(caught.value) and "k3y" not in str(caught.value)
    credentials = SnapTradeCredentials("client-id-1", "consumer-key-1")
    signer = credentials.signer()
    assert "client-id-1" not in repr(credentials) + repr(signer)
    assert "consumer-key-1" not in repr(credentials) + repr(signer)
    user = SnapTradeUser("u-1", "user-secret-1")
    assert "user-secret-1" not in repr(user)
