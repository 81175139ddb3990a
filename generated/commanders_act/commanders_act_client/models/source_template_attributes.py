from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceTemplateAttributes")
_SourceTemplateAttributes_MEMBERS: frozenset[str] = frozenset(
    (
        "label",
        "icon",
        "template",
        "trigger_type",
    )
)


@_attrs_define
class SourceTemplateAttributes:
    """
    Attributes:
        label (str | Unset):
        icon (str | Unset): The icon's URL (scheme-relative, as the document shows it).
        template (str | Unset):
        trigger_type (str | Unset):
    """

    label: str | Unset = UNSET
    icon: str | Unset = UNSET
    template: str | Unset = UNSET
    trigger_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        icon = self.icon

        template = self.template

        trigger_type = self.trigger_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if icon is not UNSET:
            field_dict["icon"] = icon
        if template is not UNSET:
            field_dict["template"] = template
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        label = d.get("label", UNSET)

        icon = d.get("icon", UNSET)

        template = d.get("template", UNSET)

        trigger_type = d.get("trigger_type", UNSET)

        source_template_attributes = cls(
            label=label,
            icon=icon,
            template=template,
            trigger_type=trigger_type,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceTemplateAttributes_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceTemplateAttributes_MEMBERS}
        )
        source_template_attributes.additional_properties = unknown
        return source_template_attributes

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
