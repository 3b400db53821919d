"""The resources of the Daftra API, each declared by the endpoints it has.

A resource is a :class:`ResourceSpec` naming its generated endpoints. Most are served by
the generic :class:`CrudResource`/:class:`ReadOnlyResource`/:class:`EntityResource`
classes, which the client builds with the spec; only resources with actions of their own
(invoices' bulk add, notes attached to a record, bookings, the general listing, …) have
a class here, each with an async twin sharing its flows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import attrs

from ..bulk.references import ReferenceSpec
from ..errors import InvalidInputError, UnparseableResponseError
from ..filters import field, where
from ..flows import Flow, arun, call, run
from ..wire.bodies import JsonBody
from ..wire.numbers import RecordId, as_record_id
from ..wire.operations import Operation
from ..wire.specification import operations
from .capabilities import (
    V2_PAGES,
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
    PageShape,
    Resource,
    ResourceSpec,
    Retrievable,
    SyncResource,
    Updatable,
    created_id,
)
from .facts import NO_FACTS, ResourceFacts, document_keys
from .finding import AsyncFindable, Findable
from .upsert import AsyncUpsertable, Upsertable

if TYPE_CHECKING:
    # Named in string form in the class bases below, which ruff does not read as uses.
    from daftra_client.models import (  # noqa: F401
        BookingRecord,
        Invoice,
        InvoiceView,
        Note,
        NoteView,
        Site,
    )


__all__ = [
    "AsyncBookings",
    "AsyncGeneralListing",
    "AsyncInvoices",
    "AsyncNotes",
    "AsyncSiteInfo",
    "Bookings",
    "GeneralListing",
    "Invoices",
    "Notes",
    "SiteInfo",
]


def _check_name(parameter: str, value: object, expected: str) -> None:
    # These names become path segments: letters and underscores only, nothing to escape.
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z_]+", value):
        raise InvalidInputError(f"{parameter} must be {expected}, not {value!r}")


def _pascal(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


def v1_resource(
    tag: str, singular: str, *, model_key: str | None = None, facts: ResourceFacts = NO_FACTS
) -> ResourceSpec:
    """The spec of a v1 resource named the usual way: ``list<Tag>``, ``get<Singular>``,
    ``add<Singular>``, ``edit<Singular>``, ``delete<Singular>``, each taken only where the
    spec has it, so a resource follows the spec when Daftra adds or drops an endpoint."""
    return _in_the_spec(
        ResourceSpec(tag=tag, model_key=model_key or singular, facts=facts),
        list=f"list{_pascal(tag)}",
        get=f"get{singular}",
        create=f"add{singular}",
        update=f"edit{singular}",
        delete=f"delete{singular}",
    )


def _in_the_spec(spec: ResourceSpec, **named: str) -> ResourceSpec:
    """``spec`` naming each of these actions' operations that the spec has; none at all
    is a mistake in the declaration, not a resource."""
    known = operations()
    found: dict[str, Any] = {a: (name if name in known else None) for a, name in named.items()}
    if not any(found.values()):
        raise ValueError(f"{spec.tag}: the spec has none of {', '.join(named.values())}")
    return attrs.evolve(spec, **found)


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
    reference=ReferenceSpec(
        member="Invoice", field="po_number", filter="po_number", number_field="no"
    ),
    facts=ResourceFacts(
        keys=document_keys(filtered=True),
        custom_fields=True,
        custom_field_filter=True,
        document=True,
        # Documented for invoices only: the listing then carries each invoice's lines.
        with_children={"recursive": 1},
        changes_through="invoice",
    ),
)

# The specs of the resources with a class of their own. The others are declared in one
# line each, where the client's attribute is (resources/catalogue.py).
NOTES = ResourceSpec(
    tag="notes",
    model_key="Note",
    list="listNotes",
    get="getNote",
    create="addNote",
    update="editNote",
    delete="deleteNote",
)
# Daftra hides payments made from client credit unless asked; a full listing shows them.
INVOICE_PAYMENTS = attrs.evolve(
    v1_resource("invoice_payments", "InvoicePayment"),
    list_defaults={"include_client_credit": 1},
    facts=ResourceFacts(example_needs="an invoice"),
)
GENERAL_LISTING = ResourceSpec(tag="listing", model_key="Listing", get="getGeneralListing")
BOOKINGS = ResourceSpec(
    tag="bookings",
    model_key="Booking",
    list="listBookings",
    get="getBooking",
    create="addBooking",
    delete="deleteBooking",
    pages=V2_PAGES,
    level=1,
    view_member=None,
)
ADVANCE_PAYMENTS = ResourceSpec(
    tag="advance_payments",
    model_key="Invoice",
    list="listAdvancePayments",
    get="getAdvancePayment",
    create="addAdvancePayment",
    pages=V2_PAGES,
    level=1,
    view_member=None,
    list_query=where(field("type").eq(19)),
)


def v2_entity(
    tag: str,
    singular: str,
    *,
    editable: bool = True,
    edit_by_post: bool = False,
    pages: PageShape = V2_PAGES,
    view_member: str | None = None,
    **extra: Any,
) -> ResourceSpec:
    """The spec of a v2 entity named the usual way (``list<Tag>``, ``get<Singular>``,
    ``add<Singular>``, ``edit<Singular>``). Some entities are changed by sending the
    create POST again with the record's id (``edit_by_post``)."""
    update = f"add{singular}" if edit_by_post else f"edit{singular}"
    spec = _in_the_spec(
        ResourceSpec(
            tag=tag, model_key=singular, pages=pages, level=1, view_member=view_member, **extra
        ),
        list=f"list{_pascal(tag)}",
        get=f"get{singular}",
        create=f"add{singular}",
        update=update,
    )
    return spec if editable else attrs.evolve(spec, update=None)


