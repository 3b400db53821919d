"""What the sync remembers of the records it loaded: a digest of each, by id, kept between
runs in a file of the pipeline's working folder, so a record read again unchanged is not
loaded again."""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
import os
import sys
import uuid
from array import array
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from dlt.common.configuration.container import Container
from dlt.common.pipeline import PipelineContext

from .ids import INTEGER_KEYS, Keys, int64_view, int64s

__all__ = ["FINGERPRINTS", "Fingerprints", "digest_of"]

# The resource state key of the digests of the records loaded (see Fingerprints).
FINGERPRINTS = "fingerprints"


class Fingerprints:
    """The digest of every record loaded, by id, kept between runs.

    Held as two arrays of 64-bit integers sorted by id (16 bytes a record, where a dict
    of texts took over a hundred); where the spec makes a resource's ids text (``keys``),
    its ids are a sorted list of texts instead. Saved in a file of the pipeline's working
    folder, which dlt's state names (:meth:`load`, :meth:`store`): dlt copies and hashes
    its whole state for every file it loads, so state that grew with the account made a
    sync's memory grow too. An incremental read's changes are held beside them until
    saved."""

    def __init__(
        self,
        ids: Any = None,
        digests: array[int] | None = None,
        keys: Keys = INTEGER_KEYS,
    ) -> None:
        self.keys = keys
        self.ids: Any = ids if ids is not None else keys.run()  # an array, or a list
        self.digests = digests if digests is not None else array("q")
        self.changes: dict[Any, int | None] = {}  # None: removed

    @classmethod
    def load(cls, state: dict[str, Any], resource: str, keys: Keys = INTEGER_KEYS) -> Fingerprints:
        """The fingerprints the last run stored for ``resource`` (none if its file is gone,
        or if they were kept for ids of another type, so that every record is loaded
        again); older files of the resource are removed."""
        saved = state.get(FINGERPRINTS)
        folder = _fingerprint_folder()
        if folder is not None and os.path.isdir(folder):
            current = saved.get("file") if isinstance(saved, Mapping) else None
            for name in os.listdir(folder):  # left by runs whose state was not kept
                if name.startswith(f"{resource}.") and name != current:
                    os.remove(os.path.join(folder, name))
        text = isinstance(saved, Mapping) and saved.get(_TEXT_IDS) is True
        if text != keys.text:  # the spec changed the type of the ids: none can be trusted
            return cls(keys=keys)
        if isinstance(saved, Mapping) and "file" in saved:
            if folder is None or not os.path.exists(os.path.join(folder, saved["file"])):
                return cls(keys=keys)
            with open(os.path.join(folder, saved["file"]), "rb") as stored:
                return cls.unpacked(stored.read(), keys)
        return cls.restored(saved.get("packed") if isinstance(saved, Mapping) else saved, keys)

    def store(self, state: dict[str, Any], resource: str) -> None:
        """Save these fingerprints (merged with their changes) for the next run."""
        ids, digests = self.parts()
        self.save(state, resource, [ids], [digests], self.keys)

    @staticmethod
    def save(
        state: dict[str, Any],
        resource: str,
        ids: Sequence[Any],
        digests: Sequence[array[int]],
        keys: Keys = INTEGER_KEYS,
    ) -> None:
        """Save fingerprints given as runs of ids and of their digests, in any order (the
        next run sorts them as it reads them, when a sync has not yet taken its memory):
        in a new file named in ``state``, or in ``state`` itself when no pipeline is
        running. The file of the last run stays until this run's state is kept (a failed
        run keeps the old state, which must still find its file). Text ids are marked so
        in ``state``."""
        parts = _packed_parts(ids, digests, keys)
        marks = {_TEXT_IDS: True} if keys.text else {}
        folder = _fingerprint_folder()
        if folder is None:
            packed = base64.b64encode(b"".join(parts)).decode()
            state[FINGERPRINTS] = {"packed": packed, **marks} if marks else packed
            return
        os.makedirs(folder, exist_ok=True)
        name = f"{resource}.{uuid.uuid4().hex}.bin"
        with open(os.path.join(folder, name + ".part"), "wb") as stored:
            for part in parts:
                stored.write(part)
        os.replace(os.path.join(folder, name + ".part"), os.path.join(folder, name))
        state[FINGERPRINTS] = {"file": name, **marks}

    @classmethod
    def restored(cls, saved: object, keys: Keys = INTEGER_KEYS) -> Fingerprints:
        """Fingerprints kept in the state itself (as base64 text, when no pipeline ran)."""
        if isinstance(saved, str) and saved:
            return cls.unpacked(base64.b64decode(saved), keys)
        return cls(keys=keys)

    @classmethod
    def unpacked(cls, packed: bytes, keys: Keys = INTEGER_KEYS) -> Fingerprints:
        """Fingerprints from the bytes :meth:`save` wrote: every id, then every digest in
        the same order, each a little-endian 64-bit integer. Text ids: how many there
        are, every digest, then the ids as a JSON list."""
        digests = array("q")
        if keys.text:
            count = int.from_bytes(packed[:8], "little")
            digests.frombytes(packed[8 : 8 + 8 * count])
            texts = pa.array(json.loads(packed[8 + 8 * count :] or b"[]"), pa.string())
            return cls.of(texts, int64_view(_little_endian(digests)))
        half = len(packed) // 2
        ids = array("q")
        ids.frombytes(packed[:half])
        digests.frombytes(packed[half:])
        return cls.of(*(int64_view(_little_endian(part)) for part in (ids, digests)))

    @classmethod
    def of(cls, keys: Any, values: Any) -> Fingerprints:
        """Fingerprints of ids (Arrow int64, or text) and their digests (Arrow int64),
        in any order (sorted by Arrow, with no Python object per integer record)."""
        kind = Keys(text=pa.types.is_string(keys.type))
        if len(keys) == 0:
            return cls(keys=kind)
        order = pc.sort_indices(keys)
        ids = pc.take(keys, order)
        ids = ids.to_pylist() if kind.text else int64s(ids)
        return cls(ids, int64s(pc.take(values, order)), kind)

    def __bool__(self) -> bool:
        return bool(self.ids) or any(d is not None for d in self.changes.values())

    def get(self, key: Any) -> int | None:
        if key in self.changes:
            return self.changes[key]
        place = bisect.bisect_left(self.ids, key)
        if place < len(self.ids) and self.ids[place] == key:
            return self.digests[place]
        return None

    def put(self, key: Any, digest: int) -> None:
        self.changes[key] = digest

    def pop(self, key: Any) -> int | None:
        """Forget ``key``; its digest, or None if it was not known."""
        found = self.get(key)
        if found is not None:
            self.changes[key] = None
        return found

    def merged(self) -> Fingerprints:
        """The same fingerprints with the changes made since restored merged in."""
        if not self.changes:
            return self
        ids, digests = self.keys.run(), array("q")
        for key, digest in zip(self.ids, self.digests, strict=True):
            if key not in self.changes:
                ids.append(key)
                digests.append(digest)
        for key, changed in self.changes.items():
            if changed is not None:
                ids.append(key)
                digests.append(changed)
        return Fingerprints.of(self.keys.arrow(ids), int64_view(digests))

    def packed(self) -> bytes:
        """The fingerprints, their changes merged, as :meth:`save` writes them."""
        ids, digests = self.parts()
        return b"".join(_packed_parts([ids], [digests], self.keys))

    def parts(self) -> tuple[Any, array[int]]:
        """The ids and their digests, the changes made since restored merged in."""
        merged = self.merged()
        return merged.ids, merged.digests


