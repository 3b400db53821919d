"""Record ids as the sync keeps them: their type (from the spec), runs of them, and what
remembers the ids a scan has read (a bitmap for Daftra's counting ids)."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
import pyarrow as pa

from ..wire.decoding import rows_node

if TYPE_CHECKING:
    from ..resources.specs import ResourceSpec

__all__ = ["INTEGER_KEYS", "Keys", "SeenIds", "SeenTexts", "int64_view", "int64s"]


@attrs.frozen
class Keys:
    """How a resource's record ids are kept, as the spec types them (:meth:`of`): 64-bit
    integers in arrays (and a bitmap of those a scan has seen), or text in lists (and a
    set). Its ``id`` column, and its child tables' ``document_id``, are BIGINT or TEXT."""

    text: bool = False

    @classmethod
    def of(cls, spec: ResourceSpec) -> Keys:
        """The keys of the resource ``spec`` lists: text where the spec's record ``id``
        takes text and no number (an id documented as a number or as numeric text, as
        v1 often is, is a number)."""
        row = rows_node(spec.list, spec.pages.rows_path) if spec.list else None
        record = row.member(spec.model_key) if row is not None and spec.pages.kind == "v1" else row
        node = record.member("id") if record is not None else None
        if node is None:
            return cls()
        kinds = {option.kind for option in node.options} or {node.kind}
        return cls(text="string" in kinds and not kinds & {"integer", "number"})

    @property
    def key(self) -> Callable[[Any], Any]:
        """What makes a record's ``id`` a key: ``int`` itself (no cost added to a scan of
        integer ids), or ``str``."""
        return str if self.text else int

    @property
    def arrow_type(self) -> pa.DataType:
        return pa.string() if self.text else pa.int64()

    def column(self, *, nullable: bool = False) -> dict[str, Any]:
        """The hint of a column of these ids."""
        return {"data_type": "text" if self.text else "bigint", "nullable": nullable}

    def run(self) -> Any:
        """An empty run of ids to append to: an ``array`` of 64-bit integers, or a list."""
        return [] if self.text else array("q")

    def seen(self) -> SeenIds | SeenTexts:
        """What remembers the ids a scan has read."""
        return SeenTexts() if self.text else SeenIds()

    def arrow(self, ids: Any) -> Any:
        """A run of these ids as an Arrow array (over the memory of an integer run: it
        cannot grow while the array is alive)."""
        return pa.array(ids, pa.string()) if self.text else int64_view(ids)

    def no_ids(self) -> Any:
        return pa.array([], self.arrow_type)


INTEGER_KEYS = Keys()


def int64_view(values: array[int]) -> Any:
    """An Arrow int64 array over the memory of ``values`` (no copy): ``values`` cannot
    grow while it is alive."""
    return pa.Array.from_buffers(pa.int64(), len(values), [None, pa.py_buffer(values)])


class SeenIds:
    """The ids a scan has read: a bit per id below :attr:`DENSE`, a set for the rest.

    Daftra's ids count up from 1, so a bitmap holds a whole account's in a few kilobytes
    and grows in place. Hash sets rebuilt or grown per page made a large scan's memory
    churn and fragment, and a Python set costs some 60 bytes an id."""

    DENSE = 1 << 26  # 8 MiB of bits at most

    def __init__(self) -> None:
        self.bits = bytearray()
        self.others: set[int] = set()

    def add(self, key: int) -> bool:
        """Remember ``key``; whether it was new."""
        if not 0 <= key < self.DENSE:
            if key in self.others:
                return False
            self.others.add(key)
            return True
        byte, bit = key >> 3, 1 << (key & 7)
        if byte >= len(self.bits):
            # Room for twice the ids seen so far, so the bitmap grows a few times only.
            self.bits.extend(bytes(max(byte + 1, 2 * len(self.bits)) - len(self.bits)))
        elif self.bits[byte] & bit:
            return False
        self.bits[byte] |= bit
        return True

    def __contains__(self, key: int) -> bool:
        if not 0 <= key < self.DENSE:
            return key in self.others
        byte = key >> 3
        return byte < len(self.bits) and bool(self.bits[byte] & (1 << (key & 7)))


class SeenTexts:
    """The text ids a scan has read (where the spec makes a resource's ids text)."""

    def __init__(self) -> None:
        self.keys: set[str] = set()

    def add(self, key: str) -> bool:
        """Remember ``key``; whether it was new."""
        if key in self.keys:
            return False
        self.keys.add(key)
        return True

    def __contains__(self, key: object) -> bool:
        return key in self.keys


def int64s(column: Any) -> array[int]:
    """An Arrow int64 array's values as a Python ``array``, copied from its buffer."""
    found = array("q")
    start = column.offset * 8
    found.frombytes(memoryview(column.buffers()[1])[start : start + len(column) * 8])
    return found
