from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.journal_cat import JournalCat


T = TypeVar("T", bound="JournalCatListRecord")


@_attrs_define
class JournalCatListRecord:
    """One element of the category list.

    Attributes:
        journal_cat (JournalCat): A category (account group) of the chart of accounts, as sent and as read back.
            Creating one needs `name` and `type` (see `JournalCatInput`).
    """

    journal_cat: JournalCat
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
        from ..models.journal_cat import JournalCat  # noqa: PLC0415

        d = dict(src_dict)
        journal_cat = JournalCat.from_dict(d.pop("JournalCat"))

        journal_cat_list_record = cls(
            journal_cat=journal_cat,
        )

        journal_cat_list_record.additional_properties = d
        return journal_cat_list_record

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
    from ..models.journal_cat import JournalCat  # noqa: PLC0415

    journal_cat = JournalCat.from_dict(data)

    return journal_cat


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("JournalCat", "journal_cat", _wire_journal_cat, "JournalCat"),
)
