from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_result import ApiResult
from ...models.broker_portfolio_value_model_api_result import BrokerPortfolioValueModelApiResult
from ...models.portfolio_broker_base_request import PortfolioBrokerBaseRequest
from ...types import Response, decode_json, http_status


def _get_kwargs(
    *,
    body: PortfolioBrokerBaseRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/holdings/value",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResult | BrokerPortfolioValueModelApiResult | None:
    if response.status_code == 200:
        _body = decode_json(response.content)
        response_200: BrokerPortfolioValueModelApiResult
        response_200 = BrokerPortfolioValueModelApiResult.from_dict(_body)

        return response_200

    if response.status_code == 400:
        _body = decode_json(response.content)
        response_400: ApiResult
        response_400 = ApiResult.from_dict(_body)

        return response_400

    if response.status_code == 401:
        _body = decode_json(response.content)
        response_401: ApiResult
        response_401 = ApiResult.from_dict(_body)

        return response_401

    if response.status_code == 403:
        _body = decode_json(response.content)
        response_403: ApiResult
        response_403 = ApiResult.from_dict(_body)

        return response_403

    if response.status_code == 404:
        _body = decode_json(response.content)
        response_404: ApiResult
        response_404 = ApiResult.from_dict(_body)

        return response_404

    if response.status_code == 429:
        _body = decode_json(response.content)
        response_429: ApiResult
        response_429 = ApiResult.from_dict(_body)

        return response_429

    if response.status_code == 500:
        _body = decode_json(response.content)
        response_500: ApiResult
        response_500 = ApiResult.from_dict(_body)

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiResult | BrokerPortfolioValueModelApiResult]:
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
    *,
    client: AuthenticatedClient | Client,
    body: PortfolioBrokerBaseRequest,
) -> Response[ApiResult | BrokerPortfolioValueModelApiResult]:
    """Total value and performance of one connected account

     Asks the institution behind `authToken`, live, for its positions and returns only the totals: USD
    value per asset class (equities, cryptocurrencies, NFTs, fiat) and their sum, with performance in
    percent measured against cost basis.

    Args:
        body (PortfolioBrokerBaseRequest): Which connection to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResult | BrokerPortfolioValueModelApiResult]
    """

    _request = _get_kwargs(
        body=body,
    )

    _response = client.get_httpx_client().request(
        **_request,
    )

    return _build_response(client=client, response=_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PortfolioBrokerBaseRequest,
) -> ApiResult | BrokerPortfolioValueModelApiResult | None:
    """Total value and performance of one connected account

     Asks the institution behind `authToken`, live, for its positions and returns only the totals: USD
    value per asset class (equities, cryptocurrencies, NFTs, fiat) and their sum, with performance in
    percent measured against cost basis.

    Args:
        body (PortfolioBrokerBaseRequest): Which connection to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResult | BrokerPortfolioValueModelApiResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PortfolioBrokerBaseRequest,
) -> Response[ApiResult | BrokerPortfolioValueModelApiResult]:
    """Total value and performance of one connected account

     Asks the institution behind `authToken`, live, for its positions and returns only the totals: USD
    value per asset class (equities, cryptocurrencies, NFTs, fiat) and their sum, with performance in
    percent measured against cost basis.

    Args:
        body (PortfolioBrokerBaseRequest): Which connection to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResult | BrokerPortfolioValueModelApiResult]
    """

    _request = _get_kwargs(
        body=body,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PortfolioBrokerBaseRequest,
) -> ApiResult | BrokerPortfolioValueModelApiResult | None:
    """Total value and performance of one connected account

     Asks the institution behind `authToken`, live, for its positions and returns only the totals: USD
    value per asset class (equities, cryptocurrencies, NFTs, fiat) and their sum, with performance in
    percent measured against cost basis.

    Args:
        body (PortfolioBrokerBaseRequest): Which connection to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResult | BrokerPortfolioValueModelApiResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
