from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductUpdate")
_ProductUpdate_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "cloud_platform",
        "default_rate",
        "status",
        "unit",
    )
)


@_attrs_define
class ProductUpdate:
    """The product's fields to change.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        cloud_platform (CloudPlatform | Unset): Where a product runs.
        default_rate (Rate | Unset): A rate.
        status (ProductStatus | Unset):
        unit (str | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    cloud_platform: CloudPlatform | Unset = UNSET
    default_rate: Rate | Unset = UNSET
    status: ProductStatus | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        cloud_platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_platform, Unset):
            cloud_platform = self.cloud_platform.to_dict()

        default_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_rate, Unset):
            default_rate = self.default_rate.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if cloud_platform is not UNSET:
            field_dict["cloud_platform"] = cloud_platform
        if default_rate is not UNSET:
            field_dict["default_rate"] = default_rate
        if status is not UNSET:
            field_dict["status"] = status
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _cloud_platform = d.get("cloud_platform", UNSET)
        cloud_platform: CloudPlatform | Unset
        if isinstance(_cloud_platform, Unset):
            cloud_platform = UNSET
        else:
            cloud_platform = CloudPlatform.from_dict(object_member(_cloud_platform, "cloud_platform"))

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

        unit = d.get("unit", UNSET)

        product_update = cls(
            name=name,
            description=description,
            cloud_platform=cloud_platform,
            default_rate=default_rate,
            status=status,
            unit=unit,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ProductUpdate_MEMBERS
            else {key: value for key, value in d.items() if key not in _ProductUpdate_MEMBERS}
        )
        product_update.additional_properties = unknown
        return product_update

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
