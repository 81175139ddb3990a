from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogoUploadRequest")
_LogoUploadRequest_MEMBERS: frozenset[str] = frozenset(("image_name",))


@_attrs_define
class LogoUploadRequest:
    """The logo to upload.

    Attributes:
        image_name (str | Unset): The logo file's name.
    """

    image_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        image_name = self.image_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_name is not UNSET:
            field_dict["image_name"] = image_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        image_name = d.get("image_name", UNSET)

        logo_upload_request = cls(
            image_name=image_name,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _LogoUploadRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _LogoUploadRequest_MEMBERS}
        )
        logo_upload_request.additional_properties = unknown
        return logo_upload_request

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
