from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetSchema")
_DatasetSchema_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "properties",
        "file_config",
        "required",
        "primary",
        "unsellable",
        "sensitive",
    )
)


@_attrs_define
class DatasetSchema:
    """The shape of a dataset's records (also used for access rules' and views' outputs).

    Attributes:
        type_ (str): Always `object`.
        properties (DatasetSchemaProperties): The columns, by name. For flat files, in the order they appear in the
            file.
        file_config (FileConfig | Unset): How the dataset's input files are formatted.
        required (list[str] | Unset): The columns that must have a value.
        primary (str | Unset): A JSON pointer to the primary column.
        unsellable (list[str] | Unset): Columns that may not be sold.
        sensitive (list[str] | Unset): Columns holding sensitive data.
    """

    type_: str
    properties: DatasetSchemaProperties
    file_config: FileConfig | Unset = UNSET
    required: list[str] | Unset = UNSET
    primary: str | Unset = UNSET
    unsellable: list[str] | Unset = UNSET
    sensitive: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties = self.properties.to_dict()

        file_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_config, Unset):
            file_config = self.file_config.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        primary = self.primary

        unsellable: list[str] | Unset = UNSET
        if not isinstance(self.unsellable, Unset):
            unsellable = self.unsellable

        sensitive: list[str] | Unset = UNSET
        if not isinstance(self.sensitive, Unset):
            sensitive = self.sensitive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "properties": properties,
            }
        )
        if file_config is not UNSET:
            field_dict["file_config"] = file_config
        if required is not UNSET:
            field_dict["required"] = required
        if primary is not UNSET:
            field_dict["primary"] = primary
        if unsellable is not UNSET:
            field_dict["unsellable"] = unsellable
        if sensitive is not UNSET:
            field_dict["sensitive"] = sensitive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        properties = DatasetSchemaProperties.from_dict(object_member(d["properties"], "properties"))

        _file_config = d.get("file_config", UNSET)
        file_config: FileConfig | Unset
        if isinstance(_file_config, Unset):
            file_config = UNSET
        else:
            file_config = FileConfig.from_dict(object_member(_file_config, "file_config"))

        _required = d.get("required", UNSET)
        required = UNSET if _required is UNSET else cast("list[str]", array_member(_required, "required"))

        primary = d.get("primary", UNSET)

        _unsellable = d.get("unsellable", UNSET)
        unsellable = UNSET if _unsellable is UNSET else cast("list[str]", array_member(_unsellable, "unsellable"))

        _sensitive = d.get("sensitive", UNSET)
        sensitive = UNSET if _sensitive is UNSET else cast("list[str]", array_member(_sensitive, "sensitive"))

        dataset_schema = cls(
            type_=type_,
            properties=properties,
            file_config=file_config,
            required=required,
            primary=primary,
            unsellable=unsellable,
            sensitive=sensitive,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DatasetSchema_MEMBERS
            else {key: value for key, value in d.items() if key not in _DatasetSchema_MEMBERS}
        )
        dataset_schema.additional_properties = unknown
        return dataset_schema

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


from ..models.dataset_schema_properties import DatasetSchemaProperties
from ..models.file_config import FileConfig
