from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnReference")
_ColumnReference_MEMBERS: frozenset[str] = frozenset(
    (
        "column_names",
        "dataset_id",
    )
)


@_attrs_define
class ColumnReference:
    """Columns of a dataset.

    Attributes:
        column_names (list[str]):
        dataset_id (int | Unset):
    """

    column_names: list[str]
    dataset_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        column_names = self.column_names

        dataset_id = self.dataset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column_names": column_names,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        column_names = cast("list[str]", array_member(d["column_names"], "column_names"))

        dataset_id = d.get("dataset_id", UNSET)

        column_reference = cls(
            column_names=column_names,
            dataset_id=dataset_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ColumnReference_MEMBERS
            else {key: value for key, value in d.items() if key not in _ColumnReference_MEMBERS}
        )
        column_reference.additional_properties = unknown
        return column_reference

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
