from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.balance_response import BalanceResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset, decode_json, http_status


def _get_kwargs(
    *,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        _headers["X-REQUEST-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v1/balance",
    }

    _kwargs["headers"] = _headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BalanceResponse | Error | None:
    if response.status_code == 200:
        _body = decode_json(response.content)
        response_200: BalanceResponse
        response_200 = BalanceResponse.from_dict(_body)

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
) -> Response[BalanceResponse | Error]:
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
    x_request_id: str | Unset = UNSET,
) -> Response[BalanceResponse | Error]:
    """Cash and asset value per currency

     Returns one summary per currency the account holds: market value of the assets, total and
    withdrawable cash, amounts held back by unsettled buys and sells, and interest charged and
    credited. The operation takes no parameters, so the signed params part is empty.

    Args:
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceResponse | Error]
    """

    _request = _get_kwargs(
        x_request_id=x_request_id,
    )

    _response = client.get_httpx_client().request(
        **_request,
    )

    return _build_response(client=client, response=_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> BalanceResponse | Error | None:
    """Cash and asset value per currency

     Returns one summary per currency the account holds: market value of the assets, total and
    withdrawable cash, amounts held back by unsettled buys and sells, and interest charged and
    credited. The operation takes no parameters, so the signed params part is empty.

    Args:
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceResponse | Error
    """

    return sync_detailed(
        client=client,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> Response[BalanceResponse | Error]:
    """Cash and asset value per currency

     Returns one summary per currency the account holds: market value of the assets, total and
    withdrawable cash, amounts held back by unsettled buys and sells, and interest charged and
    credited. The operation takes no parameters, so the signed params part is empty.

    Args:
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceResponse | Error]
    """

    _request = _get_kwargs(
        x_request_id=x_request_id,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> BalanceResponse | Error | None:
    """Cash and asset value per currency

     Returns one summary per currency the account holds: market value of the assets, total and
    withdrawable cash, amounts held back by unsettled buys and sells, and interest charged and
    credited. The operation takes no parameters, so the signed params part is empty.

    Args:
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            x_request_id=x_request_id,
        )
    ).parsed
