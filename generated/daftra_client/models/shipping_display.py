from enum import IntEnum


class ShippingDisplay(IntEnum):
    HIDE = 1
    MAIN_CLIENT = 2
    SECONDARY_CLIENT = 3

    def __str__(self) -> str:
        return str(self.value)
