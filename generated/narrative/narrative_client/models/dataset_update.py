from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..models.write_mode import WriteMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetUpdate")
_DatasetUpdate_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "display_name",
        "description",
        "schema",
        "tags",
        "write_mode",
    )
)


@_attrs_define
class DatasetUpdate:
    """The dataset's fields to change.

    Attributes:
        name (str | Unset): Unique; letters, digits and underscores, at most 256 characters.
        display_name (str | Unset):
        description (str | Unset):
        schema (DatasetSchema | Unset): The shape of a dataset's records (also used for access rules' and views'
            outputs).
        tags (list[str] | Unset):
        write_mode (WriteMode | Unset): How new uploads are treated: added to the data, or replacing it.
    """

    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    schema: DatasetSchema | Unset = UNSET
    tags: list[str] | Unset = UNSET
    write_mode: WriteMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        write_mode: str | Unset = UNSET
        if not isinstance(self.write_mode, Unset):
            write_mode = self.write_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if tags is not UNSET:
            field_dict["tags"] = tags
        if write_mode is not UNSET:
            field_dict["write_mode"] = write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        display_name = d.get("display_name", UNSET)

        description = d.get("description", UNSET)

        _schema = d.get("schema", UNSET)
        schema: DatasetSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = DatasetSchema.from_dict(object_member(_schema, "schema"))

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        _write_mode = d.get("write_mode", UNSET)
        write_mode: WriteMode | Unset
        if isinstance(_write_mode, Unset):
            write_mode = UNSET
        else:
            write_mode = WriteMode(_write_mode)

        dataset_update = cls(
            name=name,
            display_name=display_name,
            description=description,
            schema=schema,
            tags=tags,
            write_mode=write_mode,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DatasetUpdate_MEMBERS
            else {key: value for key, value in d.items() if key not in _DatasetUpdate_MEMBERS}
        )
        dataset_update.additional_properties = unknown
        return dataset_update

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


from ..models.dataset_schema import DatasetSchema
