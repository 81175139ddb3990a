from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataShopRequest")
_DataShopRequest_MEMBERS: frozenset[str] = frozenset(
    (
        "hostname",
        "fe_manifest",
    )
)


@_attrs_define
class DataShopRequest:
    """A data shop to create or change.

    Attributes:
        hostname (str): The shop's hostname (trimmed, non-empty).
        fe_manifest (DataShopRequestFeManifest | Unset): Any JSON object; its shape is the front end's business.
    """

    hostname: str
    fe_manifest: DataShopRequestFeManifest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        fe_manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fe_manifest, Unset):
            fe_manifest = self.fe_manifest.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
            }
        )
        if fe_manifest is not UNSET:
            field_dict["fe_manifest"] = fe_manifest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        hostname = d["hostname"]

        _fe_manifest = d.get("fe_manifest", UNSET)
        fe_manifest: DataShopRequestFeManifest | Unset
        if isinstance(_fe_manifest, Unset):
            fe_manifest = UNSET
        else:
            fe_manifest = DataShopRequestFeManifest.from_dict(object_member(_fe_manifest, "fe_manifest"))

        data_shop_request = cls(
            hostname=hostname,
            fe_manifest=fe_manifest,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DataShopRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _DataShopRequest_MEMBERS}
        )
        data_shop_request.additional_properties = unknown
        return data_shop_request

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


from ..models.data_shop_request_fe_manifest import DataShopRequestFeManifest
