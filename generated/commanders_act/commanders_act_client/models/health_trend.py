from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, json_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthTrend")
_HealthTrend_MEMBERS: frozenset[str] = frozenset(("dataset",))


@_attrs_define
class HealthTrend:
    """
    Attributes:
        dataset (list[list[float | str]] | Unset): A table: a header row of column names (`["dateTime", "success"]`),
            then one row per point, the
            time in milliseconds since the epoch then the count (`[1647298800000, 733]`).
    """

    dataset: list[list[float | str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        dataset: list[list[float | str]] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = []
            for dataset_item_data in self.dataset:
                dataset_item = []
                for dataset_item_item_data in dataset_item_data:
                    dataset_item_item: float | str
                    dataset_item_item = dataset_item_item_data
                    dataset_item.append(dataset_item_item)

                dataset.append(dataset_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset is not UNSET:
            field_dict["dataset"] = dataset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _dataset = d.get("dataset", UNSET)
        dataset: list[list[float | str]] | Unset = UNSET
        if _dataset is not UNSET:
            dataset = []
            for dataset_item_data in array_member(_dataset, "dataset"):
                dataset_item = []
                _dataset_item = array_member(dataset_item_data, "dataset_item")
                for dataset_item_item_data in _dataset_item:

                    def _parse_dataset_item_item(data: object) -> float | str:
                        return cast(
                            "float | str",
                            json_member(
                                data,
                                "dataset_item_item",
                                (
                                    str,
                                    float,
                                    int,
                                ),
                            ),
                        )

                    dataset_item_item = _parse_dataset_item_item(dataset_item_item_data)

                    dataset_item.append(dataset_item_item)

                dataset.append(dataset_item)

        health_trend = cls(
            dataset=dataset,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _HealthTrend_MEMBERS
            else {key: value for key, value in d.items() if key not in _HealthTrend_MEMBERS}
        )
        health_trend.additional_properties = unknown
        return health_trend

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
