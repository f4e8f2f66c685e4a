"""unifolio: typed, contract-tested clients for investment-holdings providers, one lossless model over them.

Data flows spec -> generated client (``mesh_client`` ...) -> adapter (``unifolio.providers.<name>``)
-> common model (``unifolio.models``) -> CLI (``unifolio.cli``).
"""

from typing import TYPE_CHECKING, Any

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
from ._secrets import Secret

if TYPE_CHECKING:
    from ._clients import HttpOptions, RetryPolicy
    from ._gc import set_enabled as set_gc_pause

# Imported on first use (PEP 562): ``import unifolio`` stays cheap and pulls in no httpx, so the CLI's
# start-up is fast and a Ctrl-C while its heavy modules load is caught by its own guard (unifolio.cli).
_LAZY = {
    "HttpOptions": ("._clients", "HttpOptions"),
    "RetryPolicy": ("._clients", "RetryPolicy"),
    "set_gc_pause": ("._gc", "set_enabled"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module, __name__), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
