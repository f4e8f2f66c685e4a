"""Where a security is listed, in one scheme for every provider: an ISO 10383 market identifier code (MIC)
where the provider's market maps onto one, or the ISO 3166-1 country of the market where that is all it
says. Each provider maps its own codes in its own module (HabitTrade ``usex`` -> country ``US``; a MIC
from a provider that gives one is kept as is) and fills ``Instrument.mic``/``Instrument.market_country``;
``unifolio.views`` decides identity from them, the same way for every provider.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["MIC_COUNTRIES", "NATIONAL_TICKERS", "listing"]

MIC_COUNTRIES: Mapping[str, str] = {
    # United States
    "XNYS": "US", "XNAS": "US", "XASE": "US", "ARCX": "US", "BATS": "US", "IEXG": "US", "XCBO": "US",
    "OTCM": "US", "EDGX": "US", "EDGA": "US", "BATY": "US", "MEMX": "US", "XPHL": "US",
    # Americas
    "XTSE": "CA", "XTSX": "CA", "XCNQ": "CA", "NEOE": "CA", "XMEX": "MX", "BVMF": "BR",
    # Europe
    "XLON": "GB", "AQXE": "GB", "XPAR": "FR", "XAMS": "NL", "XBRU": "BE", "XLIS": "PT", "XETR": "DE",
    "XFRA": "DE", "XSWX": "CH", "XMIL": "IT", "XMAD": "ES", "XSTO": "SE", "XHEL": "FI", "XCSE": "DK",
    "XOSL": "NO", "XDUB": "IE", "XWBO": "AT", "XWAR": "PL", "XIST": "TR",
    # Asia-Pacific, Africa
    "XHKG": "HK", "XSHG": "CN", "XSHE": "CN", "XTKS": "JP", "XKRX": "KR", "XTAI": "TW", "XSES": "SG",
    "XASX": "AU", "XNZE": "NZ", "XBOM": "IN", "XNSE": "IN", "XJSE": "ZA", "XIDX": "ID", "XKLS": "MY",
    "XBKK": "TH",
}  # fmt: skip
"""Country of each MIC unifolio knows (a MIC it does not know is still compared as a MIC)."""

NATIONAL_TICKERS = frozenset({"US", "HK"})
"""Countries where a ticker names one security on the whole national market, so that a ticker on one of
its MICs and the same ticker on "that country's market" are the same security: the US (one symbol per
security across every national exchange, for the consolidated tape) and Hong Kong (one exchange).
Elsewhere exchanges keep separate ticker lists (Canada's TSX and CSE can both list an ``ABC``), so a
country-level ticker there is not an identity. Extend with evidence, never by guess."""


def listing(*, mic: str | None = None, country: str | None = None) -> tuple[str | None, str | None]:
    """``(mic, country)`` in canonical form: upper case, the country filled in from a MIC it knows."""
    mic = mic.strip().upper() or None if mic else None
    country = country.strip().upper() or None if country else None
    if mic is not None and country is None:
        country = MIC_COUNTRIES.get(mic)
    return mic, country
