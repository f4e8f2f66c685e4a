"""Inputs are refused before any request, for every provider: ids that would change the request path,
base URLs that would send credentials in clear text or carry credentials themselves.

Driven by the registry and each provider's declared config keys (``ID``/``IDS`` kinds), so a new
provider's ids are covered by declaring them.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec_server import registry_tables, toml_connection
from unifolio import ConfigurationError, InvalidInputError
from unifolio.config import parse_config
from unifolio.providers import PROVIDERS
from unifolio.providers._base import KeyKind, check_base_url, check_id

PATH_CHANGERS = {
    ".": "dot segment",
    "..": "dot segment",
    "...": "dot segment",
    "..\uff0e": "dot segment",  # fullwidth full stop: '...' after NFKC normalisation
    "a/b": "contains '/'",
    "..%2f..": "contains '%'",
    "%2e%2e": "contains '%'",
    "a\\b": "contains '\\\\'",
    "a?b=1": "contains '?'",
    "a#frag": "contains '#'",
    "a;jsessionid=1": "contains ';'",
    "\uff0fadmin": "contains '/'",  # fullwidth solidus: '/' after NFKC normalisation
    "a\r\nb": "control, whitespace or invisible formatting character (U+000D)",
    "a\x00b": "control, whitespace or invisible formatting character (U+0000)",
    "\u202eabc": "control, whitespace or invisible formatting character (U+202E)",
    "a\tb": "control, whitespace or invisible formatting character (U+0009)",
    " abc": "leading or trailing whitespace",
    "   ": "is blank",
    "": "is empty",
}


@pytest.mark.parametrize(("value", "reason"), PATH_CHANGERS.items(), ids=[repr(v) for v in PATH_CHANGERS])
def test_the_shared_id_validator_names_the_reason(value: str, reason: str) -> None:
    with pytest.raises(InvalidInputError) as excinfo:
        check_id(value, "x: some_id")
    assert reason in str(excinfo.value)


@pytest.mark.parametrize(
    "value", ["d59c4577-d450-2cbb-43c9-ef06e40f1fde", "mk_eqkWN34UEoa2NxyALG8pcV", "acc 1 ü", "a.b"]
)
def test_ordinary_ids_pass(value: str) -> None:
    assert check_id(value, "x") == value


def _id_keys() -> list[tuple[str, str, KeyKind]]:
    return [
        (name, key.name, key.kind)
        for name, provider in PROVIDERS.items()
        for key in provider.config_keys
        if key.kind in (KeyKind.ID, KeyKind.IDS)
    ]


def test_every_provider_declares_its_ids() -> None:
    assert {name for name, _, _ in _id_keys()} == set(PROVIDERS)


def _config_with(provider: str, key: str, value: Any) -> str:
    tables = registry_tables(dict.fromkeys(PROVIDERS, "http://127.0.0.1:1"), lambda p, k: "SOME_VARIABLE")
    return toml_connection({**tables[provider], key: value})


@pytest.mark.parametrize(("provider", "key", "kind"), _id_keys())
@pytest.mark.parametrize("value", ["..", "a/b", "%2e%2e", "\uff0fx", "  "])
def test_every_configured_id_is_checked_before_any_request(
    provider: str, key: str, kind: KeyKind, value: str
) -> None:
    text = _config_with(provider, key, [value] if kind is KeyKind.IDS else value)
    with pytest.raises(ConfigurationError) as excinfo:
        parse_config(text, source="t", environ={"SOME_VARIABLE": "a-long-enough-value"})
    assert f"`{key}`" in str(excinfo.value)
    assert "would change the request path" in str(excinfo.value) or "blank" in str(excinfo.value)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://api.example.com", "would send credentials in clear text"),
        ("http://10.0.0.1:4010", "would send credentials in clear text"),
        ("http://127.0.0.1.nip.io", "would send credentials in clear text"),
        ("http://[::2]:80", "would send credentials in clear text"),
        ("https://user:pw@api.example.com", "carries credentials"),
        ("https://token@api.example.com", "carries credentials"),
        ("https://api.example.com/\r\nHost: evil", "whitespace or control characters"),
        ("https://api.example.com/ x", "whitespace or control characters"),
        ("https://api.example.com\\@evil.test", "backslash"),
        ("https://api.example.com/?key=1", "query or fragment"),
        ("ftp://api.example.com", "must start with https://"),
    ],
)
def test_base_url_rules(url: str, reason: str) -> None:
    with pytest.raises(ConfigurationError) as excinfo:
        check_base_url(url, "x")
    assert reason in str(excinfo.value)
    assert "pw@" not in str(excinfo.value) and "token@" not in str(excinfo.value)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010", "http://127.200.0.9", "http://[::1]", "http://localhost:9"]
)
def test_loopback_may_be_plain_http(url: str) -> None:
    assert check_base_url(url + "/", "x") == url


@pytest.mark.parametrize("name", PROVIDERS)
def test_connections_built_in_python_refuse_clear_text_too(name: str) -> None:
    with pytest.raises(ConfigurationError, match="would send credentials in clear text"):
        PROVIDERS[name].mock_connections("http://mock.example.com:4010")
    assert PROVIDERS[name].mock_connections("http://127.0.0.1:4010")
