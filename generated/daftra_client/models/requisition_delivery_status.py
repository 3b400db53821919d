from enum import IntEnum


class RequisitionDeliveryStatus(IntEnum):
    PENDING = 1
    NOT_ALL_AVAILABLE = 2
    ACCEPTED = 3
    CANCELLED = 4
    MODIFIED = 5

    def __str__(self) -> str:
        return str(self.value)
