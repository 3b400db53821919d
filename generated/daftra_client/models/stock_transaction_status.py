from enum import IntEnum


class StockTransactionStatus(IntEnum):
    DRAFT = 1
    PENDING = 2
    PROCESSED = 4
    TRANSFER = 5

    def __str__(self) -> str:
        return str(self.value)
