from enum import IntEnum


class TreasuryType(IntEnum):
    BANK = 1
    TREASURY = 3

    def __str__(self) -> str:
        return str(self.value)
