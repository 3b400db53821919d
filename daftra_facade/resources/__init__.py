"""The resources of the Daftra API: the generic behaviour every resource shares
(:mod:`.capabilities`), each resource's declaration and the classes of those with
actions of their own (:mod:`.declarations`), and ``client.<name>`` for each
(:mod:`.catalogue`).

The public names of :mod:`.declarations` are re-exported here, so
``from daftra_facade.resources import Invoices`` keeps working.
"""

from .declarations import (
    AdvancePayments,
    AsyncAdvancePayments,
    AsyncBookings,
    AsyncGeneralListing,
    AsyncInvoicePayments,
    AsyncInvoices,
    AsyncNotes,
    AsyncSiteInfo,
    Bookings,
    GeneralListing,
    InvoicePayments,
    Invoices,
    Notes,
    SiteInfo,
)

__all__ = [
    "AdvancePayments",
    "AsyncAdvancePayments",
    "AsyncBookings",
    "AsyncGeneralListing",
    "AsyncInvoicePayments",
    "AsyncInvoices",
    "AsyncNotes",
    "AsyncSiteInfo",
    "Bookings",
    "GeneralListing",
    "InvoicePayments",
    "Invoices",
    "Notes",
    "SiteInfo",
]
