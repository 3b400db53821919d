from enum import IntEnum


class AppointmentItemType(IntEnum):
    CLIENT = 1
    INVOICE = 2
    ESTIMATE = 3
    PURCHASE_ORDER = 4
    STAFF = 5
    SUPPLIER = 6
    PRODUCT = 7
    WORK_ORDER = 8
    APPOINTMENT = 9
    SHIFT = 10
    BOOKING = 11

    def __str__(self) -> str:
        return str(self.value)
