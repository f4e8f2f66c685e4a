"""Config: strict, secrets only through environment variables, every problem one line before any request.

The table of bad configs runs the real command (``unifolio.cli.main``, in-process) and checks the exact
line it prints and its exit status.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from unifolio import ConfigurationError
from unifolio.cli import main
from unifolio.config import load_config, parse_config
from unifolio.providers import PROVIDERS
from unifolio.providers._base import COMMON_KEYS, KeyKind

GOOD = """
[concurrency]
mesh = 2

[[connections]]
name = "alice"
provider = "mesh"
environment = "sandbox"
broker_type = "robinhood"
client_id_env = "MESH_ID"
client_secret_env = "MESH_SECRET"
auth_token_env = "ALICE_TOKEN"
"""
ENV = {"MESH_ID": "mesh-id-123", "MESH_SECRET": "mesh-secret-value", "ALICE_TOKEN": "alice-token-value"}
C = "connection 'alice'"


def test_good_config_reads_values_from_the_environment() -> None:
    config = parse_config(GOOD, source="t.toml", environ=ENV)
    (connection,) = config.connections
    assert connection.label == "alice" and connection.provider == "mesh"
    assert config.concurrency == {"mesh": 2}
    assert "mesh-secret-value" not in repr(connection) and "alice-token-value" not in repr(connection)


def _with(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


def _second(name: str) -> str:
    return GOOD + GOOD.split("[concurrency]\nmesh = 2\n")[1].replace('name = "alice"', f"name = {name}")


BAD: list[tuple[str, str | bytes, dict[str, str], str]] = [
    # --- structure, with suggestions
    (
        "typo",
        _with("environment =", "enviroment ="),
        ENV,
        f"{C}: unknown key `enviroment`; did you mean `environment`?",
    ),
    (
        "unknown table",
        GOOD.replace("[concurrency]", "[concurency]"),
        ENV,
        "unknown top-level key or table `concurency`; did you mean `concurrency`? "
        "(a config has [[connections]] tables and an optional [concurrency] table)",
    ),
    ("no connections", "[concurrency]\nmesh = 2\n", ENV, "needs at least one [[connections]] table"),
    (
        "single brackets",
        '[connections]\nname = "alice"\n',
        ENV,
        "write each connection as a [[connections]] table (double brackets)",
    ),
    (
        "unknown provider",
        _with('provider = "mesh"', 'provider = "mesj"'),
        ENV,
        f"{C}: unknown provider 'mesj'; did you mean `mesh`? "
        f"(known providers: {', '.join(sorted(PROVIDERS))})",
    ),
    (
        "missing key",
        _with('broker_type = "robinhood"\n', ""),
        ENV,
        f"{C}: missing required key `broker_type`",
    ),
    (
        "inline secret",
        _with('client_secret_env = "MESH_SECRET"', 'client_secret = "oops-in-the-file"'),
        ENV,
        f"{C}: `client_secret` is a credential, which is never written in the config: name the "
        'environment variable that holds it with `client_secret_env = "VARIABLE_NAME"`',
    ),
    (
        "variable name",
        _with('"MESH_SECRET"', '"MESH SECRET"'),
        ENV,
        f"{C}: `client_secret_env` must name an environment variable (letters, digits and _), "
        'e.g. "MESH_CLIENT_SECRET"',
    ),
    # --- types and ranges
    (
        "nan",
        GOOD + "total_timeout = nan\n",
        ENV,
        f"{C}: `total_timeout` must be a number of seconds above 0 and at most 3600, got nan",
    ),
    (
        "inf",
        GOOD + "read_timeout = inf\n",
        ENV,
        f"{C}: `read_timeout` must be a number of seconds above 0 and at most 3600, got inf",
    ),
    (
        "string timeout",
        GOOD + 'connect_timeout = "5"\n',
        ENV,
        f"{C}: `connect_timeout` must be a number of seconds, got a string",
    ),
    (
        "bool attempts",
        GOOD + "max_attempts = true\n",
        ENV,
        f"{C}: `max_attempts` must be an integer, got a boolean",
    ),
    ("zero attempts", GOOD + "max_attempts = 0\n", ENV, f"{C}: `max_attempts` must be from 1 to 10, got 0"),
    (
        "huge concurrency",
        _with("mesh = 2", "mesh = 100000000000000000000"),
        ENV,
        "[concurrency]: mesh must be an integer from 1 to 256, got 100000000000000000000",
    ),
    (
        "zero concurrency",
        _with("mesh = 2", "mesh = 0"),
        ENV,
        "[concurrency]: mesh must be an integer from 1 to 256, got 0",
    ),
    (
        "concurrency typo",
        _with("mesh = 2", "mehs = 2"),
        ENV,
        "[concurrency]: unknown provider 'mehs'; did you mean `mesh`?",
    ),
    ("blank id", _with('"robinhood"', '"   "'), ENV, f"{C}: `broker_type` is blank"),
    (
        "dot id",
        _with('"robinhood"', '".."'),
        ENV,
        f"{C}: `broker_type` is a dot segment, which would change the request path",
    ),
    (
        "slash id",
        _with('"robinhood"', '"rh/../admin"'),
        ENV,
        f"{C}: `broker_type` contains '/', which would change the request path",
    ),
    (
        "control in id",
        _with('"robinhood"', '"robin\\u001b[2Jhood"'),
        ENV,
        f"{C}: `broker_type` contains a control, whitespace or invisible formatting character (U+001B)",
    ),
    (
        "name with spaces",
        _with('name = "alice"', 'name = "alice "'),
        ENV,
        "connections[0]: `name` has leading or trailing whitespace",
    ),
    ("blank name", _with('name = "alice"', 'name = " "'), ENV, "connections[0]: `name` is blank"),
    # --- environments: clear text, credentials in URLs, CR/LF
    (
        "clear text",
        _with('"sandbox"', '"http://10.0.0.5:8080"'),
        ENV,
        f"{C}: `environment` http://10.0.0.5 would send credentials in clear text; use https:// "
        "(plain http:// is only allowed to loopback: 127.0.0.0/8, ::1, localhost)",
    ),
    (
        "clear text by name",
        _with('"sandbox"', '"http://localhost.evil.test"'),
        ENV,
        f"{C}: `environment` http://localhost.evil.test would send credentials in clear text; use https:// "
        "(plain http:// is only allowed to loopback: 127.0.0.0/8, ::1, localhost)",
    ),
    (
        "userinfo",
        _with('"sandbox"', '"https://user:hunter2-pass@api.example.com"'),
        ENV,
        f"{C}: `environment` the base URL carries credentials (user:password@host); refused: credentials "
        "go in their own settings, never in a URL",
    ),
    (
        "CR/LF",
        _with('"sandbox"', '"https://api.example.com\\r\\nX-Injected: 1"'),
        ENV,
        f"{C}: `environment` the base URL contains whitespace or control characters (CR/LF?); refused",
    ),
    (
        "environment typo",
        _with('"sandbox"', '"sandbx"'),
        ENV,
        f"{C}: `environment` unknown environment 'sandbx'; did you mean `sandbox`? "
        "(use one of production, sandbox or an https:// base URL)",
    ),
    # --- names that read the same
    (
        "case",
        _second('"ALICE"'),
        ENV,
        "connection names must be unique: 'alice' and 'ALICE' are names that differ only by case "
        "or Unicode form",
    ),
    (
        "NFKC",
        _second('"\\uff41lice"'),
        ENV,
        "connection names must be unique: 'alice' and '\uff41lice' are names that differ only by case "
        "or Unicode form",
    ),
    (
        "same",
        _second('"alice"'),
        ENV,
        "connection names must be unique: 'alice' and 'alice' are the same name",
    ),
    # --- environment variables: all problems at once, never a value
    (
        "all missing",
        GOOD,
        {},
        f"environment variables are not set: MESH_ID ({C} `client_id_env`), "
        f"MESH_SECRET ({C} `client_secret_env`), ALICE_TOKEN ({C} `auth_token_env`)",
    ),
    (
        "newline in a secret",
        GOOD,
        {**ENV, "MESH_SECRET": "mesh-secret-value\n"},
        f"environment variable MESH_SECRET ({C} `client_secret_env`) has leading or trailing whitespace "
        "(a newline from a .env or secret file?)",
    ),
    (
        "short secret and a missing one",
        GOOD,
        {"MESH_ID": "mesh-id-123", "MESH_SECRET": "q7"},
        f"environment variable ALICE_TOKEN is not set ({C} `auth_token_env`); environment variable "
        f"MESH_SECRET ({C} `client_secret_env`) is shorter than 8 characters, "
        "too short to be a real credential",
    ),
    # --- files that are not TOML text
    (
        "binary",
        b"\x7fELF\x02\x01\x01\x00\x00\x00",
        ENV,
        "contains NUL bytes (a binary or UTF-16 file?); save it as UTF-8 TOML",
    ),
    ("UTF-16", GOOD.encode("utf-16"), ENV, "is UTF-16 or UTF-32 text; save it as UTF-8"),
    (
        "UTF-16 without BOM",
        GOOD.encode("utf-16-le"),
        ENV,
        "contains NUL bytes (a binary or UTF-16 file?); save it as UTF-8 TOML",
    ),
    (
        "latin-1",
        GOOD.encode() + b"# caf\xe9\n",
        ENV,
        f"is not UTF-8 text (invalid byte at offset {len(GOOD.encode()) + 5})",
    ),
    ("nested", "x = " + "[" * 5000 + "]" * 5000, ENV, "nested too deeply to be a unifolio config"),
    ("too large", b"# " + b"x" * (1024 * 1024), ENV, "larger than 1024 KiB, not a unifolio config"),
    (
        "invalid TOML",
        "not = [valid",
        ENV,
        "not valid TOML: Invalid value (at line 1, column 8)",
    ),
]


@pytest.mark.parametrize(("case", "content", "env", "message"), BAD, ids=[case[0] for case in BAD])
def test_bad_config_is_one_line_and_exit_2(
    case: str,
    content: str | bytes,
    env: dict[str, str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "unifolio.toml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    for variable in (*ENV, "ALICE_TOKEN"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    status = main(["portfolio", "--config", str(path)])
    captured = capsys.readouterr()
    assert (status, captured.out) == (2, "")
    assert captured.err == f"error: {path}: {message}\n"
    for value in env.values():
        assert value.strip() not in captured.err
    assert "oops-in-the-file" not in captured.err and "hunter2" not in captured.err


def test_invalid_toml_is_reported_as_such() -> None:
    with pytest.raises(ConfigurationError, match="not valid TOML"):
        parse_config("not = [valid", source="t.toml", environ=ENV)


def test_http_options_per_connection() -> None:
    text = GOOD + "read_timeout = 5\ntotal_timeout = 20.5\nmax_attempts = 2\n"
    (connection,) = parse_config(text, source="t.toml", environ=ENV).connections
    assert (connection.options.read_timeout, connection.options.total_timeout) == (5.0, 20.5)
    assert connection.options.retry.max_attempts == 2


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010", "http://127.9.9.9", "http://[::1]:80", "http://LOCALHOST:1"]
)
def test_clear_text_is_allowed_to_loopback_only(url: str) -> None:
    (connection,) = parse_config(_with('"sandbox"', f'"{url}"'), source="t", environ=ENV).connections
    assert connection.environment == url


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot read config"):
        load_config(tmp_path / "missing.toml", environ={})


def test_every_provider_declares_its_keys_and_a_mock_table() -> None:
    """Shared code reads keys only from the declarations: each must be complete and unambiguous."""
    common = {key.config_name for key in COMMON_KEYS}
    for name, provider in PROVIDERS.items():
        names = [key.config_name for key in provider.config_keys]
        assert len(set(names)) == len(names) and not common & set(names), name
        assert all(key.help for key in provider.config_keys), name
        for key in provider.config_keys:
            if key.required and key.kind is not KeyKind.SECRET:
                assert key.name in provider.mock_config, f"{name}: mock_config lacks {key.name}"
        assert set(provider.mock_config) <= {
            k.name for k in provider.config_keys if k.kind is not KeyKind.SECRET
        }
