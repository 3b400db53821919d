"""daftra-python: a typed client for the Daftra ERP/accounting API.

>>> from daftra_facade import Daftra
>>> with Daftra("acme", api_key="...") as client:
...     for invoice in client.invoices.iter(client_id=7):
...         print(invoice.id, invoice.summary_total)
"""

from typing import Any

from ._bulk import BulkProgress, BulkResult, Created, Rejected, Unchanged, Unknown, Updated
from ._client import AsyncDaftra, Daftra
from ._errors import (
    APIStatusError,
    AuthenticationError,
    BulkAbortedError,
    BulkIncompleteError,
    ConfigurationError,
    DaftraError,
    InvalidInputError,
    MultipleMatchesError,
    NotCreatedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    UndecodableRecordError,
    UnparseableResponseError,
    ValidationError,
)
from ._journal import JobStore
from ._multi import EntityQuery, Fetched, Missing, MultiEntityResult, Refused
from ._pagination import AsyncRecords, Page, Records
from ._rate_limit import PaceReport


def __getattr__(name: str) -> Any:
    if name == "Journal":  # the deprecated name of JobStore, warned about by _journal
        from . import _journal

        return _journal.__getattr__("Journal")
    # __version__ on first use: importlib.metadata costs about 25 ms of every start-up.
    if name == "__version__":
        from importlib.metadata import version

        found = globals()["__version__"] = version("daftra-python")
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIStatusError",
    "AsyncDaftra",
    "AsyncRecords",
    "AuthenticationError",
    "BulkAbortedError",
    "BulkIncompleteError",
    "BulkProgress",
    "BulkResult",
    "ConfigurationError",
    "Created",
    "Daftra",
    "DaftraError",
    "EntityQuery",
    "Fetched",
    "InvalidInputError",
    "JobStore",
    "Missing",
    "MultiEntityResult",
    "MultipleMatchesError",
    "NotCreatedError",
    "NotFoundError",
    "PaceReport",
    "Page",
    "PermissionDeniedError",
    "RateLimitedError",
    "Records",
    "Refused",
    "Rejected",
    "RequestTimeoutError",
    "ServerError",
    "TransportError",
    "Unchanged",
    "UndecodableRecordError",
    "Unknown",
    "UnparseableResponseError",
    "Updated",
    "ValidationError",
]
