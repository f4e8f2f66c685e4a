from __future__ import annotations

import datetime
import pickle

import httpx
import pytest

from unifolio import RateLimitedError, ResponseContractError, Secret
from unifolio._auth import StaticHeaderAuth
from unifolio._exceptions import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    ProviderUnavailableError,
    format_json_path,
)
from unifolio._http import error_for_status, raise_for_status, retry_after_seconds


def test_secret_never_shows_its_value() -> None:
    secret = Secret("s3cr3t-value")
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!r}", f"{secret}", repr([secret])):
        assert "s3cr3t" not in text
    assert secret.reveal() == "s3cr3t-value"
    assert secret == Secret("s3cr3t-value") and secret != Secret("other")
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    with pytest.raises(AttributeError):
        secret._value = "x"  # type: ignore[misc]


def test_static_header_auth_sends_values_but_repr_does_not() -> None:
    auth = StaticHeaderAuth({"X-Client-Secret": Secret("top-secret")})
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        return httpx.Response(200)

    httpx.Client(transport=httpx.MockTransport(handler), auth=auth).get("https://example.test/")
    assert seen["x-client-secret"] == "top-secret"
    assert "top-secret" not in repr(auth)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitedError),
        (500, ProviderUnavailableError),
        (503, ProviderUnavailableError),
        (520, ProviderUnavailableError),
        (418, ProviderError),
    ],
)
def test_status_classes(status: int, cls: type[ProviderError]) -> None:
    assert error_for_status(status) is cls


def test_retry_after_seconds_and_http_date() -> None:
    now = datetime.datetime(2026, 11, 21, 12, 0, 0, tzinfo=datetime.UTC)
    assert retry_after_seconds({"retry-after": "7"}) == 7.0
    assert retry_after_seconds({"retry-after": "Sat, 21 Nov 2026 12:00:30 GMT"}, now=now) == 30.0
    assert retry_after_seconds({"retry-after": "soon"}) is None
    assert retry_after_seconds({}) is None


def test_rate_limited_error_carries_retry_after_and_context() -> None:
    with pytest.raises(RateLimitedError) as excinfo:
        raise_for_status(
            "mesh", 429, httpx.Headers({"Retry-After": "12"}), message="slow down", code="tooManyRequest"
        )
    error = excinfo.value
    assert (error.retry_after, error.status, error.code, error.provider, error.retryable) == (
        12.0,
        429,
        "tooManyRequest",
        "mesh",
        True,
    )
    assert str(error) == "mesh: slow down (HTTP 429, code tooManyRequest)"


def test_contract_error_names_provider_and_json_path() -> None:
    error = ResponseContractError.at("mesh", ("content", "equityPositions", 3, "amount"), "expected a number")
    assert error.path == "$.content.equityPositions[3].amount"
    assert str(error) == "mesh: $.content.equityPositions[3].amount: expected a number"
    assert format_json_path(["a b", 0]) == "$['a b'][0]"
