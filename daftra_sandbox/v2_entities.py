"""The v2 entities the sandbox serves: where each one's records live, which are
writable, what a save requires and refers to, and the records a fresh sandbox holds."""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from .crud import now_text
from .state import Record, SandboxState

_TABLE_PREFIX = "v2:"


@attrs.frozen
class Entity:
    """What the sandbox knows of one entity: where it lives and how a save is checked."""

    name: str
    label_en: str
    label_ar: str
    required: tuple[str, ...] = ()
    unique: tuple[str, ...] = ()
    # field -> the entity its value names (checked on save, embedded at level 2 and up)
    references: Mapping[str, str] = attrs.field(factory=dict)
    table: str = ""  # a v1 table for read-only entities; v2:<name> otherwise
    # (key in the answer, child table, the child's field holding this record's id)
    children: tuple[tuple[str, str, str], ...] = ()
    # Answers in the documented `{payload: ...}` envelope instead of the bare paginator.
    enveloped: bool = False

    @property
    def writable(self) -> bool:
        return not self.table

    @property
    def store(self) -> str:
        return self.table or v2_table(self.name)


def enveloped(payload: Record) -> Record:
    return {"payload": payload, "version": "2", "message": None}


def v2_table(entity: str) -> str:
    """The state table holding a v2 entity's records, e.g. ``v2:brand``."""
    return _TABLE_PREFIX + entity


# Required fields: the documentation's 422 examples where it has them (brand, follow-up
# status, the asset entities, department), otherwise the fields its examples always send.
_STORED: tuple[Entity, ...] = (
    Entity("brand", "Brand", "العلامة التجارية", ("name",)),
    Entity("unit_template", "Unit template", "قالب الوحدات", ("template_name",)),
    Entity("cost_center", "Cost center", "مركز التكلفة", ("name",)),
    Entity("site_payment_gateway", "Payment method", "وسيلة الدفع", ("payment_gateway",)),
    Entity("credit_usage", "Credit usage", "استخدام الرصيد", ("client_id", "credit_type_id")),
    Entity(
        "charge_usage",
        "Credit usage amount",
        "مبلغ استخدام الرصيد",
        ("credit_charge_id", "credit_usage_id", "amount"),
    ),
    Entity("credit_type", "Credit type", "نوع الرصيد", ("name",)),
    Entity(
        "credit_charge", "Credit charge", "شحن الرصيد", ("client_id", "credit_type_id", "amount")
    ),
    Entity("package", "Package", "الباقة", ("name",)),
    Entity(
        "credit_type_package",
        "Package credit type",
        "نوع رصيد الباقة",
        ("credit_type_id", "package_id"),
    ),
    Entity(
        "leave_application",
        "Leave application",
        "طلب الإجازة",
        ("staff_id", "date_from", "date_to", "type"),
    ),
    Entity("attendance_log", "Attendance log", "سجل الحضور", ("staff_id", "time")),
    Entity("purchase_debit_note", "Purchase debit note", "إشعار مدين المشتريات", ("supplier_id",)),
    Entity(
        "product_bundle",
        "Product bundle",
        "حزمة المنتجات",
        ("product_id", "bundle_product_id", "quantity"),
    ),
    Entity("follow_up_status", "Follow-up status", "حالة المتابعة", ("name",)),
    Entity("asset_type", "Asset type", "نوع الأصل", ("name",), unique=("name",)),
    Entity("asset_location", "Asset location", "المواقع الفعلية", ("name",), unique=("name",)),
    Entity("storage", "Storage", "المخازن", ("name",), unique=("name",)),
    Entity(
        "employee_asset",
        "Employee asset",
        "أصل الموظف",
        ("name", "used_by", "location_id"),
        unique=("serial_number", "barcode"),
        references={
            "location_id": "asset_location",
            "asset_type_id": "asset_type",
            "storage_id": "storage",
        },
        enveloped=True,
    ),
    Entity("designation", "Designation", "المسمي الوظيفي", ("name",)),
    Entity("department", "Department", "قسم", ("name",), unique=("name", "abbr")),
    Entity("employment_type", "Employment type", "نوع وظيفة", ("name",)),
)

