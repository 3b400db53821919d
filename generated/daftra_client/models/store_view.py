from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.store import Store


T = TypeVar("T", bound="StoreView")


@_attrs_define
class StoreView:
    """One warehouse.

    Attributes:
        store (Store): A warehouse, as sent when creating or changing one and as read back. Fields marked read-only are
            kept by Daftra and ignored when sent.
    """

    store: Store
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        store = self.store.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Store": store,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.store import Store  # noqa: PLC0415

        d = dict(src_dict)
        store = Store.from_dict(d.pop("Store"))

        store_view = cls(
            store=store,
        )

        store_view.additional_properties = d
        return store_view

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _wire_store(data: Any) -> Any:
    from ..models.store import Store  # noqa: PLC0415

    store = Store.from_dict(data)

    return store


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Store", "store", _wire_store, "Store"),
)
