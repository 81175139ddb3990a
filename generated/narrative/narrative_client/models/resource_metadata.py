from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceMetadata")
_ResourceMetadata_MEMBERS: frozenset[str] = frozenset(
    (
        "created_at",
        "created_by_user_id",
        "updated_at",
        "updated_by_user_id",
    )
)


@_attrs_define
class ResourceMetadata:
    """When, and by whom, a resource was created and last updated.

    Attributes:
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        created_by_user_id (int | None | Unset):
        updated_at (datetime.datetime | None | str | Unset):
        updated_by_user_id (int | None | Unset):
    """

    created_at: datetime.datetime | str | Unset = UNSET
    created_by_user_id: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | str | Unset = UNSET
    updated_by_user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by_user_id: int | None | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by_user_id: int | None | Unset
        if isinstance(self.updated_by_user_id, Unset):
            updated_by_user_id = UNSET
        else:
            updated_by_user_id = self.updated_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by_user_id is not UNSET:
            field_dict["updated_by_user_id"] = updated_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

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

        def _parse_created_by_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        created_by_user_id = _parse_created_by_user_id(d.get("created_by_user_id", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | str | Unset", data)

        updated_at = _parse_updated_at(d.get("updated_at", UNSET))

        def _parse_updated_by_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        updated_by_user_id = _parse_updated_by_user_id(d.get("updated_by_user_id", UNSET))

        resource_metadata = cls(
            created_at=created_at,
            created_by_user_id=created_by_user_id,
            updated_at=updated_at,
            updated_by_user_id=updated_by_user_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ResourceMetadata_MEMBERS
            else {key: value for key, value in d.items() if key not in _ResourceMetadata_MEMBERS}
        )
        resource_metadata.additional_properties = unknown
        return resource_metadata

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
