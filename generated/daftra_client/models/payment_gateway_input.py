from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.payment_gateway_input_settings_type_0 import (
        PaymentGatewayInputSettingsType0,
    )


T = TypeVar("T", bound="PaymentGatewayInput")


@_attrs_define
class PaymentGatewayInput:
    """The body that creates a payment method. The documentation's schema marks every field as required, `id` included; the
    fields its example leaves empty or null are optional here.

        Attributes:
            payment_gateway (str): The method's key, used as `payment_method` in payments (for example `cash`).
            label (None | str): The name shown to people.
            default (bool | Flag | None): Whether this is the default method (`0`/`1`).
            active (bool | Flag | None): Whether the method can be used (`0`/`1`).
            manually_added (bool | Flag | None): Whether the method was added by hand rather than built in (`0`/`1`).
            disable_for_client (bool | Flag | None): Whether clients may not pay online with it (`0`/`1`).
            branch_id (int | None): The branch it belongs to.
            id (int | Unset): Sent by the documentation's example; leave it out to create.
            username (None | str | Unset): Gateway login, for online gateways.
            option1 (None | str | Unset): First gateway setting; its meaning depends on the gateway.
            option2 (None | str | Unset): Second gateway setting.
            option3 (None | str | Unset): Third gateway setting.
            settings (None | PaymentGatewayInputSettingsType0 | str | Unset): Gateway settings (shape not documented; null
                in the example).
            treasury_id (int | None | Unset): The treasury payments by this method go to.
    """

    payment_gateway: str
    label: None | str
    default: bool | Flag | None
    active: bool | Flag | None
    manually_added: bool | Flag | None
    disable_for_client: bool | Flag | None
    branch_id: int | None
    id: int | Unset = UNSET
    username: None | str | Unset = UNSET
    option1: None | str | Unset = UNSET
    option2: None | str | Unset = UNSET
    option3: None | str | Unset = UNSET
    settings: None | PaymentGatewayInputSettingsType0 | str | Unset = UNSET
    treasury_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_gateway_input_settings_type_0 import (
            PaymentGatewayInputSettingsType0,  # noqa: PLC0415
        )

        payment_gateway = self.payment_gateway

        label: None | str
        label = self.label

        default: bool | int | None
        if isinstance(self.default, Flag):
            default = self.default.value
        else:
            default = self.default

        active: bool | int | None
        if isinstance(self.active, Flag):
            active = self.active.value
        else:
            active = self.active

        manually_added: bool | int | None
        if isinstance(self.manually_added, Flag):
            manually_added = self.manually_added.value
        else:
            manually_added = self.manually_added

        disable_for_client: bool | int | None
        if isinstance(self.disable_for_client, Flag):
            disable_for_client = self.disable_for_client.value
        else:
            disable_for_client = self.disable_for_client

        branch_id: int | None
        branch_id = self.branch_id

        id = self.id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        option1: None | str | Unset
        if isinstance(self.option1, Unset):
            option1 = UNSET
        else:
            option1 = self.option1

        option2: None | str | Unset
        if isinstance(self.option2, Unset):
            option2 = UNSET
        else:
            option2 = self.option2

        option3: None | str | Unset
        if isinstance(self.option3, Unset):
            option3 = UNSET
        else:
            option3 = self.option3

        settings: dict[str, Any] | None | str | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, PaymentGatewayInputSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        treasury_id: int | None | Unset
        if isinstance(self.treasury_id, Unset):
            treasury_id = UNSET
        else:
            treasury_id = self.treasury_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_gateway": payment_gateway,
                "label": label,
                "default": default,
                "active": active,
                "manually_added": manually_added,
                "disable_for_client": disable_for_client,
                "branch_id": branch_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if option1 is not UNSET:
            field_dict["option1"] = option1
        if option2 is not UNSET:
            field_dict["option2"] = option2
        if option3 is not UNSET:
            field_dict["option3"] = option3
        if settings is not UNSET:
            field_dict["settings"] = settings
        if treasury_id is not UNSET:
            field_dict["treasury_id"] = treasury_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_gateway_input_settings_type_0 import (
            PaymentGatewayInputSettingsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        payment_gateway = d.pop("payment_gateway")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_default(data: object) -> bool | Flag | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                default_type_1 = Flag(data)

                return default_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None, data)

        default = _parse_default(d.pop("default"))

        def _parse_active(data: object) -> bool | Flag | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                active_type_1 = Flag(data)

                return active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None, data)

        active = _parse_active(d.pop("active"))

        def _parse_manually_added(data: object) -> bool | Flag | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                manually_added_type_1 = Flag(data)

                return manually_added_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None, data)

        manually_added = _parse_manually_added(d.pop("manually_added"))

        def _parse_disable_for_client(data: object) -> bool | Flag | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                disable_for_client_type_1 = Flag(data)

                return disable_for_client_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None, data)

        disable_for_client = _parse_disable_for_client(d.pop("disable_for_client"))

        def _parse_branch_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        branch_id = _parse_branch_id(d.pop("branch_id"))

        id = d.pop("id", UNSET)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_option1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        option1 = _parse_option1(d.pop("option1", UNSET))

        def _parse_option2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        option2 = _parse_option2(d.pop("option2", UNSET))

        def _parse_option3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        option3 = _parse_option3(d.pop("option3", UNSET))

        def _parse_settings(data: object) -> None | PaymentGatewayInputSettingsType0 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = PaymentGatewayInputSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentGatewayInputSettingsType0 | str | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_treasury_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        treasury_id = _parse_treasury_id(d.pop("treasury_id", UNSET))

        payment_gateway_input = cls(
            payment_gateway=payment_gateway,
            label=label,
            default=default,
            active=active,
            manually_added=manually_added,
            disable_for_client=disable_for_client,
            branch_id=branch_id,
            id=id,
            username=username,
            option1=option1,
            option2=option2,
            option3=option3,
            settings=settings,
            treasury_id=treasury_id,
        )

        payment_gateway_input.additional_properties = d
        return payment_gateway_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _wire_default(data: Any) -> Any:
    def _parse_default(data: object) -> bool | Flag | None:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            default_type_1 = Flag(data)

            return default_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None, data)

    default = _parse_default(data)

    return default


