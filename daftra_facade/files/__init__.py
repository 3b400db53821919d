"""Record files, both directions: the formats ``daftra <resource> export`` writes and
``import`` reads, for any program that moves records between Daftra and files.

- :func:`read_bodies` reads a JSON array, JSON Lines or CSV file as add bodies of a
  resource (an exported file included: read-side members are left out);
- :func:`read_records` reads the same files as they are, for an operation's body;
- :class:`RecordWriter` writes listed records as JSON Lines or CSV;
- :func:`safe_cell` and :func:`read_cell` make a CSV cell safe to open in a spreadsheet
  and read it back exactly.

The CSV layout is described in :mod:`daftra_facade.files.writing`.
"""

from .bodies import READ_TO_WRITE_MEMBERS, read_bodies
from .reading import read_records
from .values import (
    DEFAULT_GROUP_COLUMN,
    KEY_COLUMN,
    OPEN_FIELDS,
    FileError,
    Unreadable,
    read_cell,
    safe_cell,
)
from .writing import (
    FORMATS,
    FORMATS_BY_SUFFIX,
    RecordWriter,
    csv_columns,
    csv_rows,
    format_of,
    json_text,
)

__all__ = [
    "DEFAULT_GROUP_COLUMN",
    "FORMATS",
    "FORMATS_BY_SUFFIX",
    "KEY_COLUMN",
    "OPEN_FIELDS",
    "READ_TO_WRITE_MEMBERS",
    "FileError",
    "RecordWriter",
    "Unreadable",
    "csv_columns",
    "csv_rows",
    "format_of",
    "json_text",
    "read_bodies",
    "read_cell",
    "read_records",
    "safe_cell",
]
