from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceHealthSuccess")
_SourceHealthSuccess_MEMBERS: frozenset[str] = frozenset(
    (
        "immediate",
        "retry",
    )
)


@_attrs_define
class SourceHealthSuccess:
    """
    Attributes:
        immediate (HealthCount | Unset):
        retry (HealthCount | Unset):
    """

    immediate: HealthCount | Unset = UNSET
    retry: HealthCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        immediate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.immediate, Unset):
            immediate = self.immediate.to_dict()

        retry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry, Unset):
            retry = self.retry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if immediate is not UNSET:
            field_dict["immediate"] = immediate
        if retry is not UNSET:
            field_dict["retry"] = retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _immediate = d.get("immediate", UNSET)
        immediate: HealthCount | Unset
        if isinstance(_immediate, Unset):
            immediate = UNSET
        else:
            immediate = HealthCount.from_dict(object_member(_immediate, "immediate"))

        _retry = d.get("retry", UNSET)
        retry: HealthCount | Unset
        if isinstance(_retry, Unset):
            retry = UNSET
        else:
            retry = HealthCount.from_dict(object_member(_retry, "retry"))

        source_health_success = cls(
            immediate=immediate,
            retry=retry,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceHealthSuccess_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceHealthSuccess_MEMBERS}
        )
        source_health_success.additional_properties = unknown
        return source_health_success

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