def _wire_active(data: Any) -> Any:
    def _parse_active(data: object) -> bool | Flag | None:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            active_type_1 = Flag(data)

            return active_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None, data)

    active = _parse_active(data)

    return active


def _wire_manually_added(data: Any) -> Any:
    def _parse_manually_added(data: object) -> bool | Flag | None:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            manually_added_type_1 = Flag(data)

            return manually_added_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None, data)

    manually_added = _parse_manually_added(data)

    return manually_added


def _wire_disable_for_client(data: Any) -> Any:
    def _parse_disable_for_client(data: object) -> bool | Flag | None:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            disable_for_client_type_1 = Flag(data)

            return disable_for_client_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None, data)

    disable_for_client = _parse_disable_for_client(data)

    return disable_for_client


def _wire_settings(data: Any) -> Any:
    from ..models.payment_gateway_input_settings_type_0 import (
        PaymentGatewayInputSettingsType0,  # noqa: PLC0415
    )

    def _parse_settings(data: object) -> None | PaymentGatewayInputSettingsType0 | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            settings_type_0 = PaymentGatewayInputSettingsType0.from_dict(data)

            return settings_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | PaymentGatewayInputSettingsType0 | str | Unset, data)

    settings = _parse_settings(data)

    return settings


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("payment_gateway", "payment_gateway", None, None),
    ("label", "label", None, None),
    ("default", "default", _wire_default, None),
    ("active", "active", _wire_active, None),
    ("manually_added", "manually_added", _wire_manually_added, None),
    ("disable_for_client", "disable_for_client", _wire_disable_for_client, None),
    ("branch_id", "branch_id", None, None),
    ("id", "id", None, None),
    ("username", "username", None, None),
    ("option1", "option1", None, None),
    ("option2", "option2", None, None),
    ("option3", "option3", None, None),
    ("settings", "settings", _wire_settings, None),
    ("treasury_id", "treasury_id", None, None),
)
