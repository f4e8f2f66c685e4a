"""The one redaction mechanism (unifolio._redact): every form of a secret, short values, exception chains."""

from __future__ import annotations

import base64
import html
import json
import pickle
import traceback
from urllib.parse import quote, quote_plus

import h11
import httpx
import pytest

from unifolio import (
    AuthenticationError,
    ConfigurationError,
    InvalidInputError,
    RateLimitedError,
    ResponseContractError,
    Secret,
)
from unifolio._redact import MASK, Redactor, WithheldError
from unifolio._secrets import credential_problem
from unifolio.providers._base import GeneratedClientAdapter

SECRET = 'sk-7f3a9c+/="<&\\ü'


@pytest.mark.parametrize(
    "form",
    [
        SECRET,
        json.dumps(SECRET)[1:-1],  # echoed inside a JSON body
        json.dumps(SECRET, ensure_ascii=False)[1:-1],
        quote(SECRET, safe=""),  # a query string or form body
        quote(SECRET, safe="").lower(),  # some servers lowercase the hex
        quote_plus(SECRET),
        html.escape(SECRET),  # an HTML error page
        repr(SECRET.encode())[2:-1],  # h11: Illegal header value b'...'
    ],
)
def test_every_form_a_secret_travels_in_is_masked(form: str) -> None:
    redactor = Redactor(Secret(SECRET))
    assert redactor.scrub(f"gateway said: <{form}> end") == f"gateway said: <{MASK}> end"
    assert redactor.reveals(form)


def test_basic_credentials_are_masked_when_registered_as_what_travels() -> None:
    basic = base64.b64encode(b"client-id-123:client-secret-456").decode()
    redactor = Redactor("client-id-123", "client-secret-456", Secret(basic))
    text = f"echo: Authorization: Basic {basic}; id client-id-123"
    assert redactor.scrub(text) == f"echo: Authorization: Basic {MASK}; id {MASK}"


def test_tokens_learned_later_are_masked_from_then_on() -> None:
    redactor = Redactor()
    assert redactor.scrub("Bearer issued-token-1") == "Bearer issued-token-1"
    redactor.add("issued-token-1")
    assert redactor.scrub("Bearer issued-token-1") == f"Bearer {MASK}"
    combined = Redactor()
    combined.include(redactor)
    assert combined.scrub("x issued-token-1 y") == f"x {MASK} y"


def test_short_values_never_mangle_unrelated_text() -> None:
    """1-2 characters: never masked. 3-7: only as whole tokens. 8+: anywhere, even inside a word."""
    text = "a holding of 42 ab in account abc-1 (abcdef, xabcdefghx)"
    assert Redactor("a", "42", "ab").scrub(text) == text
    assert Redactor("abc").scrub("abc x-abc abcd [abc]") == f"{MASK} x-abc abcd [{MASK}]"
    assert Redactor("abcdefgh").scrub(text) == f"a holding of 42 ab in account abc-1 (abcdef, x{MASK}x)"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("secret-value\n", "leading or trailing whitespace (a newline from a .env or secret file?)"),
        (" secret-value", "leading or trailing whitespace"),
        ("secret\x00value", "control character"),
        ("secret value", "whitespace"),
        ("sécret-value", "non-ASCII"),
        ("s3cr3tx", "shorter than 8 characters"),
        ("", "is empty"),
    ],
)
def test_credentials_are_checked_without_naming_the_value(value: str, problem: str) -> None:
    found = credential_problem(value)
    assert found is not None and problem in found
    assert value.strip() not in found or not value.strip()


def test_credential_fields_in_python_are_checked_up_front() -> None:
    from unifolio.providers.mesh import MeshAdapter, MeshCredentials

    with pytest.raises(ConfigurationError) as excinfo:
        MeshCredentials("client-id-123", "secret-value-9\n")
    assert str(excinfo.value) == (
        "MeshCredentials.client_secret has leading or trailing whitespace (a newline from a .env or secret "
        "file?)"
    )
    adapter = MeshAdapter(MeshCredentials("client-id-123", "secret-value-9"), "https://mesh.test")
    with pytest.raises(InvalidInputError, match="auth_token has leading or trailing whitespace") as caught:
        adapter.get_holdings("user-token-77\n", "robinhood")
    assert "user-token-77" not in str(caught.value)


def _h11_error(value: str) -> h11.LocalProtocolError:
    connection = h11.Connection(h11.CLIENT)
    try:
        connection.send(h11.Request(method="GET", target="/", headers=[("Host", "x"), ("X-Key", value)]))
    except h11.LocalProtocolError as exc:
        return exc
    raise AssertionError("h11 accepted an illegal header value")


