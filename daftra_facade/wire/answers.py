"""Reading an answer's outcome, in one place: the error an error status means, the JSON
body or why there is none, and the refusals Daftra sends inside a success.

Every path that receives an answer (single calls, pages, bulk chunks, the token grant)
goes through :func:`checked` and :func:`decode_json`, so an answer is never judged two
ways.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import (
    APIStatusError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UnparseableResponseError,
    ValidationError,
)

if TYPE_CHECKING:
    # Only for annotations: importing httpx costs start-up time and loads rich.
    import httpx


@functools.cache
def _fast_json() -> Callable[[bytes], Any] | None:
    """orjson's parser where it is installed (the dlt extra brings it): two to three times
    faster than json's on a page of records, and with no text copy of the body. Looked
    up on the first answer, not at import."""
    try:
        import orjson
    except ImportError:
        return None
    loads: Callable[[bytes], Any] = orjson.loads
    return loads


def parsed_json(content: bytes) -> Any:
    """``content`` as JSON; raises ``ValueError`` (or ``UnicodeDecodeError``) if it is not.
    Where orjson refuses what json reads (NaN, integers beyond 64 bits), json's reading
    stands, so the result never depends on what is installed."""
    fast = _fast_json()
    if fast is not None:
        try:
            return fast(content)
        except ValueError:
            pass
    return json.loads(content)


def checked(response: httpx.Response) -> httpx.Response:
    """The response, if it is a success; otherwise the mapped :class:`APIStatusError`."""
    if response.status_code >= 400:
        raise error_for_status(response)
    if response.status_code >= 300:
        raise APIStatusError(
            f"{response.status_code} redirect from {response.request.method} "
            f"{response.url.path} to {response.headers.get('location', '?')!r} was not "
            "followed; check base_url",
            status=response.status_code,
            response=response,
        )
    return response


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


def retry_after_seconds(response: httpx.Response) -> float | None:
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


# Where the transport keeps a body it has parsed (see :func:`parse_once`).
PARSED_BODY = "daftra_parsed_json"
# Where the transport moves a Content-Encoding that the body did not decode by.
UNDECODABLE_ENCODING = "daftra_undecodable_content_encoding"
_UNPARSED: Any = object()


def parse_once(response: httpx.Response) -> Any:
    """The body as JSON, kept on the response (``extensions``) so that it is parsed once:
    the transport parses a read's answer to know whether it is garbled (and worth asking
    again), and :func:`decode_json` then reuses that parse. Raises
    :class:`UnparseableResponseError` naming what arrived instead."""
    kept = response.extensions.get(PARSED_BODY, _UNPARSED)
    if kept is not _UNPARSED:
        return kept
    try:
        body = parsed_json(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise unparseable(response) from exc
    response.extensions[PARSED_BODY] = body
    return body


def unparseable(response: httpx.Response) -> UnparseableResponseError:
    """The error of a body that is not JSON: what it was, and an excerpt of it."""
    kind = response.headers.get("content-type", "no content type")
    encoding = response.extensions.get(UNDECODABLE_ENCODING)
    if encoding is not None:
        kind = f"{kind}, labelled Content-Encoding {encoding!r} but not so encoded"
    return UnparseableResponseError(
        f"expected a JSON body from {response.request.method} {response.url.path}, "
        f"got {len(response.content)} bytes of {kind} (status {response.status_code}): "
        f"{_excerpt(response)}",
        status=response.status_code,
        response=response,
    )


def decode_json(response: httpx.Response) -> Any:
    """The body as JSON, or :class:`UnparseableResponseError` naming what was wrong.

    A refusal that a 2xx answer carries in its body raises the matching error here, so
    no caller can mistake it for a success.
    """
    body = parse_once(response)
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
    failed_code = (
        code_number is not None and code_number >= 400 and ("result" in body or "message" in body)
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
            body = parsed_json(response.content)
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
        error.retry_after = retry_after_seconds(response)
    return error
