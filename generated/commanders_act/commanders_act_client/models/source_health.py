from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceHealth")
_SourceHealth_MEMBERS: frozenset[str] = frozenset(
    (
        "total",
        "success",
        "fail",
        "trends",
    )
)


@_attrs_define
class SourceHealth:
    """How the source's events fared: totals of successes and failures, and their trends.

    Attributes:
        total (int | Unset):
        success (SourceHealthSuccess | Unset):
        fail (SourceHealthFail | Unset):
        trends (SourceHealthTrends | Unset):
    """

    total: int | Unset = UNSET
    success: SourceHealthSuccess | Unset = UNSET
    fail: SourceHealthFail | Unset = UNSET
    trends: SourceHealthTrends | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        success: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success.to_dict()

        fail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fail, Unset):
            fail = self.fail.to_dict()

        trends: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trends, Unset):
            trends = self.trends.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if success is not UNSET:
            field_dict["success"] = success
        if fail is not UNSET:
            field_dict["fail"] = fail
        if trends is not UNSET:
            field_dict["trends"] = trends

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total = d.get("total", UNSET)

        _success = d.get("success", UNSET)
        success: SourceHealthSuccess | Unset
        if isinstance(_success, Unset):
            success = UNSET
        else:
            success = SourceHealthSuccess.from_dict(object_member(_success, "success"))

        _fail = d.get("fail", UNSET)
        fail: SourceHealthFail | Unset
        if isinstance(_fail, Unset):
            fail = UNSET
        else:
            fail = SourceHealthFail.from_dict(object_member(_fail, "fail"))

        _trends = d.get("trends", UNSET)
        trends: SourceHealthTrends | Unset
        if isinstance(_trends, Unset):
            trends = UNSET
        else:
            trends = SourceHealthTrends.from_dict(object_member(_trends, "trends"))

        source_health = cls(
            total=total,
            success=success,
            fail=fail,
            trends=trends,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceHealth_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceHealth_MEMBERS}
        )
        source_health.additional_properties = unknown
        return source_health

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


from ..models.source_health_fail import SourceHealthFail
from ..models.source_health_success import SourceHealthSuccess
from ..models.source_health_trends import SourceHealthTrends
