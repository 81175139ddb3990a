from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="MergeSegment")
_MergeSegment_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "window",
        "take",
    )
)


@_attrs_define
class MergeSegment:
    """One segment of a file's records.

    Attributes:
        name (str): The segment's name.
        window (int): How many records the segment covers.
        take (Take): How records are picked from within a segment's window.
    """

    name: str
    window: int
    take: Take
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        window = self.window

        take = self.take.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "window": window,
                "take": take,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        window = d["window"]

        take = Take.from_dict(object_member(d["take"], "take"))

        merge_segment = cls(
            name=name,
            window=window,
            take=take,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MergeSegment_MEMBERS
            else {key: value for key, value in d.items() if key not in _MergeSegment_MEMBERS}
        )
        merge_segment.additional_properties = unknown
        return merge_segment

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


from ..models.take import Take