def workflow_records(workflow_id: int) -> ResourceSpec:
    """The records of one workflow type (the entity ``le_workflow-type-entity-<id>``)."""
    if isinstance(workflow_id, bool) or not isinstance(workflow_id, int) or workflow_id < 1:
        raise InvalidInputError(f"workflow_id must be a positive integer, not {workflow_id!r}")
    return v2_entity("workflow_records", "WorkflowRecord", bound={"workflow_id": workflow_id})


def entity_records(entity: str) -> ResourceSpec:
    """Any v2 entity by name, for listing (``GET /v2/api/entity/{entity}/list/{level}``)."""
    if not isinstance(entity, str) or not re.fullmatch(r"[a-z][a-z0-9_-]*", entity):
        raise InvalidInputError(
            f"entity must be a v2 entity name such as 'invoice', not {entity!r}"
        )
    return ResourceSpec(
        tag="entities",
        model_key="EntityRecord",
        list="listEntityRecords",
        pages=V2_PAGES,
        level=1,
        bound={"entity": entity},
    )


# ---------------------------------------------------------------------------- the account
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


# ---------------------------------------------------------------------------- invoices
class Invoices(
    Listable["Invoice"],
    Retrievable["InvoiceView"],
    Creatable,
    Updatable,
    Deletable,
    BulkCreatable,
    Findable["InvoiceView"],
    Upsertable,
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
    AsyncFindable["InvoiceView"],
    AsyncUpsertable,
):
    """Sales invoices (``/api2/invoices``)."""

    spec = INVOICES


# ---------------------------------------------------------------------------- payments
# ---------------------------------------------------------------------------- notes
class _NoteFlows(Resource):
    spec = NOTES

    def _add_to_flow(self, item_type: str | int, item_id: int, body: object) -> Flow[RecordId]:
        if not isinstance(item_type, int) or isinstance(item_type, bool):
            _check_name("item_type", item_type, "a record kind such as 'client' or its number")
        payload = self._checked_payload("create", body)
        answer = yield from call(
            self._operation("create"), item_type=item_type, item_id=item_id, body=JsonBody(payload)
        )
        return created_id(self.spec, answer.id)


class Notes(Listable["Note"], Retrievable["NoteView"], Updatable, Deletable, _NoteFlows):
    """Notes attached to records (``/api2/notes``)."""

    def add_to(self, item_type: str | int, item_id: int, body: object) -> RecordId:
        """Attach a new note to a record (``item_type`` such as ``"client"`` or
        ``"invoice"``, or Daftra's number for the kind, and its id); return the note's id."""
        return run(self._add_to_flow(item_type, item_id, body), self._transport)


