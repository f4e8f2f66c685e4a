from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_result import ApiResult
from ...models.b2b_portfolio_model_api_result import B2BPortfolioModelApiResult
from ...types import UNSET, Response, Unset, decode_json, http_status


def _get_kwargs(
    *,
    user_id: str,
    timezone_offset: int | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["UserId"] = user_id

    _params["TimezoneOffset"] = timezone_offset

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/holdings/portfolio",
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResult | B2BPortfolioModelApiResult | None:
    if response.status_code == 200:
        _body = decode_json(response.content)
        response_200: B2BPortfolioModelApiResult
        response_200 = B2BPortfolioModelApiResult.from_dict(_body)

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
) -> Response[ApiResult | B2BPortfolioModelApiResult]:
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
    user_id: str,
    timezone_offset: int | Unset = UNSET,
) -> Response[ApiResult | B2BPortfolioModelApiResult]:
    """Aggregated portfolio of an end user (deprecated)

     Returns one combined portfolio over every account the given end user has connected, with market
    values, cost basis and simple return figures per position. Mesh marks this operation as deprecated;
    `get_holdings` and `get_holdings_value` replace it.

    Args:
        user_id (str):
        timezone_offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResult | B2BPortfolioModelApiResult]
    """

    _request = _get_kwargs(
        user_id=user_id,
        timezone_offset=timezone_offset,
    )

    _response = client.get_httpx_client().request(
        **_request,
    )

    return _build_response(client=client, response=_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    timezone_offset: int | Unset = UNSET,
) -> ApiResult | B2BPortfolioModelApiResult | None:
    """Aggregated portfolio of an end user (deprecated)

     Returns one combined portfolio over every account the given end user has connected, with market
    values, cost basis and simple return figures per position. Mesh marks this operation as deprecated;
    `get_holdings` and `get_holdings_value` replace it.

    Args:
        user_id (str):
        timezone_offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResult | B2BPortfolioModelApiResult
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        timezone_offset=timezone_offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    timezone_offset: int | Unset = UNSET,
) -> Response[ApiResult | B2BPortfolioModelApiResult]:
    """Aggregated portfolio of an end user (deprecated)

     Returns one combined portfolio over every account the given end user has connected, with market
    values, cost basis and simple return figures per position. Mesh marks this operation as deprecated;
    `get_holdings` and `get_holdings_value` replace it.

    Args:
        user_id (str):
        timezone_offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResult | B2BPortfolioModelApiResult]
    """

    _request = _get_kwargs(
        user_id=user_id,
        timezone_offset=timezone_offset,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    timezone_offset: int | Unset = UNSET,
) -> ApiResult | B2BPortfolioModelApiResult | None:
    """Aggregated portfolio of an end user (deprecated)

     Returns one combined portfolio over every account the given end user has connected, with market
    values, cost basis and simple return figures per position. Mesh marks this operation as deprecated;
    `get_holdings` and `get_holdings_value` replace it.

    Args:
        user_id (str):
        timezone_offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResult | B2BPortfolioModelApiResult
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            timezone_offset=timezone_offset,
        )
    ).parsed
