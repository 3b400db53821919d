from enum import IntEnum


class StockTransactionType(IntEnum):
    IN = 1
    OUT = 2

    def __str__(self) -> str:
        return str(self.value)
