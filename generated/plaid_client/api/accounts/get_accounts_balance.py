from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.accounts_balance_get_request import AccountsBalanceGetRequest
from ...models.accounts_get_response import AccountsGetResponse
from ...models.plaid_error import PlaidError
from ...types import Response, decode_json, http_status


def _get_kwargs(
    *,
    body: AccountsBalanceGetRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/balance/get",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountsGetResponse | PlaidError:
    if response.status_code == 200:
        _body = decode_json(response.content)
        response_200: AccountsGetResponse
        response_200 = AccountsGetResponse.from_dict(_body)

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
) -> Response[AccountsGetResponse | PlaidError]:
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
    body: AccountsBalanceGetRequest,
) -> Response[AccountsGetResponse | PlaidError]:
    """Accounts of an Item with balances fetched now

     Returns the accounts of the Item with balances Plaid fetches from the institution during the
    request (billed per call; slower than `get_accounts`).

    Args:
        body (AccountsBalanceGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountsGetResponse | PlaidError]
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
    body: AccountsBalanceGetRequest,
) -> AccountsGetResponse | PlaidError | None:
    """Accounts of an Item with balances fetched now

     Returns the accounts of the Item with balances Plaid fetches from the institution during the
    request (billed per call; slower than `get_accounts`).

    Args:
        body (AccountsBalanceGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountsGetResponse | PlaidError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountsBalanceGetRequest,
) -> Response[AccountsGetResponse | PlaidError]:
    """Accounts of an Item with balances fetched now

     Returns the accounts of the Item with balances Plaid fetches from the institution during the
    request (billed per call; slower than `get_accounts`).

    Args:
        body (AccountsBalanceGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountsGetResponse | PlaidError]
    """

    _request = _get_kwargs(
        body=body,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccountsBalanceGetRequest,
) -> AccountsGetResponse | PlaidError | None:
    """Accounts of an Item with balances fetched now

     Returns the accounts of the Item with balances Plaid fetches from the institution during the
    request (billed per call; slower than `get_accounts`).

    Args:
        body (AccountsBalanceGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountsGetResponse | PlaidError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
