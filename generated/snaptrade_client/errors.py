"""Errors raised by this generated client (unifolio custom templates)."""

from collections.abc import Sequence

PathItem = str | int


class UnexpectedStatus(Exception):
    """Raised when the response status is undocumented and Client.raise_on_unexpected_status is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class DecodeError(Exception):
    """A response body that does not fit its schema, with the JSON path of the offending value.

    The generated parsers raise this instead of leaving raw dicts in typed models or raising a bare
    KeyError/TypeError, so callers can say exactly which value broke the contract.
    """

    def __init__(self, reason: str, path: Sequence[PathItem] = ()):
        self.reason = reason
        self.path: tuple[PathItem, ...] = tuple(path)
        super().__init__(reason)

    def at(self, item: PathItem) -> "DecodeError":
        """Prefix the path with the key or index the value was found under (parsers call this outwards)."""
        self.path = (item, *self.path)
        return self

    @property
    def json_path(self) -> str:
        return format_json_path(self.path)

    def __str__(self) -> str:
        return f"{self.json_path}: {self.reason}"


def format_json_path(path: Sequence[PathItem]) -> str:
    """Render a path as JSONPath: ``$.content.positions[3].amount``."""
    parts = ["$"]
    for item in path:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item.isidentifier():
            parts.append(f".{item}")
        else:
            parts.append(f"[{item!r}]")
    return "".join(parts)


__all__ = ["DecodeError", "UnexpectedStatus", "format_json_path"]
