from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberInputField")
_NumberInputField_MEMBERS: frozenset[str] = frozenset(
    (
        "_id",
        "name",
        "displayType",
        "value",
        "groupTags",
    )
)


@_attrs_define
class NumberInputField:
    """A number compared with an operator.

    Attributes:
        field_id (str): The ID of an existing BDS source field.
        name (str): That field's name.
        display_type (Literal['number-input']):
        value (NumberComparison): A value and the operator comparing the field with it.
        group_tags (list[str] | Unset): Group tags. Filters that share a tag are combined with OR, across segments too;
            a filter may carry
            several tags.
    """

    field_id: str
    name: str
    display_type: Literal["number-input"]
    value: NumberComparison
    group_tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        display_type = self.display_type

        value = self.value.to_dict()

        group_tags: list[str] | Unset = UNSET
        if not isinstance(self.group_tags, Unset):
            group_tags = self.group_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "displayType": display_type,
                "value": value,
            }
        )
        if group_tags is not UNSET:
            field_dict["groupTags"] = group_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_id = d["_id"]

        name = d["name"]

        display_type = cast(Literal["number-input"], d["displayType"])
        if display_type != "number-input":
            raise ValueError(f"displayType must match const 'number-input', got '{display_type}'")

        value = NumberComparison.from_dict(object_member(d["value"], "value"))

        _group_tags = d.get("groupTags", UNSET)
        group_tags = UNSET if _group_tags is UNSET else cast("list[str]", array_member(_group_tags, "groupTags"))

        number_input_field = cls(
            field_id=field_id,
            name=name,
            display_type=display_type,
            value=value,
            group_tags=group_tags,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _NumberInputField_MEMBERS
            else {key: value for key, value in d.items() if key not in _NumberInputField_MEMBERS}
        )
        number_input_field.additional_properties = unknown
        return number_input_field

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


from ..models.number_comparison import NumberComparison