class AsyncNotes(
    AsyncListable["Note"], AsyncRetrievable["NoteView"], AsyncUpdatable, AsyncDeletable, _NoteFlows
):
    """Notes attached to records (``/api2/notes``)."""

    async def add_to(self, item_type: str | int, item_id: int, body: object) -> RecordId:
        """Attach a new note to a record (``item_type`` such as ``"client"`` or
        ``"invoice"``, or Daftra's number for the kind, and its id); return the note's id."""
        return await arun(self._add_to_flow(item_type, item_id, body), self._transport)


# ---------------------------------------------------------------------------- bookings
class _BookingFlows(Resource):
    spec = BOOKINGS

    def _status_flow(self, booking_id: int, status: int) -> Flow[None]:
        yield from call(self._operation_named("changeBookingStatus"), id=booking_id, status=status)

    def _convert_flow(self, booking_id: int) -> Flow[int]:
        answer = yield from call(self._operation_named("convertBookingToInvoice"), id=booking_id)
        invoice_id = as_record_id(
            getattr(answer, "invoice_id", None) or getattr(answer, "id", None)
        )
        if invoice_id is None:
            raise UnparseableResponseError(
                f"convertBookingToInvoice: the answer named no invoice ({answer!r})"
            )
        return invoice_id

    def _operation_named(self, operation_id: str) -> Operation:
        return Operation(self.spec.tag, operation_id)


class Bookings(
    Listable["BookingRecord"], Retrievable["BookingRecord"], Creatable, Deletable, _BookingFlows
):
    """Bookings: created and managed through v1, listed and read through v2."""

    def change_status(self, id: int, status: int) -> None:
        """Move a booking to another status (see ``BookingStatus`` for the values)."""
        run(self._status_flow(id, status), self._transport)

    def convert_to_invoice(self, id: int) -> int:
        """Turn a booking into an invoice; return the new invoice's id."""
        return run(self._convert_flow(id), self._transport)


class AsyncBookings(
    AsyncListable["BookingRecord"],
    AsyncRetrievable["BookingRecord"],
    AsyncCreatable,
    AsyncDeletable,
    _BookingFlows,
):
    """Bookings: created and managed through v1, listed and read through v2."""

    async def change_status(self, id: int, status: int) -> None:
        """Move a booking to another status (see ``BookingStatus`` for the values)."""
        await arun(self._status_flow(id, status), self._transport)

    async def convert_to_invoice(self, id: int) -> int:
        """Turn a booking into an invoice; return the new invoice's id."""
        return await arun(self._convert_flow(id), self._transport)


# ---------------------------------------------------------------------------- general listing
class _ListingFlows(Resource):
    spec = GENERAL_LISTING

    def _listing_flow(self, model: str) -> Flow[dict[str, str]]:
        _check_name("model", model, "a listing name such as 'Timezone'")
        answer = yield from call(self._operation("get"), model=model)
        listing = answer.data.listing
        entries = listing.to_dict() if hasattr(listing, "to_dict") else dict(listing)
        return {str(key): str(value) for key, value in entries.items()}


class GeneralListing(SyncResource, _ListingFlows):
    """Lookup lists of the account (``/api2/listing/{model}.json``)."""

    def get(self, model: str) -> dict[str, str]:
        """The id → title pairs of one of the account's lists (``"Timezone"``,
        ``"dateFormats"``, ``"InvoiceLayout"``, ``"GroupPrice"``, ``"Branch"``, …);
        :class:`NotFoundError` for a model Daftra does not list."""
        return run(self._listing_flow(model), self._transport)


class AsyncGeneralListing(AsyncResource, _ListingFlows):
    """Lookup lists of the account (``/api2/listing/{model}.json``)."""

    async def get(self, model: str) -> dict[str, str]:
        """The id → title pairs of one of the account's lists (``"Timezone"``,
        ``"dateFormats"``, ``"InvoiceLayout"``, ``"GroupPrice"``, ``"Branch"``, …);
        :class:`NotFoundError` for a model Daftra does not list."""
        return await arun(self._listing_flow(model), self._transport)
