"""A client library for accessing MoneyKit API (unifolio subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
