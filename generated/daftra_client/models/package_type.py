from enum import StrEnum


class PackageType(StrEnum):
    CREDIT_CHARGE = "credit_charge"
    MEMBERSHIP = "membership"

    def __str__(self) -> str:
        return str(self.value)
