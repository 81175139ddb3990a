from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetFilter")
_DatasetFilter_MEMBERS: frozenset[str] = frozenset(
    (
        "dataset_id",
        "attribute",
        "inclusion",
    )
)


@_attrs_define
class DatasetFilter:
    """Records filtered by their presence in another dataset.

    Attributes:
        dataset_id (int | Unset):
        attribute (DatasetFilterAttribute | Unset):
        inclusion (str | Unset):
    """

    dataset_id: int | Unset = UNSET
    attribute: DatasetFilterAttribute | Unset = UNSET
    inclusion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute, Unset):
            attribute = self.attribute.to_dict()

        inclusion = self.inclusion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if inclusion is not UNSET:
            field_dict["inclusion"] = inclusion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_id = d.get("dataset_id", UNSET)

        _attribute = d.get("attribute", UNSET)
        attribute: DatasetFilterAttribute | Unset
        if isinstance(_attribute, Unset):
            attribute = UNSET
        else:
            attribute = DatasetFilterAttribute.from_dict(object_member(_attribute, "attribute"))

        inclusion = d.get("inclusion", UNSET)

        dataset_filter = cls(
            dataset_id=dataset_id,
            attribute=attribute,
            inclusion=inclusion,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DatasetFilter_MEMBERS
            else {key: value for key, value in d.items() if key not in _DatasetFilter_MEMBERS}
        )
        dataset_filter.additional_properties = unknown
        return dataset_filter

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


from ..models.dataset_filter_attribute import DatasetFilterAttribute
