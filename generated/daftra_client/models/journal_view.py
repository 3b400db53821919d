from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.journal import Journal
    from ..models.journal_transaction import JournalTransaction


T = TypeVar("T", bound="JournalView")


@_attrs_define
class JournalView:
    """One journal entry with its lines, inside the header (as documented) or beside it.

    Attributes:
        journal (Journal): A journal entry header, as sent and as read back. Daftra's documentation shows the
            entry's lines nested here under `JournalTransaction` in answers, while request
            bodies carry them beside the header; both are described. Creating an entry needs
            the fields listed in `JournalInput`.
        journal_transaction (list[JournalTransaction] | Unset):
    """

    journal: Journal
    journal_transaction: list[JournalTransaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        journal = self.journal.to_dict()

        journal_transaction: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journal_transaction, Unset):
            journal_transaction = []
            for journal_transaction_item_data in self.journal_transaction:
                journal_transaction_item = journal_transaction_item_data.to_dict()
                journal_transaction.append(journal_transaction_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Journal": journal,
            }
        )
        if journal_transaction is not UNSET:
            field_dict["JournalTransaction"] = journal_transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal import Journal  # noqa: PLC0415
        from ..models.journal_transaction import JournalTransaction  # noqa: PLC0415

        d = dict(src_dict)
        journal = Journal.from_dict(d.pop("Journal"))

        _journal_transaction = d.pop("JournalTransaction", UNSET)
        journal_transaction: list[JournalTransaction] | Unset = UNSET
        if _journal_transaction is not UNSET:
            journal_transaction = []
            for journal_transaction_item_data in _journal_transaction:
                journal_transaction_item = JournalTransaction.from_dict(
                    journal_transaction_item_data
                )

                journal_transaction.append(journal_transaction_item)

        journal_view = cls(
            journal=journal,
            journal_transaction=journal_transaction,
        )

        journal_view.additional_properties = d
        return journal_view

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


def _wire_journal(data: Any) -> Any:
    from ..models.journal import Journal  # noqa: PLC0415

    journal = Journal.from_dict(data)

    return journal


def _wire_journal_transaction(data: Any) -> Any:
    from ..models.journal_transaction import JournalTransaction  # noqa: PLC0415

    _journal_transaction = data
    journal_transaction: list[JournalTransaction] | Unset = UNSET
    if _journal_transaction is not UNSET:
        journal_transaction = []
        for journal_transaction_item_data in _journal_transaction:
            journal_transaction_item = JournalTransaction.from_dict(journal_transaction_item_data)

            journal_transaction.append(journal_transaction_item)

    return journal_transaction


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Journal", "journal", _wire_journal, "Journal"),
    ("JournalTransaction", "journal_transaction", _wire_journal_transaction, "JournalTransaction"),
)
