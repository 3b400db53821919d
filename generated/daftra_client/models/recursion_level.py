from enum import IntEnum


class RecursionLevel(IntEnum):
    HEADER_ONLY = -1
    WITH_CLIENT = 0
    WITH_DETAILS = 1

    def __str__(self) -> str:
        return str(self.value)
