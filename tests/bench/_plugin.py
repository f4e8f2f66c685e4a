"""What a provider's bench plug-in (``tests/bench/providers/<name>.py``) provides, and shared helpers.

``scripts/bench.py`` takes the providers from the registry (``unifolio.providers.PROVIDERS``) and
imports ``tests.bench.providers.<name>`` for each; a registered provider without a plug-in stops the
bench with a message naming the file to write. A plug-in module defines:

``payload(n: int) -> bytes`` (required)
    A success answer of the provider's main read with ``n`` positions, built deterministically from
    the named examples of its spec (``specs/<name>.yaml``) with the helpers below: the examples'
    records cycled, identifiers and amounts varied, amounts exact (``dumps`` writes Decimals as they
    are). The same ``n`` always gives the same bytes.
``snapshot(body: bytes) -> Snapshot`` (required)
    The full path, bytes to the common model, through the adapter's own public code: the
    ``<operation>_from_response`` function its methods call once the HTTP answer is in (generated
    parser, error mapping, the mapping onto the common model, the collector pause). Not private
    helpers: they would let the bench drift from what users run.
``through_adapter(body: bytes) -> Snapshot`` (required)
    The same answer through the adapter's public method over ``httpx.MockTransport`` (request, auth,
    resilient transport included); the bench checks that both give the same ``Snapshot``.
``generated(body: bytes) -> object`` (optional)
    The generated client's parse alone (``<Root>.from_dict(decode_json(body))``): shows how much of
    the full path is the generated layer.
``PYDANTIC_ROOT: str`` (required)
    The spec's schema name of the success answer: the bench generates pydantic v2 models from the spec
    with datamodel-codegen and times ``<PYDANTIC_ROOT>.model_validate_json(body)`` next to the full path.
``FANOUT: Fanout`` (optional)
    What B2 needs to fan out over this provider's connections against a slow local server.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, TypeVar

import httpx
import yaml

from tests.conftest import as_wire_bytes
from unifolio._clients import HttpOptions
from unifolio.models import Snapshot
from unifolio.providers import SharedAdapters
from unifolio.providers._shared import adapter_for

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
REQUIRED = ("payload", "snapshot", "through_adapter", "PYDANTIC_ROOT")


@dataclass(frozen=True)
class Fanout:
    """B2 for one provider: ``answers`` are served by a local server that waits before each answer;
    ``connections(base_url, n)`` are real connections whose ``fetch`` makes ``steps`` sequential rounds
    of requests (Mesh: holdings, then balance and value at once: 2); ``one_call(base_url, n)`` are
    connections that make one request each, through the same shared adapters. ``setup_steps``: rounds
    of requests an adapter makes once before its first call (MoneyKit's token exchange: 1)."""

    answers: Callable[[], Mapping[str, bytes]]
    """URL path -> success answer body."""
    connections: Callable[[str, int], Sequence[Any]]
    steps: int
    one_call: Callable[[str, int], Sequence[Any]]
    setup_steps: int = 0


A = TypeVar("A")


class Served(Generic[A]):
    """One adapter (built on first use, then reused) over ``httpx.MockTransport`` that answers every
    request with the body last passed in, except the paths in ``fixed`` (e.g. a token exchange):
    ``through_adapter`` runs the adapter's public method on it."""

    def __init__(
        self, make: Callable[[httpx.MockTransport], A], fixed: Mapping[str, bytes] | None = None
    ) -> None:
        self._make, self._fixed = make, dict(fixed or {})
        self._body = b""
        self._adapter: A | None = None

    def _answer(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=self._fixed.get(request.url.path, self._body))

    def __call__(self, body: bytes) -> A:
        self._body = body
        if self._adapter is None:
            self._adapter = self._make(httpx.MockTransport(self._answer))
        return self._adapter


@dataclass(frozen=True)
class OneCall:
    """A connection that makes one call through its (shared) adapter, for B2's "one call per connection"."""

    label: str
    provider: str
    base_url: str
    adapter_class: Callable[..., Any]
    credentials: object
    call: Callable[[Any], Awaitable[Snapshot]]

    async def fetch(self, shared: SharedAdapters | None = None) -> Snapshot:
        async with adapter_for(
            shared, self.adapter_class, self.credentials, self.base_url, HttpOptions()
        ) as a:
            return await self.call(a)


# --- payload helpers ------------------------------------------------------------------------------


class _DecimalLoader(yaml.SafeLoader):
    """YAML floats as Decimal, so the examples' 18-decimal amounts stay exact."""


def _yaml_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    return Decimal(str(loader.construct_scalar(node)).replace("_", ""))  # type: ignore[arg-type]


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _yaml_decimal)


