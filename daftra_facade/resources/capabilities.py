"""Generic resource behaviour, written once; each resource only declares its endpoints.

Each capability (list, get, create, …) is a *flows* class holding the request logic and
two thin front ends, one for ``Daftra`` and one for ``AsyncDaftra``. A resource mixes in
the front ends its endpoints support and names the endpoints in a :class:`ResourceSpec`::

    class Invoices(Listable["Invoice"], Retrievable["InvoiceView"], Creatable, ...):
        spec = INVOICES

Most resources need no class of their own: :class:`CrudResource`,
:class:`ReadOnlyResource`, :class:`EntityResource` and the other combinations at the end
(and their async twins) take the spec when the client builds them, so a resource is one
:class:`ResourceSpec` and one attribute of :class:`daftra_facade.resources.catalogue.Resources`.

The capabilities live by what they do (:mod:`.reading`, :mod:`.writing`,
:mod:`.bulk_creating`, on :mod:`.base`); this module names them all, holds their usual
combinations and composes the classes of any other set of actions (:func:`classes_for`).
"""

from __future__ import annotations

import functools

from .base import AsyncResource as AsyncResource
from .base import ItemT, ViewT
from .base import Resource as Resource
from .base import SyncResource as SyncResource
from .base import created_id as created_id
from .bulk_creating import AsyncBulkCreatable as AsyncBulkCreatable
from .bulk_creating import BulkCreatable as BulkCreatable
from .bulk_creating import BulkFlows as BulkFlows
from .finding import AsyncFindable, Findable
from .reading import AsyncListable as AsyncListable
from .reading import AsyncRetrievable as AsyncRetrievable
from .reading import GetFlows as GetFlows
from .reading import Listable as Listable
from .reading import ListFlows as ListFlows
from .reading import Retrievable as Retrievable
from .specs import PAYLOAD_PAGES as PAYLOAD_PAGES
from .specs import V1_PAGES as V1_PAGES
from .specs import V2_PAGES as V2_PAGES
from .specs import PageShape as PageShape
from .specs import ResourceSpec as ResourceSpec
from .upsert import AsyncCreatable as AsyncCreatable
from .upsert import AsyncUpsertable, Upsertable
from .upsert import Creatable as Creatable
from .writing import AsyncDeletable as AsyncDeletable
from .writing import AsyncUpdatable as AsyncUpdatable
from .writing import Deletable as Deletable
from .writing import Updatable as Updatable
from .writing import WriteFlows as WriteFlows


# The usual combinations, parameterised by the spec the client gives them.
class ReadOnlyResource(Listable[ItemT], Retrievable[ViewT]):
    """A resource Daftra only lets you list and read."""


class AsyncReadOnlyResource(AsyncListable[ItemT], AsyncRetrievable[ViewT]):
    """A resource Daftra only lets you list and read."""


class CrudResource(
    Listable[ItemT],
    Retrievable[ViewT],
    Creatable,
    Updatable,
    Deletable,
    Findable[ViewT],
    Upsertable,
):
    """A resource with the five usual actions: list/iter/pages, get, create, update, delete
    (and find/find_one, upsert and create_many built on them)."""


class AsyncCrudResource(
    AsyncListable[ItemT],
    AsyncRetrievable[ViewT],
    AsyncCreatable,
    AsyncUpdatable,
    AsyncDeletable,
    AsyncFindable[ViewT],
    AsyncUpsertable,
):
    """A resource with the five usual actions: list/iter/pages, get, create, update, delete
    (and find/find_one, upsert and create_many built on them)."""


class EntityResource(
    Listable[ItemT], Retrievable[ViewT], Creatable, Updatable, Findable[ViewT], Upsertable
):
    """A v2 entity: list/iter/pages (with ``query=`` filters), get, create, update."""


class AsyncEntityResource(
    AsyncListable[ItemT],
    AsyncRetrievable[ViewT],
    AsyncCreatable,
    AsyncUpdatable,
    AsyncFindable[ViewT],
    AsyncUpsertable,
):
    """A v2 entity: list/iter/pages (with ``query=`` filters), get, create, update."""


class ListOnlyResource(Listable[ItemT]):
    """A resource Daftra only lets you list."""


class AsyncListOnlyResource(AsyncListable[ItemT]):
    """A resource Daftra only lets you list."""


