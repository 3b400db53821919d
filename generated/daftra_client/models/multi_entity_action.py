from enum import StrEnum


class MultiEntityAction(StrEnum):
    LIST = "list"
    SHOW = "show"

    def __str__(self) -> str:
        return str(self.value)
