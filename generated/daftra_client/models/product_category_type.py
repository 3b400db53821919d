from enum import IntEnum


class ProductCategoryType(IntEnum):
    PRODUCTS = 1
    POS_SHIFTS = 2
    POS_DEVICES = 3

    def __str__(self) -> str:
        return str(self.value)
