from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="InferredSchema")
_InferredSchema_MEMBERS: frozenset[str] = frozenset(("schema",))


@_attrs_define
class InferredSchema:
    """The inferred dataset schema.

    Attributes:
        schema (DatasetSchema): The shape of a dataset's records (also used for access rules' and views' outputs).
    """

    schema: DatasetSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        schema = DatasetSchema.from_dict(object_member(d["schema"], "schema"))

        inferred_schema = cls(
            schema=schema,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _InferredSchema_MEMBERS
            else {key: value for key, value in d.items() if key not in _InferredSchema_MEMBERS}
        )
        inferred_schema.additional_properties = unknown
        return inferred_schema

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
