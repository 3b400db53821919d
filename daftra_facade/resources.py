"""The resources of the Daftra API, each declared by the endpoints it has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._resources import (
    BulkCreatable,
    Creatable,
    Deletable,
    Listable,
    Resource,
    ResourceSpec,
    Retrievable,
    Updatable,
)

if TYPE_CHECKING:
    # Named in string form in the class bases below, which ruff does not read as uses.
    from daftra_client.models import Invoice, InvoiceView, Site  # noqa: F401

__all__ = ["Invoices", "SiteInfo"]


class SiteInfo(Resource):
    """The account itself (``/api2/site_info.json``)."""

    spec = ResourceSpec(tag="site", model_key="Site", get="getSiteInfo")

    def get(self) -> Site:
        """The account's business name, subdomain, currency, time zone and formats."""
        site: Site = self._operation("get").call(self._transport).data.site
        return site


class Invoices(
    Listable["Invoice"],
    Retrievable["InvoiceView"],
    Creatable,
    Updatable,
    Deletable,
    BulkCreatable,
):
    """Sales invoices (``/api2/invoices``)."""

    spec = ResourceSpec(
        tag="invoices",
        model_key="Invoice",
        list="listInvoices",
        get="getInvoice",
        create="addInvoice",
        update="editInvoice",
        delete="deleteInvoice",
        bulk_create="addInvoicesBulk",
        bulk_number_field="invoice_number",
        bulk_query={"send": "", "client_id": "", "terminal_id": ""},
    )
