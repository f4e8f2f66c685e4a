from typing import Any, cast
from urllib.parse import quote as _quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.account import Account
from ...models.field_429_too_many_requests_response import Field429TooManyRequestsResponse
from ...models.get_account_response_401 import GetAccountResponse401
from ...models.get_account_response_402 import GetAccountResponse402
from ...models.get_account_response_404 import GetAccountResponse404
from ...models.get_account_response_410 import GetAccountResponse410
from ...models.get_account_response_425 import GetAccountResponse425
from ...types import UNSET, Response, Unset, decode_json, http_status


def _get_kwargs(
    account_id: UUID,
    *,
    user_id: str | Unset = UNSET,
    user_secret: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["userId"] = user_id

    _params["userSecret"] = user_secret

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}".format(
            account_id=_quote(str(account_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Account
    | Any
    | Field429TooManyRequestsResponse
    | GetAccountResponse401
    | GetAccountResponse402
    | GetAccountResponse404
    | GetAccountResponse410
    | GetAccountResponse425
):
    if response.status_code == 200:
        _body = decode_json(response.content)
        response_200: Account
        response_200 = Account.from_dict(_body)

        return response_200

    if response.status_code == 401:
        _body = decode_json(response.content)
        response_401: GetAccountResponse401
        response_401 = GetAccountResponse401.from_dict(_body)

        return response_401

    if response.status_code == 402:
        _body = decode_json(response.content)
        response_402: GetAccountResponse402
        response_402 = GetAccountResponse402.from_dict(_body)

        return response_402

    if response.status_code == 404:
        _body = decode_json(response.content)
        response_404: GetAccountResponse404
        response_404 = GetAccountResponse404.from_dict(_body)

        return response_404

    if response.status_code == 410:
        _body = decode_json(response.content)
        response_410: GetAccountResponse410
        response_410 = GetAccountResponse410.from_dict(_body)

        return response_410

    if response.status_code == 425:
        _body = decode_json(response.content)
        response_425: GetAccountResponse425
        response_425 = GetAccountResponse425.from_dict(_body)

        return response_425

    if response.status_code == 429:
        _body = decode_json(response.content)
        response_429: Field429TooManyRequestsResponse
        response_429 = Field429TooManyRequestsResponse.from_dict(_body)

        return response_429

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Account
    | Any
    | Field429TooManyRequestsResponse
    | GetAccountResponse401
    | GetAccountResponse402
    | GetAccountResponse404
    | GetAccountResponse410
    | GetAccountResponse425
]:
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
    account_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    user_secret: str | Unset = UNSET,
) -> Response[
    Account
    | Any
    | Field429TooManyRequestsResponse
    | GetAccountResponse401
    | GetAccountResponse402
    | GetAccountResponse404
    | GetAccountResponse410
    | GetAccountResponse425
]:
    """One brokerage account

     Returns one account with its total value, sync status and category (real-time or cached, depending
    on the partner's plan).

    Args:
        account_id (UUID):  Example: 917c8734-8470-4a3e-a18f-57c3f2ee6631.
        user_id (str | Unset):  Example: snaptrade-user-123.
        user_secret (str | Unset):  Example: adf2aa34-8219-40f7-a6b3-60156985cc61.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Account | Any | Field429TooManyRequestsResponse | GetAccountResponse401 | GetAccountResponse402 | GetAccountResponse404 | GetAccountResponse410 | GetAccountResponse425]
    """

    _request = _get_kwargs(
        account_id=account_id,
        user_id=user_id,
        user_secret=user_secret,
    )

    _response = client.get_httpx_client().request(
        **_request,
    )

    return _build_response(client=client, response=_response)


def sync(
    account_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    user_secret: str | Unset = UNSET,
) -> (
    Account
    | Any
    | Field429TooManyRequestsResponse
    | GetAccountResponse401
    | GetAccountResponse402
    | GetAccountResponse404
    | GetAccountResponse410
    | GetAccountResponse425
    | None
):
    """One brokerage account

     Returns one account with its total value, sync status and category (real-time or cached, depending
    on the partner's plan).

    Args:
        account_id (UUID):  Example: 917c8734-8470-4a3e-a18f-57c3f2ee6631.
        user_id (str | Unset):  Example: snaptrade-user-123.
        user_secret (str | Unset):  Example: adf2aa34-8219-40f7-a6b3-60156985cc61.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Account | Any | Field429TooManyRequestsResponse | GetAccountResponse401 | GetAccountResponse402 | GetAccountResponse404 | GetAccountResponse410 | GetAccountResponse425
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        user_id=user_id,
        user_secret=user_secret,
    ).parsed


async def asyncio_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    user_secret: str | Unset = UNSET,
) -> Response[
    Account
    | Any
    | Field429TooManyRequestsResponse
    | GetAccountResponse401
    | GetAccountResponse402
    | GetAccountResponse404
    | GetAccountResponse410
    | GetAccountResponse425
]:
    """One brokerage account

     Returns one account with its total value, sync status and category (real-time or cached, depending
    on the partner's plan).

    Args:
        account_id (UUID):  Example: 917c8734-8470-4a3e-a18f-57c3f2ee6631.
        user_id (str | Unset):  Example: snaptrade-user-123.
        user_secret (str | Unset):  Example: adf2aa34-8219-40f7-a6b3-60156985cc61.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Account | Any | Field429TooManyRequestsResponse | GetAccountResponse401 | GetAccountResponse402 | GetAccountResponse404 | GetAccountResponse410 | GetAccountResponse425]
    """

    _request = _get_kwargs(
        account_id=account_id,
        user_id=user_id,
        user_secret=user_secret,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    account_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    user_secret: str | Unset = UNSET,
) -> (
    Account
    | Any
    | Field429TooManyRequestsResponse
    | GetAccountResponse401
    | GetAccountResponse402
    | GetAccountResponse404
    | GetAccountResponse410
    | GetAccountResponse425
    | None
):
    """One brokerage account

     Returns one account with its total value, sync status and category (real-time or cached, depending
    on the partner's plan).

    Args:
        account_id (UUID):  Example: 917c8734-8470-4a3e-a18f-57c3f2ee6631.
        user_id (str | Unset):  Example: snaptrade-user-123.
        user_secret (str | Unset):  Example: adf2aa34-8219-40f7-a6b3-60156985cc61.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Account | Any | Field429TooManyRequestsResponse | GetAccountResponse401 | GetAccountResponse402 | GetAccountResponse404 | GetAccountResponse410 | GetAccountResponse425
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            user_id=user_id,
            user_secret=user_secret,
        )
    ).parsed
