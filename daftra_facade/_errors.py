"""The exceptions the facade raises, and the one function that maps answers onto them.

Every failure a caller can meet is a :class:`DaftraError`. Errors raised because of a
server answer keep that answer (``response``) and its status, so nothing is lost when
the body is not what Daftra documents (an HTML error page, truncated JSON, status 520).
Messages never contain credentials: they quote the server's message, never a request.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from ._bulk import BulkResult

FieldErrors = Mapping[str, tuple[str, ...]]


class DaftraError(Exception):
    """Base class of everything the facade raises."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.response = response


class ConfigurationError(DaftraError, ValueError):
    """The client was set up with missing, conflicting or unsafe settings."""


class InvalidInputError(DaftraError, ValueError):
    """Input was refused before anything was sent; ``field_errors`` says where."""

    def __init__(self, message: str, *, field_errors: FieldErrors | None = None) -> None:
        super().__init__(message)
        self.field_errors: FieldErrors = dict(field_errors or {})


class TransportError(DaftraError):
    """No usable answer arrived: the connection failed, broke or timed out.

    A write that ends in this error may or may not have been applied by the server.
    """


class RequestTimeoutError(TransportError):
    """The server did not answer within the configured timeout."""


class UnparseableResponseError(DaftraError):
    """The server answered, but the body is not the JSON the specification describes."""


class UndecodableRecordError(UnparseableResponseError):
    """One row of a list could not be read; the rows around it were.

    ``page`` and ``row`` (counted from 0 within the page) say where it was, ``field``
    names the value that did not fit (a dotted path) and ``raw`` is the row as it came.
    """

    def __init__(
        self,
        message: str,
        *,
        page: int,
        row: int,
        field: str,
        raw: Any,
        status: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, status=status, response=response)
        self.page = page
        self.row = row
        self.field = field
        self.raw = raw


class MultipleMatchesError(DaftraError, LookupError):
    """Several records carry the business keys ``find_one`` was given; ``ids`` names them."""

    def __init__(self, message: str, *, ids: list[int]) -> None:
        super().__init__(message)
        self.ids = ids


class NotCreatedError(DaftraError):
    """The server answered a create as successful, yet stored nothing.

    Daftra answers ``202 {"result": "successful", "id": null}`` to some bodies it
    silently drops (a client payment without a treasury, for one). The facade looked
    the record up by its reference and found no such record; it is not sent again,
    since the same body would be dropped the same way.
    """


class APIStatusError(DaftraError):
    """The server answered with an error status (an error body, or any other body)."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        response: httpx.Response | None = None,
        field_errors: FieldErrors | None = None,
    ) -> None:
        super().__init__(message, status=status, response=response)
        self.status: int = status
        self.field_errors: FieldErrors = dict(field_errors or {})


class AuthenticationError(APIStatusError):
    """401: the API key or token is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such record (or no such endpoint)."""


class ValidationError(APIStatusError):
    """400 or 422: the server refused the input; ``field_errors`` maps fields to reasons."""


class RateLimitedError(APIStatusError):
    """429: too many requests; ``retry_after`` holds the server's advice in seconds."""

    retry_after: float | None = None


class ServerError(APIStatusError):
    """5xx, including non-standard ones such as Cloudflare's 520: the server failed."""


class BulkIncompleteError(DaftraError):
    """Raised by :meth:`BulkResult.raise_for_failures` when not every element was created."""

    def __init__(self, message: str, *, result: BulkResult) -> None:
        super().__init__(message)
        self.result = result


class BulkAbortedError(DaftraError):
    """A bulk run stopped early because every further request would fail the same way.

    ``result`` holds the outcome of every element handled before the stop, so nothing
    already created goes unreported; ``cause`` is the error that stopped the run.
    """

    def __init__(self, message: str, *, result: BulkResult, cause: APIStatusError) -> None:
        super().__init__(message, status=cause.status, response=cause.response)
        self.result = result
        self.cause = cause


_ERRORS_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitedError,
}


