from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.access_token_request import AccessTokenRequest
from ...models.v2_message import V2Message
from ...types import Response, json_ready, status_of


def _get_kwargs(
    *,
    body: AccessTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/oauth/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["json"] = json_ready(_kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessToken | V2Message | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V2Message.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V2Message.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessToken | V2Message]:
    """The answer with its status, headers and body; ``parsed`` is None where the body does
    not read as documented (an HTML page, a refusal where a record was documented, a value
    the model cannot read), so that the answer itself stays readable. Only
    ``UnexpectedStatus`` (``raise_on_unexpected_status``) is raised."""
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:  # noqa: BLE001 - JSONDecodeError, KeyError, ValueError, TypeError...
        parsed = None
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessToken | V2Message]:
    """Get an OAuth access token with the account's login

     Exchanges the login of a Daftra user (email and password) for an access token, with the
    password grant. Send the token afterwards as `Authorization: Bearer <token>` on v1 and v2
    calls, instead of (never together with) an API key. The call itself needs no credentials:
    whatever the document-wide security says, send no `apikey` or `Authorization` header here.

    `client_id` and `client_secret` are the public client credentials printed in Daftra's
    documentation, not secrets of the account; copy them from there. The current documentation
    sends the body as JSON, as modelled here; an older copy sent the same fields as a multipart
    form.

    The answer carries an access token and a refresh token; how to use the refresh token (grant
    type, address) is not documented, so request a new token when the old one expires
    (`expires_in` seconds; the documented example lasts about three years). The documentation
    shows no error answers; the ones below follow the v2 message form and their texts are
    illustrative.

    The documentation shows this call on the site root (`/v2/oauth/token`), which is where the
    client sends it.

    Args:
        body (AccessTokenRequest): The password-grant token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | V2Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessToken | V2Message | None:
    """Get an OAuth access token with the account's login

     Exchanges the login of a Daftra user (email and password) for an access token, with the
    password grant. Send the token afterwards as `Authorization: Bearer <token>` on v1 and v2
    calls, instead of (never together with) an API key. The call itself needs no credentials:
    whatever the document-wide security says, send no `apikey` or `Authorization` header here.

    `client_id` and `client_secret` are the public client credentials printed in Daftra's
    documentation, not secrets of the account; copy them from there. The current documentation
    sends the body as JSON, as modelled here; an older copy sent the same fields as a multipart
    form.

    The answer carries an access token and a refresh token; how to use the refresh token (grant
    type, address) is not documented, so request a new token when the old one expires
    (`expires_in` seconds; the documented example lasts about three years). The documentation
    shows no error answers; the ones below follow the v2 message form and their texts are
    illustrative.

    The documentation shows this call on the site root (`/v2/oauth/token`), which is where the
    client sends it.

    Args:
        body (AccessTokenRequest): The password-grant token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | V2Message
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessToken | V2Message]:
    """Get an OAuth access token with the account's login

     Exchanges the login of a Daftra user (email and password) for an access token, with the
    password grant. Send the token afterwards as `Authorization: Bearer <token>` on v1 and v2
    calls, instead of (never together with) an API key. The call itself needs no credentials:
    whatever the document-wide security says, send no `apikey` or `Authorization` header here.

    `client_id` and `client_secret` are the public client credentials printed in Daftra's
    documentation, not secrets of the account; copy them from there. The current documentation
    sends the body as JSON, as modelled here; an older copy sent the same fields as a multipart
    form.

    The answer carries an access token and a refresh token; how to use the refresh token (grant
    type, address) is not documented, so request a new token when the old one expires
    (`expires_in` seconds; the documented example lasts about three years). The documentation
    shows no error answers; the ones below follow the v2 message form and their texts are
    illustrative.

    The documentation shows this call on the site root (`/v2/oauth/token`), which is where the
    client sends it.

    Args:
        body (AccessTokenRequest): The password-grant token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | V2Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessToken | V2Message | None:
    """Get an OAuth access token with the account's login

     Exchanges the login of a Daftra user (email and password) for an access token, with the
    password grant. Send the token afterwards as `Authorization: Bearer <token>` on v1 and v2
    calls, instead of (never together with) an API key. The call itself needs no credentials:
    whatever the document-wide security says, send no `apikey` or `Authorization` header here.

    `client_id` and `client_secret` are the public client credentials printed in Daftra's
    documentation, not secrets of the account; copy them from there. The current documentation
    sends the body as JSON, as modelled here; an older copy sent the same fields as a multipart
    form.

    The answer carries an access token and a refresh token; how to use the refresh token (grant
    type, address) is not documented, so request a new token when the old one expires
    (`expires_in` seconds; the documented example lasts about three years). The documentation
    shows no error answers; the ones below follow the v2 message form and their texts are
    illustrative.

    The documentation shows this call on the site root (`/v2/oauth/token`), which is where the
    client sends it.

    Args:
        body (AccessTokenRequest): The password-grant token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | V2Message
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
