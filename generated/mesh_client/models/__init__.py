"""Contains all the data models used in inputs/outputs"""

from .api_result import ApiResult
from .api_result_status import ApiResultStatus
from .b2b_broker_account_balance import B2BBrokerAccountBalance
from .b2b_broker_account_balance_model import B2BBrokerAccountBalanceModel
from .b2b_broker_account_balance_model_api_result import B2BBrokerAccountBalanceModelApiResult
from .b2b_nft_position import B2BNftPosition
from .b2b_option_position import B2BOptionPosition
from .b2b_portfolio_model import B2BPortfolioModel
from .b2b_portfolio_model_api_result import B2BPortfolioModelApiResult
from .balance_broker_base_request import BalanceBrokerBaseRequest
from .broker_option_direction import BrokerOptionDirection
from .broker_option_type import BrokerOptionType
from .broker_portfolio_value_model import BrokerPortfolioValueModel
from .broker_portfolio_value_model_api_result import BrokerPortfolioValueModelApiResult
from .broker_request_status import BrokerRequestStatus
from .broker_type import BrokerType
from .cryptocurrency_address_type import CryptocurrencyAddressType
from .de_fi_position_distribution import DeFiPositionDistribution
from .holdings_model import HoldingsModel
from .holdings_model_api_result import HoldingsModelApiResult
from .nft_blockchain import NftBlockchain
from .nft_order import NftOrder
from .nft_order_side import NftOrderSide
from .nft_position_with_market_values import NftPositionWithMarketValues
from .portfolio_broker_base_request import PortfolioBrokerBaseRequest
from .portfolio_holdings_request import PortfolioHoldingsRequest
from .position import Position
from .position_with_market_value import PositionWithMarketValue
from .position_with_return import PositionWithReturn

__all__ = (
    "ApiResult",
    "ApiResultStatus",
    "B2BBrokerAccountBalance",
    "B2BBrokerAccountBalanceModel",
    "B2BBrokerAccountBalanceModelApiResult",
    "B2BNftPosition",
    "B2BOptionPosition",
    "B2BPortfolioModel",
    "B2BPortfolioModelApiResult",
    "BalanceBrokerBaseRequest",
    "BrokerOptionDirection",
    "BrokerOptionType",
    "BrokerPortfolioValueModel",
    "BrokerPortfolioValueModelApiResult",
    "BrokerRequestStatus",
    "BrokerType",
    "CryptocurrencyAddressType",
    "DeFiPositionDistribution",
    "HoldingsModel",
    "HoldingsModelApiResult",
    "NftBlockchain",
    "NftOrder",
    "NftOrderSide",
    "NftPositionWithMarketValues",
    "PortfolioBrokerBaseRequest",
    "PortfolioHoldingsRequest",
    "Position",
    "PositionWithMarketValue",
    "PositionWithReturn",
)