def test_exception_chains_are_scrubbed_in_place() -> None:
    """What httpx raises for a header with a newline quotes the value; nothing of it may survive."""
    redactor = Redactor("header-secret-1")
    inner = _h11_error("header-secret-1\n")
    assert "header-secret-1" in str(inner)  # the defect the redaction exists for
    try:
        try:
            raise inner
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from exc
    except httpx.LocalProtocolError as exc:
        outer = exc
    outer.add_note("while sending header-secret-1")
    cleaned = redactor.scrub_exception(outer)
    assert cleaned is outer
    text = "".join(traceback.format_exception(cleaned)) + repr(cleaned.args) + repr(inner.args)
    assert "header-secret-1" not in text and MASK in text


class _Payload:
    def __init__(self, value: str) -> None:
        self.value = value


class _Stubborn(Exception):
    """A foreign exception whose text comes from an object redaction cannot rewrite."""

    def __init__(self, payload: _Payload) -> None:
        super().__init__("failed")
        self.payload = payload

    def __str__(self) -> str:
        return f"failed with {self.payload.value}"


def test_an_exception_that_cannot_be_rewritten_is_withheld() -> None:
    redactor = Redactor("stubborn-secret-1")
    original = _Stubborn(_Payload("stubborn-secret-1"))
    wrapper = RuntimeError("could not send")
    wrapper.__cause__ = original
    cleaned = redactor.scrub_exception(wrapper)
    assert cleaned is wrapper and isinstance(wrapper.__cause__, WithheldError)
    assert "_Stubborn" in str(wrapper.__cause__)
    assert "stubborn-secret" not in "".join(traceback.format_exception(wrapper))
    stand_in = redactor.scrub_exception(original)
    assert isinstance(stand_in, WithheldError) and stand_in.__context__ is None


def test_exception_groups_are_scrubbed() -> None:
    redactor = Redactor("group-secret-1")
    group = ExceptionGroup("two failures", [ValueError("bad group-secret-1"), KeyError("group-secret-1")])
    redactor.scrub_exception(group)
    assert "group-secret-1" not in "".join(traceback.format_exception(group))


class _EchoAdapter(GeneratedClientAdapter):  # type: ignore[type-arg]
    """A would-be provider: only subclassing, no redaction code of its own."""

    def fail(self, text: str) -> None:
        raise ValueError(f"provider said: {text}")

    async def afail(self, text: str) -> None:
        raise ValueError(f"provider said: {text}")


async def test_every_public_adapter_method_is_scrubbed_without_the_adapter_asking() -> None:
    adapter = object.__new__(_EchoAdapter)
    adapter.redactor = Redactor("method-secret-1")
    with pytest.raises(ValueError, match=r"provider said: \*{10}$"):
        adapter.fail("method-secret-1")
    with pytest.raises(ValueError, match=r"provider said: \*{10}$"):
        await adapter.afail("method-secret-1")


def test_a_redactor_is_not_picklable_and_shows_no_value() -> None:
    redactor = Redactor("repr-secret-1")
    assert "repr-secret" not in repr(redactor)
    with pytest.raises(TypeError):
        pickle.dumps(redactor)


def test_an_error_that_still_shows_a_secret_keeps_its_type_and_withholds_its_text() -> None:
    # A value made of the mask's own character re-appears next to the mask after scrubbing: the text
    # cannot be trusted, but the caller must still get the typed error (status, retryability), never a
    # foreign exception that the aggregator would count as a bug in unifolio.
    secret = "x" + "*" * 7
    redactor = Redactor(secret)
    exc = RateLimitedError(f"x{secret} echoed", provider="demo", status=429, code="x" + secret, retry_after=3)
    cleaned = redactor.scrub_exception(exc)
    assert type(cleaned) is RateLimitedError
    assert (cleaned.status, cleaned.provider, cleaned.retry_after, cleaned.code) == (429, "demo", 3, None)
    assert cleaned.retryable and "text withheld" in str(cleaned) and not redactor.reveals(str(cleaned))
    contract = redactor.scrub_exception(ResponseContractError(f"x{secret}", path="$.a", provider="demo"))
    assert type(contract) is ResponseContractError and contract.path == "$.a"
    assert str(contract) == "demo: $.a: (text withheld: it showed a credential)"


