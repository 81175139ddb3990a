from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudPlatform")
_CloudPlatform_MEMBERS: frozenset[str] = frozenset(
    (
        "platform",
        "region",
    )
)


@_attrs_define
class CloudPlatform:
    """Where a product runs.

    Attributes:
        platform (str | Unset):
        region (str | Unset):
    """

    platform: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform is not UNSET:
            field_dict["platform"] = platform
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        platform = d.get("platform", UNSET)

        region = d.get("region", UNSET)

        cloud_platform = cls(
            platform=platform,
            region=region,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CloudPlatform_MEMBERS
            else {key: value for key, value in d.items() if key not in _CloudPlatform_MEMBERS}
        )
        cloud_platform.additional_properties = unknown
        return cloud_platform

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
