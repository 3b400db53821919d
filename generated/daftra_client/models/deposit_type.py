from enum import IntEnum


class DepositType(IntEnum):
    UNSET = 0
    UNPAID = 1
    PAID = 2

    def __str__(self) -> str:
        return str(self.value)
