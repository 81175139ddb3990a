from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataStreamContent")
_DataStreamContent_MEMBERS: frozenset[str] = frozenset(
    (
        "description",
        "icon",
        "sections",
    )
)


@_attrs_define
class DataStreamContent:
    """A data stream's presentation.

    Attributes:
        description (str | Unset):
        icon (None | str | Unset):
        sections (list[DataStreamContentSectionsItem] | Unset): Free-form sections, shaped by the front end.
    """

    description: str | Unset = UNSET
    icon: None | str | Unset = UNSET
    sections: list[DataStreamContentSectionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description = d.get("description", UNSET)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        icon = _parse_icon(d.get("icon", UNSET))

        _sections = d.get("sections", UNSET)
        sections: list[DataStreamContentSectionsItem] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in array_member(_sections, "sections"):
                sections_item = DataStreamContentSectionsItem.from_dict(
                    object_member(sections_item_data, "sections_item")
                )

                sections.append(sections_item)

        data_stream_content = cls(
            description=description,
            icon=icon,
            sections=sections,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DataStreamContent_MEMBERS
            else {key: value for key, value in d.items() if key not in _DataStreamContent_MEMBERS}
        )
        data_stream_content.additional_properties = unknown
        return data_stream_content

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


from ..models.data_stream_content_sections_item import DataStreamContentSectionsItem
