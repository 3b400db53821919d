from enum import IntEnum


class FollowUpStatusState(IntEnum):
    OPEN = 1
    CLOSED = 2

    def __str__(self) -> str:
        return str(self.value)
