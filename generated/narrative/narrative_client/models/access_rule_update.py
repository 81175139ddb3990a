from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..models.access_rule_status import AccessRuleStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRuleUpdate")
_AccessRuleUpdate_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "display_name",
        "description",
        "tags",
        "collaborators",
        "image",
        "status",
        "price_cpm_usd",
    )
)


@_attrs_define
class AccessRuleUpdate:
    """The fields of an access rule to change; those left out stay as they are.

    Attributes:
        name (str | Unset): Unique, not equal to any dataset's name; letters, digits and underscores, at most 256
            characters.
        display_name (str | Unset): A non-empty display name, under 1000 characters.
        description (str | Unset): A human-friendly description.
        tags (list[str] | Unset):
        collaborators (CompanyConstraint | Unset): A constraint naming which companies something applies to, or does not
            apply to.
        image (str | Unset): The URL of an image, under 1000 characters, starting with `https://` and ending with one of
            jpg, apng,
            jpeg, jfif, pjpeg, webp, pjp, svg, avif, png, gif, bmp, tiff.
        status (AccessRuleStatus | Unset): Whether the access rule is in use.
        price_cpm_usd (float | Unset): What a buyer pays for 1,000 matching rows (CPM), in US dollars.
    """

    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    collaborators: CompanyConstraint | Unset = UNSET
    image: str | Unset = UNSET
    status: AccessRuleStatus | Unset = UNSET
    price_cpm_usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        collaborators: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = self.collaborators.to_dict()

        image = self.image

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        price_cpm_usd = self.price_cpm_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if image is not UNSET:
            field_dict["image"] = image
        if status is not UNSET:
            field_dict["status"] = status
        if price_cpm_usd is not UNSET:
            field_dict["price_cpm_usd"] = price_cpm_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        display_name = d.get("display_name", UNSET)

        description = d.get("description", UNSET)

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        _collaborators = d.get("collaborators", UNSET)
        collaborators: CompanyConstraint | Unset
        if isinstance(_collaborators, Unset):
            collaborators = UNSET
        else:
            collaborators = CompanyConstraint.from_dict(object_member(_collaborators, "collaborators"))

        image = d.get("image", UNSET)

        _status = d.get("status", UNSET)
        status: AccessRuleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccessRuleStatus(_status)

        price_cpm_usd = d.get("price_cpm_usd", UNSET)

        access_rule_update = cls(
            name=name,
            display_name=display_name,
            description=description,
            tags=tags,
            collaborators=collaborators,
            image=image,
            status=status,
            price_cpm_usd=price_cpm_usd,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AccessRuleUpdate_MEMBERS
            else {key: value for key, value in d.items() if key not in _AccessRuleUpdate_MEMBERS}
        )
        access_rule_update.additional_properties = unknown
        return access_rule_update

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


from ..models.company_constraint import CompanyConstraint
