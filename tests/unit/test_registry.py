"""The registry loads a provider's module (and its generated client) when the provider is used."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from unifolio import ConfigurationError
from unifolio.providers import PROVIDERS, get_provider

LOADED = (
    "import json, sys\n"
    "names = {names!r}\n"
    "{code}\n"
    "print(json.dumps(sorted(m for m in sys.modules if any("
    "m == f'unifolio.providers.{{n}}' or m.split('.')[0] == f'{{n}}_client' for n in names))))"
)


def _loaded_after(code: str) -> list[str]:
    script = LOADED.format(names=list(PROVIDERS), code=code)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_starting_the_cli_loads_no_provider() -> None:
    assert _loaded_after("import unifolio.cli, unifolio.aggregate, unifolio.config") == []


def test_listing_providers_loads_none_and_using_one_loads_only_that_one() -> None:
    first = next(iter(PROVIDERS))
    code = (
        "from unifolio.providers import PROVIDERS\n"
        f"assert list(PROVIDERS) and {first!r} in PROVIDERS and len(PROVIDERS) == {len(PROVIDERS)}\n"
        f"assert PROVIDERS[{first!r}].info.name == {first!r}"
    )
    loaded = _loaded_after(code)
    assert f"unifolio.providers.{first}" in loaded
    assert all(m == f"unifolio.providers.{first}" or m.startswith(f"{first}_client") for m in loaded)


def test_unknown_providers_are_refused_with_the_known_ones_named() -> None:
    with pytest.raises(KeyError):
        PROVIDERS["no-such-provider"]
    with pytest.raises(
        ConfigurationError, match="unknown provider 'no-such-provider'; known providers: "
    ) as info:
        get_provider("no-such-provider")
    assert all(name in str(info.value) for name in PROVIDERS)
