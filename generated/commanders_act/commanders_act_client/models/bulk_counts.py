from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkCounts")
_BulkCounts_MEMBERS: frozenset[str] = frozenset(
    (
        "accepted_object_count",
        "rejected_object_count",
    )
)


@_attrs_define
class BulkCounts:
    """How many objects of a bulk operation were accepted and rejected.

    Attributes:
        accepted_object_count (int | Unset):
        rejected_object_count (int | Unset):
    """

    accepted_object_count: int | Unset = UNSET
    rejected_object_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        accepted_object_count = self.accepted_object_count

        rejected_object_count = self.rejected_object_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_object_count is not UNSET:
            field_dict["accepted_object_count"] = accepted_object_count
        if rejected_object_count is not UNSET:
            field_dict["rejected_object_count"] = rejected_object_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        accepted_object_count = d.get("accepted_object_count", UNSET)

        rejected_object_count = d.get("rejected_object_count", UNSET)

        bulk_counts = cls(
            accepted_object_count=accepted_object_count,
            rejected_object_count=rejected_object_count,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _BulkCounts_MEMBERS
            else {key: value for key, value in d.items() if key not in _BulkCounts_MEMBERS}
        )
        bulk_counts.additional_properties = unknown
        return bulk_counts

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
