from enum import StrEnum


class EmployeeAssetUsedBy(StrEnum):
    EMPLOYEE = "employee"
    NOT_ASSIGNED = "not_assigned"
    STORAGE = "storage"

    def __str__(self) -> str:
        return str(self.value)
