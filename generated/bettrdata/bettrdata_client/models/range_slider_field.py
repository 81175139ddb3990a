from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, array_member, json_kind, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="RangeSliderField")
_RangeSliderField_MEMBERS: frozenset[str] = frozenset(
    (
        "_id",
        "name",
        "displayType",
        "value",
        "groupTags",
        "showAsSingleSlider",
    )
)


@_attrs_define
class RangeSliderField:
    """A range slider. By default it matches values between `min` and `max`; with `showAsSingleSlider` it
    matches one value with an operator.

        Attributes:
            field_id (str): The ID of an existing BDS source field.
            name (str): That field's name.
            display_type (Literal['range-slider']):
            value (NumberComparison | NumberRange):
            group_tags (list[str] | Unset): Group tags. Filters that share a tag are combined with OR, across segments too;
                a filter may carry
                several tags.
            show_as_single_slider (bool | Unset): Show the slider as a single slider; `value` is then a `NumberComparison`.
    """

    field_id: str
    name: str
    display_type: Literal["range-slider"]
    value: NumberComparison | NumberRange
    group_tags: list[str] | Unset = UNSET
    show_as_single_slider: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        display_type = self.display_type

        value: dict[str, Any]
        if isinstance(self.value, NumberRange):
            value = self.value.to_dict()
        else:
            value = self.value.to_dict()

        group_tags: list[str] | Unset = UNSET
        if not isinstance(self.group_tags, Unset):
            group_tags = self.group_tags

        show_as_single_slider = self.show_as_single_slider

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
        if show_as_single_slider is not UNSET:
            field_dict["showAsSingleSlider"] = show_as_single_slider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_id = d["_id"]

        name = d["name"]

        display_type = cast(Literal["range-slider"], d["displayType"])
        if display_type != "range-slider":
            raise ValueError(f"displayType must match const 'range-slider', got '{display_type}'")

        def _parse_value(data: object) -> NumberComparison | NumberRange:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_0 = NumberRange.from_dict(object_member(data, "value_type_0"))

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("value", f"an object is due, the answer has {json_kind(data)}")
            value_type_1 = NumberComparison.from_dict(object_member(data, "value_type_1"))

            return value_type_1

        value = _parse_value(d["value"])

        _group_tags = d.get("groupTags", UNSET)
        group_tags = UNSET if _group_tags is UNSET else cast("list[str]", array_member(_group_tags, "groupTags"))

        show_as_single_slider = d.get("showAsSingleSlider", UNSET)

        range_slider_field = cls(
            field_id=field_id,
            name=name,
            display_type=display_type,
            value=value,
            group_tags=group_tags,
            show_as_single_slider=show_as_single_slider,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RangeSliderField_MEMBERS
            else {key: value for key, value in d.items() if key not in _RangeSliderField_MEMBERS}
        )
        range_slider_field.additional_properties = unknown
        return range_slider_field

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
from ..models.number_range import NumberRange
