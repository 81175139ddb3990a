from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr

T = TypeVar("T", bound="StatsColumns")
_StatsColumns_MEMBERS: frozenset[str] = frozenset(("columns",))


@_attrs_define
class StatsColumns:
    """The columns a statistic is computed for.

    Attributes:
        columns (list[str]):
    """

    columns: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        columns = cast("list[str]", array_member(d["columns"], "columns"))

        stats_columns = cls(
            columns=columns,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _StatsColumns_MEMBERS
            else {key: value for key, value in d.items() if key not in _StatsColumns_MEMBERS}
        )
        stats_columns.additional_properties = unknown
        return stats_columns

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