def test_an_end_users_token_is_scrubbed_during_its_call_and_forgotten_after_it() -> None:
    """One adapter serves many users: each call's token is masked in what that call raises, and the
    adapter keeps none of them (its redactor would otherwise grow with every user it ever served)."""
    from unifolio.providers.mesh import MeshAdapter, MeshCredentials

    def echo(request: httpx.Request) -> httpx.Response:
        token = json.loads(request.content)["authToken"]
        return httpx.Response(401, json={"status": "unauthorized", "message": f"token {token} expired"})

    adapter = MeshAdapter(
        MeshCredentials("app-client-id", "app-client-secret"),
        "https://mesh.test",
        transport=httpx.MockTransport(echo),
    )
    tokens = [f"user-token-{i:04d}" for i in range(50)]
    for token in tokens:
        with pytest.raises(AuthenticationError) as raised:
            adapter.get_holdings(token, "robinhood")
        assert str(raised.value).startswith(f"mesh: token {MASK} expired"), str(raised.value)
    adapter.close()
    assert not any(adapter.redactor.reveals(token) for token in tokens)
    assert adapter.redactor.reveals("app-client-secret")
    assert repr(adapter.redactor) == repr(Redactor("app-client-id", "app-client-secret"))


def test_a_secret_that_is_the_withheld_notice_itself_still_gives_the_typed_error() -> None:
    # Hypothesis feeds string literals of the code under test into generated tokens: a token equal to
    # the notice that replaces a withheld text must not turn the typed error into a foreign one.
    notice = "(text withheld: it showed a credential)"
    redactor = Redactor(notice)
    cleaned = redactor.scrub_exception(RateLimitedError(notice, provider="demo", status=429, retry_after=1))
    assert type(cleaned) is RateLimitedError and cleaned.retry_after == 1
    assert str(cleaned) == f"demo: {MASK} (HTTP 429)" and not redactor.reveals(repr(cleaned))


def test_the_http_libraries_log_lines_are_scrubbed_of_live_secrets(caplog: pytest.LogCaptureFixture) -> None:
    """httpx logs each request line, query included: a credential sent in a query must not reach logs."""
    import gc
    import logging

    import httpx

    from unifolio._redact import scrub_http_logs

    secret = 'user-secret+/=%"<&\\'
    redactor = Redactor(secret)
    scrub_http_logs(redactor)
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with caplog.at_level(logging.DEBUG), httpx.Client(transport=transport) as client:
        client.get("https://provider.test/accounts", params={"userSecret": secret, "userId": "alice"})
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines and "userId=alice" in lines[0] and "userSecret=**********" in lines[0]
    assert not any(redactor.reveals(r.getMessage()) for r in caplog.records)
    caplog.clear()
    del redactor
    gc.collect()  # a redactor nobody holds any more is not consulted
    with caplog.at_level(logging.INFO), httpx.Client(transport=transport) as client:
        client.get("https://provider.test/accounts", params={"userSecret": secret})
    assert "user-secret%2B" in caplog.records[0].getMessage()


def test_a_token_known_for_one_call_is_scrubbed_from_the_log_lines_of_that_call(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    from unifolio._redact import call_scope, scrub_http_logs

    adapter_redactor = Redactor("app-client-secret")
    scrub_http_logs(adapter_redactor)
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with caplog.at_level(logging.INFO), httpx.Client(transport=transport) as client:
        with call_scope():
            adapter_redactor.add_for_call("user-secret-of-one-call")
            client.get("https://provider.test/a", params={"userSecret": "user-secret-of-one-call"})
        client.get("https://provider.test/b", params={"userSecret": "user-secret-of-one-call"})
    during, after = (r.getMessage() for r in caplog.records if r.name == "httpx")
    assert "userSecret=**********" in during and "user-secret-of-one-call" not in during
    assert "user-secret-of-one-call" in after  # forgotten with its call: the adapter keeps no user's token


def test_an_http_log_record_with_a_traceback_is_scrubbed_too(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from unifolio._redact import scrub_http_logs

    secret = "user-secret-in-a-traceback"
    redactor = Redactor(secret)
    scrub_http_logs(redactor)
    try:
        raise ValueError(f"query was ?userSecret={secret}")  # the traceback's source line names no value
    except ValueError:
        with caplog.at_level(logging.INFO):
            logging.getLogger("httpx").exception("request failed")
    text = caplog.text + "".join(
        logging.Formatter().formatException(r.exc_info) for r in caplog.records if r.exc_info
    )
    assert "request failed" in caplog.text and "userSecret=**********" in caplog.text
    assert secret not in text
