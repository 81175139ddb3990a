from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaPreset")
_SchemaPreset_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "company_id",
        "created_at",
        "archived_at",
        "description",
        "based_on_preset_id",
        "icon",
        "display_color",
        "banner_image",
        "tags",
        "details",
        "scope",
        "status",
    )
)


@_attrs_define
class SchemaPreset:
    """A schema preset: a reusable selection of attributes and fields.

    Attributes:
        id (int):
        name (str): The preset's name.
        company_id (int | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        archived_at (datetime.datetime | None | str | Unset):
        description (str | Unset): A long description.
        based_on_preset_id (int | None | Unset): The preset this one is based on.
        icon (str | Unset): The URL of an icon.
        display_color (str | Unset): A background colour, in hex (e.g. `#FFFFFF`).
        banner_image (str | Unset): The URL of a banner image.
        tags (list[str] | Unset): Tags; may be empty.
        details (SchemaPresetDetails | Unset): The attributes and fields a preset selects.
        scope (str | Unset):
        status (str | Unset):
    """

    id: int
    name: str
    company_id: int | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    archived_at: datetime.datetime | None | str | Unset = UNSET
    description: str | Unset = UNSET
    based_on_preset_id: int | None | Unset = UNSET
    icon: str | Unset = UNSET
    display_color: str | Unset = UNSET
    banner_image: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    details: SchemaPresetDetails | Unset = UNSET
    scope: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        description = self.description

        based_on_preset_id: int | None | Unset
        if isinstance(self.based_on_preset_id, Unset):
            based_on_preset_id = UNSET
        else:
            based_on_preset_id = self.based_on_preset_id

        icon = self.icon

        display_color = self.display_color

        banner_image = self.banner_image

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        scope = self.scope

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
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
        if tags is not UNSET:
            field_dict["tags"] = tags
        if details is not UNSET:
            field_dict["details"] = details
        if scope is not UNSET:
            field_dict["scope"] = scope
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        company_id = d.get("company_id", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "created_at", (str,)))

        created_at = _parse_created_at(d.get("created_at", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | str | Unset", data)

        archived_at = _parse_archived_at(d.get("archived_at", UNSET))

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

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        _details = d.get("details", UNSET)
        details: SchemaPresetDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = SchemaPresetDetails.from_dict(object_member(_details, "details"))

        scope = d.get("scope", UNSET)

        status = d.get("status", UNSET)

        schema_preset = cls(
            id=id,
            name=name,
            company_id=company_id,
            created_at=created_at,
            archived_at=archived_at,
            description=description,
            based_on_preset_id=based_on_preset_id,
            icon=icon,
            display_color=display_color,
            banner_image=banner_image,
            tags=tags,
            details=details,
            scope=scope,
            status=status,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SchemaPreset_MEMBERS
            else {key: value for key, value in d.items() if key not in _SchemaPreset_MEMBERS}
        )
        schema_preset.additional_properties = unknown
        return schema_preset

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
