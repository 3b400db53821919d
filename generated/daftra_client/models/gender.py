from enum import IntEnum


class Gender(IntEnum):
    NOT_SELECTED = 0
    MALE = 1
    FEMALE = 2

    def __str__(self) -> str:
        return str(self.value)
