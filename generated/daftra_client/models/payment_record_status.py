from enum import IntEnum


class PaymentRecordStatus(IntEnum):
    FAILED = 0
    COMPLETED = 1
    PENDING = 2
    NOT_COMPLETED = 3

    def __str__(self) -> str:
        return str(self.value)
