from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyInfo")
_CompanyInfo_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "short_description",
        "long_description",
        "company_type",
        "location",
        "size",
        "website",
        "created_at",
    )
)


@_attrs_define
class CompanyInfo:
    """A company's marketing information.

    Attributes:
        id (int):
        name (str):
        short_description (str | Unset):
        long_description (str | Unset):
        company_type (str | Unset):
        location (str | Unset):
        size (str | Unset):
        website (str | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    id: int
    name: str
    short_description: str | Unset = UNSET
    long_description: str | Unset = UNSET
    company_type: str | Unset = UNSET
    location: str | Unset = UNSET
    size: str | Unset = UNSET
    website: str | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        short_description = self.short_description

        long_description = self.long_description

        company_type = self.company_type

        location = self.location

        size = self.size

        website = self.website

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if long_description is not UNSET:
            field_dict["long_description"] = long_description
        if company_type is not UNSET:
            field_dict["company_type"] = company_type
        if location is not UNSET:
            field_dict["location"] = location
        if size is not UNSET:
            field_dict["size"] = size
        if website is not UNSET:
            field_dict["website"] = website
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        short_description = d.get("short_description", UNSET)

        long_description = d.get("long_description", UNSET)

        company_type = d.get("company_type", UNSET)

        location = d.get("location", UNSET)

        size = d.get("size", UNSET)

        website = d.get("website", UNSET)

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

        company_info = cls(
            id=id,
            name=name,
            short_description=short_description,
            long_description=long_description,
            company_type=company_type,
            location=location,
            size=size,
            website=website,
            created_at=created_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CompanyInfo_MEMBERS
            else {key: value for key, value in d.items() if key not in _CompanyInfo_MEMBERS}
        )
        company_info.additional_properties = unknown
        return company_info

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
