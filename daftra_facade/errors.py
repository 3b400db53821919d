"""The exceptions the facade raises: classes only. Answers are mapped onto them by
:mod:`daftra_facade.wire.answers`; the bulk run's own two live beside its result, in
:mod:`daftra_facade.bulk.outcomes`.

Every failure a caller can meet is a :class:`DaftraError`. Errors raised because of a
server answer keep that answer (``response``) and its status, so nothing is lost when
the body is not what Daftra documents (an HTML error page, truncated JSON, status 520).
Messages never contain credentials: they quote the server's message, never a request.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

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


class UnsafeEditError(UnparseableResponseError):
    """``update()`` sent nothing: the record it read back cannot be trusted to hold all its
    related records (lines, payments, taxes), and Daftra replaces a record with what an
    edit sends, so the edit could remove or change them. Give those lists in the changes,
    or use ``replace()`` with a full body. A subclass of :class:`UnparseableResponseError`,
    which ``update()`` raised for it before."""


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


class JobStoreError(DaftraError):
    """A job store cannot be used as it is; ``path`` names it. Nothing was sent because
    of it: a store in doubt is refused, never silently started again."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path


class JobStoreBusyError(JobStoreError):
    """Another run holds the job store; ``holder`` says which (pid, host, since when)."""

    def __init__(self, message: str, *, path: str, holder: str) -> None:
        super().__init__(message, path=path)
        self.holder = holder


class JobStoreDamagedError(JobStoreError):
    """The job store is empty, truncated, corrupt, not a job store, or lost the writes
    its ``-wal`` file held; a new job in it only with ``new_job=True`` (``--new-job``)."""


class JobStoreMismatchError(JobStoreError):
    """The job was made for another input file; a new job only with ``new_job=True``."""


class JobStoreWriteError(JobStoreError):
    """The job store could not record a write (a full disk, mostly): the run stopped,
    and what it did until then is in the :class:`BulkAbortedError` it ended with."""


class DuplicateRecordsError(DaftraError):
    """Several records carry the reference of one create, so it was stored more than once
    (a request that committed after the client gave up, or another process creating the
    same record); ``ids`` names them and ``reference`` is the reference they share. The
    facade never picks one: delete the extra records, or keep them knowingly."""

    def __init__(self, message: str, *, ids: list[int], reference: str) -> None:
        super().__init__(message)
        self.ids = ids
        self.reference = reference


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
