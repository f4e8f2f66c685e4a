"""A string type for credentials that never shows its value by accident, and the rule a credential obeys."""

from __future__ import annotations

from typing import Final

__all__ = ["MASK", "MIN_CREDENTIAL_LENGTH", "Secret", "as_secret", "credential_problem"]

MASK: Final = "**********"
MIN_CREDENTIAL_LENGTH: Final = 8
"""Shorter values are refused as credentials: no real API key, secret or token is that short, and a
secret that short could not be redacted from error text without mangling unrelated words (see
``unifolio._redact``)."""


class Secret:
    """Holds a credential; ``repr``/``str``/f-strings show a mask, ``reveal()`` is the only way out.

    Immutable and hashable so credentials can live in frozen attrs classes; equality compares the value
    so configuration can be compared in tests without revealing it.
    """

    __slots__ = ("_value",)
    _value: str

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("Secret holds a str")
        object.__setattr__(self, "_value", value)

    def reveal(self) -> str:
        return self._value

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Secret is immutable")

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __format__(self, format_spec: str) -> str:
        return MASK

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("Secret values are not picklable")


def as_secret(value: Secret | str) -> Secret:
    """A credential given as text or as a ``Secret``, held as a ``Secret`` (the attrs converter of every
    credential field)."""
    return value if isinstance(value, Secret) else Secret(value)


def credential_problem(value: object, *, travels: bool = True) -> str | None:
    """What is wrong with a credential value (None if nothing), worded so it never reveals the value.

    A credential that ``travels`` (in an HTTP header or body, as given) must be printable ASCII without
    spaces: a trailing newline from a ``.env`` or mounted secret file would otherwise make httpx/h11
    raise an error that quotes the whole header value. One that never leaves the process (an HMAC
    signing key) may hold any printable text, but not surrounding whitespace or control characters.
    No position or character is ever named.
    """
    if not isinstance(value, str | Secret):
        return f"must be a string, got {type(value).__name__}"
    text = value.reveal() if isinstance(value, Secret) else value
    if not text:
        return "is empty"
    if text != text.strip():
        return "has leading or trailing whitespace (a newline from a .env or secret file?)"
    if travels and not all("!" <= char <= "~" for char in text):
        return (
            "contains whitespace, a control character or a non-ASCII character "
            "(a credential sent in a request is printable ASCII)"
        )
    if not travels and not all(char.isprintable() for char in text):
        return "contains a control or invisible formatting character"
    if len(text) < MIN_CREDENTIAL_LENGTH:
        return f"is shorter than {MIN_CREDENTIAL_LENGTH} characters, too short to be a real credential"
    return None
