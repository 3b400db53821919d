from enum import IntEnum


class WorkOrderStatus(IntEnum):
    OPEN = 1
    CLOSED = 2
    CANCELLED = 3
    DRAFT = 4

    def __str__(self) -> str:
        return str(self.value)
