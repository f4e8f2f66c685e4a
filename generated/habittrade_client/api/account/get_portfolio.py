from typing import Any
from urllib.parse import quote as _quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.error import Error
from ...models.portfolio_response import PortfolioResponse
from ...types import UNSET, Response, Unset, decode_json, http_status


def _get_kwargs(
    id: str,
    *,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        _headers["X-REQUEST-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v1/portfolios/{id}".format(
            id=_quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = _headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PortfolioResponse | None:
    if response.status_code == 200:
        _body = decode_json(response.content)
        response_200: PortfolioResponse
        response_200 = PortfolioResponse.from_dict(_body)

        return response_200

    if response.status_code == 400:
        _body = decode_json(response.content)
        response_400: Error
        response_400 = Error.from_dict(_body)

        return response_400

    if response.status_code == 401:
        _body = decode_json(response.content)
        response_401: Error
        response_401 = Error.from_dict(_body)

        return response_401

    if response.status_code == 403:
        _body = decode_json(response.content)
        response_403: Error
        response_403 = Error.from_dict(_body)

        return response_403

    if response.status_code == 404:
        _body = decode_json(response.content)
        response_404: Error
        response_404 = Error.from_dict(_body)

        return response_404

    if response.status_code == 418:
        _body = decode_json(response.content)
        response_418: Error
        response_418 = Error.from_dict(_body)

        return response_418

    if response.status_code == 429:
        _body = decode_json(response.content)
        response_429: Error
        response_429 = Error.from_dict(_body)

        return response_429

    if response.status_code == 500:
        _body = decode_json(response.content)
        response_500: Error
        response_500 = Error.from_dict(_body)

        return response_500

    if response.status_code == 502:
        _body = decode_json(response.content)
        response_502: Error
        response_502 = Error.from_dict(_body)

        return response_502

    if response.status_code == 503:
        _body = decode_json(response.content)
        response_503: Error
        response_503 = Error.from_dict(_body)

        return response_503

    if response.status_code == 504:
        _body = decode_json(response.content)
        response_504: Error
        response_504 = Error.from_dict(_body)

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PortfolioResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except DecodeError:
        # A success body that breaks the contract is an error; an error body that does is not worth
        # masking the status for: keep the status (and the raw content) and leave `parsed` empty.
        if 200 <= response.status_code < 300:
            raise
        parsed = None
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | PortfolioResponse]:
    """Positions held in one portfolio

     Lists every security position of the portfolio named by its external id: total, frozen,
    sellable and not-yet-tradable quantities, average cost with and without fees, the previous
    close and the value at that close, and quantities moving in or out by transfer.
    The response carries no live price: `prev_market_value` is valued at the previous close.
    A portfolio without positions comes back with an empty `positions` array.

    Args:
        id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PortfolioResponse]
    """

    _request = _get_kwargs(
        id=id,
        x_request_id=x_request_id,
    )

    _response = client.get_httpx_client().request(
        **_request,
    )

    return _build_response(client=client, response=_response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> Error | PortfolioResponse | None:
    """Positions held in one portfolio

     Lists every security position of the portfolio named by its external id: total, frozen,
    sellable and not-yet-tradable quantities, average cost with and without fees, the previous
    close and the value at that close, and quantities moving in or out by transfer.
    The response carries no live price: `prev_market_value` is valued at the previous close.
    A portfolio without positions comes back with an empty `positions` array.

    Args:
        id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PortfolioResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | PortfolioResponse]:
    """Positions held in one portfolio

     Lists every security position of the portfolio named by its external id: total, frozen,
    sellable and not-yet-tradable quantities, average cost with and without fees, the previous
    close and the value at that close, and quantities moving in or out by transfer.
    The response carries no live price: `prev_market_value` is valued at the previous close.
    A portfolio without positions comes back with an empty `positions` array.

    Args:
        id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PortfolioResponse]
    """

    _request = _get_kwargs(
        id=id,
        x_request_id=x_request_id,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> Error | PortfolioResponse | None:
    """Positions held in one portfolio

     Lists every security position of the portfolio named by its external id: total, frozen,
    sellable and not-yet-tradable quantities, average cost with and without fees, the previous
    close and the value at that close, and quantities moving in or out by transfer.
    The response carries no live price: `prev_market_value` is valued at the previous close.
    A portfolio without positions comes back with an empty `positions` array.

    Args:
        id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PortfolioResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_request_id=x_request_id,
        )
    ).parsed
