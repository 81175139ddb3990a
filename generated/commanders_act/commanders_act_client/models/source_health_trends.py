from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceHealthTrends")
_SourceHealthTrends_MEMBERS: frozenset[str] = frozenset(
    (
        "success",
        "fail",
    )
)


@_attrs_define
class SourceHealthTrends:
    """
    Attributes:
        success (HealthTrend | Unset):
        fail (HealthTrend | Unset):
    """

    success: HealthTrend | Unset = UNSET
    fail: HealthTrend | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success.to_dict()

        fail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fail, Unset):
            fail = self.fail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if fail is not UNSET:
            field_dict["fail"] = fail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _success = d.get("success", UNSET)
        success: HealthTrend | Unset
        if isinstance(_success, Unset):
            success = UNSET
        else:
            success = HealthTrend.from_dict(object_member(_success, "success"))

        _fail = d.get("fail", UNSET)
        fail: HealthTrend | Unset
        if isinstance(_fail, Unset):
            fail = UNSET
        else:
            fail = HealthTrend.from_dict(object_member(_fail, "fail"))

        source_health_trends = cls(
            success=success,
            fail=fail,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceHealthTrends_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceHealthTrends_MEMBERS}
        )
        source_health_trends.additional_properties = unknown
        return source_health_trends

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


from ..models.health_trend import HealthTrend
