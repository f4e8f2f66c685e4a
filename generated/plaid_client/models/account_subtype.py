from enum import StrEnum

from ..types import unknown_enum_value


class AccountSubtype(StrEnum):
    """Open enum: a value the spec does not list yet is kept, not rejected.

    Unknown values come back as pseudo-members (``is_known`` is False) that compare equal to their
    string and serialise back unchanged, because providers add values without notice. Each is made once
    and reused (up to ``_UNKNOWN_LIMIT`` distinct values; beyond that each occurrence gets its own).
    """

    AUTO = "auto"
    BROKERAGE = "brokerage"
    BUSINESS = "business"
    CASH_ISA = "cash isa"
    CASH_MANAGEMENT = "cash management"
    CD = "cd"
    CHECKING = "checking"
    COMMERCIAL = "commercial"
    CONSTRUCTION = "construction"
    CONSUMER = "consumer"
    CREDIT_CARD = "credit card"
    CRYPTO_EXCHANGE = "crypto exchange"
    EBT = "ebt"
    EDUCATION_SAVINGS_ACCOUNT = "education savings account"
    FHSA = "fhsa"
    FIXED_ANNUITY = "fixed annuity"
    GIC = "gic"
    HEALTH_REIMBURSEMENT_ARRANGEMENT = "health reimbursement arrangement"
    HOME_EQUITY = "home equity"
    HSA = "hsa"
    IRA = "ira"
    ISA = "isa"
    KEOGH = "keogh"
    LIF = "lif"
    LIFE_INSURANCE = "life insurance"
    LIMITED_PURPOSE_CHECKING = "limited purpose checking"
    LINE_OF_CREDIT = "line of credit"
    LIRA = "lira"
    LOAN = "loan"
    LRIF = "lrif"
    LRSP = "lrsp"
    MONEY_MARKET = "money market"
    MORTGAGE = "mortgage"
    MUTUAL_FUND = "mutual fund"
    NON_CUSTODIAL_WALLET = "non-custodial wallet"
    NON_TAXABLE_BROKERAGE_ACCOUNT = "non-taxable brokerage account"
    OTHER = "other"
    OTHER_ANNUITY = "other annuity"
    OTHER_INSURANCE = "other insurance"
    OVERDRAFT = "overdraft"
    PAYPAL = "paypal"
    PAYROLL = "payroll"
    PENSION = "pension"
    PREPAID = "prepaid"
    PRIF = "prif"
    PROFIT_SHARING_PLAN = "profit sharing plan"
    QSHR = "qshr"
    RDSP = "rdsp"
    RESP = "resp"
    RETIREMENT = "retirement"
    RLIF = "rlif"
    ROTH = "roth"
    ROTH_401K = "roth 401k"
    ROTH_403B = "roth 403B"
    ROTH_457B = "roth 457b"
    ROTH_PENSION = "roth pension"
    ROTH_PROFIT_SHARING_PLAN = "roth profit sharing plan"
    ROTH_THRIFT_SAVINGS_PLAN = "roth thrift savings plan"
    RRIF = "rrif"
    RRSP = "rrsp"
    SARSEP = "sarsep"
    SAVINGS = "savings"
    SEP_IRA = "sep ira"
    SIMPLE_IRA = "simple ira"
    SIPP = "sipp"
    STOCK_PLAN = "stock plan"
    STUDENT = "student"
    TFSA = "tfsa"
    THRIFT_SAVINGS_PLAN = "thrift savings plan"
    TRUST = "trust"
    UGMA = "ugma"
    UTMA = "utma"
    VALUE_0 = "401a"
    VALUE_1 = "401k"
    VALUE_2 = "403B"
    VALUE_3 = "457b"
    VALUE_4 = "529"
    VARIABLE_ANNUITY = "variable annuity"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "AccountSubtype | None":
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


_UNKNOWN: dict[str, AccountSubtype] = {}
"""The pseudo-members made so far, by value."""
_UNKNOWN_LIMIT = 1024
"""Distinct unknown values remembered: a provider sending ever new values cannot grow memory without end."""
