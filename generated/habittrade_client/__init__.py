"""A client library for accessing HabitTrade Account API (unofficial)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
