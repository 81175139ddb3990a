from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryDownloadRequest")
_DeliveryDownloadRequest_MEMBERS: frozenset[str] = frozenset(
    (
        "transaction_batch_id",
        "file",
        "file_name_override",
    )
)


@_attrs_define
class DeliveryDownloadRequest:
    """A delivered file to download.

    Attributes:
        transaction_batch_id (UUID): The delivery (fulfilment event) that produced the file.
        file (str): The delivered file's name.
        file_name_override (str | Unset): The name the downloaded file should have.
    """

    transaction_batch_id: UUID
    file: str
    file_name_override: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        transaction_batch_id = str(self.transaction_batch_id)

        file = self.file

        file_name_override = self.file_name_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_batch_id": transaction_batch_id,
                "file": file,
            }
        )
        if file_name_override is not UNSET:
            field_dict["file_name_override"] = file_name_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transaction_batch_id = UUID(d["transaction_batch_id"])

        file = d["file"]

        file_name_override = d.get("file_name_override", UNSET)

        delivery_download_request = cls(
            transaction_batch_id=transaction_batch_id,
            file=file,
            file_name_override=file_name_override,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DeliveryDownloadRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _DeliveryDownloadRequest_MEMBERS}
        )
        delivery_download_request.additional_properties = unknown
        return delivery_download_request

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
