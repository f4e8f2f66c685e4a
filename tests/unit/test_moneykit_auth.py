"""MoneyKit token auth: one exchange, reuse, renewal by clock and on an expired-token 401, single flight.

The fake server below issues ``access-tok-1``, ``access-tok-2`` ... from ``POST /auth/token`` and
counts exchanges; concurrency tests hold the exchange (or the first data answers) on Events until
every caller has provably found the token stale, so "exactly one exchange" is tested under real
contention, not luck.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from tests.conftest import load_spec, response_examples
from unifolio import (
    AuthenticationError,
    BadRequestError,
    PermissionDeniedError,
    ProviderUnavailableError,
    ResponseContractError,
)
from unifolio._clients import HttpOptions, RetryPolicy
from unifolio.providers.moneykit import (
    API_VERSION,
    TOKEN_SAFETY_MARGIN,
    MoneyKitAdapter,
    MoneyKitCredentials,
    MoneyKitTokenAuth,
)

SPEC = load_spec("moneykit.yaml")
HOLDINGS_PATH = "/links/{id}/investments/holdings"
HOLDINGS = response_examples(SPEC, HOLDINGS_PATH, "get", "200")
UNAUTHORIZED = response_examples(SPEC, HOLDINGS_PATH, "get", "401")
TOKEN_ERRORS = {
    status: response_examples(SPEC, "/auth/token", "post", status) for status in ("400", "401", "422")
}
CLIENT_ID, CLIENT_SECRET = "client-7f3a", "s3cr3t-value-never-shown"
BASE = "https://moneykit.test"
LINK = "mk_eqkWN34UEoa2NxyALG8pcV"
EVENT_TIMEOUT = 10
NO_RETRY = HttpOptions(retry=RetryPolicy(max_attempts=1))  # retrying is the transport's job, tested there


class FakeMoneyKit:
    """``/auth/token`` + the holdings path, with switches for the cases under test."""

    def __init__(self, *, expires_in: int = 3600) -> None:
        self.expires_in = expires_in
        self.exchanges = 0
        self.token_requests: list[httpx.Request] = []
        self.data_requests: list[httpx.Request] = []
        self.data_tokens: list[str] = []  # as sent: a retry re-sends the same Request object
        self.expired: set[str] = set()  # tokens the server now answers with expired_access_token
        self.always_expired = False
        self.data_error: tuple[int, dict[str, Any]] | None = None
        self.token_error: tuple[int, bytes] | None = None
        self.before_exchange: Callable[[], None] = lambda: None
        self._guard = threading.Lock()

    def token_answer(self, request: httpx.Request) -> httpx.Response:
        with self._guard:
            self.token_requests.append(request)
        if self.token_error:
            status, body = self.token_error
            return httpx.Response(status, content=body, headers={"content-type": "application/json"})
        with self._guard:
            self.exchanges += 1
            token = f"access-tok-{self.exchanges}"
        body = {"access_token": token, "token_type": "bearer", "expires_in": self.expires_in}
        return httpx.Response(201, json=body)

    def data_answer(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        with self._guard:
            self.data_requests.append(request)
            self.data_tokens.append(token)
        if self.always_expired or token in self.expired:
            return httpx.Response(401, json=UNAUTHORIZED["expired_access_token"])
        if self.data_error:
            return httpx.Response(self.data_error[0], json=self.data_error[1])
        return httpx.Response(200, json=HOLDINGS["msft_single_holding"])

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            self.before_exchange()
            return self.token_answer(request)
        return self.data_answer(request)

    def tokens_used(self) -> list[str]:
        return list(self.data_tokens)


def _adapter(server: FakeMoneyKit, clock: Callable[[], float] = lambda: 0.0) -> MoneyKitAdapter:
    return MoneyKitAdapter(
        MoneyKitCredentials(CLIENT_ID, CLIENT_SECRET),
        BASE,
        transport=httpx.MockTransport(server.handler),
        clock=clock,
        options=NO_RETRY,
    )


def test_one_exchange_then_the_token_is_reused() -> None:
    server = FakeMoneyKit()
    adapter = _adapter(server)
    for _ in range(3):
        assert adapter.get_holdings(LINK).holdings
    assert server.exchanges == 1
    assert server.tokens_used() == ["access-tok-1"] * 3
    (token_request,) = server.token_requests
    # The generated create_access_token request: form body, version header, credentials as HTTP Basic.
    assert token_request.method == "POST" and str(token_request.url) == f"{BASE}/auth/token"
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token_request.content.decode()) == {"grant_type": ["client_credentials"]}
    assert token_request.headers["moneykit-version"] == API_VERSION
    expected_basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert token_request.headers["authorization"] == f"Basic {expected_basic}"
    assert CLIENT_SECRET not in token_request.content.decode()
    assert all(r.headers["moneykit-version"] == API_VERSION for r in server.data_requests)


def test_a_caller_chosen_version_header_is_kept() -> None:
    server = FakeMoneyKit()
    auth = MoneyKitTokenAuth(MoneyKitCredentials(CLIENT_ID, CLIENT_SECRET), BASE)
    with httpx.Client(transport=httpx.MockTransport(server.handler), auth=auth) as client:
        client.get(f"{BASE}/links/{LINK}/investments/holdings", headers={"MoneyKit-Version": "2099-01-01"})
        client.get(f"{BASE}/links/{LINK}/investments/holdings")
    assert [r.headers["moneykit-version"] for r in server.data_requests] == ["2099-01-01", API_VERSION]


@pytest.mark.parametrize("expires_in", [3600, 100])
def test_token_is_renewed_shortly_before_expiry_by_the_injected_clock(expires_in: int) -> None:
    margin = min(TOKEN_SAFETY_MARGIN, expires_in / 10)
    now = [1000.0]
    server = FakeMoneyKit(expires_in=expires_in)
    adapter = _adapter(server, clock=lambda: now[0])
    adapter.get_holdings(LINK)
    now[0] = 1000.0 + expires_in - margin - 0.001  # just inside the safe window
    adapter.get_holdings(LINK)
    assert server.exchanges == 1
    now[0] = 1000.0 + expires_in - margin  # the margin starts: renew before MoneyKit would refuse
    adapter.get_holdings(LINK)
    assert server.exchanges == 2
    assert server.tokens_used() == ["access-tok-1", "access-tok-1", "access-tok-2"]


def test_expired_token_answer_renews_once_and_retries_the_request_once() -> None:
    server = FakeMoneyKit()
    adapter = _adapter(server)
    adapter.get_holdings(LINK)
    server.expired.add("access-tok-1")  # MoneyKit ends the token early; the clock still thinks it is fine
    snapshot = adapter.get_holdings(LINK)
    assert snapshot.holdings
    assert server.exchanges == 2
    assert server.tokens_used() == [
        "access-tok-1",
        "access-tok-1",
        "access-tok-2",
    ]  # the failed request went out once more
    adapter.get_holdings(LINK)
    assert server.exchanges == 2 and server.tokens_used()[-1] == "access-tok-2"


async def test_expired_token_answer_renews_once_async() -> None:
    server = FakeMoneyKit()
    adapter = MoneyKitAdapter(
        MoneyKitCredentials(CLIENT_ID, CLIENT_SECRET),
        BASE,
        async_transport=httpx.MockTransport(server.handler),
    )
    await adapter.aget_holdings(LINK)
    server.expired.add("access-tok-1")
    assert (await adapter.aget_holdings(LINK)).holdings
    assert server.exchanges == 2 and server.tokens_used() == ["access-tok-1", "access-tok-1", "access-tok-2"]
    await adapter.aclose()


def test_a_second_expired_answer_is_an_authentication_error() -> None:
    server = FakeMoneyKit()
    server.always_expired = True
    with pytest.raises(AuthenticationError) as excinfo:
        _adapter(server).get_holdings(LINK)
    assert excinfo.value.code == "api_error.auth.expired_access_token" and excinfo.value.status == 401
    assert server.exchanges == 2  # the first token and exactly one renewal
    assert len(server.data_requests) == 2  # the request and exactly one retry


@pytest.mark.parametrize(
    ("example", "error"),
    [("unauthorized", AuthenticationError), ("unauthorized_link_access", PermissionDeniedError)],
)
def test_other_401s_are_not_retried(example: str, error: type[Exception]) -> None:
    server = FakeMoneyKit()
    server.data_error = (401, UNAUTHORIZED[example])
    with pytest.raises(error) as excinfo:
        _adapter(server).get_holdings(LINK)
    assert excinfo.value.code == UNAUTHORIZED[example]["error_code"]  # type: ignore[attr-defined]
    assert server.exchanges == 1 and len(server.data_requests) == 1


def test_concurrent_threads_with_a_stale_token_run_exactly_one_exchange() -> None:
    threads_count = 8
    now = [0.0]
    contended = threading.Event()
    checked: set[int] = set()
    all_checked = threading.Event()
    guard = threading.Lock()

    def clock() -> float:
        # The flow reads the clock to test the cached token before it queues for the lock: once every
        # thread has read it while the token is stale, every thread has found the token stale.
        if contended.is_set():
            with guard:
                checked.add(threading.get_ident())
                if len(checked) >= threads_count:
                    all_checked.set()
        return now[0]

    server = FakeMoneyKit()

    def hold_the_exchange() -> None:
        if contended.is_set() and not all_checked.wait(EVENT_TIMEOUT):
            raise AssertionError(f"only {len(checked)} of {threads_count} threads reached the token check")

    server.before_exchange = hold_the_exchange
    adapter = _adapter(server, clock=clock)
    adapter.get_holdings(LINK)  # access-tok-1 at t=0
    now[0] = 10_000.0  # access-tok-1 is stale for everyone now
    contended.set()
    start = threading.Barrier(threads_count)
    results: list[Any] = []

    def worker() -> None:
        start.wait(EVENT_TIMEOUT)
        try:
            results.append(adapter.get_holdings(LINK))
        except Exception as exc:  # reported below, with the thread's own error
            results.append(exc)

    workers = [threading.Thread(target=worker) for _ in range(threads_count)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(EVENT_TIMEOUT * 3)
    assert not any(thread.is_alive() for thread in workers)
    assert [r for r in results if isinstance(r, Exception)] == []
    assert len(results) == threads_count and len(checked) == threads_count
    assert server.exchanges == 2  # access-tok-1 before, and one exchange for all eight
    assert server.tokens_used()[1:] == ["access-tok-2"] * threads_count


async def test_concurrent_tasks_with_a_stale_token_run_exactly_one_exchange() -> None:
    tasks_count = 25
    now = [0.0]
    state = {"contended": False}
    checked: set[asyncio.Task[Any] | None] = set()
    all_checked = asyncio.Event()

    def clock() -> float:
        if state["contended"]:
            checked.add(asyncio.current_task())
            if len(checked) >= tasks_count:
                all_checked.set()
        return now[0]

    server = FakeMoneyKit()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token" and state["contended"]:
            await asyncio.wait_for(all_checked.wait(), EVENT_TIMEOUT)
        return server.handler(request)

    adapter = MoneyKitAdapter(
        MoneyKitCredentials(CLIENT_ID, CLIENT_SECRET),
        BASE,
        async_transport=httpx.MockTransport(handler),
        clock=clock,
    )
    await adapter.aget_holdings(LINK)
    now[0] = 10_000.0
    state["contended"] = True
    snapshots = await asyncio.gather(*(adapter.aget_holdings(LINK) for _ in range(tasks_count)))
    assert len(snapshots) == tasks_count and len(checked) == tasks_count
    assert server.exchanges == 2
    assert server.tokens_used()[1:] == ["access-tok-2"] * tasks_count
    await adapter.aclose()


async def test_concurrent_expired_answers_renew_the_token_once() -> None:
    """Every request gets 401 expired for the same token at once: one renewal, one retry each."""
    tasks_count = 12
    server = FakeMoneyKit()
    arrived: list[str] = []
    all_arrived = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path != "/auth/token" and request.headers["authorization"] == "Bearer access-tok-1":
            arrived.append("access-tok-1")
            if len(arrived) >= tasks_count:
                all_arrived.set()
            await asyncio.wait_for(all_arrived.wait(), EVENT_TIMEOUT)
            server.expired.add("access-tok-1")
        return server.handler(request)

    adapter = MoneyKitAdapter(
        MoneyKitCredentials(CLIENT_ID, CLIENT_SECRET), BASE, async_transport=httpx.MockTransport(handler)
    )
    results = await asyncio.gather(*(adapter.aget_holdings(LINK) for _ in range(tasks_count)))
    assert len(results) == tasks_count
    assert server.exchanges == 2  # the first token, then a single renewal for all twelve
    assert sorted(server.tokens_used()) == ["access-tok-1"] * tasks_count + ["access-tok-2"] * tasks_count
    await adapter.aclose()


def test_concurrent_expired_answers_renew_the_token_once_with_threads() -> None:
    threads_count = 6
    server = FakeMoneyKit()
    adapter = _adapter(server)
    adapter.get_holdings(LINK)
    arrived: set[int] = set()
    all_arrived = threading.Event()
    guard = threading.Lock()
    original = server.data_answer

    def data_answer(request: httpx.Request) -> httpx.Response:
        if request.headers["authorization"] == "Bearer access-tok-1" and server.exchanges == 1:
            with guard:
                arrived.add(threading.get_ident())
                if len(arrived) >= threads_count:
                    all_arrived.set()
            if not all_arrived.wait(EVENT_TIMEOUT):
                raise AssertionError("not every thread reached the server with the old token")
            server.expired.add("access-tok-1")
        return original(request)

    server.data_answer = data_answer  # type: ignore[method-assign]
    errors: list[Exception] = []

    def worker() -> None:
        try:
            adapter.get_holdings(LINK)
        except Exception as exc:
            errors.append(exc)

    workers = [threading.Thread(target=worker) for _ in range(threads_count)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(EVENT_TIMEOUT * 3)
    assert errors == [] and not any(thread.is_alive() for thread in workers)
    assert server.exchanges == 2
    assert server.tokens_used()[1:].count("access-tok-2") == threads_count


@pytest.mark.parametrize(("status", "name"), [(s, n) for s in ("400", "401") for n in TOKEN_ERRORS[s]])
def test_refused_exchange_is_an_authentication_error_and_no_data_call_is_made(status: str, name: str) -> None:
    body = TOKEN_ERRORS[status][name]
    server = FakeMoneyKit()
    server.token_error = (int(status), json.dumps(body).encode())
    with pytest.raises(AuthenticationError) as excinfo:
        _adapter(server).get_holdings(LINK)
    assert excinfo.value.status == int(status) and excinfo.value.code == body["error_code"]
    assert body["error_message"] in str(excinfo.value)
    assert server.data_requests == []


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (422, json.dumps(TOKEN_ERRORS["422"]["validation_failed"]).encode(), BadRequestError),
        (503, b"<html>maintenance</html>", ProviderUnavailableError),
        (401, b"not json", AuthenticationError),
    ],
)
def test_other_exchange_failures_are_typed(status: int, body: bytes, error: type[Exception]) -> None:
    server = FakeMoneyKit()
    server.token_error = (status, body)
    with pytest.raises(error):
        _adapter(server).get_holdings(LINK)
    assert server.data_requests == []


@pytest.mark.parametrize(
    ("answer", "path"),
    [
        ({"access_token": "t", "token_type": "bearer"}, "$.expires_in"),
        ({"access_token": "t", "token_type": "bearer", "expires_in": "soon"}, "$.expires_in"),
        ({"access_token": "t", "token_type": "mac", "expires_in": 60}, "$.token_type"),
        ({"access_token": "", "token_type": "bearer", "expires_in": 60}, "$.access_token"),
        ({"access_token": "tök", "token_type": "bearer", "expires_in": 60}, "$.access_token"),
        ({"access_token": "a b", "token_type": "bearer", "expires_in": 60}, "$.access_token"),
        ({"access_token": "short7x", "token_type": "bearer", "expires_in": 60}, "$.access_token"),
    ],
)
def test_a_token_answer_that_breaks_the_contract_names_the_path(answer: dict[str, Any], path: str) -> None:
    server = FakeMoneyKit()
    server.token_error = (201, json.dumps(answer).encode())
    with pytest.raises(ResponseContractError) as excinfo:
        _adapter(server).get_holdings(LINK)
    assert excinfo.value.path == path and excinfo.value.provider == "moneykit"


def test_the_exchange_rides_on_the_retrying_transport() -> None:
    """A 503 from /auth/token is retried like any call (then the token is issued), not an auth failure."""
    server = FakeMoneyKit()
    answers = iter([(503, b'{"error_code": "api_error.unavailable", "error_message": "busy"}')])

    def flaky_token(request: httpx.Request) -> httpx.Response:
        server.token_error = next(answers, None)
        return FakeMoneyKit.token_answer(server, request)

    server.token_answer = flaky_token  # type: ignore[method-assign]
    adapter = MoneyKitAdapter(
        MoneyKitCredentials(CLIENT_ID, CLIENT_SECRET),
        BASE,
        transport=httpx.MockTransport(server.handler),
        options=HttpOptions(retry=RetryPolicy(max_attempts=2, backoff_base=0.0)),
    )
    assert adapter.get_holdings(LINK).holdings
    assert (
        len(server.token_requests) == 2 and server.exchanges == 1 and server.tokens_used() == ["access-tok-1"]
    )


def test_secret_and_tokens_never_show() -> None:
    credentials = MoneyKitCredentials(CLIENT_ID, CLIENT_SECRET)
    server = FakeMoneyKit()
    adapter = _adapter(server)
    adapter.get_holdings(LINK)  # a token is cached now
    texts = [repr(credentials), str(credentials), repr(adapter), repr(adapter.auth), str(adapter.auth)]
    # A server that echoes the secret back in its refusal does not get it into the exception.
    echo = {"error_code": "api_error.auth.unauthorized", "error_message": f"bad secret {CLIENT_SECRET}"}
    server.token_error = (401, json.dumps(echo).encode())
    adapter.auth.invalidate()
    with pytest.raises(AuthenticationError) as excinfo:
        adapter.get_holdings(LINK)
    texts += [str(excinfo.value), repr(excinfo.value), excinfo.value.message]
    server.token_error, server.always_expired = None, True
    with pytest.raises(AuthenticationError) as expired:
        adapter.get_holdings(LINK)
    texts += [str(expired.value), repr(expired.value)]
    for text in texts:
        assert CLIENT_SECRET not in text
        assert "access-tok-1" not in text and "access-tok-2" not in text and "access-tok-3" not in text
    assert "bad secret" in excinfo.value.message  # the rest of the message survives
