"""A local server (127.0.0.1) that answers a provider's operations from that provider's own spec.

Unlike Prism it lets a test rewrite each answer: echo the request back (secrets tests), hand out fresh
tokens (tokens issued at run time), put hostile text where names go (terminal tests), or answer with
the operation's documented error instead. It knows providers only through their spec file
(``Provider.info.spec``), so a new provider is covered without touching the tests that use it.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.contract._specs import Operation, load, operations, resolve


@dataclass(frozen=True)
class Exchange:
    """One request as it arrived."""

    method: str
    target: str
    """Path and query exactly as sent."""
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def echo(self) -> str:
        """Everything the request carried, as text: request line, every header, the body."""
        lines = [f"{self.method} {self.target}", *(f"{k}: {v}" for k, v in self.headers)]
        return "\n".join([*lines, self.body.decode("utf-8", "replace")])


@dataclass(frozen=True)
class Reply:
    """An answer sent byte for byte: what ``json.dumps`` cannot write (exact decimals, ``NaN``, a key
    twice, a body in another encoding) and extra headers (``Content-Encoding``, ``Content-Type``)."""

    content: bytes
    headers: tuple[tuple[str, str], ...] = ()


Answer = Callable[[Operation, Exchange], tuple[int, Any]]
"""(the operation requested, the request) -> (status, JSON body, or a ``Reply`` sent as is)."""


def _examples(document: dict[str, Any], response: Any) -> list[Any]:
    media = resolve(document, response).get("content", {})
    found = []
    for content in media.values():
        if "example" in content:
            found.append(content["example"])
        for example in content.get("examples", {}).values():
            found.append(resolve(document, example)["value"])
    return found


def documented(operation: Operation, *, success: bool) -> tuple[int, Any]:
    """The first documented (status, example body) of the operation: a 2xx, or else a 4xx."""
    document = load(operation.spec)
    for status, response in operation.definition.get("responses", {}).items():
        code = int(status) if str(status).isdigit() else 0
        wanted = 200 <= code < 300 if success else 400 <= code < 500
        examples = _examples(document, response) if wanted else []
        if examples:
            return code, examples[0]
    if success:
        raise LookupError(f"{operation.label}: no documented 2xx example")
    return 400, {"message": "bad request"}


def rewrite(body: Any, value: Callable[[str, Any], Any]) -> Any:
    """``body`` with every ``key: leaf`` of every object replaced by ``value(key, leaf)``."""
    if isinstance(body, dict):
        return {k: rewrite(v, value) if isinstance(v, dict | list) else value(k, v) for k, v in body.items()}
    if isinstance(body, list):
        return [rewrite(item, value) for item in body]
    return body


def add_to_objects(body: Any, key: str, value: Any) -> Any:
    """``body`` with ``key: value`` added to every object in it (an unknown field, kept by the parsers)."""
    if isinstance(body, dict):
        return {**{k: add_to_objects(v, key, value) for k, v in body.items()}, key: value}
    if isinstance(body, list):
        return [add_to_objects(item, key, value) for item in body]
    return body


def is_token_key(key: str) -> bool:
    """A field that hands out a credential (``access_token``, ``refreshToken`` ...), not ``tokenId``."""
    return key.lower().endswith("token")


@dataclass
class TokenMint:
    """Fresh values for every token field of a success answer; remembers what it issued."""

    issued: list[str] = field(default_factory=list)

    def __call__(self, body: Any) -> Any:
        def fresh(key: str, leaf: Any) -> Any:
            if is_token_key(key) and isinstance(leaf, str):
                token = f"issued-{secrets.token_hex(12)}"
                self.issued.append(token)
                return token
            return leaf

        return rewrite(body, fresh)


class SpecServer:
    """Threaded HTTP server for one spec; ``answer`` decides each response. Records every request."""

    def __init__(self, spec_file: str, answer: Answer) -> None:
        self.spec = Path(spec_file).stem
        self.operations = operations(self.spec)
        self.answer = answer
        self.exchanges: list[Exchange] = []
        self.sent: list[bytes] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                exchange = Exchange(self.command, self.path, tuple(self.headers.items()), body)
                owner.exchanges.append(exchange)
                path = self.path.split("?", 1)[0]
                operation = next((op for op in owner.operations if op.matches(self.command, path)), None)
                status, payload = (
                    (404, {"message": "no such operation"})
                    if operation is None
                    else (owner.answer(operation, exchange))
                )
                reply = payload if isinstance(payload, Reply) else Reply(json.dumps(payload).encode())
                data = reply.content
                owner.sent.append(data)
                self.send_response(status)
                headers = {"content-type": "application/json", **{k.lower(): v for k, v in reply.headers}}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> SpecServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)


@contextmanager
def spec_servers(specs: dict[str, str], answer: Answer) -> Iterator[dict[str, SpecServer]]:
    """One started server per ``name -> spec file``; all stopped on the way out."""
    servers: dict[str, SpecServer] = {}
    try:
        for name, spec in specs.items():
            servers[name] = SpecServer(spec, answer).start()
        yield servers
    finally:
        for server in servers.values():
            server.stop()


def toml_connection(values: dict[str, Any]) -> str:
    """One ``[[connections]]`` table (JSON string escapes are valid TOML basic-string escapes)."""
    return "[[connections]]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in values.items())


def secret_variable(provider: str, key: Any) -> str:
    """The environment variable a test config names for one secret key of one provider."""
    return f"UNIFOLIO_TEST_{provider}_{key.name}".upper()


def registry_tables(
    environments: dict[str, str], variable: Callable[[str, Any], str] = secret_variable, **common: Any
) -> dict[str, dict[str, Any]]:
    """One connection table per registered provider (named after it) at the given base URLs.

    Each table is derived from what the provider declares: its non-secret keys take the values of
    ``Provider.mock_config``, each secret key names ``variable(provider name, ConfigKey)``.
    """
    from unifolio.providers import PROVIDERS
    from unifolio.providers._base import KeyKind

    tables = {}
    for name, provider in PROVIDERS.items():
        table: dict[str, Any] = {"name": name, "provider": name, "environment": environments[name], **common}
        for key in provider.config_keys:
            if key.kind is KeyKind.SECRET:
                table[key.config_name] = variable(name, key)
            elif key.name in provider.mock_config:
                table[key.name] = provider.mock_config[key.name]
            else:
                assert not key.required, f"{name}: mock_config has no value for required key {key.name}"
        tables[name] = table
    return tables


def registry_config(
    environments: dict[str, str], variable: Callable[[str, Any], str] = secret_variable, **common: Any
) -> str:
    """``registry_tables`` as the text of a config file."""
    return "\n".join(map(toml_connection, registry_tables(environments, variable, **common).values()))
