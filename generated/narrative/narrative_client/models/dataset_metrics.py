from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="DatasetMetrics")
_DatasetMetrics_MEMBERS: frozenset[str] = frozenset(("value",))


@_attrs_define
class DatasetMetrics:
    """The column metrics of each snapshot.

    Attributes:
        value (list[SnapshotMetrics]):
    """

    value: list[SnapshotMetrics]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        value = []
        for value_item_data in self.value:
            value_item = value_item_data.to_dict()
            value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        value = []
        _value = array_member(d["value"], "value")
        for value_item_data in _value:
            value_item = SnapshotMetrics.from_dict(object_member(value_item_data, "value_item"))

            value.append(value_item)

        dataset_metrics = cls(
            value=value,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DatasetMetrics_MEMBERS
            else {key: value for key, value in d.items() if key not in _DatasetMetrics_MEMBERS}
        )
        dataset_metrics.additional_properties = unknown
        return dataset_metrics

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


from ..models.snapshot_metrics import SnapshotMetrics
