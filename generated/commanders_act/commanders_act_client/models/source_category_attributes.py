from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceCategoryAttributes")
_SourceCategoryAttributes_MEMBERS: frozenset[str] = frozenset(
    (
        "label",
        "position",
        "types",
    )
)


@_attrs_define
class SourceCategoryAttributes:
    """
    Attributes:
        label (str | Unset):
        position (int | Unset): Where the category comes in lists.
        types (list[str] | Unset): What the category's templates can be used as (`source`, `destination`).
    """

    label: str | Unset = UNSET
    position: int | Unset = UNSET
    types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        position = self.position

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if position is not UNSET:
            field_dict["position"] = position
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        label = d.get("label", UNSET)

        position = d.get("position", UNSET)

        _types = d.get("types", UNSET)
        types = UNSET if _types is UNSET else cast("list[str]", array_member(_types, "types"))

        source_category_attributes = cls(
            label=label,
            position=position,
            types=types,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceCategoryAttributes_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceCategoryAttributes_MEMBERS}
        )
        source_category_attributes.additional_properties = unknown
        return source_category_attributes

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
