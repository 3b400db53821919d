from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

T = TypeVar("T", bound="AccessTokenRequest")


@_attrs_define
class AccessTokenRequest:
    """The password-grant token request.

    Attributes:
        grant_type (str): Always `password`; no other grant is documented.
        client_id (str): The public client id from Daftra's documentation (`1` there).
        client_secret (str): The public client secret printed in Daftra's documentation.
        username (str): The Daftra user's login email.
        password (str): The Daftra user's password.
    """

    grant_type: str
    client_id: str
    client_secret: str
    username: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = d.pop("grant_type")

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        username = d.pop("username")

        password = d.pop("password")

        access_token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            username=username,
            password=password,
        )

        access_token_request.additional_properties = d
        return access_token_request

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


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("grant_type", "grant_type", None, None),
    ("client_id", "client_id", None, None),
    ("client_secret", "client_secret", None, None),
    ("username", "username", None, None),
    ("password", "password", None, None),
)
