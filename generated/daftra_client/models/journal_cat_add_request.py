from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.journal_cat_input import JournalCatInput


T = TypeVar("T", bound="JournalCatAddRequest")


@_attrs_define
class JournalCatAddRequest:
    """The body that creates a category.

    Attributes:
        journal_cat (JournalCatInput): A category as sent to create one, which requires `name` and `type`.
    """

    journal_cat: JournalCatInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        journal_cat = self.journal_cat.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "JournalCat": journal_cat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal_cat_input import JournalCatInput  # noqa: PLC0415

        d = dict(src_dict)
        journal_cat = JournalCatInput.from_dict(d.pop("JournalCat"))

        journal_cat_add_request = cls(
            journal_cat=journal_cat,
        )

        journal_cat_add_request.additional_properties = d
        return journal_cat_add_request

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


def _wire_journal_cat(data: Any) -> Any:
    from ..models.journal_cat_input import JournalCatInput  # noqa: PLC0415

    journal_cat = JournalCatInput.from_dict(data)

    return journal_cat


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("JournalCat", "journal_cat", _wire_journal_cat, "JournalCatInput"),
)
