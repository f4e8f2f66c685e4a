from enum import StrEnum


class AccountBaseVerificationStatus(StrEnum):
    """Open enum: a value the spec does not list yet is kept, not rejected.

    Unknown values come back as pseudo-members (``is_known`` is False) that compare equal to their
    string and serialise back unchanged, because providers add values without notice.
    """

    AUTOMATICALLY_VERIFIED = "automatically_verified"
    DATABASE_INSIGHTS_FAIL = "database_insights_fail"
    DATABASE_INSIGHTS_PASS = "database_insights_pass"
    DATABASE_INSIGHTS_PASS_WITH_CAUTION = "database_insights_pass_with_caution"
    DATABASE_MATCHED = "database_matched"
    MANUALLY_VERIFIED = "manually_verified"
    PENDING_AUTOMATIC_VERIFICATION = "pending_automatic_verification"
    PENDING_MANUAL_VERIFICATION = "pending_manual_verification"
    UNSENT = "unsent"
    VERIFICATION_EXPIRED = "verification_expired"
    VERIFICATION_FAILED = "verification_failed"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "AccountBaseVerificationStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN({value!r})"
        member._value_ = value
        return member
