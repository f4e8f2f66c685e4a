"""unifolio: typed, contract-tested clients for investment-holdings providers, one lossless model over them.

Data flows spec -> generated client (``mesh_client`` ...) -> adapter (``unifolio.providers.<name>``)
-> common model (``unifolio.models``) -> CLI (``unifolio.cli``).
"""

from ._clients import HttpOptions, RetryPolicy
from ._exceptions import (
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    EndpointGoneError,
    InternalError,
    InvalidInputError,
    MockServerError,
    NotFoundError,
    PermissionDeniedError,
    PrismNotInstalledError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
    ResponseContractError,
    TransportError,
    UnifolioError,
    UserActionRequiredError,
)
from ._gc import set_enabled as set_gc_pause
from ._secrets import Secret

__version__ = "0.1.0"

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "EndpointGoneError",
    "HttpOptions",
    "InternalError",
    "InvalidInputError",
    "MockServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PrismNotInstalledError",
    "ProviderError",
    "ProviderUnavailableError",
    "RateLimitedError",
    "ResponseContractError",
    "RetryPolicy",
    "Secret",
    "TransportError",
    "UnifolioError",
    "UserActionRequiredError",
    "__version__",
    "set_gc_pause",
]
