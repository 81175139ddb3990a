from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="CostForecastCostSourcesItem")
_CostForecastCostSourcesItem_MEMBERS: frozenset[str] = frozenset(
    (
        "source",
        "rows",
        "size",
    )
)


@_attrs_define
class CostForecastCostSourcesItem:
    """
    Attributes:
        source (CostForecastCostSourcesItemSource | Unset):
        rows (int | Unset):
        size (int | Unset):
    """

    source: CostForecastCostSourcesItemSource | Unset = UNSET
    rows: int | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        rows = self.rows

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if rows is not UNSET:
            field_dict["rows"] = rows
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _source = d.get("source", UNSET)
        source: CostForecastCostSourcesItemSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CostForecastCostSourcesItemSource.from_dict(object_member(_source, "source"))

        rows = d.get("rows", UNSET)

        size = d.get("size", UNSET)

        cost_forecast_cost_sources_item = cls(
            source=source,
            rows=rows,
            size=size,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CostForecastCostSourcesItem_MEMBERS
            else {key: value for key, value in d.items() if key not in _CostForecastCostSourcesItem_MEMBERS}
        )
        cost_forecast_cost_sources_item.additional_properties = unknown
        return cost_forecast_cost_sources_item

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


from ..models.cost_forecast_cost_sources_item_source import CostForecastCostSourcesItemSource