def normalize_field_errors(raw: object) -> dict[str, tuple[str, ...]]:
    """Field errors come as ``{field: "reason"}`` (v1) or ``{field: ["reason", ...]}`` (v2)."""
    if not isinstance(raw, Mapping):
        return {}
    normalized: dict[str, tuple[str, ...]] = {}
    for field, reasons in raw.items():
        if isinstance(reasons, list | tuple):
            normalized[str(field)] = tuple(str(reason) for reason in reasons)
        elif isinstance(reasons, Mapping):
            # Nested objects appear for nested members; flatten them to dotted paths.
            for sub_field, sub_reasons in normalize_field_errors(reasons).items():
                normalized[f"{field}.{sub_field}"] = sub_reasons
        else:
            normalized[str(field)] = (str(reasons),)
    return normalized


def _retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        from datetime import UTC, datetime

        return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def decode_json(response: httpx.Response) -> Any:
    """The body as JSON, or :class:`UnparseableResponseError` naming what was wrong.

    A refusal that a 2xx answer carries in its body raises the matching error here, so
    no caller can mistake it for a success.
    """
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        kind = response.headers.get("content-type", "no content type")
        raise UnparseableResponseError(
            f"expected a JSON body from {response.request.method} {response.url.path}, "
            f"got {len(response.content)} bytes of {kind} (status {response.status_code}): "
            f"{_excerpt(response)}",
            status=response.status_code,
            response=response,
        ) from exc
    refusal = refusal_in_body(response, body)
    if refusal is not None:
        raise refusal
    return body


def _excerpt(response: httpx.Response, limit: int = 120) -> str:
    text = response.content[:limit].decode("utf-8", errors="replace")
    return " ".join(text.split()) or "<empty body>"


_SUCCESS_WORDS = frozenset({"successful", "success", "ok", "true"})


def refusal_in_body(response: httpx.Response, body: object) -> APIStatusError | None:
    """The error a 2xx answer reports inside its body, if it reports one.

    Daftra's v1 answers some refusals with 200 or 202 and ``{"result": "failed",
    "message": …}`` or an error ``code`` in the body; taking those for successes would
    report a refused edit as done, or a refused create as a lost answer.
    """
    if not isinstance(body, Mapping) or not (200 <= response.status_code < 300):
        return None
    result = body.get("result")
    code = body.get("code")
    try:
        code_number = int(code) if code is not None and not isinstance(code, bool) else None
    except (TypeError, ValueError):
        code_number = None
    failed_result = isinstance(result, str) and result.strip().lower() not in _SUCCESS_WORDS
    failed_code = code_number is not None and code_number >= 400 and (
        "result" in body or "message" in body
    )
    if not failed_result and not failed_code:
        return None
    status = code_number if code_number is not None and code_number >= 400 else 400
    return error_for_status(response, body=body, status=status)


def error_for_status(
    response: httpx.Response, *, body: object = None, status: int | None = None
) -> APIStatusError:
    """The exception for an error answer, built from whatever body came with it.

    ``body`` and ``status`` are given for refusals found inside a 2xx answer: the body
    already decoded, and the status the body itself states (400 when it states none).
    """
    message = ""
    field_errors: dict[str, tuple[str, ...]] = {}
    if status is None:
        status = response.status_code
        try:
            body = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            body = None
    if isinstance(body, Mapping):
        message = str(body.get("message") or "")
        field_errors = normalize_field_errors(
            body.get("validation_errors") or body.get("errors") or {}
        )
    if not message:  # an HTML page or other text says more than a bare status phrase
        message = _excerpt(response) if body is None else response.reason_phrase or "error"
    text = f"{status} from {response.request.method} {response.url.path}: {message}"
    if status != response.status_code:
        text = f"{text} [answered {response.status_code} with the refusal in its body]"
    if field_errors:
        details = "; ".join(f"{field}: {', '.join(why)}" for field, why in field_errors.items())
        text = f"{text} ({details})"
    if status >= 500:
        return ServerError(text, status=status, response=response, field_errors=field_errors)
    error = _ERRORS_BY_STATUS.get(status, APIStatusError)(
        text, status=status, response=response, field_errors=field_errors
    )
    if isinstance(error, RateLimitedError):
        error.retry_after = _retry_after_seconds(response)
    return error
