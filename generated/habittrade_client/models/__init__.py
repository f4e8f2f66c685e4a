"""Contains all the data models used in inputs/outputs"""

from .balance_entry import BalanceEntry
from .balance_response import BalanceResponse
from .error import Error
from .portfolio import Portfolio
from .portfolio_response import PortfolioResponse
from .position import Position

__all__ = (
    "BalanceEntry",
    "BalanceResponse",
    "Error",
    "Portfolio",
    "PortfolioResponse",
    "Position",
)
