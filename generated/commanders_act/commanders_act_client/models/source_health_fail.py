from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceHealthFail")
_SourceHealthFail_MEMBERS: frozenset[str] = frozenset(
    (
        "rejected",
        "error",
    )
)


@_attrs_define
class SourceHealthFail:
    """
    Attributes:
        rejected (HealthCount | Unset):
        error (HealthCount | Unset):
    """

    rejected: HealthCount | Unset = UNSET
    error: HealthCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        rejected: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejected, Unset):
            rejected = self.rejected.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _rejected = d.get("rejected", UNSET)
        rejected: HealthCount | Unset
        if isinstance(_rejected, Unset):
            rejected = UNSET
        else:
            rejected = HealthCount.from_dict(object_member(_rejected, "rejected"))

        _error = d.get("error", UNSET)
        error: HealthCount | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = HealthCount.from_dict(object_member(_error, "error"))

        source_health_fail = cls(
            rejected=rejected,
            error=error,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceHealthFail_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceHealthFail_MEMBERS}
        )
        source_health_fail.additional_properties = unknown
        return source_health_fail

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


from ..models.health_count import HealthCount
