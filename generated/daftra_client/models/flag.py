from enum import IntEnum


class Flag(IntEnum):
    NO = 0
    YES = 1

    def __str__(self) -> str:
        return str(self.value)
