"""daftra-python: a typed client for the Daftra ERP/accounting API.

>>> from daftra_facade import Daftra
>>> with Daftra("acme", api_key="...") as client:
...     for invoice in client.invoices.iter(client_id=7):
...         print(invoice.id, invoice.summary_total)
"""

from typing import Any

from .bulk.journal import JobStore
from .bulk.outcomes import (
    BulkAbortedError,
    BulkIncompleteError,
    BulkProgress,
    BulkResult,
    Created,
    Duplicate,
    Existing,
    Rejected,
    Unchanged,
    Unknown,
    Updated,
)
from .client import AsyncDaftra, Daftra
from .errors import (
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    DaftraError,
    DuplicateRecordsError,
    InvalidInputError,
    JobStoreBusyError,
    JobStoreDamagedError,
    JobStoreError,
    JobStoreMismatchError,
    JobStoreWriteError,
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
    UnsafeEditError,
    ValidationError,
)
from .pagination import AsyncRecords, Page, Records
from .resources.multi_entity import EntityQuery, Fetched, Missing, MultiEntityResult, Refused
from .transport.pace import PaceReport
from .wire.validation import UnlistedValueWarning


def __getattr__(name: str) -> Any:
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
    "Duplicate",
    "DuplicateRecordsError",
    "EntityQuery",
    "Existing",
    "Fetched",
    "InvalidInputError",
    "JobStore",
    "JobStoreBusyError",
    "JobStoreDamagedError",
    "JobStoreError",
    "JobStoreMismatchError",
    "JobStoreWriteError",
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
    "UnlistedValueWarning",
    "UnparseableResponseError",
    "UnsafeEditError",
    "Updated",
    "ValidationError",
]
