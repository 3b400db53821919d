"""daftra-python: a typed client for the Daftra ERP/accounting API.

>>> from daftra_facade import Daftra
>>> with Daftra("acme", api_key="...") as client:
...     for invoice in client.invoices.iter(client_id=7):
...         print(invoice.id, invoice.summary_total)
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and editors see; at run time, __getattr__ below
    from .bulk.journal import JobStore
    from .bulk.options import BulkOptions
    from .bulk.outcomes import (
        BulkAbortedError,
        BulkIncompleteError,
        BulkProgress,
        BulkResult,
        Created,
        Duplicate,
        Existing,
        Outcome,
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
    from .logs import setup_logging
    from .pagination import AsyncRecords, Page, Records
    from .resources.multi_entity import EntityQuery, Fetched, Missing, MultiEntityResult, Refused
    from .transport.pace import PaceReport
    from .transport.responses import ResponseInfo, ResponseLog
    from .wire.validation import UnlistedValueWarning

# Where each public name lives. A name's module is imported when the name is first used,
# so `import daftra_facade` (and the `daftra` command, which lives in this package) loads
# no client, no resources and no generated model until they are needed.
_HOMES = {
    "APIStatusError": ".errors",
    "AsyncDaftra": ".client",
    "AsyncRecords": ".pagination",
    "AuthenticationError": ".errors",
    "BulkAbortedError": ".bulk.outcomes",
    "BulkIncompleteError": ".bulk.outcomes",
    "BulkOptions": ".bulk.options",
    "BulkProgress": ".bulk.outcomes",
    "BulkResult": ".bulk.outcomes",
    "ConfigurationError": ".errors",
    "Created": ".bulk.outcomes",
    "Daftra": ".client",
    "DaftraError": ".errors",
    "Duplicate": ".bulk.outcomes",
    "DuplicateRecordsError": ".errors",
    "EntityQuery": ".resources.multi_entity",
    "Existing": ".bulk.outcomes",
    "Fetched": ".resources.multi_entity",
    "InvalidInputError": ".errors",
    "JobStore": ".bulk.journal",
    "JobStoreBusyError": ".errors",
    "JobStoreDamagedError": ".errors",
    "JobStoreError": ".errors",
    "JobStoreMismatchError": ".errors",
    "JobStoreWriteError": ".errors",
    "Missing": ".resources.multi_entity",
    "MultiEntityResult": ".resources.multi_entity",
    "MultipleMatchesError": ".errors",
    "NotCreatedError": ".errors",
    "NotFoundError": ".errors",
    "Outcome": ".bulk.outcomes",
    "PaceReport": ".transport.pace",
    "Page": ".pagination",
    "PermissionDeniedError": ".errors",
    "RateLimitedError": ".errors",
    "Records": ".pagination",
    "Refused": ".resources.multi_entity",
    "ResponseInfo": ".transport.responses",
    "ResponseLog": ".transport.responses",
    "Rejected": ".bulk.outcomes",
    "RequestTimeoutError": ".errors",
    "ServerError": ".errors",
    "setup_logging": ".logs",
    "TransportError": ".errors",
    "Unchanged": ".bulk.outcomes",
    "UndecodableRecordError": ".errors",
    "Unknown": ".bulk.outcomes",
    "UnlistedValueWarning": ".wire.validation",
    "UnparseableResponseError": ".errors",
    "UnsafeEditError": ".errors",
    "Updated": ".bulk.outcomes",
    "ValidationError": ".errors",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is not None:
        found = globals()[name] = getattr(importlib.import_module(home, __name__), name)
        return found
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
    "BulkOptions",
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
    "Outcome",
    "PaceReport",
    "Page",
    "PermissionDeniedError",
    "RateLimitedError",
    "Records",
    "Refused",
    "Rejected",
    "RequestTimeoutError",
    "ResponseInfo",
    "ResponseLog",
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
    "setup_logging",
]
