"""Layer 3: OUR generated clients + adapters against Prism in dynamic mode, every operation.

Request parameters come from schemathesis' strategy for the operation (positive mode); the driver
(tests/contract/drivers/<provider>.py) hands them to the adapter method that covers the operation. The
answer's status is drawn from the operation's documented ones (``Prefer: code=N``, set only on the
request of the operation under test), and Prism invents a body for it. For every call:

- Prism's ``sl-violations`` header lists nothing about any request the call made (our client serialises
  requests that meet the spec: body, query, path, headers, security);
- the result passes every invariant (``_invariants``), or the call raised one of OUR typed errors
  (a ``ProviderError``; an input error only if the adapter refused before sending anything).

Half of the success answers are passed through the driver's ``happy_path`` (made to report success
and to fit the request) before the client sees them, so the mapping runs, not only the error paths.
A schema-valid success answer may only be refused where the driver says so (``refuses_valid``).

Cases per operation: ``UNIFOLIO_CLIENT_EXAMPLES`` (default 150).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, assume, given, reject, settings
from hypothesis import strategies as st
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.modes import GenerationMode

from tests.contract import _report
from tests.contract._harness import success_example
from tests.contract._invariants import check_result
from tests.contract._specs import SPEC_FILES, Operation, all_operations, operations, provider_for_spec
from tests.contract._strategies import SchemaWalker, dumps, loads
from tests.contract.conftest import HERE
from tests.contract.drivers import driver_for
from tests.contract.test_schemathesis_prism import JS_SAFE_INTEGER, _integers
from unifolio import (
    ConfigurationError,
    InvalidInputError,
    ProviderError,
    ResponseContractError,
    UnifolioError,
)

EXAMPLES = int(os.environ.get("UNIFOLIO_CLIENT_EXAMPLES", "150"))
OPERATIONS = list(all_operations())


@functools.cache
def st_schema(spec: str) -> Any:
    return schemathesis.openapi.from_path(
        SPEC_FILES[spec], config=SchemathesisConfig.from_path(HERE / "schemathesis.toml")
    )


class PrismTransport(httpx.HTTPTransport):
    """Real HTTP to Prism; asks for a status on the operation under test; keeps every exchange."""

    def __init__(self, operation: Operation, happy_path: Any) -> None:
        super().__init__()
        self.operation = operation
        self.others = [o for o in operations(operation.spec) if o != operation]
        self.happy_path = happy_path
        self.prefer: int | None = None
        self.happy: Mapping[str, Any] | None = None
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        under_test = self.operation.matches(request.method, request.url.path)
        if self.prefer is not None and under_test:
            request.headers["Prefer"] = f"code={self.prefer}"
        elif not under_test:
            # Another operation on the way (MoneyKit's token exchange): its documented example, so
            # the call reaches the operation under test; that one has its own test with random answers.
            other = next((o for o in self.others if o.matches(request.method, request.url.path)), None)
            if other is not None:
                request.headers["Prefer"] = f"example={success_example(other)[2]}"
        answer = super().handle_request(request)
        content = answer.read()
        answer.close()
        if self.happy is not None and under_test and 200 <= answer.status_code < 300:
            # Prism's random success body, made to report success and to fit the request (driver's
            # happy_path); without it e.g. Mesh's envelope would say "notFound" in 7 answers of 8.
            with contextlib.suppress(ValueError):  # not JSON: pass it on as it is
                content = dumps(self.happy_path(loads(content), self.happy))
        # A fresh response over the bytes: the layers above (retrying transport, client) read it again.
        response = httpx.Response(
            answer.status_code, headers=answer.headers, content=content, request=request
        )
        self.exchanges.append((request, response))
        return response

    def violations(self) -> list[str]:
        """What Prism found wrong with our requests. Its findings about its own made-up answers (location
        ``response``: e.g. a random string for a vendor's ``format: url``) are not ours, and are left out."""
        found = []
        for req, resp in self.exchanges:
            header = resp.headers.get("sl-violations")
            if not header:
                continue
            try:
                listed = json.loads(header)
            except ValueError:
                listed = None
            if isinstance(listed, list):
                listed = [
                    v
                    for v in listed
                    if not (isinstance(v, dict) and v.get("location", [""])[:1] == ["response"])
                ]
                if not listed:
                    continue
            found.append(f"{req.method} {req.url}: {header}")
        return found

    def bodies(self) -> list[Any]:
        found = []
        for _, response in self.exchanges:
            try:
                found.append(loads(response.content))
            except ValueError:
                continue
        return found

    def body_of_operation(self) -> Any:
        for request, response in self.exchanges:
            if self.operation.matches(request.method, request.url.path):
                try:
                    return loads(response.content)
                except ValueError:
                    return None
        return None


@pytest.fixture
def prism_operation(request: pytest.FixtureRequest, contract_mocks: Any) -> Iterator[tuple[Operation, str]]:
    operation: Operation = request.param
    yield operation, contract_mocks.get(operation.spec, "dynamic").base_url


@pytest.mark.parametrize(
    "prism_operation",
    OPERATIONS,
    ids=[f"{op.spec}.{op.operation_id}" for op in OPERATIONS],
    indirect=True,
)
def test_adapter_calls_meet_the_spec_and_map_prism_answers(prism_operation: tuple[Operation, str]) -> None:
    operation, base_url = prism_operation
    provider = provider_for_spec(operation.spec)
    driver = driver_for(provider) if provider else None
    assert driver and operation.operation_id in driver.operations, "see test_drivers_cover_every_operation"
    op_driver = driver.operations[operation.operation_id]
    transport = PrismTransport(operation, driver.happy_path)
    walker = SchemaWalker(operation.spec)
    adapter = driver.adapter(base_url, transport)
    cases = st_schema(operation.spec)[operation.path][operation.method].as_strategy(
        generation_mode=GenerationMode.POSITIVE
    )
    documented = sorted(operation.responses())
    success = [code for code in documented if 200 <= code < 300]
    errors = [code for code in documented if code not in success]
    # Half success answers (where the mapping runs), half the documented errors.
    statuses = st.one_of([st.sampled_from(group) for group in (success, errors) if group])
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    @given(case=cases, status=statuses, happy=st.booleans())
    def run(case: schemathesis.Case, status: int, happy: bool) -> None:
        # Prism (JavaScript numbers) rejects integers beyond 2**53 - 1 that int64 allows.
        sent = [case.query, case.path_parameters, case.headers, case.body]
        assume(all(abs(n) <= JS_SAFE_INTEGER for part in sent for n in _integers(part)))
        params = op_driver.from_case(case)
        transport.prefer = status
        transport.happy = params if happy else None
        transport.exchanges.clear()
        driver.reset(adapter)
        try:
            result = op_driver.call(adapter, params)
        except (InvalidInputError, ConfigurationError) as exc:
            # The adapter refused the arguments before sending: allowed, but only without any request.
            assert not transport.exchanges, f"input error after a request was sent: {exc!r}"
            outcomes[f"refused input ({type(exc).__name__})"] += 1
            return
        except ProviderError as exc:
            outcomes[type(exc).__name__] += 1
            reached = any(operation.matches(r.method, r.url.path) for r, _ in transport.exchanges)
            if isinstance(exc, ResponseContractError) and not reached:
                # Refused on the way (MoneyKit's token answer): that operation's own test judges it.
                outcomes["  (of which: in another operation's answer)"] += 1
            elif isinstance(exc, ResponseContractError) and status < 300:
                body = transport.body_of_operation()
                schema = operation.responses().get(status)
                if schema is not None and walker.is_valid(body, schema):
                    assert any(re.search(p, exc.path) for p in driver.refuses_valid), (
                        f"a schema-valid {status} answer was refused ({exc}); if intended, add the path "
                        f"to refuses_valid in tests/contract/drivers/{driver.provider}.py"
                    )
                else:  # Prism's dynamic body broke its own schema: the refusal is right
                    outcomes["  (of which: Prism body off-schema)"] += 1
        except UnifolioError as exc:
            raise AssertionError(f"{exc!r} is not a ProviderError") from exc
        except Exception:
            if any(bug(status, transport.body_of_operation()) for bug in driver.known_bugs.values()):
                reject()  # a reported bug (driver.known_bugs); its regression test tracks it
            raise
        else:
            outcomes["mapped"] += 1
            body = transport.body_of_operation()
            check_result(driver.provider, result, transport.bodies(), op_driver.holdings_in(body))
        assert transport.violations() == [], "Prism found our request off-contract"
        assert transport.exchanges, "the adapter sent nothing"

    try:
        run()
    finally:
        driver.close(adapter)
    summary = ", ".join(f"{k} {v}" for k, v in outcomes.most_common())
    _report.note(
        f"client vs Prism {operation.spec}.{operation.operation_id}: {sum(outcomes.values())} ({summary})"
    )
    assert outcomes["mapped"] > 0, "no call mapped a success answer"
