from enum import IntEnum


class ClientType(IntEnum):
    INDIVIDUAL = 2
    BUSINESS = 3

    def __str__(self) -> str:
        return str(self.value)
