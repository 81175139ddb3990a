from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="CostForecastCost")
_CostForecastCost_MEMBERS: frozenset[str] = frozenset(
    (
        "rows",
        "size",
        "sources",
    )
)


@_attrs_define
class CostForecastCost:
    """
    Attributes:
        rows (int | Unset):
        size (int | Unset): Bytes.
        sources (list[CostForecastCostSourcesItem] | Unset):
    """

    rows: int | Unset = UNSET
    size: int | Unset = UNSET
    sources: list[CostForecastCostSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        rows = self.rows

        size = self.size

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rows is not UNSET:
            field_dict["rows"] = rows
        if size is not UNSET:
            field_dict["size"] = size
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rows = d.get("rows", UNSET)

        size = d.get("size", UNSET)

        _sources = d.get("sources", UNSET)
        sources: list[CostForecastCostSourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in array_member(_sources, "sources"):
                sources_item = CostForecastCostSourcesItem.from_dict(object_member(sources_item_data, "sources_item"))

                sources.append(sources_item)

        cost_forecast_cost = cls(
            rows=rows,
            size=size,
            sources=sources,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CostForecastCost_MEMBERS
            else {key: value for key, value in d.items() if key not in _CostForecastCost_MEMBERS}
        )
        cost_forecast_cost.additional_properties = unknown
        return cost_forecast_cost

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


from ..models.cost_forecast_cost_sources_item import CostForecastCostSourcesItem
