from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileData")
_ProfileData_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "value",
        "schema_version_id",
        "created_at",
    )
)


@_attrs_define
class ProfileData:
    """A profile's stored data.

    Attributes:
        id (UUID): The profile's id.
        value (ProfileDataValue): The profile's data.
        schema_version_id (UUID | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    id: UUID
    value: ProfileDataValue
    schema_version_id: UUID | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        value = self.value.to_dict()

        schema_version_id: str | Unset = UNSET
        if not isinstance(self.schema_version_id, Unset):
            schema_version_id = str(self.schema_version_id)

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "value": value,
            }
        )
        if schema_version_id is not UNSET:
            field_dict["schema_version_id"] = schema_version_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        value = ProfileDataValue.from_dict(object_member(d["value"], "value"))

        _schema_version_id = d.get("schema_version_id", UNSET)
        schema_version_id: UUID | Unset
        if isinstance(_schema_version_id, Unset):
            schema_version_id = UNSET
        else:
            schema_version_id = UUID(_schema_version_id)

        def _parse_created_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "created_at", (str,)))

        created_at = _parse_created_at(d.get("created_at", UNSET))

        profile_data = cls(
            id=id,
            value=value,
            schema_version_id=schema_version_id,
            created_at=created_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ProfileData_MEMBERS
            else {key: value for key, value in d.items() if key not in _ProfileData_MEMBERS}
        )
        profile_data.additional_properties = unknown
        return profile_data

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


from ..models.profile_data_value import ProfileDataValue
