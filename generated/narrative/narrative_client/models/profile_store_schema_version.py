from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileStoreSchemaVersion")
_ProfileStoreSchemaVersion_MEMBERS: frozenset[str] = frozenset(
    (
        "version_id",
        "value",
        "stream_id",
        "version_number",
        "created_at",
    )
)


@_attrs_define
class ProfileStoreSchemaVersion:
    """One version of an app's profile-store JSON Schema.

    Attributes:
        version_id (UUID): The version's identifier.
        value (ProfileStoreSchemaVersionValue): The JSON Schema (2019-09) itself.
        stream_id (UUID | Unset): The identifier of the app's schema stream.
        version_number (int | Unset): The version's number, from 0.
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    version_id: UUID
    value: ProfileStoreSchemaVersionValue
    stream_id: UUID | Unset = UNSET
    version_number: int | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        version_id = str(self.version_id)

        value = self.value.to_dict()

        stream_id: str | Unset = UNSET
        if not isinstance(self.stream_id, Unset):
            stream_id = str(self.stream_id)

        version_number = self.version_number

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
                "version_id": version_id,
                "value": value,
            }
        )
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id
        if version_number is not UNSET:
            field_dict["version_number"] = version_number
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        version_id = UUID(d["version_id"])

        value = ProfileStoreSchemaVersionValue.from_dict(object_member(d["value"], "value"))

        _stream_id = d.get("stream_id", UNSET)
        stream_id: UUID | Unset
        if isinstance(_stream_id, Unset):
            stream_id = UNSET
        else:
            stream_id = UUID(_stream_id)

        version_number = d.get("version_number", UNSET)

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

        profile_store_schema_version = cls(
            version_id=version_id,
            value=value,
            stream_id=stream_id,
            version_number=version_number,
            created_at=created_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ProfileStoreSchemaVersion_MEMBERS
            else {key: value for key, value in d.items() if key not in _ProfileStoreSchemaVersion_MEMBERS}
        )
        profile_store_schema_version.additional_properties = unknown
        return profile_store_schema_version

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


from ..models.profile_store_schema_version_value import ProfileStoreSchemaVersionValue
