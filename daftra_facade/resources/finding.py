"""Finding records by business keys (a client's email, a product's code, an invoice's PO
number), written once for every resource that declares keys.

Daftra answers a filter it does not apply with the unfiltered list (and has no v1 filter
at all for most keys), so a lookup here never trusts the server's filtering: it asks with
the best filter that exists (a documented v1 filter, else the v2 entity's ``filter[...]``),
pages through every answer, and keeps only the records whose own fields carry the wanted
values. When the server applied the filter this costs one small page; when it ignored it,
the lookup reads everything, which is slow but still right. That makes an absence found
here trustworthy, which is what upsert and the settling of lost creates rely on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .. import logs
from ..bulk.references import Absent, Found, Lookup, Undecided
from ..errors import (
    APIStatusError,
    AuthenticationError,
    DaftraError,
    InvalidInputError,
    MultipleMatchesError,
    PermissionDeniedError,
)
from ..filters import field, where
from ..flows import Flow, arun, run
from ..wire.answers import decode_json
from ..wire.numbers import RecordId, as_int, as_record_id
from ..wire.operations import Operation
from .base import AsyncResource, SyncResource
from .facts import BusinessKey, key_text
from .reading import GetFlows, ListFlows

if TYPE_CHECKING:
    from .specs import ResourceSpec

ViewT = TypeVar("ViewT")

FIND_PAGE_SIZE = 100  # the live service stops honouring limits somewhere above 1000


CUSTOM_FIELD_PREFIX = "custom_field:"


def business_key(spec: ResourceSpec, name: str) -> BusinessKey:
    """The key ``name`` of a resource (``"custom_field:<label>"`` for a custom field), as
    its declaration gives it."""
    facts = spec.facts
    if name.startswith(CUSTOM_FIELD_PREFIX) and facts.custom_fields:
        label = name[len(CUSTOM_FIELD_PREFIX) :]
        if not label:
            raise InvalidInputError(f"{name!r}: name the custom field, e.g. 'custom_field:Ref'")
        filtered = facts.custom_field_filter
        return BusinessKey(name, (), "custom_field" if filtered else None, custom_label=label)
    for key in facts.keys:
        if key.name == name:
            return key
    known = [k.name for k in facts.keys]
    if facts.custom_fields:
        known.append("custom_field")
    raise InvalidInputError(
        f"{spec.tag} cannot be found by {name!r}"
        + (f" (keys: {', '.join(known)})" if known else " (it declares no business keys)")
    )


def key_names(spec: ResourceSpec) -> list[str]:
    """The business keys a resource can be found by, for messages and the CLI."""
    names = [key.name for key in spec.facts.keys]
    return names + (["custom_field:<label>"] if spec.facts.custom_fields else [])


def wanted_keys(spec: ResourceSpec, keys: Mapping[str, object]) -> list[tuple[BusinessKey, object]]:
    """``find()``'s keyword arguments as keys and values; ``custom_field=(label, value)``
    names a custom field."""
    tag = spec.tag
    if not keys:
        raise InvalidInputError(f"find {tag} by at least one key ({', '.join(key_names(spec))})")
    wanted: list[tuple[BusinessKey, object]] = []
    for name, value in keys.items():
        if name == "custom_field" and isinstance(value, tuple) and len(value) == 2:
            name, value = f"{CUSTOM_FIELD_PREFIX}{value[0]}", value[1]
        if not key_text(value):
            raise InvalidInputError(f"find {tag}: {name} must not be empty")
        wanted.append((business_key(spec, name), value))
    return wanted


def describe(wanted: Iterable[tuple[BusinessKey, object]]) -> str:
    return ", ".join(f"{key.name}={value!r}" for key, value in wanted)


def several(ids: Sequence[RecordId], wanted: Iterable[tuple[BusinessKey, object]]) -> str:
    """``"2 records carry email='a@b.example' (ids 7, 9)"``."""
    shown = ", ".join(map(str, ids[:10])) + (", …" if len(ids) > 10 else "")
    return f"{len(ids)} records carry {describe(wanted)} (ids {shown})"


class FindFlows(ListFlows[Any], GetFlows[ViewT]):
    """Lookups by business key, built on listing (the pages a filter narrows) and single
    reads (each candidate checked whole)."""

    def _matching_ids_flow(self, wanted: list[tuple[BusinessKey, object]]) -> Flow[list[int]]:
        """The ids of every record carrying all the wanted values, checked one by one."""
        flat = [(key, value) for key, value in wanted if key.custom_label is None]
        ids: list[int] | None = None
        v2 = next((kv for kv in flat if kv[0].v2_entity and not kv[0].v1_filter), None)
        if v2 is not None and not any(key.v1_filter for key, _ in wanted):
            ids = yield from self._v2_ids_flow(v2[0], v2[1], flat)
        if ids is None:
            ids = yield from self._v1_ids_flow(wanted, flat)
        # Custom fields are not in list rows: read each candidate whole to check them.
        custom = [(key, value) for key, value in wanted if key.custom_label is not None]
        if not custom:
            return ids
        confirmed = []
        for record_id in ids:
            record = yield from self._record_flow(record_id)
            if all(key.carried_by(record, value) for key, value in custom):
                confirmed.append(record_id)
        return confirmed

    def _v1_ids_flow(
        self, wanted: list[tuple[BusinessKey, object]], flat: list[tuple[BusinessKey, object]]
    ) -> Flow[list[int]]:
        filters: dict[str, Any] = {}
        for key, value in wanted:
            if key.custom_label is not None and key.v1_filter:
                filters.update(custom_field_label=key.custom_label, custom_field=key_text(value))
            elif key.v1_filter:
                filters[key.v1_filter] = key_text(value)
        member = self.spec.model_key if self.spec.pages.kind == "v1" else None
        ids: list[int] = []
        page = 1
        while True:
            _response, data = yield from self._page_flow(page, FIND_PAGE_SIZE, dict(filters))
            ignored = False
            for row in _rows(data, self.spec.pages.rows_path):
                record = row.get(member) if member else row
                if isinstance(record, Mapping) and all(
                    key.carried_by(record, value) for key, value in flat
                ):
                    ids.extend(_id_of(record))
                else:
                    ignored = True
            if page == 1 and ignored and filters:
                logs.wire.warning(
                    "%s: the service did not apply the filter %s (records without those "
                    "values came back); reading every page",
                    self.spec.tag,
                    logs.redact(filters),
                )
            if not self.spec.pages.more(data):
                return ids
            page += 1

    def _v2_ids_flow(
        self, key: BusinessKey, value: object, flat: list[tuple[BusinessKey, object]]
    ) -> Flow[list[int] | None]:
        """Candidates through the v2 entity's filter; None when the entity cannot be read
        (then the v1 listing is paged through instead)."""
        assert key.v2_entity is not None
        operation = Operation("entities", "listEntityRecords", {"entity": key.v2_entity})
        params = where(field(key.fields[0]).eq(key_text(value))).params()
        ids: list[int] = []
        page = 1
        while True:
            request = operation.build_request(page=page, per_page=FIND_PAGE_SIZE, level=1)
            request["params"] = [*request.get("params", {}).items(), *params]
            try:
                response = yield request
                data = decode_json(response)
            except (AuthenticationError, PermissionDeniedError):
                raise
            except (APIStatusError, DaftraError):
                return None
            rows = data.get("data") if isinstance(data, Mapping) else None
            if not isinstance(rows, list):
                return None
            for record in rows:
                if isinstance(record, Mapping) and all(k.carried_by(record, v) for k, v in flat):
                    ids.extend(_id_of(record))
            current, last = as_int(data.get("current_page")), as_int(data.get("last_page"))
            if not rows or current is None or last is None or current >= last:
                return ids
            page += 1

    def _key_matches_flow(
        self, wanted: list[tuple[BusinessKey, object]]
    ) -> Flow[list[int] | Undecided]:
        """The ids of the records carrying the keys, oldest first, or why they cannot be
        told (refused credentials are raised: every later request would fail too)."""
        try:
            ids = yield from self._matching_ids_flow(wanted)
        except (AuthenticationError, PermissionDeniedError):
            raise
        except DaftraError as exc:
            return Undecided(f"looking up {describe(wanted)} failed: {exc.message}")
        return sorted(set(ids))

    def _lookup_by_keys_flow(self, wanted: list[tuple[BusinessKey, object]]) -> Flow[Lookup]:
        """A lookup as settling a lost create needs it: found, surely absent, or undecided."""
        found = yield from self._judged_key_lookup(wanted)
        logs.find.info("%s: looked up %s: %s", self.spec.tag, describe(wanted), found)
        return found

    def _judged_key_lookup(self, wanted: list[tuple[BusinessKey, object]]) -> Flow[Lookup]:
        ids = yield from self._key_matches_flow(wanted)
        if isinstance(ids, Undecided):
            return ids
        if not ids:
            return Absent()
        if len(ids) > 1:
            return Undecided(several(ids, wanted))
        return Found(ids[0], None)

    def _find_flow(self, keys: Mapping[str, object]) -> Flow[list[int]]:
        return (yield from self._matching_ids_flow(wanted_keys(self.spec, keys)))


def _rows(data: object, path: tuple[str, ...]) -> Iterator[Mapping[str, Any]]:
    for step in path:
        data = data.get(step) if isinstance(data, Mapping) else None
    for row in data if isinstance(data, list) else ():
        if isinstance(row, Mapping):
            yield row


def _id_of(record: Mapping[str, Any]) -> list[int]:
    record_id = as_record_id(record.get("id"))
    return [] if record_id is None else [record_id]


def _one(spec: ResourceSpec, keys: Mapping[str, object], ids: list[int]) -> int | None:
    tag = spec.tag
    if len(ids) > 1:
        ids = sorted(ids)  # oldest first, as an upsert's duplicate names them
        raise MultipleMatchesError(
            f"{len(ids)} {tag} match {describe(wanted_keys(spec, keys))} "
            f"(ids {', '.join(map(str, ids[:10]))}); find() returns them all. Two runs "
            "upserting one key at once make such records and report them as a duplicate; "
            "nothing is deleted for you: keep the oldest, delete the others",
            ids=ids,
        )
    return ids[0] if ids else None


class Findable(SyncResource, FindFlows[ViewT]):
    """``find`` and ``find_one`` for the blocking client."""

    def find(self, **keys: object) -> list[ViewT]:
        """Every record carrying all the given business keys, read whole (as ``get``).

        Keys are the resource's business keys, e.g. ``clients.find(email="a@b.example")``,
        ``products.find(product_code="W-1")``, ``invoices.find(po_number="PO-7")`` or
        ``invoices.find(custom_field=("Order ref", "A-12"))``. The best server-side filter
        is used, and every record it returns is checked here, since Daftra answers a
        filter it ignores with every record; without a filter every page is read.
        """
        ids = run(self._find_flow(keys), self._transport)
        return [run(self._get_flow(record_id), self._transport) for record_id in ids]

    def find_one(self, **keys: object) -> ViewT | None:
        """The one record carrying the keys, or None when there is none; raises
        :class:`MultipleMatchesError` (with the ``ids``) when several do."""
        record_id = _one(self.spec, keys, run(self._find_flow(keys), self._transport))
        return None if record_id is None else run(self._get_flow(record_id), self._transport)


class AsyncFindable(AsyncResource, FindFlows[ViewT]):
    """``find`` and ``find_one`` for the asyncio client."""

    async def find(self, **keys: object) -> list[ViewT]:
        """Every record carrying all the keys; see :meth:`Findable.find`."""
        ids = await arun(self._find_flow(keys), self._transport)
        return [await arun(self._get_flow(record_id), self._transport) for record_id in ids]

    async def find_one(self, **keys: object) -> ViewT | None:
        """The one record carrying the keys, or None; see :meth:`Findable.find_one`."""
        record_id = _one(self.spec, keys, await arun(self._find_flow(keys), self._transport))
        if record_id is None:
            return None
        return await arun(self._get_flow(record_id), self._transport)
