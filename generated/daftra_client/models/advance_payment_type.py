from enum import IntEnum


class AdvancePaymentType(IntEnum):
    ADVANCE_PAYMENT = 19

    def __str__(self) -> str:
        return str(self.value)
