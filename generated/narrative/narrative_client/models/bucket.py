from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Bucket")
_Bucket_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "company_id",
        "auth",
        "created_at",
        "updated_at",
        "is_access_mutable",
    )
)


@_attrs_define
class Bucket:
    """An AWS S3 bucket managed by Narrative for a company.

    Attributes:
        id (UUID):
        name (str):
        company_id (int | Unset):
        auth (BucketAuth | Unset): How the bucket is reached.
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        updated_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        is_access_mutable (bool | Unset): Whether the access type can be changed.
    """

    id: UUID
    name: str
    company_id: int | Unset = UNSET
    auth: BucketAuth | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    is_access_mutable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        company_id = self.company_id

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        is_access_mutable = self.is_access_mutable

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
        if auth is not UNSET:
            field_dict["auth"] = auth
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_access_mutable is not UNSET:
            field_dict["is_access_mutable"] = is_access_mutable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]

        company_id = d.get("company_id", UNSET)

        _auth = d.get("auth", UNSET)
        auth: BucketAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = BucketAuth.from_dict(object_member(_auth, "auth"))

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

        def _parse_updated_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "updated_at", (str,)))

        updated_at = _parse_updated_at(d.get("updated_at", UNSET))

        is_access_mutable = d.get("is_access_mutable", UNSET)

        bucket = cls(
            id=id,
            name=name,
            company_id=company_id,
            auth=auth,
            created_at=created_at,
            updated_at=updated_at,
            is_access_mutable=is_access_mutable,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Bucket_MEMBERS
            else {key: value for key, value in d.items() if key not in _Bucket_MEMBERS}
        )
        bucket.additional_properties = unknown
        return bucket

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


from ..models.bucket_auth import BucketAuth
