from enum import StrEnum


class JournalEntityType(StrEnum):
    ASSET = "asset"
    ASSET_DEPRECATION = "asset_deprecation"
    ASSET_OPERATION = "asset_operation"
    CREDIT_NOTE = "credit_note"
    EXPENSE = "expense"
    INCOME = "income"
    INVOICE = "invoice"
    INVOICE_PAYMENT = "invoice_payment"
    INVOICE_SALES_COST = "invoice_sales_cost"
    POS_SHIFT_SALES = "pos_shift_sales"
    POS_SHIFT_TRANSACTION = "pos_shift_transaction"
    POS_SHIFT_VALIDATE = "pos_shift_validate"
    PURCHASE_ORDER = "purchase_order"
    PURCHASE_ORDER_PAYMENT = "purchase_order_payment"
    PURCHASE_REFUND = "purchase_refund"
    REFUND_RECEIPT = "refund_receipt"
    REQUISITION = "requisition"
    STOCK_TRANSACTION = "stock_transaction"
    STOCK_TRANSFER = "stock_transfer"
    TREASURY_TRANSFER = "treasury_transfer"
    TREASURY_TRANSFER_FROM = "treasury_transfer_from"
    TREASURY_TRANSFER_TO = "treasury_transfer_to"

    def __str__(self) -> str:
        return str(self.value)
