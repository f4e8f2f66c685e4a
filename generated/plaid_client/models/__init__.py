"""Contains all the data models used in inputs/outputs"""

from .account_balance import AccountBalance
from .account_base import AccountBase
from .account_base_verification_status import AccountBaseVerificationStatus
from .account_holder_category import AccountHolderCategory
from .account_subtype import AccountSubtype
from .account_type import AccountType
from .account_verification_insights import AccountVerificationInsights
from .account_verification_insights_account_number_format import (
    AccountVerificationInsightsAccountNumberFormat,
)
from .account_verification_insights_network_status import AccountVerificationInsightsNetworkStatus
from .account_verification_insights_previous_returns import AccountVerificationInsightsPreviousReturns
from .accounts_balance_get_request import AccountsBalanceGetRequest
from .accounts_balance_get_request_options import AccountsBalanceGetRequestOptions
from .accounts_get_request import AccountsGetRequest
from .accounts_get_request_options import AccountsGetRequestOptions
from .accounts_get_response import AccountsGetResponse
from .fixed_income import FixedIncome
from .holding import Holding
from .holding_tax_lot import HoldingTaxLot
from .holding_tax_lot_position_type import HoldingTaxLotPositionType
from .investment_account import InvestmentAccount
from .investment_account_balance import InvestmentAccountBalance
from .investment_holdings_get_request_options import InvestmentHoldingsGetRequestOptions
from .investments_holdings_get_request import InvestmentsHoldingsGetRequest
from .investments_holdings_get_response import InvestmentsHoldingsGetResponse
from .item import Item
from .item_auth_method import ItemAuthMethod
from .item_update_type import ItemUpdateType
from .option_contract import OptionContract
from .plaid_error import PlaidError
from .plaid_error_type import PlaidErrorType
from .products import Products
from .security import Security
from .yield_rate import YieldRate
from .yield_rate_type import YieldRateType

__all__ = (
    "AccountBalance",
    "AccountBase",
    "AccountBaseVerificationStatus",
    "AccountHolderCategory",
    "AccountsBalanceGetRequest",
    "AccountsBalanceGetRequestOptions",
    "AccountsGetRequest",
    "AccountsGetRequestOptions",
    "AccountsGetResponse",
    "AccountSubtype",
    "AccountType",
    "AccountVerificationInsights",
    "AccountVerificationInsightsAccountNumberFormat",
    "AccountVerificationInsightsNetworkStatus",
    "AccountVerificationInsightsPreviousReturns",
    "FixedIncome",
    "Holding",
    "HoldingTaxLot",
    "HoldingTaxLotPositionType",
    "InvestmentAccount",
    "InvestmentAccountBalance",
    "InvestmentHoldingsGetRequestOptions",
    "InvestmentsHoldingsGetRequest",
    "InvestmentsHoldingsGetResponse",
    "Item",
    "ItemAuthMethod",
    "ItemUpdateType",
    "OptionContract",
    "PlaidError",
    "PlaidErrorType",
    "Products",
    "Security",
    "YieldRate",
    "YieldRateType",
)
