from enum import StrEnum


class JournalAccountEntityType(StrEnum):
    ASSET = "asset"
    ASSET_DEPRECATION = "asset_deprecation"
    ASSET_DEPRECATION_EXPENSE = "asset_deprecation_expense"
    CLIENT = "client"
    EXPENSE_CATEGORY = "expense_category"
    INCOME_CATEGORY = "income_category"
    INCOME_TAX = "income_tax"
    OUTCOME_TAX = "outcome_tax"
    STAFF_PETTY_CASH = "staff_petty_cash"
    STORE = "store"
    SUPPLIER = "supplier"
    TREASURY = "treasury"

    def __str__(self) -> str:
        return str(self.value)
