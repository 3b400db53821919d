"""What the rest of the project needs to know about a resource beyond its endpoints.

A resource's :class:`ResourceFacts` travel on its :class:`~.specs.ResourceSpec`, so that
its one declaration (``client.<name>`` in :mod:`.catalogue`) says everything: the finders'
business keys, the database sync's child tables and change tracking, the import's
references, and whether a new sandbox has a record 1 of it. Everything that needs one of
these facts reads it through :func:`.catalogue.declared_resources`, never from a table
keyed by resource names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen
class BusinessKey:
    """A field (or a few, any of which may hold it) that names one record for its owner.

    ``v1_filter`` is a documented list filter matching it; ``v2_entity`` a v2 entity
    listing the same records whose ``filter[<field>]`` finds it. ``custom_label`` makes it
    the custom field of that label, read from the full record.
    """

    name: str
    fields: tuple[str, ...]
    v1_filter: str | None = None
    v2_entity: str | None = None
    fold_case: bool = False
    custom_label: str | None = None

    def normalised(self, value: object) -> str:
        """A value as matching compares it: stripped, and case-folded where the key is."""
        text = key_text(value)
        return text.casefold() if self.fold_case else text

    def same(self, stored: object, wanted: object) -> bool:
        left = self.normalised(stored)
        return left != "" and left == self.normalised(wanted)

    def carried_by(self, record: Mapping[str, Any], wanted: object) -> bool:
        """Whether a record (flat fields, or the full record for a custom field) has it."""
        if self.custom_label is not None:
            return self.same(custom_fields(record).get(self.custom_label), wanted)
        return any(self.same(record.get(name), wanted) for name in self.fields)

    def read(self, payload: Mapping[str, Any], member: str | None) -> str | None:
        """The key's value in an add body, or None when the body does not give it."""
        if self.custom_label is not None:
            value = custom_fields(payload).get(self.custom_label)
        else:
            fields = payload.get(member) if member else payload
            fields = fields if isinstance(fields, Mapping) else {}
            value = next((fields[n] for n in self.fields if key_text(fields.get(n))), None)
        return key_text(value) or None


def key_text(value: object) -> str:
    """A key value as text: stripped, empty for None."""
    return "" if value is None else str(value).strip()


def custom_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """A document's custom field values by label, from either shape Daftra uses: an object
    of values, or a list of ``{label, value}``."""
    found = record.get("InvoiceCustomField")
    if isinstance(found, Mapping):
        return {str(label): value for label, value in found.items()}
    if isinstance(found, list):
        return {
            str(entry.get("label")): entry.get("value")
            for entry in found
            if isinstance(entry, Mapping) and entry.get("label") is not None
        }
    return {}


def document_keys(*, filtered: bool) -> tuple[BusinessKey, ...]:
    """A document's keys: its PO number and its number (filtered where the v1 listing
    documents those filters; invoices only)."""
    return (
        BusinessKey("po_number", ("po_number",), "po_number" if filtered else None),
        # The v1 "no" filter matches parts of numbers: every answer is checked exactly.
        BusinessKey("no", ("no",), "no" if filtered else None),
    )


@attrs.frozen
class Reference:
    """How other records name one of this resource in an import file: the CLI option
    (``--client-key``) that says the id field holds a business key instead of an id,
    and where that field is (``in_items``: in each of a document's items)."""

    option: str
    id_field: str
    in_items: bool = False


@attrs.frozen
class ResourceFacts:
    """A resource's facts beyond its endpoints (all empty for most resources)."""

    # The business keys it can be found and upserted by.
    keys: tuple[BusinessKey, ...] = ()
    # Whether its records carry custom fields that can be looked up (``custom_field:<label>``),
    # and whether the v1 listing can filter by them (else lookups page through everything).
    custom_fields: bool = False
    custom_field_filter: bool = False
    # A document: its lines and payments become child tables of the database sync.
    document: bool = False
    # Listing parameters that make its rows carry their lines (the sync lists with them).
    with_children: Mapping[str, Any] = attrs.field(factory=dict)
    # A v1 resource whose changes are found through this v2 entity over the same records.
    changes_through: str | None = None
    # It cannot be listed without an argument of its own (so the sync cannot load it).
    needs_arguments: bool = False
    # How an import file may name one of its records by a business key.
    reference: Reference | None = None
    # A new sandbox starts with a record 1 of it (examples may name it).
    seeded: bool = False
    # What its documented create body refers to that a new sandbox lacks (the CLI shows
    # that example as documented instead of as a command that runs).
    example_needs: str | None = None


NO_FACTS = ResourceFacts()
