from enum import IntEnum


class PaymentStatus(IntEnum):
    DRAFT = -1
    UNPAID = 0
    PARTIALLY_PAID = 1
    PAID = 2
    REFUNDED = 3
    OVERPAID = 4

    def __str__(self) -> str:
        return str(self.value)
