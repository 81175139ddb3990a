from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Product")
_Product_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "sku",
        "sku_type",
        "payable_company_id",
        "name",
        "description",
        "cloud_platform",
        "unit",
        "default_rate",
        "status",
        "created_at",
        "created_by_user_id",
        "updated_at",
        "updated_by_user_id",
    )
)


@_attrs_define
class Product:
    """A product that Narrative charges for.

    Attributes:
        id (UUID):
        sku (str):
        sku_type (SkuType | Unset): A product's kind.
        payable_company_id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        cloud_platform (CloudPlatform | Unset): Where a product runs.
        unit (str | Unset):
        default_rate (Rate | Unset): A rate.
        status (ProductStatus | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        created_by_user_id (int | Unset):
        updated_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        updated_by_user_id (int | Unset):
    """

    id: UUID
    sku: str
    sku_type: SkuType | Unset = UNSET
    payable_company_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    cloud_platform: CloudPlatform | Unset = UNSET
    unit: str | Unset = UNSET
    default_rate: Rate | Unset = UNSET
    status: ProductStatus | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    created_by_user_id: int | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    updated_by_user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        sku = self.sku

        sku_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sku_type, Unset):
            sku_type = self.sku_type.to_dict()

        payable_company_id = self.payable_company_id

        name = self.name

        description = self.description

        cloud_platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_platform, Unset):
            cloud_platform = self.cloud_platform.to_dict()

        unit = self.unit

        default_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_rate, Unset):
            default_rate = self.default_rate.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by_user_id = self.created_by_user_id

        updated_at: str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by_user_id = self.updated_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sku": sku,
            }
        )
        if sku_type is not UNSET:
            field_dict["sku_type"] = sku_type
        if payable_company_id is not UNSET:
            field_dict["payable_company_id"] = payable_company_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if cloud_platform is not UNSET:
            field_dict["cloud_platform"] = cloud_platform
        if unit is not UNSET:
            field_dict["unit"] = unit
        if default_rate is not UNSET:
            field_dict["default_rate"] = default_rate
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by_user_id is not UNSET:
            field_dict["updated_by_user_id"] = updated_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        sku = d["sku"]

        _sku_type = d.get("sku_type", UNSET)
        sku_type: SkuType | Unset
        if isinstance(_sku_type, Unset):
            sku_type = UNSET
        else:
            sku_type = SkuType.from_dict(object_member(_sku_type, "sku_type"))

        payable_company_id = d.get("payable_company_id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _cloud_platform = d.get("cloud_platform", UNSET)
        cloud_platform: CloudPlatform | Unset
        if isinstance(_cloud_platform, Unset):
            cloud_platform = UNSET
        else:
            cloud_platform = CloudPlatform.from_dict(object_member(_cloud_platform, "cloud_platform"))

        unit = d.get("unit", UNSET)

        _default_rate = d.get("default_rate", UNSET)
        default_rate: Rate | Unset
        if isinstance(_default_rate, Unset):
            default_rate = UNSET
        else:
            default_rate = Rate.from_dict(object_member(_default_rate, "default_rate"))

        _status = d.get("status", UNSET)
        status: ProductStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProductStatus(_status)

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

        created_by_user_id = d.get("created_by_user_id", UNSET)

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

        updated_by_user_id = d.get("updated_by_user_id", UNSET)

        product = cls(
            id=id,
            sku=sku,
            sku_type=sku_type,
            payable_company_id=payable_company_id,
            name=name,
            description=description,
            cloud_platform=cloud_platform,
            unit=unit,
            default_rate=default_rate,
            status=status,
            created_at=created_at,
            created_by_user_id=created_by_user_id,
            updated_at=updated_at,
            updated_by_user_id=updated_by_user_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Product_MEMBERS
            else {key: value for key, value in d.items() if key not in _Product_MEMBERS}
        )
        product.additional_properties = unknown
        return product

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


from ..models.cloud_platform import CloudPlatform
from ..models.rate import Rate
from ..models.sku_type import SkuType
