"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_account_category_type_1 import AccountAccountCategoryType1
from .account_account_category_type_2_type_1 import AccountAccountCategoryType2Type1
from .account_account_category_type_3_type_1 import AccountAccountCategoryType3Type1
from .account_balance import AccountBalance
from .account_balance_total_type_0 import AccountBalanceTotalType0
from .account_meta import AccountMeta
from .account_position import AccountPosition
from .account_status_type_1 import AccountStatusType1
from .account_status_type_2_type_1 import AccountStatusType2Type1
from .account_status_type_3_type_1 import AccountStatusType3Type1
from .account_sync_status import AccountSyncStatus
from .adr_instrument import AdrInstrument
from .adr_instrument_kind import AdrInstrumentKind
from .all_account_positions_response import AllAccountPositionsResponse
from .all_account_positions_response_data_freshness import AllAccountPositionsResponseDataFreshness
from .balance import Balance
from .brokerage import Brokerage
from .brokerage_authorization import BrokerageAuthorization
from .brokerage_authorization_meta import BrokerageAuthorizationMeta
from .brokerage_type import BrokerageType
from .cef_instrument import CefInstrument
from .cef_instrument_kind import CefInstrumentKind
from .cfd_instrument import CfdInstrument
from .cfd_instrument_kind import CfdInstrumentKind
from .crypto_instrument import CryptoInstrument
from .crypto_instrument_kind import CryptoInstrumentKind
from .currency import Currency
from .etf_instrument import EtfInstrument
from .etf_instrument_kind import EtfInstrumentKind
from .field_429_too_many_requests_response import Field429TooManyRequestsResponse
from .field_503_brokerage_request_response import Field503BrokerageRequestResponse
from .figi_instrument import FigiInstrument
from .future_instrument import FutureInstrument
from .future_instrument_kind import FutureInstrumentKind
from .get_account_balances_response_401 import GetAccountBalancesResponse401
from .get_account_balances_response_402 import GetAccountBalancesResponse402
from .get_account_balances_response_404 import GetAccountBalancesResponse404
from .get_account_balances_response_410 import GetAccountBalancesResponse410
from .get_account_balances_response_425 import GetAccountBalancesResponse425
from .get_account_positions_response_401 import GetAccountPositionsResponse401
from .get_account_positions_response_402 import GetAccountPositionsResponse402
from .get_account_positions_response_404 import GetAccountPositionsResponse404
from .get_account_positions_response_410 import GetAccountPositionsResponse410
from .get_account_positions_response_425 import GetAccountPositionsResponse425
from .get_account_response_401 import GetAccountResponse401
from .get_account_response_402 import GetAccountResponse402
from .get_account_response_404 import GetAccountResponse404
from .get_account_response_410 import GetAccountResponse410
from .get_account_response_425 import GetAccountResponse425
from .holdings_status import HoldingsStatus
from .list_accounts_response_401 import ListAccountsResponse401
from .list_accounts_response_410 import ListAccountsResponse410
from .list_connections_response_401 import ListConnectionsResponse401
from .list_connections_response_410 import ListConnectionsResponse410
from .mutual_fund_instrument import MutualFundInstrument
from .mutual_fund_instrument_kind import MutualFundInstrumentKind
from .option_instrument import OptionInstrument
from .option_instrument_kind import OptionInstrumentKind
from .option_instrument_option_type import OptionInstrumentOptionType
from .other_instrument import OtherInstrument
from .other_instrument_kind import OtherInstrumentKind
from .stock_instrument import StockInstrument
from .stock_instrument_kind import StockInstrumentKind
from .tax_lot import TaxLot
from .transactions_status import TransactionsStatus

__all__ = (
    "Account",
    "AccountAccountCategoryType1",
    "AccountAccountCategoryType2Type1",
    "AccountAccountCategoryType3Type1",
    "AccountBalance",
    "AccountBalanceTotalType0",
    "AccountMeta",
    "AccountPosition",
    "AccountStatusType1",
    "AccountStatusType2Type1",
    "AccountStatusType3Type1",
    "AccountSyncStatus",
    "AdrInstrument",
    "AdrInstrumentKind",
    "AllAccountPositionsResponse",
    "AllAccountPositionsResponseDataFreshness",
    "Balance",
    "Brokerage",
    "BrokerageAuthorization",
    "BrokerageAuthorizationMeta",
    "BrokerageType",
    "CefInstrument",
    "CefInstrumentKind",
    "CfdInstrument",
    "CfdInstrumentKind",
    "CryptoInstrument",
    "CryptoInstrumentKind",
    "Currency",
    "EtfInstrument",
    "EtfInstrumentKind",
    "Field429TooManyRequestsResponse",
    "Field503BrokerageRequestResponse",
    "FigiInstrument",
    "FutureInstrument",
    "FutureInstrumentKind",
    "GetAccountBalancesResponse401",
    "GetAccountBalancesResponse402",
    "GetAccountBalancesResponse404",
    "GetAccountBalancesResponse410",
    "GetAccountBalancesResponse425",
    "GetAccountPositionsResponse401",
    "GetAccountPositionsResponse402",
    "GetAccountPositionsResponse404",
    "GetAccountPositionsResponse410",
    "GetAccountPositionsResponse425",
    "GetAccountResponse401",
    "GetAccountResponse402",
    "GetAccountResponse404",
    "GetAccountResponse410",
    "GetAccountResponse425",
    "HoldingsStatus",
    "ListAccountsResponse401",
    "ListAccountsResponse410",
    "ListConnectionsResponse401",
    "ListConnectionsResponse410",
    "MutualFundInstrument",
    "MutualFundInstrumentKind",
    "OptionInstrument",
    "OptionInstrumentKind",
    "OptionInstrumentOptionType",
    "OtherInstrument",
    "OtherInstrumentKind",
    "StockInstrument",
    "StockInstrumentKind",
    "TaxLot",
    "TransactionsStatus",
)
