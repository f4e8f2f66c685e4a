"""Config: secrets only through environment variables, every problem found before any request."""

from __future__ import annotations

from pathlib import Path

import pytest

from unifolio import ConfigurationError
from unifolio.config import load_config, parse_config

GOOD = """
[concurrency]
mesh = 2

[[connections]]
name = "alice-robinhood"
provider = "mesh"
environment = "sandbox"
broker_type = "robinhood"
client_id_env = "MESH_ID"
client_secret_env = "MESH_SECRET"
auth_token_env = "ALICE_TOKEN"
"""
ENV = {"MESH_ID": "id-123", "MESH_SECRET": "mesh-secret-value", "ALICE_TOKEN": "alice-token-value"}


def test_good_config_reads_values_from_the_environment() -> None:
    config = parse_config(GOOD, source="t.toml", environ=ENV)
    (connection,) = config.connections
    assert connection.label == "alice-robinhood" and connection.provider == "mesh"
    assert config.concurrency == {"mesh": 2}
    assert "mesh-secret-value" not in repr(connection) and "alice-token-value" not in repr(connection)


@pytest.mark.parametrize("missing", sorted(ENV))
def test_a_missing_variable_is_named(missing: str) -> None:
    environ = {k: v for k, v in ENV.items() if k != missing}
    with pytest.raises(ConfigurationError, match=f"environment variable {missing} is not set"):
        parse_config(GOOD, source="t.toml", environ=environ)


def test_secrets_written_into_the_file_are_refused() -> None:
    text = GOOD.replace('client_secret_env = "MESH_SECRET"', 'client_secret = "oops-in-the-file"')
    with pytest.raises(ConfigurationError) as excinfo:
        parse_config(text, source="t.toml", environ=ENV)
    assert "client_secret_env" in str(excinfo.value)
    assert "oops-in-the-file" not in str(excinfo.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not = [valid", "not valid TOML"),
        ("x = 1", "at least one [[connections]]"),
        ('[[connections]]\nprovider = "mesh"', "`name` is required"),
        ('[[connections]]\nname = "a"\nprovider = "nope"', "unknown provider 'nope'"),
        (GOOD + GOOD.split("[concurrency]\nmesh = 2\n")[1], "must be unique"),
        (GOOD.replace("mesh = 2", "mesh = 0"), "positive integer"),
        (GOOD.replace('environment = "sandbox"', 'environment = "staging"'), "unknown environment 'staging'"),
    ],
)
def test_configuration_errors(text: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message.replace("[", r"\[").replace("(", r"\(")):
        parse_config(text, source="t.toml", environ=ENV)


def test_http_options_per_connection() -> None:
    text = GOOD + "read_timeout = 5\ntotal_timeout = 20\nmax_attempts = 2\n"
    (connection,) = parse_config(text, source="t.toml", environ=ENV).connections
    assert (connection.options.read_timeout, connection.options.total_timeout) == (5.0, 20.0)
    assert connection.options.retry.max_attempts == 2
    with pytest.raises(ConfigurationError, match="read_timeout"):
        parse_config(GOOD + "read_timeout = -1\n", source="t.toml", environ=ENV)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot read config"):
        load_config(tmp_path / "missing.toml", environ={})
