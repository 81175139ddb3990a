from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppProfile")
_AppProfile_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "name",
        "description",
    )
)


@_attrs_define
class AppProfile:
    """An app profile: a reference to configuration kept outside Narrative.

    Attributes:
        id (UUID):
        status (str): New profiles are `disabled`; only `enabled` ones are used for deliveries.
        name (str | Unset):
        description (str | Unset):
    """

    id: UUID
    status: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        status = d["status"]

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        app_profile = cls(
            id=id,
            status=status,
            name=name,
            description=description,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AppProfile_MEMBERS
            else {key: value for key, value in d.items() if key not in _AppProfile_MEMBERS}
        )
        app_profile.additional_properties = unknown
        return app_profile

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
