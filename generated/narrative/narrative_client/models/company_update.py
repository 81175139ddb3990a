from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.company_update_status import CompanyUpdateStatus
from ..models.company_update_visibility import CompanyUpdateVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyUpdate")
_CompanyUpdate_MEMBERS: frozenset[str] = frozenset(
    (
        "company_id",
        "name",
        "slug",
        "short_description",
        "long_description",
        "image_url",
        "location",
        "size",
        "website",
        "contact_email",
        "twitter_link",
        "linkedin_link",
        "visibility",
        "status",
    )
)


@_attrs_define
class CompanyUpdate:
    """The company's new profile. `slug` can change only once, from null; leaving it out means null. `status` can
    go from `pending` to `active`, not back.

        Attributes:
            company_id (int | Unset): The company's id.
            name (str | Unset): The company's name.
            slug (None | str | Unset): The company's slug; it can be set only once (from null).
            short_description (str | Unset):
            long_description (str | Unset):
            image_url (None | str | Unset): The URL of the company's logo.
            location (None | str | Unset):
            size (None | str | Unset): The number of employees.
            website (None | str | Unset):
            contact_email (None | str | Unset):
            twitter_link (None | str | Unset):
            linkedin_link (None | str | Unset):
            visibility (CompanyUpdateVisibility | Unset):
            status (CompanyUpdateStatus | Unset):
    """

    company_id: int | Unset = UNSET
    name: str | Unset = UNSET
    slug: None | str | Unset = UNSET
    short_description: str | Unset = UNSET
    long_description: str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    twitter_link: None | str | Unset = UNSET
    linkedin_link: None | str | Unset = UNSET
    visibility: CompanyUpdateVisibility | Unset = UNSET
    status: CompanyUpdateStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        name = self.name

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        short_description = self.short_description

        long_description = self.long_description

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        twitter_link: None | str | Unset
        if isinstance(self.twitter_link, Unset):
            twitter_link = UNSET
        else:
            twitter_link = self.twitter_link

        linkedin_link: None | str | Unset
        if isinstance(self.linkedin_link, Unset):
            linkedin_link = UNSET
        else:
            linkedin_link = self.linkedin_link

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if long_description is not UNSET:
            field_dict["long_description"] = long_description
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if location is not UNSET:
            field_dict["location"] = location
        if size is not UNSET:
            field_dict["size"] = size
        if website is not UNSET:
            field_dict["website"] = website
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if twitter_link is not UNSET:
            field_dict["twitter_link"] = twitter_link
        if linkedin_link is not UNSET:
            field_dict["linkedin_link"] = linkedin_link
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        company_id = d.get("company_id", UNSET)

        name = d.get("name", UNSET)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        slug = _parse_slug(d.get("slug", UNSET))

        short_description = d.get("short_description", UNSET)

        long_description = d.get("long_description", UNSET)

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        image_url = _parse_image_url(d.get("image_url", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        location = _parse_location(d.get("location", UNSET))

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        size = _parse_size(d.get("size", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        website = _parse_website(d.get("website", UNSET))

        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        contact_email = _parse_contact_email(d.get("contact_email", UNSET))

        def _parse_twitter_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        twitter_link = _parse_twitter_link(d.get("twitter_link", UNSET))

        def _parse_linkedin_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        linkedin_link = _parse_linkedin_link(d.get("linkedin_link", UNSET))

        _visibility = d.get("visibility", UNSET)
        visibility: CompanyUpdateVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = CompanyUpdateVisibility(_visibility)

        _status = d.get("status", UNSET)
        status: CompanyUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CompanyUpdateStatus(_status)

        company_update = cls(
            company_id=company_id,
            name=name,
            slug=slug,
            short_description=short_description,
            long_description=long_description,
            image_url=image_url,
            location=location,
            size=size,
            website=website,
            contact_email=contact_email,
            twitter_link=twitter_link,
            linkedin_link=linkedin_link,
            visibility=visibility,
            status=status,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CompanyUpdate_MEMBERS
            else {key: value for key, value in d.items() if key not in _CompanyUpdate_MEMBERS}
        )
        company_update.additional_properties = unknown
        return company_update

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
