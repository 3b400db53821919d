from enum import IntEnum


class AppointmentPartnerType(IntEnum):
    CLIENT = 1

    def __str__(self) -> str:
        return str(self.value)
