from enum import StrEnum


class ItemUpdateType(StrEnum):
    """Open enum: a value the spec does not list yet is kept, not rejected.

    Unknown values come back as pseudo-members (``is_known`` is False) that compare equal to their
    string and serialise back unchanged, because providers add values without notice.
    """

    BACKGROUND = "background"
    USER_PRESENT_REQUIRED = "user_present_required"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ItemUpdateType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN({value!r})"
        member._value_ = value
        return member