# In the state of a resource whose fingerprints are kept under text ids.
_TEXT_IDS = "text_ids"


def _packed_parts(
    ids: Sequence[Any], digests: Sequence[array[int]], keys: Keys
) -> list[bytes | array[int]]:
    """What :meth:`Fingerprints.save` writes (see :meth:`Fingerprints.unpacked`)."""
    if not keys.text:
        return [_little_endian(part) for part in (*ids, *digests)]
    count = sum(len(part) for part in digests)
    texts = json.dumps([key for part in ids for key in part], ensure_ascii=False)
    return [
        count.to_bytes(8, "little"),
        *(_little_endian(part) for part in digests),
        texts.encode(),
    ]


def _little_endian(values: array[int]) -> array[int]:
    """``values`` in little-endian order, as fingerprints are stored (to move between
    machines), or back; not copied where the machine is little-endian."""
    if sys.byteorder == "little":
        return values
    swapped = array("q", values)
    swapped.byteswap()
    return swapped


def _fingerprint_folder() -> str | None:
    """Where fingerprints are stored: in the working folder of the pipeline running (which
    dlt wipes with the pipeline's state); None when none is."""
    context = Container()[PipelineContext]
    if not context.is_active():
        return None
    return os.path.join(context.pipeline().working_dir, "daftra_fingerprints")


def digest_of(record: Mapping[str, Any]) -> int:
    """A short fingerprint of a record's content, to tell an unchanged one.

    Keys are sorted: a record read from a listing keeps the order its answer had, one
    read with ``get`` the order of its model, and the two must agree. So must amounts:
    a live list writes ``"25.00"`` where a single read writes ``25`` (see
    :func:`_text`)."""
    return int.from_bytes(hashlib.blake2b(_canonical(record), digest_size=7).digest(), "big")


def _text(value: object) -> str:
    """A value JSON has no type for, as text; a Decimal without the trailing zeros its
    answer happened to carry, so equal amounts read the same."""
    if isinstance(value, Decimal) and value.is_finite():
        return format(value.normalize(), "f")
    return str(value)


def _canonical_json(record: Mapping[str, Any]) -> bytes:
    return json.dumps(record, default=_text, separators=(",", ":"), sort_keys=True).encode()


try:  # dlt depends on orjson (but on PyPy): several times faster for the same purpose
    import orjson

    _ORJSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS

    def _canonical(record: Mapping[str, Any]) -> bytes:
        return orjson.dumps(record, default=_text, option=_ORJSON_OPTIONS)
except ImportError:  # pragma: no cover
    _canonical = _canonical_json
