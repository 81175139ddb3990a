from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..models.write_mode import WriteMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetCreate")
_DatasetCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "schema",
        "write_mode",
        "description",
        "tags",
        "derive_metrics_config",
    )
)


@_attrs_define
class DatasetCreate:
    """A new dataset, or (for `PUT /datasets`) the full new version of one.

    Attributes:
        name (str): Unique; letters, digits and underscores, at most 256 characters.
        schema (DatasetSchema): The shape of a dataset's records (also used for access rules' and views' outputs).
        write_mode (WriteMode): How new uploads are treated: added to the data, or replacing it.
        description (str | Unset):
        tags (list[str] | Unset):
        derive_metrics_config (bool | Unset): Derive the statistics configuration automatically.
    """

    name: str
    schema: DatasetSchema
    write_mode: WriteMode
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    derive_metrics_config: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schema = self.schema.to_dict()

        write_mode = self.write_mode.value

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        derive_metrics_config = self.derive_metrics_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schema": schema,
                "write_mode": write_mode,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if derive_metrics_config is not UNSET:
            field_dict["derive_metrics_config"] = derive_metrics_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        schema = DatasetSchema.from_dict(object_member(d["schema"], "schema"))

        write_mode = WriteMode(d["write_mode"])

        description = d.get("description", UNSET)

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        derive_metrics_config = d.get("derive_metrics_config", UNSET)

        dataset_create = cls(
            name=name,
            schema=schema,
            write_mode=write_mode,
            description=description,
            tags=tags,
            derive_metrics_config=derive_metrics_config,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DatasetCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _DatasetCreate_MEMBERS}
        )
        dataset_create.additional_properties = unknown
        return dataset_create

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
