from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileDataSavedMeta")
_ProfileDataSavedMeta_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "schema_version_id",
    )
)


@_attrs_define
class ProfileDataSavedMeta:
    """
    Attributes:
        id (UUID | Unset): The profile's id.
        schema_version_id (UUID | Unset): The schema version the data was checked against.
    """

    id: UUID | Unset = UNSET
    schema_version_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        schema_version_id: str | Unset = UNSET
        if not isinstance(self.schema_version_id, Unset):
            schema_version_id = str(self.schema_version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if schema_version_id is not UNSET:
            field_dict["schema_version_id"] = schema_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _schema_version_id = d.get("schema_version_id", UNSET)
        schema_version_id: UUID | Unset
        if isinstance(_schema_version_id, Unset):
            schema_version_id = UNSET
        else:
            schema_version_id = UUID(_schema_version_id)

        profile_data_saved_meta = cls(
            id=id,
            schema_version_id=schema_version_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ProfileDataSavedMeta_MEMBERS
            else {key: value for key, value in d.items() if key not in _ProfileDataSavedMeta_MEMBERS}
        )
        profile_data_saved_meta.additional_properties = unknown
        return profile_data_saved_meta

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
