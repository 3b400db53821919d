from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_type import ClientType
from ...models.error_response import ErrorResponse
from ...models.flag import Flag
from ...models.invoice_list_response import InvoiceListResponse
from ...models.invoice_type import InvoiceType
from ...models.payment_status_filter import PaymentStatusFilter
from ...models.recursion_level import RecursionLevel
from ...models.requisition_delivery_status import RequisitionDeliveryStatus
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recursive: RecursionLevel | Unset = UNSET,
    keywords: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    client_type: ClientType | Unset = UNSET,
    payment_status: PaymentStatusFilter | Unset = UNSET,
    draft: Flag | Unset = UNSET,
    follow_up_status: int | Unset = UNSET,
    einvoice_status: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    no: str | Unset = UNSET,
    item: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    po_number: str | Unset = UNSET,
    external_source: list[str] | Unset = UNSET,
    custom_field: str | Unset = UNSET,
    custom_field_label: str | Unset = UNSET,
    subscription_id: int | Unset = UNSET,
    work_order_id: int | Unset = UNSET,
    source_type: InvoiceType | Unset = UNSET,
    source_id: int | Unset = UNSET,
    order_source_id: int | Unset = UNSET,
    shipping_option_id: int | Unset = UNSET,
    staff_id: list[int] | Unset = UNSET,
    pos_shift_id: int | Unset = UNSET,
    requisition_delivery_status: list[RequisitionDeliveryStatus] | Unset = UNSET,
    summary_total_from: float | Unset = UNSET,
    summary_total_to: float | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    due_date_from: str | Unset = UNSET,
    due_date_to: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_recursive: int | Unset = UNSET
    if not isinstance(recursive, Unset):
        json_recursive = recursive.value

    params["recursive"] = json_recursive

    params["keywords"] = keywords

    params["client_id"] = client_id

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_client_type: int | Unset = UNSET
    if not isinstance(client_type, Unset):
        json_client_type = client_type.value

    params["client_type"] = json_client_type

    json_payment_status: int | Unset = UNSET
    if not isinstance(payment_status, Unset):
        json_payment_status = payment_status.value

    params["payment_status"] = json_payment_status

    json_draft: int | Unset = UNSET
    if not isinstance(draft, Unset):
        json_draft = draft.value

    params["draft"] = json_draft

    params["follow_up_status"] = follow_up_status

    params["einvoice_status"] = einvoice_status

    params["currency_code"] = currency_code

    params["no"] = no

    params["item"] = item

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["po_number"] = po_number

    json_external_source: list[str] | Unset = UNSET
    if not isinstance(external_source, Unset):
        json_external_source = external_source

    params["external_source"] = json_external_source

    params["custom_field"] = custom_field

    params["custom_field_label"] = custom_field_label

    params["subscription_id"] = subscription_id

    params["work_order_id"] = work_order_id

    json_source_type: int | Unset = UNSET
    if not isinstance(source_type, Unset):
        json_source_type = source_type.value

    params["source_type"] = json_source_type

    params["source_id"] = source_id

    params["order_source_id"] = order_source_id

    params["shipping_option_id"] = shipping_option_id

    json_staff_id: list[int] | Unset = UNSET
    if not isinstance(staff_id, Unset):
        json_staff_id = staff_id

    params["staff_id"] = json_staff_id

    params["pos_shift_id"] = pos_shift_id

    json_requisition_delivery_status: list[int] | Unset = UNSET
    if not isinstance(requisition_delivery_status, Unset):
        json_requisition_delivery_status = []
        for requisition_delivery_status_item_data in requisition_delivery_status:
            requisition_delivery_status_item = requisition_delivery_status_item_data.value
            json_requisition_delivery_status.append(requisition_delivery_status_item)

    params["requisition_delivery_status"] = json_requisition_delivery_status

    params["summary_total_from"] = summary_total_from

    params["summary_total_to"] = summary_total_to

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["due_date_from"] = due_date_from

    params["due_date_to"] = due_date_to

    params["created_from"] = created_from

    params["created_to"] = created_to

    params["sort"] = sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceListResponse | None:
    if response.status_code == 200:
        response_200 = InvoiceListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InvoiceListResponse]:
    """The answer with its status, headers and body; ``parsed`` is None where the body does
    not read as documented (an HTML page, a refusal where a record was documented, a value
    the model cannot read), so that the answer itself stays readable. Only
    ``UnexpectedStatus`` (``raise_on_unexpected_status``) is raised."""
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:  # noqa: BLE001 - JSONDecodeError, KeyError, ValueError, TypeError...
        parsed = None
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recursive: RecursionLevel | Unset = UNSET,
    keywords: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    client_type: ClientType | Unset = UNSET,
    payment_status: PaymentStatusFilter | Unset = UNSET,
    draft: Flag | Unset = UNSET,
    follow_up_status: int | Unset = UNSET,
    einvoice_status: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    no: str | Unset = UNSET,
    item: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    po_number: str | Unset = UNSET,
    external_source: list[str] | Unset = UNSET,
    custom_field: str | Unset = UNSET,
    custom_field_label: str | Unset = UNSET,
    subscription_id: int | Unset = UNSET,
    work_order_id: int | Unset = UNSET,
    source_type: InvoiceType | Unset = UNSET,
    source_id: int | Unset = UNSET,
    order_source_id: int | Unset = UNSET,
    shipping_option_id: int | Unset = UNSET,
    staff_id: list[int] | Unset = UNSET,
    pos_shift_id: int | Unset = UNSET,
    requisition_delivery_status: list[RequisitionDeliveryStatus] | Unset = UNSET,
    summary_total_from: float | Unset = UNSET,
    summary_total_to: float | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    due_date_from: str | Unset = UNSET,
    due_date_to: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceListResponse]:
    """List invoices, one page at a time

     Returns one page of the account's invoices together with paging information. Besides
    ordinary invoices the list holds debit notes, and advance payments when that feature
    is switched on; use `type` to keep only one of them.

    How much each record carries depends on `recursive`: by default every element has the
    invoice header (`Invoice`) and its `Client`; `recursive=1` adds the line items,
    payments and other related rows, and `recursive=-1` leaves only the header.

    All filters are optional and can be combined. The service ignores parameters it does
    not know instead of refusing them, so check the spelling of every filter.

    Args:
        page (int | Unset):
        limit (int | Unset):
        recursive (RecursionLevel | Unset): How many related records a list embeds: `-1` the
            record only, `0` the record and its client, `1` everything attached.
        keywords (str | Unset):
        client_id (int | Unset):
        type_ (InvoiceType | Unset): The kind of sales document: 0 invoice, 1 template, 2
            subscription, 3 estimate,
            5 credit note, 6 refund receipt, 7 resellers, 8 booking, 9 temporary invoice,
            10 insurance invoice, 11 insurance refund, 12 sales order, 13 temporary booking,
            14 reservation order, 15 shop front, 16 debit note, 17 contract instalment,
            18 lease contract, 19 advance payment. There is no 4.
        client_type (ClientType | Unset): Kind of client: 2 individual, 3 business.
        payment_status (PaymentStatusFilter | Unset): Values of the `payment_status` list filter:
            -3 overdue, -2 due, -1 draft, 0 unpaid, 1 partially paid, 2 paid, 3 subscriptions, 4
            overpaid (credit). Note that 3 means something else here than in an invoice's
            `payment_status`.
        draft (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.
        follow_up_status (int | Unset):
        einvoice_status (int | Unset):
        currency_code (str | Unset):
        no (str | Unset):
        item (str | Unset):
        tags (list[int] | Unset):
        po_number (str | Unset):
        external_source (list[str] | Unset):
        custom_field (str | Unset):
        custom_field_label (str | Unset):
        subscription_id (int | Unset):
        work_order_id (int | Unset):
        source_type (InvoiceType | Unset): The kind of sales document: 0 invoice, 1 template, 2
            subscription, 3 estimate,
            5 credit note, 6 refund receipt, 7 resellers, 8 booking, 9 temporary invoice,
            10 insurance invoice, 11 insurance refund, 12 sales order, 13 temporary booking,
            14 reservation order, 15 shop front, 16 debit note, 17 contract instalment,
            18 lease contract, 19 advance payment. There is no 4.
        source_id (int | Unset):
        order_source_id (int | Unset):
        shipping_option_id (int | Unset):
        staff_id (list[int] | Unset):
        pos_shift_id (int | Unset):
        requisition_delivery_status (list[RequisitionDeliveryStatus] | Unset):
        summary_total_from (float | Unset):
        summary_total_to (float | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        due_date_from (str | Unset):
        due_date_to (str | Unset):
        created_from (str | Unset):
        created_to (str | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Sort order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        recursive=recursive,
        keywords=keywords,
        client_id=client_id,
        type_=type_,
        client_type=client_type,
        payment_status=payment_status,
        draft=draft,
        follow_up_status=follow_up_status,
        einvoice_status=einvoice_status,
        currency_code=currency_code,
        no=no,
        item=item,
        tags=tags,
        po_number=po_number,
        external_source=external_source,
        custom_field=custom_field,
        custom_field_label=custom_field_label,
        subscription_id=subscription_id,
        work_order_id=work_order_id,
        source_type=source_type,
        source_id=source_id,
        order_source_id=order_source_id,
        shipping_option_id=shipping_option_id,
        staff_id=staff_id,
        pos_shift_id=pos_shift_id,
        requisition_delivery_status=requisition_delivery_status,
        summary_total_from=summary_total_from,
        summary_total_to=summary_total_to,
        date_from=date_from,
        date_to=date_to,
        due_date_from=due_date_from,
        due_date_to=due_date_to,
        created_from=created_from,
        created_to=created_to,
        sort=sort,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recursive: RecursionLevel | Unset = UNSET,
    keywords: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    client_type: ClientType | Unset = UNSET,
    payment_status: PaymentStatusFilter | Unset = UNSET,
    draft: Flag | Unset = UNSET,
    follow_up_status: int | Unset = UNSET,
    einvoice_status: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    no: str | Unset = UNSET,
    item: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    po_number: str | Unset = UNSET,
    external_source: list[str] | Unset = UNSET,
    custom_field: str | Unset = UNSET,
    custom_field_label: str | Unset = UNSET,
    subscription_id: int | Unset = UNSET,
    work_order_id: int | Unset = UNSET,
    source_type: InvoiceType | Unset = UNSET,
    source_id: int | Unset = UNSET,
    order_source_id: int | Unset = UNSET,
    shipping_option_id: int | Unset = UNSET,
    staff_id: list[int] | Unset = UNSET,
    pos_shift_id: int | Unset = UNSET,
    requisition_delivery_status: list[RequisitionDeliveryStatus] | Unset = UNSET,
    summary_total_from: float | Unset = UNSET,
    summary_total_to: float | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    due_date_from: str | Unset = UNSET,
    due_date_to: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> ErrorResponse | InvoiceListResponse | None:
    """List invoices, one page at a time

     Returns one page of the account's invoices together with paging information. Besides
    ordinary invoices the list holds debit notes, and advance payments when that feature
    is switched on; use `type` to keep only one of them.

    How much each record carries depends on `recursive`: by default every element has the
    invoice header (`Invoice`) and its `Client`; `recursive=1` adds the line items,
    payments and other related rows, and `recursive=-1` leaves only the header.

    All filters are optional and can be combined. The service ignores parameters it does
    not know instead of refusing them, so check the spelling of every filter.

    Args:
        page (int | Unset):
        limit (int | Unset):
        recursive (RecursionLevel | Unset): How many related records a list embeds: `-1` the
            record only, `0` the record and its client, `1` everything attached.
        keywords (str | Unset):
        client_id (int | Unset):
        type_ (InvoiceType | Unset): The kind of sales document: 0 invoice, 1 template, 2
            subscription, 3 estimate,
            5 credit note, 6 refund receipt, 7 resellers, 8 booking, 9 temporary invoice,
            10 insurance invoice, 11 insurance refund, 12 sales order, 13 temporary booking,
            14 reservation order, 15 shop front, 16 debit note, 17 contract instalment,
            18 lease contract, 19 advance payment. There is no 4.
        client_type (ClientType | Unset): Kind of client: 2 individual, 3 business.
        payment_status (PaymentStatusFilter | Unset): Values of the `payment_status` list filter:
            -3 overdue, -2 due, -1 draft, 0 unpaid, 1 partially paid, 2 paid, 3 subscriptions, 4
            overpaid (credit). Note that 3 means something else here than in an invoice's
            `payment_status`.
        draft (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.
        follow_up_status (int | Unset):
        einvoice_status (int | Unset):
        currency_code (str | Unset):
        no (str | Unset):
        item (str | Unset):
        tags (list[int] | Unset):
        po_number (str | Unset):
        external_source (list[str] | Unset):
        custom_field (str | Unset):
        custom_field_label (str | Unset):
        subscription_id (int | Unset):
        work_order_id (int | Unset):
        source_type (InvoiceType | Unset): The kind of sales document: 0 invoice, 1 template, 2
            subscription, 3 estimate,
            5 credit note, 6 refund receipt, 7 resellers, 8 booking, 9 temporary invoice,
            10 insurance invoice, 11 insurance refund, 12 sales order, 13 temporary booking,
            14 reservation order, 15 shop front, 16 debit note, 17 contract instalment,
            18 lease contract, 19 advance payment. There is no 4.
        source_id (int | Unset):
        order_source_id (int | Unset):
        shipping_option_id (int | Unset):
        staff_id (list[int] | Unset):
        pos_shift_id (int | Unset):
        requisition_delivery_status (list[RequisitionDeliveryStatus] | Unset):
        summary_total_from (float | Unset):
        summary_total_to (float | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        due_date_from (str | Unset):
        due_date_to (str | Unset):
        created_from (str | Unset):
        created_to (str | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Sort order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        recursive=recursive,
        keywords=keywords,
        client_id=client_id,
        type_=type_,
        client_type=client_type,
        payment_status=payment_status,
        draft=draft,
        follow_up_status=follow_up_status,
        einvoice_status=einvoice_status,
        currency_code=currency_code,
        no=no,
        item=item,
        tags=tags,
        po_number=po_number,
        external_source=external_source,
        custom_field=custom_field,
        custom_field_label=custom_field_label,
        subscription_id=subscription_id,
        work_order_id=work_order_id,
        source_type=source_type,
        source_id=source_id,
        order_source_id=order_source_id,
        shipping_option_id=shipping_option_id,
        staff_id=staff_id,
        pos_shift_id=pos_shift_id,
        requisition_delivery_status=requisition_delivery_status,
        summary_total_from=summary_total_from,
        summary_total_to=summary_total_to,
        date_from=date_from,
        date_to=date_to,
        due_date_from=due_date_from,
        due_date_to=due_date_to,
        created_from=created_from,
        created_to=created_to,
        sort=sort,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recursive: RecursionLevel | Unset = UNSET,
    keywords: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    client_type: ClientType | Unset = UNSET,
    payment_status: PaymentStatusFilter | Unset = UNSET,
    draft: Flag | Unset = UNSET,
    follow_up_status: int | Unset = UNSET,
    einvoice_status: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    no: str | Unset = UNSET,
    item: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    po_number: str | Unset = UNSET,
    external_source: list[str] | Unset = UNSET,
    custom_field: str | Unset = UNSET,
    custom_field_label: str | Unset = UNSET,
    subscription_id: int | Unset = UNSET,
    work_order_id: int | Unset = UNSET,
    source_type: InvoiceType | Unset = UNSET,
    source_id: int | Unset = UNSET,
    order_source_id: int | Unset = UNSET,
    shipping_option_id: int | Unset = UNSET,
    staff_id: list[int] | Unset = UNSET,
    pos_shift_id: int | Unset = UNSET,
    requisition_delivery_status: list[RequisitionDeliveryStatus] | Unset = UNSET,
    summary_total_from: float | Unset = UNSET,
    summary_total_to: float | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    due_date_from: str | Unset = UNSET,
    due_date_to: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceListResponse]:
    """List invoices, one page at a time

     Returns one page of the account's invoices together with paging information. Besides
    ordinary invoices the list holds debit notes, and advance payments when that feature
    is switched on; use `type` to keep only one of them.

    How much each record carries depends on `recursive`: by default every element has the
    invoice header (`Invoice`) and its `Client`; `recursive=1` adds the line items,
    payments and other related rows, and `recursive=-1` leaves only the header.

    All filters are optional and can be combined. The service ignores parameters it does
    not know instead of refusing them, so check the spelling of every filter.

    Args:
        page (int | Unset):
        limit (int | Unset):
        recursive (RecursionLevel | Unset): How many related records a list embeds: `-1` the
            record only, `0` the record and its client, `1` everything attached.
        keywords (str | Unset):
        client_id (int | Unset):
        type_ (InvoiceType | Unset): The kind of sales document: 0 invoice, 1 template, 2
            subscription, 3 estimate,
            5 credit note, 6 refund receipt, 7 resellers, 8 booking, 9 temporary invoice,
            10 insurance invoice, 11 insurance refund, 12 sales order, 13 temporary booking,
            14 reservation order, 15 shop front, 16 debit note, 17 contract instalment,
            18 lease contract, 19 advance payment. There is no 4.
        client_type (ClientType | Unset): Kind of client: 2 individual, 3 business.
        payment_status (PaymentStatusFilter | Unset): Values of the `payment_status` list filter:
            -3 overdue, -2 due, -1 draft, 0 unpaid, 1 partially paid, 2 paid, 3 subscriptions, 4
            overpaid (credit). Note that 3 means something else here than in an invoice's
            `payment_status`.
        draft (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.
        follow_up_status (int | Unset):
        einvoice_status (int | Unset):
        currency_code (str | Unset):
        no (str | Unset):
        item (str | Unset):
        tags (list[int] | Unset):
        po_number (str | Unset):
        external_source (list[str] | Unset):
        custom_field (str | Unset):
        custom_field_label (str | Unset):
        subscription_id (int | Unset):
        work_order_id (int | Unset):
        source_type (InvoiceType | Unset): The kind of sales document: 0 invoice, 1 template, 2
            subscription, 3 estimate,
            5 credit note, 6 refund receipt, 7 resellers, 8 booking, 9 temporary invoice,
            10 insurance invoice, 11 insurance refund, 12 sales order, 13 temporary booking,
            14 reservation order, 15 shop front, 16 debit note, 17 contract instalment,
            18 lease contract, 19 advance payment. There is no 4.
        source_id (int | Unset):
        order_source_id (int | Unset):
        shipping_option_id (int | Unset):
        staff_id (list[int] | Unset):
        pos_shift_id (int | Unset):
        requisition_delivery_status (list[RequisitionDeliveryStatus] | Unset):
        summary_total_from (float | Unset):
        summary_total_to (float | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        due_date_from (str | Unset):
        due_date_to (str | Unset):
        created_from (str | Unset):
        created_to (str | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Sort order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        recursive=recursive,
        keywords=keywords,
        client_id=client_id,
        type_=type_,
        client_type=client_type,
        payment_status=payment_status,
        draft=draft,
        follow_up_status=follow_up_status,
        einvoice_status=einvoice_status,
        currency_code=currency_code,
        no=no,
        item=item,
        tags=tags,
        po_number=po_number,
        external_source=external_source,
        custom_field=custom_field,
        custom_field_label=custom_field_label,
        subscription_id=subscription_id,
        work_order_id=work_order_id,
        source_type=source_type,
        source_id=source_id,
        order_source_id=order_source_id,
        shipping_option_id=shipping_option_id,
        staff_id=staff_id,
        pos_shift_id=pos_shift_id,
        requisition_delivery_status=requisition_delivery_status,
        summary_total_from=summary_total_from,
        summary_total_to=summary_total_to,
        date_from=date_from,
        date_to=date_to,
        due_date_from=due_date_from,
        due_date_to=due_date_to,
        created_from=created_from,
        created_to=created_to,
        sort=sort,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recursive: RecursionLevel | Unset = UNSET,
    keywords: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    client_type: ClientType | Unset = UNSET,
    payment_status: PaymentStatusFilter | Unset = UNSET,
    draft: Flag | Unset = UNSET,
    follow_up_status: int | Unset = UNSET,
    einvoice_status: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    no: str | Unset = UNSET,
    item: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    po_number: str | Unset = UNSET,
    external_source: list[str] | Unset = UNSET,
    custom_field: str | Unset = UNSET,
    custom_field_label: str | Unset = UNSET,
    subscription_id: int | Unset = UNSET,
    work_order_id: int | Unset = UNSET,
    source_type: InvoiceType | Unset = UNSET,
    source_id: int | Unset = UNSET,
    order_source_id: int | Unset = UNSET,
    shipping_option_id: int | Unset = UNSET,
    staff_id: list[int] | Unset = UNSET,
    pos_shift_id: int | Unset = UNSET,
    requisition_delivery_status: list[RequisitionDeliveryStatus] | Unset = UNSET,
    summary_total_from: float | Unset = UNSET,
    summary_total_to: float | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    due_date_from: str | Unset = UNSET,
    due_date_to: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> ErrorResponse | InvoiceListResponse | None:
    """List invoices, one page at a time

     Returns one page of the account's invoices together with paging information. Besides
    ordinary invoices the list holds debit notes, and advance payments when that feature
    is switched on; use `type` to keep only one of them.

    How much each record carries depends on `recursive`: by default every element has the
    invoice header (`Invoice`) and its `Client`; `recursive=1` adds the line items,
    payments and other related rows, and `recursive=-1` leaves only the header.

    All filters are optional and can be combined. The service ignores parameters it does
    not know instead of refusing them, so check the spelling of every filter.

    Args:
        page (int | Unset):
        limit (int | Unset):
        recursive (RecursionLevel | Unset): How many related records a list embeds: `-1` the
            record only, `0` the record and its client, `1` everything attached.
        keywords (str | Unset):
        client_id (int | Unset):
        type_ (InvoiceType | Unset): The kind of sales document: 0 invoice, 1 template, 2
            subscription, 3 estimate,
            5 credit note, 6 refund receipt, 7 resellers, 8 booking, 9 temporary invoice,
            10 insurance invoice, 11 insurance refund, 12 sales order, 13 temporary booking,
            14 reservation order, 15 shop front, 16 debit note, 17 contract instalment,
            18 lease contract, 19 advance payment. There is no 4.
        client_type (ClientType | Unset): Kind of client: 2 individual, 3 business.
        payment_status (PaymentStatusFilter | Unset): Values of the `payment_status` list filter:
            -3 overdue, -2 due, -1 draft, 0 unpaid, 1 partially paid, 2 paid, 3 subscriptions, 4
            overpaid (credit). Note that 3 means something else here than in an invoice's
            `payment_status`.
        draft (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.
        follow_up_status (int | Unset):
        einvoice_status (int | Unset):
        currency_code (str | Unset):
        no (str | Unset):
        item (str | Unset):
        tags (list[int] | Unset):
        po_number (str | Unset):
        external_source (list[str] | Unset):
        custom_field (str | Unset):
        custom_field_label (str | Unset):
        subscription_id (int | Unset):
        work_order_id (int | Unset):
        source_type (InvoiceType | Unset): The kind of sales document: 0 invoice, 1 template, 2
            subscription, 3 estimate,
            5 credit note, 6 refund receipt, 7 resellers, 8 booking, 9 temporary invoice,
            10 insurance invoice, 11 insurance refund, 12 sales order, 13 temporary booking,
            14 reservation order, 15 shop front, 16 debit note, 17 contract instalment,
            18 lease contract, 19 advance payment. There is no 4.
        source_id (int | Unset):
        order_source_id (int | Unset):
        shipping_option_id (int | Unset):
        staff_id (list[int] | Unset):
        pos_shift_id (int | Unset):
        requisition_delivery_status (list[RequisitionDeliveryStatus] | Unset):
        summary_total_from (float | Unset):
        summary_total_to (float | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        due_date_from (str | Unset):
        due_date_to (str | Unset):
        created_from (str | Unset):
        created_to (str | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Sort order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            recursive=recursive,
            keywords=keywords,
            client_id=client_id,
            type_=type_,
            client_type=client_type,
            payment_status=payment_status,
            draft=draft,
            follow_up_status=follow_up_status,
            einvoice_status=einvoice_status,
            currency_code=currency_code,
            no=no,
            item=item,
            tags=tags,
            po_number=po_number,
            external_source=external_source,
            custom_field=custom_field,
            custom_field_label=custom_field_label,
            subscription_id=subscription_id,
            work_order_id=work_order_id,
            source_type=source_type,
            source_id=source_id,
            order_source_id=order_source_id,
            shipping_option_id=shipping_option_id,
            staff_id=staff_id,
            pos_shift_id=pos_shift_id,
            requisition_delivery_status=requisition_delivery_status,
            summary_total_from=summary_total_from,
            summary_total_to=summary_total_to,
            date_from=date_from,
            date_to=date_to,
            due_date_from=due_date_from,
            due_date_to=due_date_to,
            created_from=created_from,
            created_to=created_to,
            sort=sort,
            direction=direction,
        )
    ).parsed