def load_spec(provider: str) -> dict[str, Any]:
    with (SPECS / f"{provider}.yaml").open() as f:
        spec: dict[str, Any] = yaml.load(f, Loader=_DecimalLoader)
    return spec


def examples(spec: Mapping[str, Any], path: str, method: str, status: str = "200") -> list[Any]:
    """The named examples of one answer, deep-copied (callers may change them)."""
    content = spec["paths"][path][method]["responses"][status]["content"]["application/json"]
    return [copy.deepcopy(example["value"]) for example in content["examples"].values()]


FACTORS = tuple(Decimal(f) for f in ("1", "2", "0.5", "3", "1.25", "7", "0.1", "11", "2.75", "0.04"))
"""Amounts are the examples' amounts times one of these (cycled), so the figures vary but stay exact."""


def dumps(document: object) -> bytes:
    """Compact JSON; a Decimal becomes a bare JSON number written exactly (no float round trip)."""
    return as_wire_bytes(document)


def scaled(value: object, factor: Decimal, *, as_string: bool) -> object:
    if value is None or isinstance(value, bool):
        return value
    if not isinstance(value, int | Decimal | str):
        raise TypeError(f"not an amount: {value!r}")
    amount = Decimal(value) * factor
    return str(amount) if as_string else amount


def vary(record: Mapping[str, Any], keys: Sequence[str], i: int, *, as_string: bool) -> dict[str, Any]:
    """A shallow copy of ``record`` with the amounts under ``keys`` scaled by the ``i``-th factor."""
    varied = dict(record)
    factor = FACTORS[i % len(FACTORS)]
    for key in keys:
        if key in varied:
            varied[key] = scaled(varied[key], factor, as_string=as_string)
    return varied


def unique(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records without repeats (examples of several answers often share positions)."""
    seen: dict[bytes, dict[str, Any]] = {}
    for record in records:
        seen.setdefault(dumps(record), record)
    return list(seen.values())


INDEX = "\u0001"
"""Put into a record's strings where the position's index goes; ``numbered`` writes the index there."""
_INDEX = b"\\u0001"


def numbered(encoded: bytes, i: int) -> bytes:
    """An encoded record (``dumps``) with every ``INDEX`` mark replaced by ``i``."""
    return encoded.replace(_INDEX, str(i).encode())


def slot(name: str) -> str:
    """A placeholder for a list that ``fill`` puts in after encoding."""
    return "\u0002" + name


def fill(encoded: bytes, lists: Mapping[str, Sequence[bytes]]) -> bytes:
    """The encoded document with each ``slot(name)`` replaced by the JSON array of ``lists[name]``.

    Large payloads are assembled from encoded records this way: a million positions are encoded from a
    few templates instead of one by one through ``json.dumps``."""
    for name, items in lists.items():
        marker = dumps(slot(name))
        if encoded.count(marker) != 1:
            raise ValueError(f"slot {name!r} is not in the document exactly once")
        encoded = encoded.replace(marker, b"[" + b",".join(items) + b"]")
    return encoded


def joined(document: bytes, pairs: Sequence[Sequence[tuple[bytes, bytes]]], n: int) -> bytes:
    """``n`` holdings, each joined by id to its own security (providers that send both lists): record
    ``i`` comes from ``pairs[i % len(pairs)][i % 10]``; ``document`` has the ``holdings`` and
    ``securities`` slots."""
    holdings, securities = [], []
    for i in range(n):
        holding, security = pairs[i % len(pairs)][i % 10]
        holdings.append(numbered(holding, i))
        securities.append(numbered(security, i))
    return fill(document, {"holdings": holdings, "securities": securities})
