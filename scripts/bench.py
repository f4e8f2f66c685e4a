"""unifolio benchmarks (issues 7 and 16): ``make bench`` -> tests/bench/RESULTS.md.

    python scripts/bench.py                    # everything (about 5 minutes on 2 busy cores)
    python scripts/bench.py --quick            # fewer rounds, no 100k/1M figures: a smoke run
    python scripts/bench.py --only b1 --providers mesh
    python scripts/bench.py --profile mesh:10000:full   # cProfile one variant, top entries

Providers come from the registry (``unifolio.providers.PROVIDERS``); each has a plug-in in
``tests/bench/providers/<name>.py`` (what it provides: ``tests/bench/_plugin.py``). A registered
provider without one stops the bench, naming the file to write. Nothing here names a provider.

- B1, bytes to the common model: every variant on the same bytes, interleaved round by round (load on
  the machine hits them alike); each figure is the median over rounds with its min-max, each ratio the
  median of the per-round ratios to ``json.loads``. CPU time (``time.process_time``).
- Flat: cost per holding at 1k, 10k, 100k (and 1M for one provider), one process per size.
- Memory: peak resident set per holding, one process per figure.
- B2, fan-out: a server in a child process answers after 50 ms; 100 connections through
  ``unifolio.aggregate.fetch_portfolio`` with a limit of 20.
- ``unifolio --help``: wall time of the command with its modules compiled to bytecode.

Nothing here asserts on time: this is a report, not a test (``make test`` checks the plug-ins work).
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import concurrent.futures
import contextlib
import cProfile
import datetime
import gc
import hashlib
import importlib
import importlib.util
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.bench.* (the plug-ins)
SPECS = ROOT / "specs"
WORK = ROOT / ".bench"
"""Bench artefacts (git-ignored): payload files, pydantic models generated from the specs."""
RESULTS = ROOT / "tests" / "bench" / "RESULTS.md"
EXTRA_SECTIONS = (ROOT / "scripts" / "bench_codegen.py", ROOT / "scripts" / "bench_output.py")
"""Other parts of the bench, each contributing its own section (``section()``) to the report."""

TARGET_RATIO = 2.8
TARGET_GROWTH = 1.2
TARGET_MEMORY = 1.5
TARGET_FANOUT = 1.3
TARGET_HELP = 0.25
B1_SIZES = (1_000, 10_000)
FLAT_SIZES = (1_000, 10_000, 100_000)
MILLION = 1_000_000
MEMORY_SIZE = 100_000
FANOUT_CONNECTIONS = 100
FANOUT_LIMIT = 20
FANOUT_DELAY = 0.050

Variant = Callable[[bytes], object]
VARIANT_TITLES = {
    "loads": "`json.loads` (floor)",
    "loads_decimal": "`json.loads(parse_float=Decimal)`",
    "generated": "generated client parse alone (`<Root>.from_dict(decode_json(b))`)",
    "full": "**unifolio full path** (bytes -> `Snapshot`)",
    "through_adapter": "adapter method over `httpx.MockTransport`",
    "pydantic": "pydantic v2 `model_validate_json` (datamodel-codegen, Decimal)",
}


# --- plug-ins -------------------------------------------------------------------------------------


def registered() -> list[str]:
    from unifolio.providers import PROVIDERS

    return list(PROVIDERS)


def plugin(provider: str) -> ModuleType:
    """The provider's bench plug-in; a registered provider without one (or an incomplete one) stops
    the bench here, with what to write."""
    from tests.bench._plugin import REQUIRED

    path = ROOT / "tests" / "bench" / "providers" / f"{provider}.py"
    if not path.exists():
        sys.exit(
            f"bench: provider {provider!r} is registered but has no bench plug-in: write"
            f" {path.relative_to(ROOT)} "
            "(what it provides: tests/bench/_plugin.py)"
        )
    module = importlib.import_module(f"tests.bench.providers.{provider}")
    missing = [name for name in REQUIRED if not hasattr(module, name)]
    if missing:
        sys.exit(f"bench: {path.relative_to(ROOT)} lacks {', '.join(missing)} (see tests/bench/_plugin.py)")
    return module


def _fingerprint(provider: str) -> str:
    """Payload files are cached under a hash of what builds them: the plug-in, the helpers and the spec."""
    digest = hashlib.sha256()
    for path in (
        ROOT / "tests" / "bench" / "providers" / f"{provider}.py",
        ROOT / "tests" / "bench" / "_plugin.py",
        SPECS / f"{provider}.yaml",
    ):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def payload_file(provider: str, n: int) -> Path:
    path = WORK / "payloads" / f"{provider}-{n}-{_fingerprint(provider)}.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{provider}-{n}-*.json"):
            stale.unlink()
        body = plugin(provider).payload(n)
        if not isinstance(body, bytes):
            sys.exit(f"bench: {provider} payload({n}) returned {type(body).__name__}, not bytes")
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(body)
        tmp.replace(path)
    return path


def payload(provider: str, n: int) -> bytes:
    return payload_file(provider, n).read_bytes()


# --- pydantic models (what a user would pick instead) ---------------------------------------------


def generate_pydantic_models(providers: Sequence[str]) -> None:
    """datamodel-codegen on each spec, every JSON number as Decimal, into .bench/pydantic/."""
    out = WORK / "pydantic"
    out.mkdir(parents=True, exist_ok=True)
    codegen = shutil.which("datamodel-codegen", path=str(Path(sys.executable).parent)) or "datamodel-codegen"
    for provider in providers:
        target = out / f"{provider}_models.py"
        stamp = out / f"{provider}.sha256"
        digest = hashlib.sha256((SPECS / f"{provider}.yaml").read_bytes()).hexdigest()
        if target.exists() and stamp.exists() and stamp.read_text() == digest:
            continue
        command = [
            codegen,
            *("--input", str(SPECS / f"{provider}.yaml"), "--input-file-type", "openapi"),
            *("--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11"),
            *("--type-mappings", "number+default=decimal", "number+double=decimal", "number+float=decimal"),
            *("--formatters", "ruff-format", "--disable-timestamp", "--output", str(target)),
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            sys.exit(f"datamodel-codegen failed for {provider}:\n{result.stdout}{result.stderr}")
        stamp.write_text(digest)


def pydantic_model(provider: str) -> Any:
    path = WORK / "pydantic" / f"{provider}_models.py"
    name = f"_bench_pydantic_{provider}"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise RuntimeError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    model = getattr(module, plugin(provider).PYDANTIC_ROOT)
    model.model_rebuild()
    return model


# --- variants -------------------------------------------------------------------------------------


def _loads(body: bytes) -> object:
    return json.loads(body)


def _loads_decimal(body: bytes) -> object:
    return json.loads(body, parse_float=Decimal)


def variants(provider: str, *, with_pydantic: bool = True) -> dict[str, Variant]:
    module = plugin(provider)
    found: dict[str, Variant] = {"loads": _loads, "loads_decimal": _loads_decimal}
    if hasattr(module, "generated"):
        found["generated"] = module.generated
    found["full"] = module.snapshot
    found["through_adapter"] = module.through_adapter
    if with_pydantic:
        model = pydantic_model(provider)
        found["pydantic"] = model.model_validate_json
    return found


def check_outputs(provider: str, fns: dict[str, Variant], n: int = 1_000) -> list[str]:
    """Sanity: every variant accepts the payload, the full path keeps every position with exact
    amounts, both adapter paths agree, the pydantic models hold no floats."""
    body = payload(provider, n)
    notes = []
    for fn in fns.values():
        fn(body)
    snapshot: Any = fns["full"](body)
    if len(snapshot.holdings) != n:
        notes.append(f"{provider}: {len(snapshot.holdings)} holdings for {n} positions")
    if not all(type(h.quantity) is Decimal for h in snapshot.holdings):
        notes.append(f"{provider}: a quantity is not a Decimal")
    if fns["through_adapter"](body) != snapshot:
        notes.append(f"{provider}: the adapter method maps the answer differently from the full path")
    if "pydantic" in fns:
        floats = _count_floats(fns["pydantic"](body))
        if floats:
            notes.append(f"{provider}: the pydantic models hold {floats} float values")
    return notes


def _count_floats(value: object) -> int:
    if isinstance(value, float):
        return 1
    if isinstance(value, list | tuple):
        return sum(_count_floats(v) for v in value)
    fields = getattr(type(value), "__pydantic_fields__", None)
    if fields is not None:
        with warnings.catch_warnings():  # fields the spec marks deprecated warn on access
            warnings.simplefilter("ignore", DeprecationWarning)
            return sum(_count_floats(getattr(value, name)) for name in fields)
    return 0


# --- timing ---------------------------------------------------------------------------------------


def _time_once(fn: Variant, body: bytes, number: int) -> float:
    """CPU seconds per call. Results stay alive until the clock stops (deallocation is not timed); a
    collection the call leaves pending (the collector resumes at its end) falls inside the call."""
    gc.collect()
    results: list[object] = []
    start = time.process_time()
    for _ in range(number):
        results.append(fn(body))
    elapsed = time.process_time() - start
    del results
    return elapsed / number


def time_variants(
    fns: dict[str, Variant], body: bytes, rounds: int, *, warm_up: bool = True
) -> dict[str, list[float]]:
    """Interleaved rounds: each round times every variant once (order rotated), on the same bytes.
    Short calls are repeated within a sample (at least ~20 ms)."""
    numbers = dict.fromkeys(fns, 1)
    for name, fn in fns.items() if warm_up else ():
        once = _time_once(fn, body, 1)
        numbers[name] = max(1, min(50, int(0.02 / max(once, 1e-6))))
    samples: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            samples[name].append(_time_once(fns[name], body, numbers[name]))
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ratios(samples: dict[str, list[float]], name: str, floor: str = "loads") -> list[float]:
    return [t / f for t, f in zip(samples[name], samples[floor], strict=True)]


# --- children: one process per figure -------------------------------------------------------------


def _run_child(*args: str) -> Any:
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"bench child {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


FLAT_VARIANTS = ("loads", "loads_decimal", "full")


def child_time(provider: str, n: int, rounds: int) -> None:
    """Flat: loads and the full path per size in a fresh process (the heap of earlier figures does not
    weigh on this one), interleaved rounds; prints seconds per call per round."""
    fns = {name: fn for name, fn in variants(provider, with_pydantic=False).items() if name in FLAT_VARIANTS}
    warm = payload(provider, 1_000)
    for fn in fns.values():
        fn(warm)  # imports, caches
    body = payload_file(provider, n).read_bytes()
    print(json.dumps(time_variants(fns, body, rounds, warm_up=n < 100_000)))


def _status_bytes(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0). ``ru_maxrss`` cannot be used: a child inherits its
    parent's peak across fork+exec."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def child_memory(provider: str, n: int, variant: str) -> None:
    """Run one variant once on the payload file and print what it cost (after imports, a warm-up on the
    1k payload and reading the payload: only the call itself counts)."""
    fn = variants(provider, with_pydantic=variant == "pydantic")[variant]
    fn(payload(provider, 1_000))
    body = payload_file(provider, n).read_bytes()
    gc.collect()
    before = _status_bytes("VmRSS")
    if before is None or not _reset_peak_rss():
        sys.exit("needs Linux /proc (VmRSS, VmHWM, clear_refs)")
    result = fn(body)
    peak, after = _status_bytes("VmHWM"), _status_bytes("VmRSS")
    assert peak is not None and after is not None
    print(json.dumps({"peak": peak - before, "retained": after - before, "alive": result is not None}))


# --- B2: fan-out against a slow local server ------------------------------------------------------


async def _serve(provider: str, delay: float) -> None:
    """HTTP/1.1 with keep-alive; every answer after ``delay`` seconds."""
    answers = plugin(provider).FANOUT.answers()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                path = request_line.split(" ")[1].partition("?")[0]
                length = 0
                for line in header_lines:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if length:
                    await reader.readexactly(length)
                await asyncio.sleep(delay)
                body = answers.get(path)
                status = b"200 OK" if body is not None else b"404 Not Found"
                body = body if body is not None else b"{}"
                writer.write(
                    b"HTTP/1.1 " + status + b"\r\ncontent-type: application/json\r\ncontent-length: "
                    + str(len(body)).encode() + b"\r\n\r\n" + body
                )  # fmt: skip
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


@contextlib.contextmanager
def slow_server(provider: str) -> Iterator[str]:
    """The server in a child process, so its work does not compete with the client's event loop."""
    command = [sys.executable, str(Path(__file__).resolve()), "--serve", provider, str(FANOUT_DELAY)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class _OwnAdapter:
    """A connection that ignores the shared adapters: builds and closes its own (as before sharing)."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.label, self.provider = inner, inner.label, inner.provider

    async def fetch(self, shared: object = None) -> Any:
        return await self.inner.fetch(None)


def _run_fanout(connections: Sequence[Any], limit: int) -> tuple[float, float, int]:
    """(wall seconds, client CPU seconds, failures) of one ``fetch_portfolio`` run."""
    from unifolio.aggregate import fetch_portfolio

    async def main() -> tuple[float, float, int]:
        wall, cpu = time.perf_counter(), time.process_time()
        portfolio = await fetch_portfolio(connections, concurrency=limit)
        return time.perf_counter() - wall, time.process_time() - cpu, len(portfolio.failures)

    return asyncio.run(main())


def fanout(provider: str, quick: bool) -> list[dict[str, Any]]:
    spec = plugin(provider).FANOUT
    n = FANOUT_CONNECTIONS
    few, many = (1, 2) if quick else (3, 5)
    # (title, connections, limit, sequential steps per connection, own adapters, rounds)
    scenarios: list[tuple[str, Callable[[str], Sequence[Any]], int, int, bool, int]] = [
        (
            "one call per connection, shared adapters",
            lambda u: spec.one_call(u, n),
            FANOUT_LIMIT,
            1,
            False,
            many,
        ),
        (
            "full `fetch`, shared adapters",
            lambda u: spec.connections(u, n),
            FANOUT_LIMIT,
            spec.steps,
            False,
            many,
        ),
        (
            "one call per connection, an adapter per connection (before)",
            lambda u: [_OwnAdapter(c) for c in spec.one_call(u, n)],
            FANOUT_LIMIT,
            1,
            True,
            few,
        ),
        (
            "full `fetch`, an adapter per connection (before)",
            lambda u: [_OwnAdapter(c) for c in spec.connections(u, n)],
            FANOUT_LIMIT,
            spec.steps,
            True,
            few,
        ),
        ("one call per connection, sequential (limit 1)", lambda u: spec.one_call(u, n), 1, 1, False, 1),
    ]
    out = []
    with slow_server(provider) as url:
        _run_fanout(spec.one_call(url, 5), FANOUT_LIMIT)  # warm-up: imports, first connections
        for title, make, limit, steps, own, rounds in scenarios:
            print(f"   {provider}: {title} ...", file=sys.stderr, flush=True)
            runs = [_run_fanout(make(url), limit) for _ in range(rounds)]
            waves = -(-n // limit)
            # one-time steps (a token exchange) happen once per adapter: once in all, or per connection
            rounds_of_requests = (
                waves * (spec.setup_steps + steps) if own else spec.setup_steps + waves * steps
            )
            out.append(
                {
                    "title": title,
                    "limit": limit,
                    "ideal": rounds_of_requests * FANOUT_DELAY,
                    "walls": [r[0] for r in runs],
                    "cpu_per_connection": [r[1] / n for r in runs],
                    "failures": sum(r[2] for r in runs),
                    "target": limit > 1 and not own,
                }
            )
    return out


# --- unifolio --help ------------------------------------------------------------------------------


def help_timing(runs: int) -> dict[str, Any]:
    """Wall time of ``unifolio --help`` with every module it imports compiled to bytecode first (this
    machine sets PYTHONDONTWRITEBYTECODE=1, which would otherwise make every run compile from source)."""
    script = (
        "import sys, unifolio.cli\n"
        "print('\\n'.join(m.__file__ for m in list(sys.modules.values()) if getattr(m, '__file__', None)))"
    )
    files = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    for file in files:
        if file.endswith(".py"):
            compileall.compile_file(file, quiet=2)
    probe = (
        "import sys, unifolio.cli\n"
        "from unifolio.providers import PROVIDERS\n"
        "names = set(PROVIDERS)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {n + '_client' for n in names}"
        " or m in {'unifolio.providers.' + n for n in names}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.strip()
    command = [str(Path(sys.executable).parent / "unifolio"), "--help"]
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
        walls.append(time.perf_counter() - start)
    return {"walls": walls, "providers_loaded": loaded}


# --- the machine ----------------------------------------------------------------------------------


def _cpu_ticks() -> dict[int, tuple[str, int]]:
    ticks = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            text = stat.read_text()
            name = text[text.index("(") + 1 : text.rindex(")")]
            fields = text[text.rindex(")") + 2 :].split()
            ticks[int(stat.parent.name)] = (name, int(fields[11]) + int(fields[12]))
    return ticks


def busy_processes(seconds: float = 2.0) -> list[str]:
    """Other processes using CPU right now (sampled over ``seconds``), by command name."""
    if not Path("/proc/self/stat").exists():
        return []
    before = _cpu_ticks()
    time.sleep(seconds)
    after = _cpu_ticks()
    hz = os.sysconf("SC_CLK_TCK")
    per_name: dict[str, float] = {}
    for pid, (name, ticks) in after.items():
        if pid == os.getpid() or pid not in before:
            continue
        used = (ticks - before[pid][1]) / hz / seconds * 100
        per_name[name] = per_name.get(name, 0.0) + used
    busy = sorted(((cpu, name) for name, cpu in per_name.items() if cpu >= 2.0), reverse=True)
    return [f"{name} {cpu:.0f}%" for cpu, name in busy[:8]]


def load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"


def machine() -> list[str]:
    import httpx
    import msgspec
    import pydantic

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False, cwd=ROOT
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "codegen", "generated", "adapters", "scripts", "tests/bench"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    ).stdout.strip()
    return [
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {os.cpu_count()} CPUs, {platform.machine()}, {platform.platform()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), msgspec"
        f" {msgspec.__version__}, "
        f"httpx {httpx.__version__}, pydantic {pydantic.VERSION}",
        f"- commit: {commit}{' + uncommitted changes' if dirty else ''}",
    ]


# --- report ---------------------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.0f}" if ms >= 100 else f"{ms:.1f}" if ms >= 10 else f"{ms:.2f}"


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.2f}"


def _spread(values: Sequence[float], fmt: Callable[[float], str]) -> str:
    return f"{fmt(median(values))} ({fmt(min(values))}-{fmt(max(values))})"


def _x(value: float) -> str:
    return f"{value:.2f}x"


def _xs(values: Sequence[float]) -> str:
    return f"{_x(median(values))} ({_x(min(values))}-{_x(max(values))})"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


class Report:
    def __init__(self) -> None:
        self.b1: dict[str, dict[int, dict[str, list[float]]]] = {}
        self.sizes: dict[str, dict[int, int]] = {}
        self.notes: list[str] = []
        self.flat: dict[str, dict[int, dict[str, list[float]]]] = {}
        self.memory: dict[str, dict[int, dict[str, dict[str, int]]]] = {}
        self.b2: dict[str, list[dict[str, Any]]] = {}
        self.help: dict[str, Any] | None = None
        self.rounds: dict[int, int] = {}
        self.profiles: dict[str, dict[str, Any]] = {}

    # targets

    def b1_rows(self) -> list[tuple[str, list[float], list[float] | None]]:
        rows = []
        for provider, by_size in self.b1.items():
            samples = by_size.get(10_000)
            if samples is not None:
                pyd = ratios(samples, "pydantic") if "pydantic" in samples else None
                rows.append((provider, ratios(samples, "full"), pyd))
        return rows

    def growth(self, provider: str) -> tuple[int, float, float] | None:
        by_size = self.flat.get(provider, {})
        if 1_000 not in by_size or len(by_size) < 2:
            return None
        top = max(by_size)

        def per_holding(n: int, name: str) -> float:
            return median(by_size[n][name]) / n

        full = per_holding(top, "full") / per_holding(1_000, "full")
        floor = per_holding(top, "loads") / per_holding(1_000, "loads")
        return top, full, floor

    def summary(self) -> list[str]:
        lines = ["## Targets (issue 16)", "", "| target | figure | verdict |", "|---|---|---|"]
        for provider, full, pyd in self.b1_rows():
            lines.append(
                f"| B1 {provider}: full path ≤ {TARGET_RATIO}x `json.loads` at 10k | {_xs(full)} | "
                f"{_verdict(median(full) <= TARGET_RATIO)} |"
            )
            if pyd is not None:
                lines.append(
                    f"| B1 {provider}: below pydantic v2 parse-only at 10k | {_x(median(full))} vs"
                    f" {_xs(pyd)} | "
                    f"{_verdict(median(full) < median(pyd))} |"
                )
        for provider in self.flat:
            found = self.growth(provider)
            if found is not None:
                top, grew, floor = found
                lines.append(
                    f"| Flat {provider}: cost per holding 1k -> {top:,} grows ≤ {TARGET_GROWTH}x as much as "
                    f"`json.loads`' | {grew:.2f}x vs {floor:.2f}x: {grew / floor:.2f} | "
                    f"{_verdict(grew / floor <= TARGET_GROWTH)} |"
                )
        for provider, by_size in self.memory.items():
            for n, figures in sorted(by_size.items()):
                if "full" in figures and "loads_decimal" in figures:
                    ratio = figures["full"]["peak"] / figures["loads_decimal"]["retained"]
                    lines.append(
                        f"| Memory {provider} at {n:,}: peak ≤ {TARGET_MEMORY}x"
                        " `json.loads(parse_float=Decimal)`'s "
                        f"result | {_x(ratio)} | {_verdict(ratio <= TARGET_MEMORY)} |"
                    )
        for provider, scenarios in self.b2.items():
            for s in scenarios:
                if s["target"]:
                    x = median(s["walls"]) / s["ideal"]
                    spread = f"{_x(min(s['walls']) / s['ideal'])}-{_x(max(s['walls']) / s['ideal'])}"
                    lines.append(
                        f"| B2 {provider}: {s['title']} ≤ {TARGET_FANOUT}x ideal | {_x(x)} ({spread}) | "
                        f"{_verdict(x <= TARGET_FANOUT)} |"
                    )
        if self.help is not None:
            walls = self.help["walls"]
            lines.append(
                f"| `unifolio --help` ≤ {TARGET_HELP} s (bytecode compiled) | "
                f"{median(walls):.3f} s ({min(walls):.3f}-{max(walls):.3f}) |"
                f" {_verdict(median(walls) <= TARGET_HELP)} |"
            )
        return [*lines, ""]

    def misses_section(self) -> list[str]:
        """For each missed B1 or memory target: the measured split by layer and what would close it."""
        lines = ["## Missed targets: where the cost is, and what would close it", ""]
        for provider, found in self.profiles.items():
            samples = self.b1[provider][B1_SIZES[-1]]
            full = median(ratios(samples, "full"))
            generated = median(ratios(samples, "generated")) if "generated" in samples else None
            lines.append(
                f"### B1 {provider}: {_x(full)} `json.loads` at {B1_SIZES[-1]:,} (target {TARGET_RATIO}x)"
            )
            lines.append("")
            if generated is not None:
                lines.append(
                    f"Measured split (medians above): decoding is 1.00x by definition; the generated client's"
                    f" parse brings it to {_x(generated)}; the adapter's mapping onto the common model, the"
                    f" raw answer kept whole and the notices add {_x(full - generated)}."
                )
            lines.append("")
            lines.append("Profile of one full-path call (cProfile own time by layer):")
            lines.append("")
            lines += [f"- {title}: {share:.0%}" for title, share in found["layers"].items()]
            lines.append(
                "- costliest functions: " + ", ".join(f"{label} {share:.0%}" for label, share in found["top"])
            )
            lines.append("")
            over = generated is not None and generated > TARGET_RATIO
            lines.append(
                "What would close it: "
                + (
                    "the generated parse alone is over the whole budget, so no adapter change can reach the"
                    " target; the generated models themselves must get cheaper (msgspec Structs generated"
                    " from the spec instead of attrs classes built by `from_dict`, decoding straight into"
                    " them, as msgspec's `decode(type=...)` does)."
                    if over
                    else "the generated parse fits the budget and the mapping does not: fewer objects per"
                    " holding in the mapping (instrument and money objects built once per distinct value),"
                    " and decoding with msgspec (C) instead of `json.loads` + a duplicate-key hook, which"
                    " needs msgspec to report duplicate keys (it keeps the last one silently, which the"
                    " lossless policy forbids)."
                )
            )
            lines.append("")
        for provider, by_size in self.memory.items():
            for n, figures in sorted(by_size.items()):
                if not {"full", "loads_decimal"} <= set(figures):
                    continue
                floor = figures["loads_decimal"]["retained"]
                ratio = figures["full"]["peak"] / floor
                if ratio <= TARGET_MEMORY:
                    continue
                generated = figures.get("generated", {}).get("peak")
                lines.append(f"### Memory {provider} at {n:,}: {_x(ratio)} (target {TARGET_MEMORY}x)")
                lines.append("")
                split = (
                    f" The generated models alone peak at {_x(generated / floor)}; the common model, built"
                    f" while they are alive, adds {_x(ratio - generated / floor)}."
                    if generated
                    else ""
                )
                lines.append(
                    "The target's floor is the decoded answer, which the full path keeps whole on purpose"
                    f" (`Snapshot.raw`, so nothing a provider said is lost).{split} Generated records carry"
                    " no `additional_properties` mapping unless the provider sent extra fields (made on"
                    " first use). What would close it: dropping each generated object as soon as its"
                    " holding is mapped (a streaming parse), and a leaner common model (a holding is a"
                    " Holding, an Instrument, a Price, a Valuation and a CostBasis; each amount a provider"
                    " sends as text becomes a Decimal of its own)."
                )
                lines.append("")
        for provider, scenarios in self.b2.items():
            for sc in scenarios:
                x = median(sc["walls"]) / sc["ideal"]
                if not sc["target"] or x <= TARGET_FANOUT:
                    continue
                cpu = median(sc["cpu_per_connection"]) * FANOUT_CONNECTIONS
                lines += [
                    f"### B2 {provider}, {sc['title']}: {_x(x)} the ideal (target {TARGET_FANOUT}x)",
                    "",
                    f"The ideal is {sc['ideal']:.2f} s of server waits; the client spent {cpu:.2f} s of CPU"
                    f" on {FANOUT_CONNECTIONS} connections ({cpu / FANOUT_CONNECTIONS * 1e3:.1f} ms each), on"
                    f" one event loop: {cpu / sc['ideal']:.0%} of the ideal wall. CPU the loop spends while"
                    " answers wait delays every other connection's next request, so what would close it is"
                    " less CPU per request (signing, parsing, mapping; see B1) or the mapping moved off the"
                    " event loop.",
                    "",
                ]
        return lines if len(lines) > 2 else []

    def b1_section(self) -> list[str]:
        lines = [
            "## B1 — bytes to the common model",
            "",
            "All variants on the same bytes in the same process, interleaved round by round. Rounds: "
            + ", ".join(f"{n:,} positions: {r}" for n, r in self.rounds.items())
            + ". Time per call: median (min-max); ratio to `json.loads`: median of the per-round ratios"
            " (min-max).",
            "",
            "- **full path**: the plug-in's `snapshot(body)`, i.e. the adapter's public"
            " `<operation>_from_response`"
            " on an `httpx.Response`: the generated client's decode and parse, the adapter's error mapping"
            " and its mapping onto the common model, with the collector paused as the adapter does it"
            " (a collection it leaves pending runs at the end of the call, inside the figure).",
            "- adapter method over `httpx.MockTransport`: the public sync method, request, auth and the"
            " resilient transport included (one adapter, reused; MoneyKit's token exchange once).",
            "- pydantic v2: models generated from the same spec by datamodel-codegen, every `number` a"
            " `Decimal`. It does less: closed enums and `extra='forbid'` where the spec says"
            " `additionalProperties: false` (a provider's new value or field is an error), no source JSON,"
            " no common model.",
            "",
        ]
        for provider, by_size in self.b1.items():
            lines += [f"### {provider}", ""]
            lines += ["| variant | " + " | ".join(f"{n:,} positions" for n in by_size) + " |"]
            lines += ["|---|" + "---|" * len(by_size)]
            lines += [
                "| payload | " + " | ".join(f"{self.sizes[provider][n] / 1e6:.2f} MB" for n in by_size) + " |"
            ]
            names = [v for v in VARIANT_TITLES if any(v in s for s in by_size.values())]
            for name in names:
                cells = []
                for samples in by_size.values():
                    if name not in samples:
                        cells.append("—")
                        continue
                    cell = _spread(samples[name], _ms) + " ms"
                    if name != "loads":
                        cell += f"<br>**{_xs(ratios(samples, name))}**"
                    cells.append(cell)
                lines.append(f"| {VARIANT_TITLES[name]} | " + " | ".join(cells) + " |")
            lines.append("")
        if self.notes:
            lines += ["Checks that failed:", "", *[f"- {n}" for n in self.notes], ""]
        else:
            lines += [
                "Checks: every variant accepted every payload; the full path kept every position, every"
                " quantity"
                " a `Decimal`; the adapter method returned the same `Snapshot`; the pydantic models hold"
                " no floats.",
                "",
            ]
        return lines

    def flat_section(self) -> list[str]:
        if not self.flat:
            return []
        lines = [
            "## Flat — cost per holding by size",
            "",
            "One process per size (the heap of one figure does not weigh on the next), `json.loads` and the"
            " full path interleaved; microseconds per position, median (min-max) over the rounds. Growth ="
            " cost per holding at the largest size / at 1k; target: the full path's growth ≤"
            f" {TARGET_GROWTH}x `json.loads`' own growth.",
            "",
            "| provider | positions | rounds | `json.loads` µs | `json.loads(Decimal)` µs | full path µs"
            " | full / loads |",
            "|---|---|---|---|---|---|---|",
        ]
        for provider, by_size in self.flat.items():
            for n, samples in sorted(by_size.items()):
                lines.append(
                    f"| {provider} | {n:,} | {len(samples['full'])} |"
                    f" {_spread([t / n for t in samples['loads']], _us)} | "
                    f"{_spread([t / n for t in samples['loads_decimal']], _us)} | "
                    f"{_spread([t / n for t in samples['full']], _us)} | {_xs(ratios(samples, 'full'))} |"
                )
            found = self.growth(provider)
            if found is not None:
                top, full, floor = found
                lines.append(
                    f"| {provider} | growth 1k -> {top:,} | | {_x(floor)} | | {_x(full)} | "
                    f"**{full / floor:.2f}** of loads' growth |"
                )
        return [*lines, ""]

    def memory_section(self) -> list[str]:
        if not self.memory:
            return []
        lines = [
            "## Memory — peak per holding",
            "",
            "One process per figure (`scripts/bench.py --child-memory PROVIDER N VARIANT`): after imports, a"
            " warm-up on the 1k payload and reading the payload, the variant runs once. **peak** = the"
            " process' peak resident set (`VmHWM`, reset just before the call through"
            " `/proc/self/clear_refs`)"
            " minus the resident set before the call: native allocations and allocator slack count."
            " **retained** = what is still resident with the result alive. Target: the full path's peak"
            f" ≤ {TARGET_MEMORY}x the retained size of `json.loads(parse_float=Decimal)`'s result — which the"
            " full path keeps on purpose (every object's `raw` is the provider's record). The generated"
            " client's parse alone shows the part of the peak that is the generated models, alive while"
            " the adapter maps them.",
            "",
            "| provider | positions | variant | peak | retained | peak per holding | peak /"
            " `json.loads(Decimal)` result |",
            "|---|---|---|---|---|---|---|",
        ]
        for provider, by_size in self.memory.items():
            for n, figures in sorted(by_size.items()):
                floor = figures.get("loads_decimal", {}).get("retained")
                for variant, f in figures.items():
                    ratio = _x(f["peak"] / floor) if floor else "n/a"
                    if variant == "full" and floor:
                        ratio = f"**{ratio}**"
                    lines.append(
                        f"| {provider} | {n:,} | {VARIANT_TITLES[variant]} | {f['peak'] / 1e6:.1f} MB | "
                        f"{f['retained'] / 1e6:.1f} MB | {f['peak'] / n:.0f} B | {ratio} |"
                    )
        return [*lines, ""]

    def b2_section(self) -> list[str]:
        if not self.b2:
            return []
        lines = [
            "## B2 — fan-out",
            "",
            f"One process per provider: {FANOUT_CONNECTIONS} connections through"
            f" `unifolio.aggregate.fetch_portfolio` (limit {FANOUT_LIMIT}) against a server in another"
            " process on 127.0.0.1 (HTTP/1.1) that answers every request after"
            f" {FANOUT_DELAY * 1000:.0f} ms. Ideal = (one-time steps + waves x sequential steps) x"
            f" {FANOUT_DELAY * 1000:.0f} ms, waves = {FANOUT_CONNECTIONS} / limit. *Shared adapters*: what"
            " `fetch_portfolio` does (`SharedAdapters`: a few adapters, pools and tokens per provider +"
            " credentials + environment + options, four connections at a time each); *an adapter per"
            " connection*: each connection builds and closes its own, as before. Client CPU = the client"
            " process' CPU time per connection. Wall times depend on the CPU the client and the server get:"
            " with other processes busy on the same cores they stretch (see the load above).",
            "",
            "| provider | scenario | limit | ideal | wall time | x ideal | client CPU per connection |"
            " failures |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for provider, scenarios in self.b2.items():
            for s in scenarios:
                x = median(s["walls"]) / s["ideal"]
                mark = (" ✓" if x <= TARGET_FANOUT else " ✗") if s["target"] else ""
                lines.append(
                    f"| {provider} | {s['title']} | {s['limit']} | {_ms(s['ideal'])} ms |"
                    f" {_spread(s['walls'], _ms)} ms"
                    f" | {_x(x)}{mark} | {_ms(median(s['cpu_per_connection']))} ms | {s['failures']} |"
                )
        return [*lines, ""]

    def help_section(self) -> list[str]:
        if self.help is None:
            return []
        walls = self.help["walls"]
        return [
            "## `unifolio --help`",
            "",
            f"Wall time of `unifolio --help` over {len(walls)} runs: **{median(walls):.3f} s**"
            f" ({min(walls):.3f}-{max(walls):.3f}), target ≤ {TARGET_HELP} s. Every module the command"
            " imports"
            " was compiled to bytecode first (`compileall`): this machine sets `PYTHONDONTWRITEBYTECODE=1`,"
            " under which each run would compile them from source. Provider modules and generated clients"
            f" imported by `unifolio.cli`: {self.help['providers_loaded']} (they load when a provider is"
            " used).",
            "",
        ]


# --- main -----------------------------------------------------------------------------------------


def profile(spec: str) -> None:
    provider, size, variant = spec.split(":")
    body = payload(provider, int(size))
    fn = variants(provider)[variant]
    fn(body)
    profiler = cProfile.Profile()
    profiler.enable()
    fn(body)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


LAYERS: tuple[tuple[str, Callable[[str], bool]], ...] = (  # (title, test on a file name): first match
    ("JSON decode", lambda f: f.endswith(("json/decoder.py", "json/__init__.py")) or "msgspec" in f),
    ("generated client", lambda f: "/generated/" in f or "_client/" in f),
    ("provider adapter", lambda f: "/unifolio/providers/" in f),
    ("shared mapping (answers, notices, money, model)", lambda f: "/unifolio/" in f),
)


def layer_profile(provider: str, n: int) -> dict[str, Any]:
    """Where the full path's time goes at ``n`` positions: cProfile's own time per layer (share of the
    profiled total) and the functions that cost most. Profiling slows small functions more than big
    ones, so the shares are indicative; the B1 figures above are the unprofiled truth."""
    body = payload(provider, n)
    fn = variants(provider, with_pydantic=False)["full"]
    fn(body)
    profiler = cProfile.Profile()
    profiler.enable()
    fn(body)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    layers: dict[str, float] = {}
    functions: list[tuple[float, str]] = []
    for (filename, line, name), (_, _, own, _, _) in stats.items():
        title = next((t for t, test in LAYERS if test(filename)), "Python runtime (Decimal, builtins, attrs)")
        layers[title] = layers.get(title, 0.0) + own
        where = filename.split("/site-packages/")[-1].split("/work/")[-1] if filename != "~" else "builtin"
        functions.append((own, f"`{name}` ({Path(where).name}:{line})"))
    total = sum(layers.values()) or 1.0
    top = sorted(functions, reverse=True)[:6]
    return {
        "layers": {t: own / total for t, own in sorted(layers.items(), key=lambda kv: -kv[1])},
        "top": [(label, own / total) for own, label in top],
    }


def _extra_sections() -> list[str]:
    """``EXTRA_SECTIONS`` (other parts of the bench) contribute their own sections, where present."""
    lines: list[str] = []
    for path in EXTRA_SECTIONS:
        if not path.exists():
            continue
        spec = importlib.util.spec_from_file_location(f"_{path.stem}", path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"{path.name} ...", flush=True)
        lines += [*module.section(), ""]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="few rounds, no 100k/1M figures")
    parts = ("b1", "flat", "memory", "b2", "help")
    parser.add_argument("--only", choices=parts, action="append", help="run only these parts")
    parser.add_argument("--providers", help="comma-separated subset of the registered providers")
    parser.add_argument(
        "--million", help="provider with the 1M-position row (default: the first registered); 'none' for none"
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--profile", metavar="PROVIDER:SIZE:VARIANT")
    parser.add_argument("--child-time", nargs=3, metavar=("PROVIDER", "N", "ROUNDS"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--child-memory", nargs=3, metavar=("PROVIDER", "N", "VARIANT"), help=argparse.SUPPRESS
    )
    parser.add_argument("--serve", nargs=2, metavar=("PROVIDER", "DELAY"), help=argparse.SUPPRESS)
    parser.add_argument("--child-fanout", nargs=2, metavar=("PROVIDER", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.serve:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve(args.serve[0], float(args.serve[1])))
        return 0
    if args.child_time:
        child_time(args.child_time[0], int(args.child_time[1]), int(args.child_time[2]))
        return 0
    if args.child_memory:
        child_memory(args.child_memory[0], int(args.child_memory[1]), args.child_memory[2])
        return 0
    if args.child_fanout:  # in a fresh process: what earlier parts left on the heap does not weigh on it
        print(json.dumps(fanout(args.child_fanout[0], args.child_fanout[1] == "quick")))
        return 0

    started = time.perf_counter()
    providers = registered()
    for provider in providers:
        plugin(provider)  # every registered provider has one, or stop here
    if args.providers:
        chosen = [p for p in args.providers.split(",") if p]
        unknown = sorted(set(chosen) - set(providers))
        if unknown:
            sys.exit(f"bench: not registered: {', '.join(unknown)}")
        providers = chosen
    generate_pydantic_models(providers)
    if args.profile:
        profile(args.profile)
        return 0
    selected = set(args.only or parts)
    million = args.million or registered()[0]
    header = machine()
    load_at_start, busy = load(), busy_processes()
    report = Report()
    report.rounds = {1_000: 5, 10_000: 3} if args.quick else {1_000: 15, 10_000: 9}

    if "b1" in selected:
        for provider in providers:
            fns = variants(provider)
            report.notes += check_outputs(provider, fns)
            for n in B1_SIZES:
                body = payload(provider, n)
                report.sizes.setdefault(provider, {})[n] = len(body)
                print(f"B1 {provider} {n:,} positions ({len(body) / 1e6:.1f} MB) ...", flush=True)
                samples = time_variants(fns, body, report.rounds[n])
                report.b1.setdefault(provider, {})[n] = samples
                print(f"   full/loads {median(ratios(samples, 'full')):.2f}x", flush=True)
            if median(ratios(report.b1[provider][B1_SIZES[-1]], "full")) > TARGET_RATIO:
                report.profiles[provider] = layer_profile(provider, B1_SIZES[-1])

    if "flat" in selected:
        sizes = FLAT_SIZES[:2] if args.quick else FLAT_SIZES
        flat_rounds = {1_000: 9, 10_000: 7, 100_000: 3, MILLION: 3}
        for provider in providers:
            for n in (*sizes, MILLION) if provider == million and not args.quick else sizes:
                print(f"flat {provider} {n:,} positions (own process) ...", flush=True)
                payload_file(provider, n)
                samples = _run_child("--child-time", provider, str(n), str(flat_rounds[n]))
                report.flat.setdefault(provider, {})[n] = samples

    if "memory" in selected and not args.quick:
        jobs = [
            (p, MEMORY_SIZE, v)
            for p in providers
            for v in ("loads", "loads_decimal", "generated", "full")
            if v != "generated" or hasattr(plugin(p), "generated")
        ]
        if million in providers:
            jobs += [(million, MILLION, v) for v in ("loads_decimal", "full")]
        print(f"memory: {len(jobs)} figures, one process each ...", flush=True)
        for provider, n, _ in jobs:
            payload_file(provider, n)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = pool.map(lambda job: _run_child("--child-memory", job[0], str(job[1]), job[2]), jobs)
            for (provider, n, variant), result in zip(jobs, results, strict=True):
                report.memory.setdefault(provider, {}).setdefault(n, {})[variant] = result

    if "b2" in selected:
        for provider in providers:
            if hasattr(plugin(provider), "FANOUT"):
                print(f"B2 {provider} (own process) ...", flush=True)
                report.b2[provider] = _run_child(
                    "--child-fanout", provider, "quick" if args.quick else "full"
                )

    if "help" in selected:
        print("unifolio --help ...", flush=True)
        report.help = help_timing(5 if args.quick else 15)

    elapsed = time.perf_counter() - started
    lines = [
        "# unifolio benchmarks",
        "",
        "Written by `make bench` (`scripts/bench.py`); do not edit by hand.",
        "",
    ]
    lines += header
    lines += [
        f"- load average (1, 5, 15 min) at start: {load_at_start}; at the end: {load()}",
        "- other processes using CPU at the start (sampled over 2 s): "
        + (", ".join(busy) or "none above 2%"),
        f"- whole run: {elapsed:.0f} s",
        "",
        "The machine is shared: figures taken while other processes ran are noisier, which is why B1 and"
        " Flat interleave their variants and report ratios per round.",
        "",
    ]
    lines += report.summary()
    lines += report.b1_section()
    lines += report.flat_section()
    lines += report.memory_section()
    lines += report.b2_section()
    lines += report.help_section()
    lines += report.misses_section()
    lines += _extra_sections()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines).rstrip("\n") + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
