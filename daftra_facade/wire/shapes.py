"""The shapes a record takes between Daftra's read side and its write side.

Safe edits. The live v1 service does not patch: fields left out of an edit are reset (an
amount-only edit of a payment wiped its date; an invoice edit reset its dates), and a
record read back and sent whole is refused for its computed columns
(``error_type: "extra_data"``). So :meth:`update` reads the record, applies the changes
with :func:`apply_changes`, and sends :func:`writable_part` of the result: only the
fields the operation's request schema lets a caller write.

Records read back and written again (an export imported into another account) carry
what only the read side has: ids, computed totals, related records. :func:`read_side_removed`
leaves those out and keeps everything else, so that a real typo is still caught by the
body checks; :func:`documented_part` keeps only what the read schema documents.

An edit must not lose what it did not read: :func:`unread_relations` names the lists of
related records (an invoice's lines, payments, taxes) that the edit body would carry but
the read did not hold, so that :meth:`update` refuses rather than sends a document
without them.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .decoding import SchemaNode


def apply_changes(record: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """``record`` with ``changes`` applied per member.

    A member that is an object on both sides (``Invoice``, ``Client``) is updated field by
    field; anything else given (a list of line items, a plain value) replaces what the
    record had. Members not named in ``changes`` stay as they were read.
    """
    merged = dict(record)
    for key, value in changes.items():
        current = merged.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            merged[key] = {**current, **value}
        else:
            merged[key] = value
    return merged


def unread_relations(
    record: Mapping[str, Any],
    changes: Mapping[str, Any],
    read: SchemaNode | None,
    write: SchemaNode | None,
) -> dict[str, str]:
    """The lists of related records (lines, payments, taxes) that an edit body carries
    and a single read documents, but that ``record`` (as read) does not hold and
    ``changes`` does not give, each with what is wrong: an edit built from it would send
    the document without them, and Daftra, which replaces what it is sent, could drop them.

    Only records of models (``{"Invoice": {...}, "InvoiceItem": [...]}``) are judged: in
    them the spec places every related list. A list counts as read when it sits beside
    the main record or inside it (where a journal documents its lines). An empty list
    counts too, unless the spec names a field of the main record that sums it
    (``x-daftra-total``, an invoice's ``summary_subtotal``) and that field is not zero:
    then the read is incomplete.
    """
    if read is None or write is None or read.kind != "object" or write.kind != "object":
        return {}
    if not read.relations[0]:
        return {}  # a flat record (v2), not one of models whose related records must come
    inside = [member for member in record.values() if isinstance(member, Mapping)]
    records = [node for node in read.children.values() if node.kind == "object"]
    main = record.get(read.relations[0])
    missing: dict[str, str] = {}
    for name, child in write.children.items():
        documented = read.member(name) or next(
            (found for node in records if (found := node.member(name)) is not None), None
        )
        if documented is None or not (_is_list(child) and _is_list(documented)):
            continue
        if name in changes:
            continue
        holder = record if name in record else next((m for m in inside if name in m), None)
        if holder is None:
            missing[name] = f"holds no {name}"
        elif not holder[name] and documented.total and isinstance(main, Mapping):
            total = main.get(documented.total)
            if isinstance(total, int | float | Decimal) and total != 0:
                missing[name] = (
                    f"holds no {name}, yet its {documented.total} is {total}, so the read "
                    "is incomplete"
                )
    return missing


def relations_beside(record: Mapping[str, Any], write: SchemaNode | None) -> dict[str, Any]:
    """``record`` with the lists an edit body carries beside the main record (a
    requisition's ``RequisitionItem``) moved there when the read nests them inside it
    and the edit's schema of that record does not take them inside."""
    moved = dict(record)
    if write is None or write.kind != "object":
        return moved
    for name, child in write.children.items():
        if name in moved or not _is_list(child):
            continue
        for key, member in record.items():
            holder = write.member(key)
            if (
                isinstance(member, Mapping)
                and name in member
                and (holder is None or holder.member(name) is None)
            ):
                moved[key] = {k: v for k, v in member.items() if k != name}
                moved[name] = member[name]
                break
    return moved


def _is_list(node: SchemaNode) -> bool:
    return node.kind == "array" or any(option.kind == "array" for option in node.options)


def writable_part(value: Any, node: SchemaNode | None) -> Any:
    """``value`` cut down to what ``node`` (a request schema) lets a caller send.

    Members the schema does not list, or marks read-only, are left out, and so are
    empty values where the schema does not allow null; members of an open object (no
    listed members) are all kept.
    """
    if node is None:
        return value
    node = _same_kind(value, node)
    if isinstance(value, Mapping) and node.kind == "object" and node.children:
        kept: dict[str, Any] = {}
        for key, item in value.items():
            child = node.member(key)
            if child is None:
                if node.closed:
                    continue  # a column of the read side only (created, summary_total…)
                kept[key] = item
                continue
            if child.read_only or (item is None and not child.nullable):
                continue
            kept[key] = writable_part(item, child)
        return kept
    if isinstance(value, list) and node.kind == "array":
        return [writable_part(item, node.item) for item in value]
    return value


def _same_kind(value: Any, node: SchemaNode) -> SchemaNode:
    """For a union, the alternative of ``value``'s own JSON kind (object or array)."""
    if node.kind != "union":
        return node
    wanted = (
        "object" if isinstance(value, Mapping) else "array" if isinstance(value, list) else None
    )
    matching = [option for option in node.options if option.kind == wanted]
    return matching[0] if matching else node


def read_side_removed(value: Any, write: SchemaNode | None, read: SchemaNode | None) -> Any:
    """``value`` without the members the ``read`` schema documents and the ``write`` one
    does not let a caller send (read-only, or not part of the write body at all)."""
    if write is None or read is None:
        return value
    write, read = _same_kind(value, write), _same_kind(value, read)
    if isinstance(value, Mapping) and write.kind == "object" and read.kind == "object":
        kept: dict[str, Any] = {}
        for key, item in value.items():
            writable, readable = write.member(key), read.member(key)
            if writable is None or writable.read_only:
                if readable is not None:
                    continue  # documented, but only on the read side
                kept[key] = item  # undocumented: left for the body checks to judge
            else:
                kept[key] = read_side_removed(item, writable, readable)
        return kept
    if isinstance(value, list) and write.kind == "array" and read.kind == "array":
        return [read_side_removed(item, write.item, read.item) for item in value]
    return value


def documented_part(value: Any, node: SchemaNode | None) -> Any:
    """``value`` without the members ``node`` does not document (of closed objects)."""
    if node is None:
        return value
    node = _same_kind(value, node)
    if isinstance(value, Mapping) and node.kind == "object" and node.closed:
        return {
            key: documented_part(item, child)
            for key, item in value.items()
            if (child := node.member(key)) is not None
        }
    if isinstance(value, list) and node.kind == "array":
        return [documented_part(item, node.item) for item in value]
    return value
