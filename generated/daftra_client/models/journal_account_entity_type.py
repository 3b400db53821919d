from enum import StrEnum


class JournalAccountEntityType(StrEnum):
    ASSET = "asset"
    ASSET_DEPRECATION = "asset_deprecation"
    ASSET_DEPRECATION_EXPENSE = "asset_deprecation_expense"
    CASH = "cash"
    CASHIER = "cashier"
    CLIENT = "client"
    DISCOUNT_ALLOWED = "discount_allowed"
    DISCOUNT_RECEIVED = "discount_received"
    EXPENSE_CATEGORY = "expense_category"
    INCOME_CATEGORY = "income_category"
    INCOME_TAX = "income_tax"
    OTHER_EXPENSES = "other_expenses"
    OUTCOME_TAX = "outcome_tax"
    PARTNER = "partner"
    PURCHASES = "purchases"
    RETURNS = "returns"
    SALES = "sales"
    SALES_COST = "sales_cost"
    STAFF_PETTY_CASH = "staff_petty_cash"
    STORE = "store"
    SUPPLIER = "supplier"
    TREASURY = "treasury"

    def __str__(self) -> str:
        return str(self.value)
