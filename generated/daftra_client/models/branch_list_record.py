from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.branch import Branch


T = TypeVar("T", bound="BranchListRecord")


@_attrs_define
class BranchListRecord:
    """One element of the branch list.

    Attributes:
        branch (Branch): A branch of the account (v1 form; every field may come as a string).
    """

    branch: Branch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Branch": branch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branch import Branch  # noqa: PLC0415

        d = dict(src_dict)
        branch = Branch.from_dict(d.pop("Branch"))

        branch_list_record = cls(
            branch=branch,
        )

        branch_list_record.additional_properties = d
        return branch_list_record

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


def _wire_branch(data: Any) -> Any:
    from ..models.branch import Branch  # noqa: PLC0415

    branch = Branch.from_dict(data)

    return branch


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Branch", "branch", _wire_branch, "Branch"),
)
