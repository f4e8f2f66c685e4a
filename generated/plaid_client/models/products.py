from enum import StrEnum

from ..types import unknown_enum_value


class Products(StrEnum):
    """Open enum: a value the spec does not list yet is kept, not rejected.

    Unknown values come back as pseudo-members (``is_known`` is False) that compare equal to their
    string and serialise back unchanged, because providers add values without notice. Each is made once
    and reused (up to ``_UNKNOWN_LIMIT`` distinct values; beyond that each occurrence gets its own).
    """

    ASSETS = "assets"
    AUTH = "auth"
    BALANCE = "balance"
    BALANCE_PLUS = "balance_plus"
    BEACON = "beacon"
    CRA_BASE_REPORT = "cra_base_report"
    CRA_CASHFLOW_INSIGHTS = "cra_cashflow_insights"
    CRA_INCOME_INSIGHTS = "cra_income_insights"
    CRA_LEND_SCORE = "cra_lend_score"
    CRA_MONITORING = "cra_monitoring"
    CRA_NETWORK_INSIGHTS = "cra_network_insights"
    CRA_PARTNER_INSIGHTS = "cra_partner_insights"
    CRA_PLAID_CREDIT_SCORE = "cra_plaid_credit_score"
    CREDIT_DETAILS = "credit_details"
    EMPLOYMENT = "employment"
    IDENTITY = "identity"
    IDENTITY_MATCH = "identity_match"
    IDENTITY_VERIFICATION = "identity_verification"
    INCOME = "income"
    INCOME_VERIFICATION = "income_verification"
    INVESTMENTS = "investments"
    INVESTMENTS_AUTH = "investments_auth"
    LAYER = "layer"
    LIABILITIES = "liabilities"
    PAYMENT_INITIATION = "payment_initiation"
    PAY_BY_BANK = "pay_by_bank"
    PROCESSOR_IDENTITY = "processor_identity"
    PROCESSOR_PAYMENTS = "processor_payments"
    PROFILE = "profile"
    PROTECT_LINKED_BANK = "protect_linked_bank"
    PROTECT_TRANSACTIONS = "protect_transactions"
    RECURRING_TRANSACTIONS = "recurring_transactions"
    SIGNAL = "signal"
    STANDING_ORDERS = "standing_orders"
    STATEMENTS = "statements"
    TRANSACTIONS = "transactions"
    TRANSACTIONS_REFRESH = "transactions_refresh"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "Products | None":
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


_UNKNOWN: dict[str, Products] = {}
"""The pseudo-members made so far, by value."""
_UNKNOWN_LIMIT = 1024
"""Distinct unknown values remembered: a provider sending ever new values cannot grow memory without end."""