# Entities the v1 API owns, readable through v2 as flat records.
_READ_ONLY: tuple[Entity, ...] = (
    Entity(
        "invoice",
        "Invoice",
        "الفاتورة",
        table="Invoice",
        children=(
            ("invoice_item", "InvoiceItem", "invoice_id"),
            ("payment", "InvoicePayment", "invoice_id"),
        ),
    ),
    Entity("booking", "Booking", "الحجز", table="Booking"),
    Entity("client", "Client", "العميل", table="Client"),
    Entity("product", "Product", "المنتج", table="Product"),
    Entity("staff", "Staff", "الموظف", table="Staff"),
    Entity("branch", "Branch", "الفرع", table="Branch"),
    Entity("store", "Store", "المستودع", table="Store"),
)

ENTITIES: dict[str, Entity] = {entity.name: entity for entity in (*_STORED, *_READ_ONLY)}
WORKFLOW = re.compile(r"le_workflow-type-entity-\d+")
# A "<key>_id" field names a record of these v1 tables when no entity has that name.
V1_RELATIONS = {"supplier": "Supplier"}


def entity_named(name: str) -> Entity | None:
    if WORKFLOW.fullmatch(name):
        return Entity(name, "Workflow record", "سجل سير العمل")
    return ENTITIES.get(name)


_SEED: dict[str, tuple[Record, ...]] = {
    "brand": ({"name": "Acme"}, {"name": "Globex"}, {"name": "Initech"}),
    "designation": (
        {"name": "Accountant", "active": 1, "department_id": 1},
        {"name": "Sales agent", "active": 1, "department_id": 2},
        {"name": "HR specialist", "active": 1, "department_id": 3},
    ),
    "department": (
        {"name": "Finance", "abbr": "fin", "active": 1},
        {"name": "Sales", "abbr": "sls", "active": 1},
        {"name": "Human resources", "abbr": "hr", "active": 1},
    ),
    "employment_type": (
        {"name": "Full time", "active": 1},
        {"name": "Part time", "active": 1},
        {"name": "Contract", "active": 1},
    ),
    "unit_template": (
        {
            "template_name": "Weight",
            "main_unit_name": "Gram",
            "unit_small_name": "g",
            "active": 1,
            "unit_templates_unit_factors": [
                {"id": 1, "factor_name": "Kilogram", "factor": 1000, "small_name": "kg"},
            ],
        },
        {
            "template_name": "Length",
            "main_unit_name": "Centimetre",
            "unit_small_name": "cm",
            "active": 1,
            "unit_templates_unit_factors": [
                {"id": 2, "factor_name": "Metre", "factor": 100, "small_name": "m"},
            ],
        },
    ),
    "cost_center": (
        {"name": "Head office", "code": "0001", "is_primary": 1, "cost_center_id": 0},
        {"name": "Projects", "code": "0002", "is_primary": 0, "cost_center_id": 0},
    ),
    "site_payment_gateway": (
        {"payment_gateway": "cash", "label": "Cash", "default": 1, "active": 1},
        {"payment_gateway": "cheque", "label": "Cheque", "default": 0, "active": 1},
        {"payment_gateway": "bank", "label": "Bank transfer", "default": 0, "active": 1},
    ),
}


def seed_v2_defaults(state: SandboxState) -> None:
    """A few records per common lookup entity (ids 1..n), so fresh lists are not empty;
    records already there are kept."""
    stamp = now_text()
    for entity, records in _SEED.items():
        for position, fields in enumerate(records, start=1):
            extra: Record = {"branch_id": 1, "created": stamp, "modified": stamp}
            state.ensure(v2_table(entity), position, **{**extra, **fields})


def entity_names() -> tuple[str, ...]:
    """The fixed entity names the sandbox serves (workflow entities come on demand)."""
    return tuple(ENTITIES)
