from enum import IntEnum


class PaymentStatusFilter(IntEnum):
    OVERDUE = -3
    DUE = -2
    DRAFT = -1
    UNPAID = 0
    PARTIALLY_PAID = 1
    PAID = 2
    SUBSCRIPTIONS = 3
    OVERPAID = 4

    def __str__(self) -> str:
        return str(self.value)
