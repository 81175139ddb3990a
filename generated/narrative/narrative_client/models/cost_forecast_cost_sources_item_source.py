from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CostForecastCostSourcesItemSource")
_CostForecastCostSourcesItemSource_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "dataset_id",
    )
)


@_attrs_define
class CostForecastCostSourcesItemSource:
    """
    Attributes:
        type_ (str):
        dataset_id (int | Unset):
    """

    type_: str
    dataset_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        dataset_id = self.dataset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        dataset_id = d.get("dataset_id", UNSET)

        cost_forecast_cost_sources_item_source = cls(
            type_=type_,
            dataset_id=dataset_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CostForecastCostSourcesItemSource_MEMBERS
            else {key: value for key, value in d.items() if key not in _CostForecastCostSourcesItemSource_MEMBERS}
        )
        cost_forecast_cost_sources_item_source.additional_properties = unknown
        return cost_forecast_cost_sources_item_source

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
