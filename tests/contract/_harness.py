"""Run one operation through OUR adapter over an ``httpx.MockTransport`` that answers given bytes.

One adapter per operation for a whole fuzz run (building one costs tens of milliseconds); each call
sets the answer first. The operation under test gets the fuzzed (status, bytes); any other operation
the adapter calls on the way (MoneyKit's token exchange) gets its spec's first success example.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

import httpx

from tests.contract._invariants import check_result
from tests.contract._specs import Operation, load, operations, provider_for_spec, resolve
from tests.contract._strategies import dumps, loads
from tests.contract.drivers import OperationDriver, ProviderDriver, driver_for
from unifolio import ProviderError, ResponseContractError, UnifolioError

BASE_URL = "https://contract.test"


def success_example(operation: Operation) -> tuple[int, bytes, str]:
    """(status, bytes, name) of the first named example of the operation's first documented 2xx."""
    document = load(operation.spec)
    for status, response in operation.definition.get("responses", {}).items():
        if str(status).startswith("2"):
            for media in resolve(document, response).get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    return int(status), dumps(resolve(document, example)["value"]), name
    raise LookupError(f"{operation.label}: no 2xx example")


class Harness:
    def __init__(self, operation: Operation) -> None:
        provider = provider_for_spec(operation.spec)
        assert provider, f"no provider for specs/{operation.spec}.yaml"
        driver = driver_for(provider)
        assert driver, f"no tests/contract/drivers/{provider}.py"
        self.provider = provider
        self.operation = operation
        self.driver: ProviderDriver = driver
        self.op: OperationDriver = driver.operations[operation.operation_id]
        self.others = [other for other in operations(operation.spec) if other != operation]
        self.answer: tuple[int, bytes] = (200, b"{}")
        self.exchanges: list[httpx.Request] = []
        self.served: list[bytes] = []
        self.adapter = driver.adapter(BASE_URL, httpx.MockTransport(self._handle))
        self.outcomes: Counter[str] = Counter()

    def close(self) -> None:
        self.driver.close(self.adapter)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.exchanges.append(request)
        if self.operation.matches(request.method, request.url.path):
            status, content = self.answer
        else:
            other = next((o for o in self.others if o.matches(request.method, request.url.path)), None)
            if other is None:
                return httpx.Response(404, json={"unexpected request": f"{request.method} {request.url}"})
            status, content, _ = success_example(other)
        self.served.append(content)
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    def served_bodies(self) -> list[Any]:
        bodies = []
        for content in self.served:
            try:
                bodies.append(loads(content))
            except ValueError:
                continue
        return bodies

    def call(self, status: int, content: bytes, params: Mapping[str, Any] | None = None) -> Any:
        """The adapter's result for this answer (raises whatever the adapter raises)."""
        self.answer = (status, content)
        self.exchanges.clear()
        self.served.clear()
        self.driver.reset(self.adapter)
        if params is None:
            try:
                params = self.op.from_body(loads(content))
            except (ValueError, ArithmeticError):  # bodies that are not JSON the client can decode
                params = self.op.from_body(None)
        return self.op.call(self.adapter, params)

    def check_valid(self, status: int, body: Any) -> Any:
        """A schema-valid answer: data that passes every invariant, or a typed provider error.

        An error status never maps to data, and its typed error is never a contract error (the body
        was valid) and carries that status.
        """
        content = dumps(body)
        decoded = loads(content)
        try:
            result = self.call(status, content)
        except UnifolioError as exc:
            self.outcomes[type(exc).__name__] += 1
            assert isinstance(exc, ProviderError), f"{status}: {exc!r} is not a ProviderError"
            if status >= 300:
                assert not isinstance(exc, ResponseContractError), f"valid {status} body refused: {exc}"
                assert exc.status == status, f"{type(exc).__name__}.status {exc.status} for HTTP {status}"
            elif isinstance(exc, ResponseContractError):
                reasons = [
                    r for pattern, r in self.driver.refuses_valid.items() if re.search(pattern, exc.path)
                ]
                assert reasons, (
                    f"a schema-valid {status} body was refused ({exc}); if that is intended, add the path "
                    f"with the reason to refuses_valid in tests/contract/drivers/{self.provider}.py"
                )
            return exc
        self.outcomes["mapped"] += 1
        assert status < 300, f"HTTP {status} mapped to data: {result!r:.300}"
        check_result(self.provider, result, self.served_bodies(), self.op.holdings_in(decoded))
        return result
