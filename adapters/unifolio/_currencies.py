"""How many decimals a reader expects of an amount in a currency: ISO 4217 minor units, for display only.

The table shows money the way a statement does (``1,234.57 USD``, ``1,235 JPY``, ``1.235 KWD``); JSON
and CSV always keep every digit the provider sent. Codes outside ISO 4217 (crypto assets, a provider's
own code) and an unknown currency are shown with ``OTHER_DECIMALS`` decimals: enough for a satoshi, and
readable where an 18-decimal figure would not be.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["OTHER_DECIMALS", "minor_units"]

OTHER_DECIMALS = 8
"""Decimals shown for a currency that is not an ISO 4217 code (BTC, ETH, USDC ...) or is not known."""

_ISO_4217 = frozenset({
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF",
    "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP",
    "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL",
    "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF",
    "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD",
    "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK",
    "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF",
    "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
    "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI",
    "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR",
    "ZMW", "ZWG", "ZWL"
})  # fmt: skip
"""Active ISO 4217 currency codes (funds and precious metals without a minor unit left out)."""

_NOT_TWO: Mapping[str, int] = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0, "RWF": 0,
    "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    "CLF": 4, "UYW": 4
}  # fmt: skip
"""ISO 4217 minor units other than the usual 2."""


def minor_units(currency: str | None) -> int:
    """Decimals an amount in ``currency`` is shown with (see the module notes)."""
    if not currency:
        return OTHER_DECIMALS
    code = currency.strip().upper()
    if code in _NOT_TWO:
        return _NOT_TWO[code]
    return 2 if code in _ISO_4217 else OTHER_DECIMALS
