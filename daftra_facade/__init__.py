"""daftra-python: a typed client for the Daftra ERP/accounting API.

>>> from daftra_facade import Daftra
>>> with Daftra("acme", api_key="...") as client:
...     for invoice in client.invoices.iter(client_id=7):
...         print(invoice.id, invoice.summary_total)
"""

from .bulk.journal import Journal
from .bulk.runs import (
    BulkAbortedError,
    BulkIncompleteError,
    BulkProgress,
    BulkResult,
    Created,
    Rejected,
    Unknown,
)
from .client import AsyncDaftra, Daftra
from .errors import (
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    DaftraError,
    InvalidInputError,
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
from .pagination import AsyncRecords, Page, Records
from .resources.multi_entity import EntityQuery, Fetched, Missing, MultiEntityResult, Refused
from .transport.pace import PaceReport


def __getattr__(name: str) -> str:
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
    "Journal",
    "Missing",
    "MultiEntityResult",
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
    "UndecodableRecordError",
    "Unknown",
    "UnparseableResponseError",
    "ValidationError",
]
