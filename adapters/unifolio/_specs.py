"""Where the OpenAPI documents live: inside the wheel (unifolio/_specs) or in a source checkout (specs/)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_ROOT = _PACKAGE_DIR.parent.parent


def spec_path(filename: str) -> Path:
    for folder in (_PACKAGE_DIR / "_specs", _CHECKOUT_ROOT / "specs"):
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"OpenAPI document {filename!r} is neither in the package nor in specs/")


def checkout_root() -> Path:
    """The repository root when running from a source checkout (used to find mocks/node_modules)."""
    return _CHECKOUT_ROOT
