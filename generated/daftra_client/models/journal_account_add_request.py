from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.journal_account_input import JournalAccountInput


T = TypeVar("T", bound="JournalAccountAddRequest")


@_attrs_define
class JournalAccountAddRequest:
    """The body that creates an account.

    Attributes:
        journal_account (JournalAccountInput): An account as sent to create one, which requires `name` and `type`.
    """

    journal_account: JournalAccountInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        journal_account = self.journal_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "JournalAccount": journal_account,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal_account_input import JournalAccountInput  # noqa: PLC0415

        d = dict(src_dict)
        journal_account = JournalAccountInput.from_dict(d.pop("JournalAccount"))

        journal_account_add_request = cls(
            journal_account=journal_account,
        )

        journal_account_add_request.additional_properties = d
        return journal_account_add_request

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


def _wire_journal_account(data: Any) -> Any:
    from ..models.journal_account_input import JournalAccountInput  # noqa: PLC0415

    journal_account = JournalAccountInput.from_dict(data)

    return journal_account


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("JournalAccount", "journal_account", _wire_journal_account, "JournalAccountInput"),
)
