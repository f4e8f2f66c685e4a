from typing import Any
from urllib.parse import quote as _quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import DecodeError
from ...models.api_error_rate_limit_exceeded_response import APIErrorRateLimitExceededResponse
from ...models.get_holdings_response import GetHoldingsResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.link_error_bad_state_response import LinkErrorBadStateResponse
from ...models.link_error_deleted_response import LinkErrorDeletedResponse
from ...models.link_error_forbidden_action_response import LinkErrorForbiddenActionResponse
from ...models.link_error_not_found_response import LinkErrorNotFoundResponse
from ...models.unauthorized_error_response import UnauthorizedErrorResponse
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
    id: str,
    *,
    account_ids: list[str] | Unset = UNSET,
    money_kit_version: str | Unset = "2023-02-18",
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}
    if not isinstance(money_kit_version, Unset):
        _headers["MoneyKit-Version"] = money_kit_version

    _params: dict[str, Any] = {}

    _json_account_ids: list[str] | Unset = UNSET
    if not isinstance(account_ids, Unset):
        _json_account_ids = account_ids

    _params["account_ids"] = _json_account_ids

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/links/{id}/investments/holdings".format(
            id=_quote(str(id), safe=""),
        ),
        "params": _params,
    }

    _kwargs["headers"] = _headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIErrorRateLimitExceededResponse
    | GetHoldingsResponse
    | HTTPValidationError
    | LinkErrorBadStateResponse
    | LinkErrorDeletedResponse
    | LinkErrorForbiddenActionResponse
    | LinkErrorNotFoundResponse
    | UnauthorizedErrorResponse
    | None
):
    if response.status_code == 200:
        _body = decode_json(response.content)
        response_200: GetHoldingsResponse
        response_200 = GetHoldingsResponse.from_dict(_body)

        return response_200

    if response.status_code == 401:
        _body = decode_json(response.content)
        response_401: UnauthorizedErrorResponse
        response_401 = UnauthorizedErrorResponse.from_dict(_body)

        return response_401

    if response.status_code == 403:
        _body = decode_json(response.content)
        response_403: LinkErrorForbiddenActionResponse
        response_403 = LinkErrorForbiddenActionResponse.from_dict(_body)

        return response_403

    if response.status_code == 404:
        _body = decode_json(response.content)
        response_404: LinkErrorNotFoundResponse
        response_404 = LinkErrorNotFoundResponse.from_dict(_body)

        return response_404

    if response.status_code == 410:
        _body = decode_json(response.content)
        response_410: LinkErrorDeletedResponse
        response_410 = LinkErrorDeletedResponse.from_dict(_body)

        return response_410

    if response.status_code == 422:
        _body = decode_json(response.content)
        response_422: HTTPValidationError | LinkErrorBadStateResponse

        def _parse_response_422(data: object) -> HTTPValidationError | LinkErrorBadStateResponse:
            failure: DecodeError | None = None
            if isinstance(data, dict):
                try:
                    variant_1 = LinkErrorBadStateResponse.from_dict(data)

                    return variant_1
                except RECOVERABLE as exc:
                    failure = as_decode_error(exc)
            if isinstance(data, dict):
                try:
                    variant_2 = HTTPValidationError.from_dict(data)

                    return variant_2
                except RECOVERABLE as exc:
                    failure = as_decode_error(exc)
            if failure is not None:
                raise failure
            type_mismatch("object or object", data)

        response_422 = _parse_response_422(_body)

        return response_422

    if response.status_code == 429:
        _body = decode_json(response.content)
        response_429: APIErrorRateLimitExceededResponse
        response_429 = APIErrorRateLimitExceededResponse.from_dict(_body)

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    APIErrorRateLimitExceededResponse
    | GetHoldingsResponse
    | HTTPValidationError
    | LinkErrorBadStateResponse
    | LinkErrorDeletedResponse
    | LinkErrorForbiddenActionResponse
    | LinkErrorNotFoundResponse
    | UnauthorizedErrorResponse
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    account_ids: list[str] | Unset = UNSET,
    money_kit_version: str | Unset = "2023-02-18",
) -> Response[
    APIErrorRateLimitExceededResponse
    | GetHoldingsResponse
    | HTTPValidationError
    | LinkErrorBadStateResponse
    | LinkErrorDeletedResponse
    | LinkErrorForbiddenActionResponse
    | LinkErrorNotFoundResponse
    | UnauthorizedErrorResponse
]:
    """Get the investment holdings of a link

     Lists the holdings of the link's investment accounts together with the securities they refer
    to, the accounts themselves and the link's status.

    The answer comes from MoneyKit's cache: calling this operation does not contact the
    institution. Fresh data has to be requested separately (`POST /links/{id}/products`, not part
    of this document); it has arrived once `link.products.investments.refreshed_at` is later than
    the value seen before.

    Each holding names its account (`account_id`) and its security (`security_id`); the referenced
    objects are in `accounts` and `securities`. A holding whose security is missing from
    `securities` can occur and must be kept, not dropped.

    Args:
        id (str):
        account_ids (list[str] | Unset):
        money_kit_version (str | Unset):  Default: '2023-02-18'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorRateLimitExceededResponse | GetHoldingsResponse | HTTPValidationError | LinkErrorBadStateResponse | LinkErrorDeletedResponse | LinkErrorForbiddenActionResponse | LinkErrorNotFoundResponse | UnauthorizedErrorResponse]
    """

    _request = _get_kwargs(
        id=id,
        account_ids=account_ids,
        money_kit_version=money_kit_version,
    )

    _response = client.get_httpx_client().request(
        **_request,
    )

    return _build_response(client=client, response=_response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    account_ids: list[str] | Unset = UNSET,
    money_kit_version: str | Unset = "2023-02-18",
) -> (
    APIErrorRateLimitExceededResponse
    | GetHoldingsResponse
    | HTTPValidationError
    | LinkErrorBadStateResponse
    | LinkErrorDeletedResponse
    | LinkErrorForbiddenActionResponse
    | LinkErrorNotFoundResponse
    | UnauthorizedErrorResponse
    | None
):
    """Get the investment holdings of a link

     Lists the holdings of the link's investment accounts together with the securities they refer
    to, the accounts themselves and the link's status.

    The answer comes from MoneyKit's cache: calling this operation does not contact the
    institution. Fresh data has to be requested separately (`POST /links/{id}/products`, not part
    of this document); it has arrived once `link.products.investments.refreshed_at` is later than
    the value seen before.

    Each holding names its account (`account_id`) and its security (`security_id`); the referenced
    objects are in `accounts` and `securities`. A holding whose security is missing from
    `securities` can occur and must be kept, not dropped.

    Args:
        id (str):
        account_ids (list[str] | Unset):
        money_kit_version (str | Unset):  Default: '2023-02-18'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorRateLimitExceededResponse | GetHoldingsResponse | HTTPValidationError | LinkErrorBadStateResponse | LinkErrorDeletedResponse | LinkErrorForbiddenActionResponse | LinkErrorNotFoundResponse | UnauthorizedErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        account_ids=account_ids,
        money_kit_version=money_kit_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    account_ids: list[str] | Unset = UNSET,
    money_kit_version: str | Unset = "2023-02-18",
) -> Response[
    APIErrorRateLimitExceededResponse
    | GetHoldingsResponse
    | HTTPValidationError
    | LinkErrorBadStateResponse
    | LinkErrorDeletedResponse
    | LinkErrorForbiddenActionResponse
    | LinkErrorNotFoundResponse
    | UnauthorizedErrorResponse
]:
    """Get the investment holdings of a link

     Lists the holdings of the link's investment accounts together with the securities they refer
    to, the accounts themselves and the link's status.

    The answer comes from MoneyKit's cache: calling this operation does not contact the
    institution. Fresh data has to be requested separately (`POST /links/{id}/products`, not part
    of this document); it has arrived once `link.products.investments.refreshed_at` is later than
    the value seen before.

    Each holding names its account (`account_id`) and its security (`security_id`); the referenced
    objects are in `accounts` and `securities`. A holding whose security is missing from
    `securities` can occur and must be kept, not dropped.

    Args:
        id (str):
        account_ids (list[str] | Unset):
        money_kit_version (str | Unset):  Default: '2023-02-18'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorRateLimitExceededResponse | GetHoldingsResponse | HTTPValidationError | LinkErrorBadStateResponse | LinkErrorDeletedResponse | LinkErrorForbiddenActionResponse | LinkErrorNotFoundResponse | UnauthorizedErrorResponse]
    """

    _request = _get_kwargs(
        id=id,
        account_ids=account_ids,
        money_kit_version=money_kit_version,
    )

    _response = await client.get_async_httpx_client().request(**_request)

    return _build_response(client=client, response=_response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    account_ids: list[str] | Unset = UNSET,
    money_kit_version: str | Unset = "2023-02-18",
) -> (
    APIErrorRateLimitExceededResponse
    | GetHoldingsResponse
    | HTTPValidationError
    | LinkErrorBadStateResponse
    | LinkErrorDeletedResponse
    | LinkErrorForbiddenActionResponse
    | LinkErrorNotFoundResponse
    | UnauthorizedErrorResponse
    | None
):
    """Get the investment holdings of a link

     Lists the holdings of the link's investment accounts together with the securities they refer
    to, the accounts themselves and the link's status.

    The answer comes from MoneyKit's cache: calling this operation does not contact the
    institution. Fresh data has to be requested separately (`POST /links/{id}/products`, not part
    of this document); it has arrived once `link.products.investments.refreshed_at` is later than
    the value seen before.

    Each holding names its account (`account_id`) and its security (`security_id`); the referenced
    objects are in `accounts` and `securities`. A holding whose security is missing from
    `securities` can occur and must be kept, not dropped.

    Args:
        id (str):
        account_ids (list[str] | Unset):
        money_kit_version (str | Unset):  Default: '2023-02-18'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorRateLimitExceededResponse | GetHoldingsResponse | HTTPValidationError | LinkErrorBadStateResponse | LinkErrorDeletedResponse | LinkErrorForbiddenActionResponse | LinkErrorNotFoundResponse | UnauthorizedErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            account_ids=account_ids,
            money_kit_version=money_kit_version,
        )
    ).parsed
