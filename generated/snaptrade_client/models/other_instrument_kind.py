from enum import StrEnum

from ..types import unknown_enum_value


class OtherInstrumentKind(StrEnum):
    """Open enum: a value the spec does not list yet is kept, not rejected.

    Unknown values come back as pseudo-members (``is_known`` is False) that compare equal to their
    string and serialise back unchanged, because providers add values without notice. Each is made once
    and reused (up to ``_UNKNOWN_LIMIT`` distinct values; beyond that each occurrence gets its own).
    """

    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OtherInstrumentKind | None":
        if not isinstance(value, str):  # a JSON null, number or object is no value of any string enum
            raise TypeError(f"expected a string, got {'null' if value is None else type(value).__name__}")
        unknown_enum_value(cls, value)
        member = _UNKNOWN.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._name_ = f"UNKNOWN({value!r})"
            member._value_ = value
            if len(_UNKNOWN) < _UNKNOWN_LIMIT:
                _UNKNOWN[value] = member
        return member


_UNKNOWN: dict[str, OtherInstrumentKind] = {}
"""The pseudo-members made so far, by value."""
_UNKNOWN_LIMIT = 1024
"""Distinct unknown values remembered: a provider sending ever new values cannot grow memory without end."""
