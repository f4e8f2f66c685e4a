"""A client library for accessing Mesh Connect Integration API (holdings and balances)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
