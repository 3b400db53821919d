from enum import IntEnum


class StockTransactionSourceType(IntEnum):
    MANUAL = 1
    INVOICE = 2
    PURCHASE_INVOICE = 3
    CREDIT_NOTE = 4
    TRANSFER = 5
    REFUND_RECEIPT = 6
    PURCHASE_REFUND = 7

    def __str__(self) -> str:
        return str(self.value)
