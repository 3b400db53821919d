from enum import IntEnum


class InvoiceType(IntEnum):
    INVOICE = 0
    TEMPLATE = 1
    SUBSCRIPTION = 2
    ESTIMATE = 3
    CREDIT_NOTE = 5
    REFUND_RECEIPT = 6
    RESELLERS = 7
    BOOKING = 8
    TEMP_INVOICE = 9
    INSURANCE_INVOICE = 10
    INSURANCE_REFUND = 11
    SALES_ORDER = 12
    TEMP_BOOKING = 13
    RESERVATION_ORDER = 14
    SHOP_FRONT = 15
    DEBIT_NOTE = 16
    CONTRACT_INSTALLMENT = 17
    LEASE_CONTRACT = 18
    ADVANCE_PAYMENT = 19

    def __str__(self) -> str:
        return str(self.value)
