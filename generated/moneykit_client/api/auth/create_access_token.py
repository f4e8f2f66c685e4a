from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_error_auth_unauthorized_response import APIErrorAuthUnauthorizedResponse
from ...models.create_access_token_request import CreateAccessTokenRequest
from ...models.create_access_token_response import CreateAccessTokenResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, Unset, decode_json, http_status


def _get_kwargs(
    *,
    body: CreateAccessTokenRequest,
    money_kit_version: str | Unset = "2023-02-18",
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}
    if not isinstance(money_kit_version, Unset):
        _headers["MoneyKit-Version"] = money_kit_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    _headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = _headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError | None:
    if response.status_code == 201:
        _body = decode_json(response.content)
        response_201: CreateAccessTokenResponse
        response_201 = CreateAccessTokenResponse.from_dict(_body)

        return response_201

    if response.status_code == 400:
        _body = decode_json(response.content)
        response_400: APIErrorAuthUnauthorizedResponse
        response_400 = APIErrorAuthUnauthorizedResponse.from_dict(_body)

        return response_400

    if response.status_code == 401:
        _body = decode_json(response.content)
        response_401: APIErrorAuthUnauthorizedResponse
        response_401 = APIErrorAuthUnauthorizedResponse.from_dict(_body)

        return response_401

    if response.status_code == 422:
        _body = decode_json(response.content)
        response_422: HTTPValidationError
        response_422 = HTTPValidationError.from_dict(_body)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError]:
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
    client: AuthenticatedClient,
    body: CreateAccessTokenRequest,
    money_kit_version: str | Unset = "2023-02-18",
) -> Response[APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError]:
    """Obtain an access token

     Trades the application's client id and secret for a bearer token that authorises the other
    operations. The credentials travel either in an HTTP Basic `Authorization` header or as the
    `client_id` / `client_secret` form fields. A token stays valid for `expires_in` seconds; after
    that, data operations answer 401 with `api_error.auth.expired_access_token` and a new token has
    to be requested.

    Args:
        money_kit_version (str | Unset):  Default: '2023-02-18'.
        body (CreateAccessTokenRequest): Form fields of a token request. `client_id` and
            `client_secret` are needed here only when they
            are not sent as HTTP Basic credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError]
    """

    _request = _get_kwargs(
        body=body,
        money_kit_version=money_kit_version,
    )

    _response = client.get_httpx_client().request(
        **_request,
    )

    return _build_response(client=client, response=_response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateAccessTokenRequest,
    money_kit_version: str | Unset = "2023-02-18",
) -> APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError | None:
    """Obtain an access token

     Trades the application's client id and secret for a bearer token that authorises the other
    operations. The credentials travel either in an HTTP Basic `Authorization` header or as the
    `client_id` / `client_secret` form fields. A token stays valid for `expires_in` seconds; after
    that, data operations answer 401 with `api_error.auth.expired_access_token` and a new token has
    to be requested.

    Args:
        money_kit_version (str | Unset):  Default: '2023-02-18'.
        body (CreateAccessTokenRequest): Form fields of a token request. `client_id` and
            `client_secret` are needed here only when they
            are not sent as HTTP Basic credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        money_kit_version=money_kit_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAccessTokenRequest,
    money_kit_version: str | Unset = "2023-02-18",
) -> Response[APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError]:
    """Obtain an access token

     Trades the application's client id and secret for a bearer token that authorises the other
    operations. The credentials travel either in an HTTP Basic `Authorization` header or as the
    `client_id` / `client_secret` form fields. A token stays valid for `expires_in` seconds; after
    that, data operations answer 401 with `api_error.auth.expired_access_token` and a new token has
    to be requested.

    Args:
        money_kit_version (str | Unset):  Default: '2023-02-18'.
        body (CreateAccessTokenRequest): Form fields of a token request. `client_id` and
            `client_secret` are needed here only when they
            are not sent as HTTP Basic credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError]
    """

    _request = _get_kwargs(
        body=body,
        money_kit_version=money_kit_version,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAccessTokenRequest,
    money_kit_version: str | Unset = "2023-02-18",
) -> APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError | None:
    """Obtain an access token

     Trades the application's client id and secret for a bearer token that authorises the other
    operations. The credentials travel either in an HTTP Basic `Authorization` header or as the
    `client_id` / `client_secret` form fields. A token stays valid for `expires_in` seconds; after
    that, data operations answer 401 with `api_error.auth.expired_access_token` and a new token has
    to be requested.

    Args:
        money_kit_version (str | Unset):  Default: '2023-02-18'.
        body (CreateAccessTokenRequest): Form fields of a token request. `client_id` and
            `client_secret` are needed here only when they
            are not sent as HTTP Basic credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorAuthUnauthorizedResponse | CreateAccessTokenResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            money_kit_version=money_kit_version,
        )
    ).parsed
