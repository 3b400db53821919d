from enum import IntEnum


class AppointmentStatus(IntEnum):
    SCHEDULED = 0
    DONE = 1
    DISMISSED = 2

    def __str__(self) -> str:
        return str(self.value)