class SubmitOnlyResource(Creatable):
    """A resource Daftra only lets you send records to."""


class AsyncSubmitOnlyResource(AsyncCreatable):
    """A resource Daftra only lets you send records to."""


class ListCreateResource(Listable[ItemT], Creatable):
    """A resource you can list and add to, nothing more."""


class AsyncListCreateResource(AsyncListable[ItemT], AsyncCreatable):
    """A resource you can list and add to, nothing more."""


class AppendOnlyResource(Listable[ItemT], Retrievable[ViewT], Creatable):
    """A resource you can list, read and add to, but not change or delete."""


class AsyncAppendOnlyResource(AsyncListable[ItemT], AsyncRetrievable[ViewT], AsyncCreatable):
    """A resource you can list, read and add to, but not change or delete."""


class ReadDeleteResource(Listable[ItemT], Retrievable[ViewT], Deletable):
    """A resource you can list, read and delete (its records come from elsewhere)."""


class AsyncReadDeleteResource(AsyncListable[ItemT], AsyncRetrievable[ViewT], AsyncDeletable):
    """A resource you can list, read and delete (its records come from elsewhere)."""


class NoEditResource(Listable[ItemT], Retrievable[ViewT], Creatable, Deletable):
    """A resource you can list, read, add to and delete from, but not change."""


class AsyncNoEditResource(
    AsyncListable[ItemT], AsyncRetrievable[ViewT], AsyncCreatable, AsyncDeletable
):
    """A resource you can list, read, add to and delete from, but not change."""


# Each action a spec may name, and the capability classes that serve it.
ACTION_CAPABILITIES: dict[str, tuple[type[Resource], type[Resource]]] = {
    "list": (Listable, AsyncListable),
    "get": (Retrievable, AsyncRetrievable),
    "create": (Creatable, AsyncCreatable),
    "update": (Updatable, AsyncUpdatable),
    "delete": (Deletable, AsyncDeletable),
    "bulk_create": (BulkCreatable, AsyncBulkCreatable),
}
_USUAL_COMBINATIONS: tuple[tuple[type[Resource], type[Resource]], ...] = (
    (CrudResource, AsyncCrudResource),
    (EntityResource, AsyncEntityResource),
    (NoEditResource, AsyncNoEditResource),
    (AppendOnlyResource, AsyncAppendOnlyResource),
    (ReadDeleteResource, AsyncReadDeleteResource),
    (ReadOnlyResource, AsyncReadOnlyResource),
    (ListCreateResource, AsyncListCreateResource),
    (ListOnlyResource, AsyncListOnlyResource),
    (SubmitOnlyResource, AsyncSubmitOnlyResource),
)


def actions_of(cls: type) -> frozenset[str]:
    """The actions a resource class serves (``list``, ``get``, …)."""
    return frozenset(
        action
        for action, capabilities in ACTION_CAPABILITIES.items()
        if any(issubclass(cls, capability) for capability in capabilities)
    )


def classes_for(spec: ResourceSpec) -> tuple[type[Resource], type[Resource]]:
    """The sync and async classes serving exactly the actions ``spec`` names: one of the
    usual combinations where it fits, else a pair composed from the capability classes.

    So a resource is declared by its spec alone, whatever subset of operations Daftra
    gives it, and follows the spec when an operation is added or removed."""
    actions = frozenset(action for action in ACTION_CAPABILITIES if getattr(spec, action))
    for pair in _USUAL_COMBINATIONS:
        if actions_of(pair[0]) == actions:
            return pair
    return _composed(actions)


@functools.cache
def _composed(actions: frozenset[str]) -> tuple[type[Resource], type[Resource]]:
    ordered = [action for action in ACTION_CAPABILITIES if action in actions]
    if not ordered:
        raise ValueError("a resource needs at least one operation")
    pair: list[type[Resource]] = []
    for flavour in (0, 1):
        bases = tuple(ACTION_CAPABILITIES[action][flavour] for action in ordered)
        name = "".join(action.title().replace("_", "") for action in ordered) + "Resource"
        pair.append(
            type(
                ("Async" if flavour else "") + name,
                bases,
                {"__doc__": f"A resource serving {', '.join(ordered)} (composed from its spec)."},
            )
        )
    return pair[0], pair[1]
