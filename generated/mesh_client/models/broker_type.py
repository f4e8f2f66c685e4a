from enum import StrEnum

from ..types import unknown_enum_value


class BrokerType(StrEnum):
    """Open enum: a value the spec does not list yet is kept, not rejected.

    Unknown values come back as pseudo-members (``is_known`` is False) that compare equal to their
    string and serialise back unchanged, because providers add values without notice. Each is made once
    and reused (up to ``_UNKNOWN_LIMIT`` distinct values; beyond that each occurrence gets its own).
    """

    ACORNS = "acorns"
    ALPACA = "alpaca"
    BINANCECONNECT = "binanceConnect"
    BINANCEINTERNATIONAL = "binanceInternational"
    BINANCEINTERNATIONALDIRECT = "binanceInternationalDirect"
    BINANCEOAUTH = "binanceOAuth"
    BINANCEPAY = "binancePay"
    BINANCEPAYONCHAIN = "binancePayOnchain"
    BINANCETRDIRECT = "binanceTrDirect"
    BINANCEUS = "binanceUs"
    BITFINEX = "bitfinex"
    BITFINEXDIRECT = "bitfinexDirect"
    BITFLYER = "bitFlyer"
    BITSODIRECT = "bitsoDirect"
    BITSTAMP = "bitstamp"
    BITTREX = "bittrex"
    BLOCKCHAINCOM = "blockchainCom"
    BLUVOKRAKENOAUTH = "bluvoKrakenOAuth"
    BTCTURKDIRECT = "btcTurkDirect"
    BYBIT = "bybit"
    BYBITDIRECT = "bybitDirect"
    BYBITDIRECTMOBILE = "bybitDirectMobile"
    BYBITEUDIRECT = "bybitEuDirect"
    BYBITPAY = "bybitPay"
    CEXIO = "cexIo"
    COINBASE = "coinbase"
    COINBASEPRIME = "coinbasePrime"
    COINBASEPRO = "coinbasePro"
    COINBASERAMP = "coinbaseRamp"
    COINLIST = "coinlist"
    CRYPTOCOM = "cryptoCom"
    CRYPTOCOMPAY = "cryptoComPay"
    CRYPTOCURRENCYADDRESS = "cryptocurrencyAddress"
    CRYPTOCURRENCYWALLET = "cryptocurrencyWallet"
    DEFIWALLET = "deFiWallet"
    ETORO = "etoro"
    ETRADE = "eTrade"
    GATEIO = "gateIo"
    GEMINI = "gemini"
    HUOBI = "huobi"
    INTERACTIVEBROKERS = "interactiveBrokers"
    KRAKEN = "kraken"
    KRAKENDIRECT = "krakenDirect"
    KUCOIN = "kuCoin"
    KUCOINDIRECT = "kuCoinDirect"
    OKCOIN = "okCoin"
    OKX = "okx"
    OKXOAUTH = "okxOAuth"
    OPENSEA = "openSea"
    PARIBUDIRECT = "paribuDirect"
    PARIBUOAUTH = "paribuOAuth"
    PAXOS = "paxos"
    PAYPALCONNECT = "payPalConnect"
    PUBLIC = "public"
    REVOLUTCONNECT = "revolutConnect"
    ROBINHOOD = "robinhood"
    ROBINHOODCONNECT = "robinhoodConnect"
    SANDBOX = "sandbox"
    SANDBOXCOINBASE = "sandboxCoinbase"
    STASH = "stash"
    TDAMERITRADE = "tdAmeritrade"
    UPHOLD = "uphold"
    VANGUARD = "vanguard"
    WEBULL = "weBull"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "BrokerType | None":
        if not isinstance(value, str):  # a JSON null, number or object is no value of any string enum
            raise TypeError(f"expected a string, got {'null' if value is None else type(value).__name__}")
        unknown_enum_value(cls, value)
        member = _UNKNOWN.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._name_ = f"UNKNOWN({value!r})"
            member._value_ = value
            if len(_UNKNOWN) < _UNKNOWN_LIMIT:
                _UNKNOWN[value] = member
        return member


_UNKNOWN: dict[str, BrokerType] = {}
"""The pseudo-members made so far, by value."""
_UNKNOWN_LIMIT = 1024
"""Distinct unknown values remembered: a provider sending ever new values cannot grow memory without end."""
