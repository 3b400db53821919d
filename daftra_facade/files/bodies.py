"""A file of records read back as add bodies of one resource.

An exported file holds what only the read side has (ids, totals, related records) and
names some lists as the read side does; what an add body cannot take is left out, and
what it takes under another name is renamed (an exported invoice's ``InvoicePayment``
becomes the add body's ``Payment``, keeping the fields a payment is added with). Anything
else is kept, to be checked when the body is built.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..resource_info import resource_info
from ..wire.decoding import SchemaNode, request_node
from ..wire.shapes import read_side_removed
from .reading import read_records
from .values import DEFAULT_GROUP_COLUMN

# Lists the read side names differently from the add body.
READ_TO_WRITE_MEMBERS = {"InvoicePayment": "Payment"}


def read_bodies(
    path: Path | str,
    resource: str,
    *,
    group_by: str = DEFAULT_GROUP_COLUMN,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> list[Any]:
    """The records of a ``.json``, ``.jsonl``/``.ndjson`` or ``.csv`` file (``-``:
    standard input) as add bodies of ``client.<resource>``, in file order.

    A whole file that cannot be read raises :class:`~.values.FileError`; an element that
    cannot be read keeps its place as an :class:`~.values.Unreadable`, refused (naming
    the file and line) when its body is built."""
    info = resource_info(resource)
    found = info.create_operation
    if found is None:
        raise ValueError(f"{resource} cannot be created, so no file is read into it")
    operation_id, bulk = found
    element = request_node(operation_id, element=bulk)
    row = info.row_schema
    read_only = {
        name
        for name in (row.children if row is not None else {})
        if element is None or element.member(name) is None
    } - set(READ_TO_WRITE_MEMBERS)
    records = read_records(
        Path(path),
        operation_id=operation_id,
        group_by=group_by,
        element=bulk,
        ignored=read_only,
        renamed=READ_TO_WRITE_MEMBERS,
        encoding=encoding,
        delimiter=delimiter,
    )
    return [read_side_removed(_renamed_members(r, element), element, row) for r in records]


def _renamed_members(record: Any, element: SchemaNode | None) -> Any:
    if not isinstance(record, Mapping) or element is None:
        return record
    renamed = dict(record)
    for read_name, write_name in READ_TO_WRITE_MEMBERS.items():
        node = element.member(write_name)
        if read_name in renamed and write_name not in renamed and node is not None:
            item = node.item
            fields = set(item.children) if item is not None else set()
            renamed[write_name] = [
                {k: v for k, v in entry.items() if k in fields}
                if isinstance(entry, Mapping)
                else entry
                for entry in renamed.pop(read_name) or []
            ]
    return renamed
