from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.requisition import Requisition


T = TypeVar("T", bound="RequisitionView")


@_attrs_define
class RequisitionView:
    """One requisition; its lines are inside `Requisition`.

    Attributes:
        requisition (Requisition): A requisition header as read back, with its lines nested as `RequisitionItem`. The
            documentation types every header field as text, so codes and ids may arrive as
            numeric strings. Bodies that create or change a requisition use a different
            spelling for three keys; see `RequisitionWrite`.
    """

    requisition: Requisition
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        requisition = self.requisition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Requisition": requisition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requisition import Requisition  # noqa: PLC0415

        d = dict(src_dict)
        requisition = Requisition.from_dict(d.pop("Requisition"))

        requisition_view = cls(
            requisition=requisition,
        )

        requisition_view.additional_properties = d
        return requisition_view

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


def _wire_requisition(data: Any) -> Any:
    from ..models.requisition import Requisition  # noqa: PLC0415

    requisition = Requisition.from_dict(data)

    return requisition


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Requisition", "requisition", _wire_requisition, "Requisition"),
)
