from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCreate")
_ProductCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "sku",
        "sku_type",
        "payable_company_id",
        "name",
        "unit",
        "default_rate",
        "status",
        "description",
        "cloud_platform",
    )
)


@_attrs_define
class ProductCreate:
    """A new product.

    Attributes:
        sku (str):
        sku_type (SkuType): A product's kind.
        payable_company_id (int):
        name (str):
        unit (str):
        default_rate (Rate): A rate.
        status (ProductStatus):
        description (str | Unset):
        cloud_platform (CloudPlatform | Unset): Where a product runs.
    """

    sku: str
    sku_type: SkuType
    payable_company_id: int
    name: str
    unit: str
    default_rate: Rate
    status: ProductStatus
    description: str | Unset = UNSET
    cloud_platform: CloudPlatform | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        sku_type = self.sku_type.to_dict()

        payable_company_id = self.payable_company_id

        name = self.name

        unit = self.unit

        default_rate = self.default_rate.to_dict()

        status = self.status.value

        description = self.description

        cloud_platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_platform, Unset):
            cloud_platform = self.cloud_platform.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "sku_type": sku_type,
                "payable_company_id": payable_company_id,
                "name": name,
                "unit": unit,
                "default_rate": default_rate,
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if cloud_platform is not UNSET:
            field_dict["cloud_platform"] = cloud_platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sku = d["sku"]

        sku_type = SkuType.from_dict(object_member(d["sku_type"], "sku_type"))

        payable_company_id = d["payable_company_id"]

        name = d["name"]

        unit = d["unit"]

        default_rate = Rate.from_dict(object_member(d["default_rate"], "default_rate"))

        status = ProductStatus(d["status"])

        description = d.get("description", UNSET)

        _cloud_platform = d.get("cloud_platform", UNSET)
        cloud_platform: CloudPlatform | Unset
        if isinstance(_cloud_platform, Unset):
            cloud_platform = UNSET
        else:
            cloud_platform = CloudPlatform.from_dict(object_member(_cloud_platform, "cloud_platform"))

        product_create = cls(
            sku=sku,
            sku_type=sku_type,
            payable_company_id=payable_company_id,
            name=name,
            unit=unit,
            default_rate=default_rate,
            status=status,
            description=description,
            cloud_platform=cloud_platform,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ProductCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _ProductCreate_MEMBERS}
        )
        product_create.additional_properties = unknown
        return product_create

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
