from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.brokerage_authorization import BrokerageAuthorization
from ...models.field_429_too_many_requests_response import Field429TooManyRequestsResponse
from ...models.list_connections_response_401 import ListConnectionsResponse401
from ...models.list_connections_response_410 import ListConnectionsResponse410
from ...types import (
    RECOVERABLE,
    UNSET,
    Response,
    Unset,
    as_decode_error,
    decode_json,
    http_status,
    type_mismatch,
)


def _get_kwargs(
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
        "url": "/authorizations",
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | Field429TooManyRequestsResponse
    | ListConnectionsResponse401
    | ListConnectionsResponse410
    | list[BrokerageAuthorization]
):
    if response.status_code == 200:
        _body = decode_json(response.content)
        response_200: list[BrokerageAuthorization]
        if type(_body) is not list:
            type_mismatch("an array", _body)
        response_200 = []
        try:
            for response_200_data in _body:
                response_200_item = BrokerageAuthorization.from_dict(response_200_data)

                response_200.append(response_200_item)
        except RECOVERABLE as exc:
            raise as_decode_error(exc).at(len(response_200)) from None

        return response_200

    if response.status_code == 401:
        _body = decode_json(response.content)
        response_401: ListConnectionsResponse401
        response_401 = ListConnectionsResponse401.from_dict(_body)

        return response_401

    if response.status_code == 410:
        _body = decode_json(response.content)
        response_410: ListConnectionsResponse410
        response_410 = ListConnectionsResponse410.from_dict(_body)

        return response_410

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
    Any
    | Field429TooManyRequestsResponse
    | ListConnectionsResponse401
    | ListConnectionsResponse410
    | list[BrokerageAuthorization]
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
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    user_secret: str | Unset = UNSET,
) -> Response[
    Any
    | Field429TooManyRequestsResponse
    | ListConnectionsResponse401
    | ListConnectionsResponse410
    | list[BrokerageAuthorization]
]:
    """All brokerage connections of a user

     Lists the user's connections (one login at one brokerage each, holding one or more accounts), with
    whether each is disabled: a disabled connection keeps answering with its last cached data until the
    user reconnects it.

    Args:
        user_id (str | Unset):  Example: snaptrade-user-123.
        user_secret (str | Unset):  Example: adf2aa34-8219-40f7-a6b3-60156985cc61.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Field429TooManyRequestsResponse | ListConnectionsResponse401 | ListConnectionsResponse410 | list[BrokerageAuthorization]]
    """

    _request = _get_kwargs(
        user_id=user_id,
        user_secret=user_secret,
    )

    _response = client.get_httpx_client().request(
        **_request,
    )

    return _build_response(client=client, response=_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    user_secret: str | Unset = UNSET,
) -> (
    Any
    | Field429TooManyRequestsResponse
    | ListConnectionsResponse401
    | ListConnectionsResponse410
    | list[BrokerageAuthorization]
    | None
):
    """All brokerage connections of a user

     Lists the user's connections (one login at one brokerage each, holding one or more accounts), with
    whether each is disabled: a disabled connection keeps answering with its last cached data until the
    user reconnects it.

    Args:
        user_id (str | Unset):  Example: snaptrade-user-123.
        user_secret (str | Unset):  Example: adf2aa34-8219-40f7-a6b3-60156985cc61.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Field429TooManyRequestsResponse | ListConnectionsResponse401 | ListConnectionsResponse410 | list[BrokerageAuthorization]
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        user_secret=user_secret,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    user_secret: str | Unset = UNSET,
) -> Response[
    Any
    | Field429TooManyRequestsResponse
    | ListConnectionsResponse401
    | ListConnectionsResponse410
    | list[BrokerageAuthorization]
]:
    """All brokerage connections of a user

     Lists the user's connections (one login at one brokerage each, holding one or more accounts), with
    whether each is disabled: a disabled connection keeps answering with its last cached data until the
    user reconnects it.

    Args:
        user_id (str | Unset):  Example: snaptrade-user-123.
        user_secret (str | Unset):  Example: adf2aa34-8219-40f7-a6b3-60156985cc61.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Field429TooManyRequestsResponse | ListConnectionsResponse401 | ListConnectionsResponse410 | list[BrokerageAuthorization]]
    """

    _request = _get_kwargs(
        user_id=user_id,
        user_secret=user_secret,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    user_secret: str | Unset = UNSET,
) -> (
    Any
    | Field429TooManyRequestsResponse
    | ListConnectionsResponse401
    | ListConnectionsResponse410
    | list[BrokerageAuthorization]
    | None
):
    """All brokerage connections of a user

     Lists the user's connections (one login at one brokerage each, holding one or more accounts), with
    whether each is disabled: a disabled connection keeps answering with its last cached data until the
    user reconnects it.

    Args:
        user_id (str | Unset):  Example: snaptrade-user-123.
        user_secret (str | Unset):  Example: adf2aa34-8219-40f7-a6b3-60156985cc61.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Field429TooManyRequestsResponse | ListConnectionsResponse401 | ListConnectionsResponse410 | list[BrokerageAuthorization]
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            user_secret=user_secret,
        )
    ).parsed
