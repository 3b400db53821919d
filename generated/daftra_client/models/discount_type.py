from enum import IntEnum


class DiscountType(IntEnum):
    PERCENTAGE = 1
    AMOUNT = 2

    def __str__(self) -> str:
        return str(self.value)
