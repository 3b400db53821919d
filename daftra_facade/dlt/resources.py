"""Which of the client's resources the source loads, and what each needs: documents (with
lines and payments), listing arguments, and how its changes are found. Keyed by the
name of the client's attribute (``client.<name>``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..resources.capabilities import Listable
from ..resources.catalogue import Resources

__all__ = ["DOCUMENTS", "resource_names"]

# Resources that cannot be listed without an argument of their own.
_NEEDS_ARGUMENTS = frozenset({"follow_up_actions"})
# Documents: their lines and payments become child tables.
DOCUMENTS = (
    "invoices",
    "estimates",
    "credit_notes",
    "refund_receipts",
    "purchase_invoices",
    "purchase_refunds",
)
# Listing parameters that make rows carry their lines (documented for invoices only).
_WITH_CHILDREN: Mapping[str, Mapping[str, Any]] = {"invoices": {"recursive": 1}}
# v1 resources whose changes are found through a v2 entity over the same records.
_CHANGES_THROUGH: Mapping[str, str] = {
    "invoices": "invoice",
    "estimates": "invoice",
    "credit_notes": "invoice",
    "refund_receipts": "invoice",
    "clients": "client",
    "products": "product",
}


def resource_names() -> list[str]:
    """The resources the source can load: every listable ``client.<name>`` but those
    that need an argument to be listed (``follow_up_actions`` needs a record kind)."""
    return [
        name
        for name, attribute in vars(Resources).items()
        if isinstance(getattr(attribute, "sync_class", None), type)
        and issubclass(attribute.sync_class, Listable)
        and name not in _NEEDS_ARGUMENTS
    ]
