"""Where Prism comes from: the pinned npm lockfile the package ships, installed into a per-user cache.

The wheel carries ``mocks/package.json`` and ``mocks/package-lock.json`` as ``unifolio/_prism/``.
``unifolio mock install`` runs ``npm ci --omit=dev`` on a copy of them in
``$XDG_CACHE_HOME/unifolio/prism/<lockfile hash>/`` (Prism only: the lockfile's dev dependencies are the
checkout's contract-test tools). The folder is named by the lockfile's hash, so an upgrade of unifolio
that pins another Prism installs next to the old one instead of silently using it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ._exceptions import MockServerError, PrismNotInstalledError
from ._specs import checkout_root

__all__ = [
    "CACHE_ENV",
    "MIN_NODE",
    "PRISM_ENV",
    "find_prism",
    "install_prism",
    "installed_prism",
    "pinned_prism_version",
    "prism_home",
]

PRISM_ENV = "UNIFOLIO_PRISM"
"""Path of a ``prism`` executable to use instead of the pinned one."""
CACHE_ENV = "UNIFOLIO_CACHE_DIR"
"""Overrides the cache folder (default ``$XDG_CACHE_HOME/unifolio``, else ``~/.cache/unifolio``)."""
MIN_NODE = (18, 20, 1)
"""Prism 5.14's ``engines`` requirement."""
_PACKAGE = "@stoplight/prism-cli"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _lock_dir() -> Path:
    """The folder holding package.json + package-lock.json: in the wheel, else the checkout's mocks/."""
    for folder in (_PACKAGE_DIR / "_prism", checkout_root() / "mocks"):
        if (folder / "package-lock.json").is_file():
            return folder
    raise PrismNotInstalledError("this unifolio installation ships no Prism lockfile (unifolio/_prism)")


def pinned_prism_version() -> str:
    manifest = json.loads((_lock_dir() / "package.json").read_text())
    return str(manifest["dependencies"][_PACKAGE])


def _cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "unifolio"


def prism_home() -> Path:
    """The folder ``unifolio mock install`` installs this version's Prism into."""
    digest = hashlib.sha256((_lock_dir() / "package-lock.json").read_bytes()).hexdigest()[:16]
    return _cache_dir() / "prism" / digest


def _bin(folder: Path) -> Path:
    return folder / "node_modules" / ".bin" / "prism"


def _checkout_prism() -> Path:
    """A source checkout's own Prism (``npm ci`` in mocks/, done by every make target)."""
    return _bin(checkout_root() / "mocks")


def installed_prism() -> Path | None:
    """The pinned Prism in the user cache, if ``unifolio mock install`` has put it there."""
    candidate = _bin(prism_home())
    return candidate if candidate.is_file() else None


def install_hint() -> str:
    return (
        f"Prism (the mock server, a Node.js program) is not installed. Run `unifolio mock install`: it "
        f"installs {_PACKAGE}@{pinned_prism_version()} from the lockfile shipped with unifolio into "
        f"{prism_home()} and needs Node.js >= {'.'.join(map(str, MIN_NODE))} with npm on PATH. "
        f"Or set {PRISM_ENV} to the path of a prism executable."
    )


def find_prism() -> Path:
    """$UNIFOLIO_PRISM, else the checkout's mocks/node_modules, else the user cache install."""
    configured = os.environ.get(PRISM_ENV)
    if configured:
        path = Path(configured)
        if path.is_file() and os.access(path, os.X_OK):
            return path
        raise PrismNotInstalledError(f"{PRISM_ENV}={configured} is not an executable file. {install_hint()}")
    in_checkout = _checkout_prism()
    if in_checkout.is_file():
        return in_checkout
    cached = installed_prism()
    if cached is not None:
        return cached
    raise PrismNotInstalledError(install_hint())


def node_version(node: str) -> tuple[int, ...]:
    try:
        completed = subprocess.run(  # noqa: S603 - fixed argv
            [node, "--version"], capture_output=True, text=True, timeout=30, check=True
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise PrismNotInstalledError(f"cannot run `{node} --version`: {exc}") from exc
    match = re.fullmatch(r"v?(\d+)\.(\d+)\.(\d+)\S*", completed.stdout.strip())
    if not match:
        raise PrismNotInstalledError(f"unrecognised Node.js version {completed.stdout.strip()!r}")
    return tuple(int(part) for part in match.groups())


def _require_node() -> str:
    node, npm = shutil.which("node"), shutil.which("npm")
    wanted = ".".join(map(str, MIN_NODE))
    if node is None or npm is None:
        raise PrismNotInstalledError(
            f"Prism needs Node.js >= {wanted} and npm on PATH; {'node' if node is None else 'npm'} "
            "was not found. Install Node.js (https://nodejs.org or your package manager), then run "
            "`unifolio mock install` again."
        )
    found = node_version(node)
    if found < MIN_NODE:
        raise PrismNotInstalledError(
            f"Prism {pinned_prism_version()} needs Node.js >= {wanted}; {node} is "
            f"{'.'.join(map(str, found))}. Upgrade Node.js, then run `unifolio mock install` again."
        )
    return npm


def install_prism(*, force: bool = False) -> Path:
    """Install the pinned Prism into the user cache (``npm ci --omit=dev``); return its executable.

    Idempotent: an existing install of the same lockfile is kept unless ``force``. The install happens
    in a temporary folder renamed into place at the end, so an interrupted install leaves nothing that
    ``find_prism`` would pick up.
    """
    home = prism_home()
    if not force and installed_prism() is not None:
        return _bin(home)
    npm = _require_node()
    home.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=home.parent))
    try:
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(_lock_dir() / name, staging / name)
        completed = subprocess.run(  # noqa: S603 - fixed argv
            [npm, "ci", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
            cwd=staging,
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0 or not _bin(staging).is_file():
            raise MockServerError(
                f"`npm ci` failed (exit {completed.returncode}) installing Prism into {home}:\n"
                f"{(completed.stdout + completed.stderr)[-3000:]}"
            )
        if force and home.exists():
            shutil.rmtree(home)
        with contextlib.suppress(FileExistsError, OSError):
            staging.rename(home)  # another install that finished first wins; both are the same lockfile
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if not _bin(home).is_file():
        raise MockServerError(f"Prism was installed but {_bin(home)} is missing")
    return _bin(home)
