"""Contains all the data models used in inputs/outputs"""

from .account_balances import AccountBalances
from .account_response import AccountResponse
from .api_error_auth_unauthorized_response import APIErrorAuthUnauthorizedResponse
from .api_error_rate_limit_exceeded_response import APIErrorRateLimitExceededResponse
from .auth_unauthorized_error_code import AuthUnauthorizedErrorCode
from .bad_state_error_code import BadStateErrorCode
from .create_access_token_request import CreateAccessTokenRequest
from .create_access_token_response import CreateAccessTokenResponse
from .deleted_error_code import DeletedErrorCode
from .forbidden_action_error_code import ForbiddenActionErrorCode
from .get_holdings_response import GetHoldingsResponse
from .grant_type import GrantType
from .holding_response import HoldingResponse
from .http_validation_error import HTTPValidationError
from .link_common import LinkCommon
from .link_error_bad_state_response import LinkErrorBadStateResponse
from .link_error_deleted_response import LinkErrorDeletedResponse
from .link_error_forbidden_action_response import LinkErrorForbiddenActionResponse
from .link_error_not_found_response import LinkErrorNotFoundResponse
from .link_product_error import LinkProductError
from .link_product_response import LinkProductResponse
from .link_products import LinkProducts
from .not_found_error_code import NotFoundErrorCode
from .product import Product
from .product_settings import ProductSettings
from .provider import Provider
from .public_link_error import PublicLinkError
from .public_link_state import PublicLinkState
from .rate_limit_error_code import RateLimitErrorCode
from .security_response import SecurityResponse
from .token_type import TokenType
from .transactions_link_product import TransactionsLinkProduct
from .unauthorized_error_code import UnauthorizedErrorCode
from .unauthorized_error_response import UnauthorizedErrorResponse
from .validation_error import ValidationError
from .validation_failed_error_code import ValidationFailedErrorCode

__all__ = (
    "AccountBalances",
    "AccountResponse",
    "APIErrorAuthUnauthorizedResponse",
    "APIErrorRateLimitExceededResponse",
    "AuthUnauthorizedErrorCode",
    "BadStateErrorCode",
    "CreateAccessTokenRequest",
    "CreateAccessTokenResponse",
    "DeletedErrorCode",
    "ForbiddenActionErrorCode",
    "GetHoldingsResponse",
    "GrantType",
    "HoldingResponse",
    "HTTPValidationError",
    "LinkCommon",
    "LinkErrorBadStateResponse",
    "LinkErrorDeletedResponse",
    "LinkErrorForbiddenActionResponse",
    "LinkErrorNotFoundResponse",
    "LinkProductError",
    "LinkProductResponse",
    "LinkProducts",
    "NotFoundErrorCode",
    "Product",
    "ProductSettings",
    "Provider",
    "PublicLinkError",
    "PublicLinkState",
    "RateLimitErrorCode",
    "SecurityResponse",
    "TokenType",
    "TransactionsLinkProduct",
    "UnauthorizedErrorCode",
    "UnauthorizedErrorResponse",
    "ValidationError",
    "ValidationFailedErrorCode",
)
