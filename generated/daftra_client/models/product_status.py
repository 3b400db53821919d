from enum import IntEnum


class ProductStatus(IntEnum):
    ACTIVE = 0
    INACTIVE = 1
    SUSPENDED = 2

    def __str__(self) -> str:
        return str(self.value)
