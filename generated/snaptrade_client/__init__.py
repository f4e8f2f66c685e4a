"""A client library for accessing SnapTrade API (unifolio subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
