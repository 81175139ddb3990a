from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaPresetCreate")
_SchemaPresetCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "tags",
        "details",
        "description",
        "based_on_preset_id",
        "icon",
        "display_color",
        "banner_image",
    )
)


@_attrs_define
class SchemaPresetCreate:
    """A new schema preset.

    Attributes:
        name (str): The preset's name.
        tags (list[str]): Tags; may be empty.
        details (SchemaPresetDetails): The attributes and fields a preset selects.
        description (str | Unset): A long description.
        based_on_preset_id (int | None | Unset): The preset this one is based on.
        icon (str | Unset): The URL of an icon.
        display_color (str | Unset): A background colour, in hex (e.g. `#FFFFFF`).
        banner_image (str | Unset): The URL of a banner image.
    """

    name: str
    tags: list[str]
    details: SchemaPresetDetails
    description: str | Unset = UNSET
    based_on_preset_id: int | None | Unset = UNSET
    icon: str | Unset = UNSET
    display_color: str | Unset = UNSET
    banner_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags = self.tags

        details = self.details.to_dict()

        description = self.description

        based_on_preset_id: int | None | Unset
        if isinstance(self.based_on_preset_id, Unset):
            based_on_preset_id = UNSET
        else:
            based_on_preset_id = self.based_on_preset_id

        icon = self.icon

        display_color = self.display_color

        banner_image = self.banner_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tags": tags,
                "details": details,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if based_on_preset_id is not UNSET:
            field_dict["based_on_preset_id"] = based_on_preset_id
        if icon is not UNSET:
            field_dict["icon"] = icon
        if display_color is not UNSET:
            field_dict["display_color"] = display_color
        if banner_image is not UNSET:
            field_dict["banner_image"] = banner_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        tags = cast("list[str]", array_member(d["tags"], "tags"))

        details = SchemaPresetDetails.from_dict(object_member(d["details"], "details"))

        description = d.get("description", UNSET)

        def _parse_based_on_preset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        based_on_preset_id = _parse_based_on_preset_id(d.get("based_on_preset_id", UNSET))

        icon = d.get("icon", UNSET)

        display_color = d.get("display_color", UNSET)

        banner_image = d.get("banner_image", UNSET)

        schema_preset_create = cls(
            name=name,
            tags=tags,
            details=details,
            description=description,
            based_on_preset_id=based_on_preset_id,
            icon=icon,
            display_color=display_color,
            banner_image=banner_image,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SchemaPresetCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _SchemaPresetCreate_MEMBERS}
        )
        schema_preset_create.additional_properties = unknown
        return schema_preset_create

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


from ..models.schema_preset_details import SchemaPresetDetails
