from enum import IntEnum


class FollowUpStatusItemType(IntEnum):
    WORKFLOW = 0
    CLIENT = 1
    INVOICE = 2
    ESTIMATE = 3
    WORK_ORDER = 8
    PURCHASE_REQUEST = 14
    MANUFACTURING_ORDER = 23
    PRODUCTION_PLAN = 24
    LEASE_CONTRACT = 27

    def __str__(self) -> str:
        return str(self.value)
