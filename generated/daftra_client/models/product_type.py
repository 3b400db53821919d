from enum import IntEnum


class ProductType(IntEnum):
    PRODUCT = 1
    SERVICE = 2
    BUNDLE = 3

    def __str__(self) -> str:
        return str(self.value)
