from enum import StrEnum


class ItemAuthMethod(StrEnum):
    """Open enum: a value the spec does not list yet is kept, not rejected.

    Unknown values come back as pseudo-members (``is_known`` is False) that compare equal to their
    string and serialise back unchanged, because providers add values without notice.
    """

    AUTOMATED_MICRODEPOSITS = "AUTOMATED_MICRODEPOSITS"
    DATABASE_INSIGHTS = "DATABASE_INSIGHTS"
    DATABASE_MATCH = "DATABASE_MATCH"
    INSTANT_AUTH = "INSTANT_AUTH"
    INSTANT_MATCH = "INSTANT_MATCH"
    INSTANT_MICRODEPOSITS = "INSTANT_MICRODEPOSITS"
    INVESTMENTS_FALLBACK = "INVESTMENTS_FALLBACK"
    SAME_DAY_MICRODEPOSITS = "SAME_DAY_MICRODEPOSITS"
    TRANSFER_MIGRATED = "TRANSFER_MIGRATED"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ItemAuthMethod | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN({value!r})"
        member._value_ = value
        return member
