from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataShop")
_DataShop_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "hostname",
        "compan_id",
        "company_id",
        "manifest",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
    )
)


@_attrs_define
class DataShop:
    """A data shop: a branded storefront for a company's data streams.

    Attributes:
        id (UUID):
        hostname (str):
        compan_id (int | Unset): The owning company (the field name is spelled this way in the document).
        company_id (int | Unset): The owning company, if the API uses the regular spelling.
        manifest (DataShopManifest | Unset): The shop's manifest; holds the `fe_manifest` sent.
        created_by (int | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        updated_by (int | Unset):
        updated_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    id: UUID
    hostname: str
    compan_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    manifest: DataShopManifest | Unset = UNSET
    created_by: int | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    updated_by: int | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        hostname = self.hostname

        compan_id = self.compan_id

        company_id = self.company_id

        manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manifest, Unset):
            manifest = self.manifest.to_dict()

        created_by = self.created_by

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_by = self.updated_by

        updated_at: str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "hostname": hostname,
            }
        )
        if compan_id is not UNSET:
            field_dict["compan_id"] = compan_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if manifest is not UNSET:
            field_dict["manifest"] = manifest
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        hostname = d["hostname"]

        compan_id = d.get("compan_id", UNSET)

        company_id = d.get("company_id", UNSET)

        _manifest = d.get("manifest", UNSET)
        manifest: DataShopManifest | Unset
        if isinstance(_manifest, Unset):
            manifest = UNSET
        else:
            manifest = DataShopManifest.from_dict(object_member(_manifest, "manifest"))

        created_by = d.get("created_by", UNSET)

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

        updated_by = d.get("updated_by", UNSET)

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

        data_shop = cls(
            id=id,
            hostname=hostname,
            compan_id=compan_id,
            company_id=company_id,
            manifest=manifest,
            created_by=created_by,
            created_at=created_at,
            updated_by=updated_by,
            updated_at=updated_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DataShop_MEMBERS
            else {key: value for key, value in d.items() if key not in _DataShop_MEMBERS}
        )
        data_shop.additional_properties = unknown
        return data_shop

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


from ..models.data_shop_manifest import DataShopManifest
