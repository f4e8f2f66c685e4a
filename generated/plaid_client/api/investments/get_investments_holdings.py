from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.investments_holdings_get_request import InvestmentsHoldingsGetRequest
from ...models.investments_holdings_get_response import InvestmentsHoldingsGetResponse
from ...models.plaid_error import PlaidError
from ...types import Response, decode_json, http_status


def _get_kwargs(
    *,
    body: InvestmentsHoldingsGetRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/investments/holdings/get",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvestmentsHoldingsGetResponse | PlaidError:
    if response.status_code == 200:
        _body = decode_json(response.content)
        response_200: InvestmentsHoldingsGetResponse
        response_200 = InvestmentsHoldingsGetResponse.from_dict(_body)

        return response_200

    if response.status_code == 400:
        _body = decode_json(response.content)
        response_400: PlaidError
        response_400 = PlaidError.from_dict(_body)

        return response_400

    if response.status_code == 429:
        _body = decode_json(response.content)
        response_429: PlaidError
        response_429 = PlaidError.from_dict(_body)

        return response_429

    if response.status_code == 500:
        _body = decode_json(response.content)
        response_500: PlaidError
        response_500 = PlaidError.from_dict(_body)

        return response_500

    if response.status_code == 503:
        _body = decode_json(response.content)
        response_503: PlaidError
        response_503 = PlaidError.from_dict(_body)

        return response_503

    _body = decode_json(response.content)
    response_default: PlaidError
    response_default = PlaidError.from_dict(_body)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvestmentsHoldingsGetResponse | PlaidError]:
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
    body: InvestmentsHoldingsGetRequest,
) -> Response[InvestmentsHoldingsGetResponse | PlaidError]:
    """Holdings of an Item's investment accounts

     Returns the holdings of every investment account of the Item (or of the accounts named in
    `options.account_ids`), the securities those holdings refer to, the accounts themselves and the
    Item. Plaid serves cached data here, refreshed by the institution about once a day.

    Args:
        body (InvestmentsHoldingsGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvestmentsHoldingsGetResponse | PlaidError]
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
    body: InvestmentsHoldingsGetRequest,
) -> InvestmentsHoldingsGetResponse | PlaidError | None:
    """Holdings of an Item's investment accounts

     Returns the holdings of every investment account of the Item (or of the accounts named in
    `options.account_ids`), the securities those holdings refer to, the accounts themselves and the
    Item. Plaid serves cached data here, refreshed by the institution about once a day.

    Args:
        body (InvestmentsHoldingsGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvestmentsHoldingsGetResponse | PlaidError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvestmentsHoldingsGetRequest,
) -> Response[InvestmentsHoldingsGetResponse | PlaidError]:
    """Holdings of an Item's investment accounts

     Returns the holdings of every investment account of the Item (or of the accounts named in
    `options.account_ids`), the securities those holdings refer to, the accounts themselves and the
    Item. Plaid serves cached data here, refreshed by the institution about once a day.

    Args:
        body (InvestmentsHoldingsGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvestmentsHoldingsGetResponse | PlaidError]
    """

    _request = _get_kwargs(
        body=body,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvestmentsHoldingsGetRequest,
) -> InvestmentsHoldingsGetResponse | PlaidError | None:
    """Holdings of an Item's investment accounts

     Returns the holdings of every investment account of the Item (or of the accounts named in
    `options.account_ids`), the securities those holdings refer to, the accounts themselves and the
    Item. Plaid serves cached data here, refreshed by the institution about once a day.

    Args:
        body (InvestmentsHoldingsGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvestmentsHoldingsGetResponse | PlaidError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
