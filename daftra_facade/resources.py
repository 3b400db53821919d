"""The resources of the Daftra API, each declared by the endpoints it has.

Every resource has a sync class (for ``Daftra``) and an async twin (for ``AsyncDaftra``)
sharing one :class:`ResourceSpec`; all behaviour lives in the generic mixins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._flows import Flow, arun, call, run
from ._references import ReferenceSpec
from ._resources import (
    AsyncBulkCreatable,
    AsyncCreatable,
    AsyncDeletable,
    AsyncListable,
    AsyncResource,
    AsyncRetrievable,
    AsyncUpdatable,
    BulkCreatable,
    Creatable,
    Deletable,
    Listable,
    Resource,
    ResourceSpec,
    Retrievable,
    SyncResource,
    Updatable,
)

if TYPE_CHECKING:
    # Named in string form in the class bases below, which ruff does not read as uses.
    from daftra_client.models import Invoice, InvoiceView, Site  # noqa: F401

__all__ = ["AsyncInvoices", "AsyncSiteInfo", "Invoices", "SiteInfo"]

SITE = ResourceSpec(tag="site", model_key="Site", get="getSiteInfo")
INVOICES = ResourceSpec(
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
    # po_number is stored on every invoice and is a documented list filter.
    reference=ReferenceSpec(member="Invoice", field="po_number", filter="po_number",
                            number_field="no"),
)


class _SiteFlows(Resource):
    spec = SITE

    def _site_flow(self) -> Flow[Site]:
        answer = yield from call(self._operation("get"))
        site: Site = answer.data.site
        return site


class SiteInfo(SyncResource, _SiteFlows):
    """The account itself (``/api2/site_info.json``)."""

    def get(self) -> Site:
        """The account's business name, subdomain, currency, time zone and formats."""
        return run(self._site_flow(), self._transport)


class AsyncSiteInfo(AsyncResource, _SiteFlows):
    """The account itself (``/api2/site_info.json``)."""

    async def get(self) -> Site:
        """The account's business name, subdomain, currency, time zone and formats."""
        return await arun(self._site_flow(), self._transport)


class Invoices(
    Listable["Invoice"],
    Retrievable["InvoiceView"],
    Creatable,
    Updatable,
    Deletable,
    BulkCreatable,
):
    """Sales invoices (``/api2/invoices``)."""

    spec = INVOICES


class AsyncInvoices(
    AsyncListable["Invoice"],
    AsyncRetrievable["InvoiceView"],
    AsyncCreatable,
    AsyncUpdatable,
    AsyncDeletable,
    AsyncBulkCreatable,
):
    """Sales invoices (``/api2/invoices``)."""

    spec = INVOICES
