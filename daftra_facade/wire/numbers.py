"""Reading Daftra's loosely typed numbers: JSON numbers or numeric strings."""

from __future__ import annotations

from typing import TypeAlias

# A record's id: a positive integer for most resources, text where the spec says so.
RecordId: TypeAlias = int | str


def as_int(value: object) -> int | None:
    """An integer from an int, an integral float or a numeric string; else None."""
    if type(value) is int:  # most ids: one test
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def as_record_id(value: object) -> int | None:
    """A record id (a positive integer) in any of Daftra's spellings; else None."""
    number = as_int(value)
    return number if number is not None and number > 0 else None
