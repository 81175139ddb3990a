from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecalculationRequest")
_RecalculationRequest_MEMBERS: frozenset[str] = frozenset(("from_snapshot",))


@_attrs_define
class RecalculationRequest:
    """The range to recalculate.

    Attributes:
        from_snapshot (str | Unset): Where the recalculation starts (a snapshot id).
    """

    from_snapshot: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from_snapshot = self.from_snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_snapshot is not UNSET:
            field_dict["from_snapshot"] = from_snapshot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        from_snapshot = d.get("from_snapshot", UNSET)

        recalculation_request = cls(
            from_snapshot=from_snapshot,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RecalculationRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _RecalculationRequest_MEMBERS}
        )
        recalculation_request.additional_properties = unknown
        return recalculation_request

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
