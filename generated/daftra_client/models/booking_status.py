from enum import IntEnum


class BookingStatus(IntEnum):
    CONFIRMED = 1
    CANCELLED = 3
    DONE = 4

    def __str__(self) -> str:
        return str(self.value)
