from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogoUploadUrl")
_LogoUploadUrl_MEMBERS: frozenset[str] = frozenset(
    (
        "expiry",
        "content_type",
        "upload_url",
        "permanent_url",
    )
)


@_attrs_define
class LogoUploadUrl:
    """Where and how to upload a company logo.

    Attributes:
        expiry (datetime.datetime | str): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        content_type (str): The `Content-Type` header to send with the upload (part of the URL's signature).
        upload_url (str | Unset): A pre-signed URL to `PUT` the file to; valid for 30 minutes.
        permanent_url (str | Unset): The URL under which the logo stays available.
    """

    expiry: datetime.datetime | str
    content_type: str
    upload_url: str | Unset = UNSET
    permanent_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expiry: str
        if isinstance(self.expiry, datetime.datetime):
            expiry = self.expiry.isoformat()
        else:
            expiry = self.expiry

        content_type = self.content_type

        upload_url = self.upload_url

        permanent_url = self.permanent_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiry": expiry,
                "content_type": content_type,
            }
        )
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url
        if permanent_url is not UNSET:
            field_dict["permanent_url"] = permanent_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_expiry(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str", json_member(data, "expiry", (str,)))

        expiry = _parse_expiry(d["expiry"])

        content_type = d["content_type"]

        upload_url = d.get("upload_url", UNSET)

        permanent_url = d.get("permanent_url", UNSET)

        logo_upload_url = cls(
            expiry=expiry,
            content_type=content_type,
            upload_url=upload_url,
            permanent_url=permanent_url,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _LogoUploadUrl_MEMBERS
            else {key: value for key, value in d.items() if key not in _LogoUploadUrl_MEMBERS}
        )
        logo_upload_url.additional_properties = unknown
        return logo_upload_url

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
