from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="MergeDetails")
_MergeDetails_MEMBERS: frozenset[str] = frozenset(
    (
        "priority",
        "suppressPriorSelections",
        "segments",
        "tag",
    )
)


@_attrs_define
class MergeDetails:
    """How records are chosen within one input file, and how it relates to the others.

    Attributes:
        priority (int): The file's priority; lower values are processed first.
        suppress_prior_selections (bool | Unset): Skip records already selected from a higher-priority file. Default:
            True.
        segments (list[MergeSegment] | Unset): Ordered segments of the file's records.
        tag (Tag | Unset): The field a `JOIN` input fills in on union records, and the values it writes.
    """

    priority: int
    suppress_prior_selections: bool | Unset = True
    segments: list[MergeSegment] | Unset = UNSET
    tag: Tag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        priority = self.priority

        suppress_prior_selections = self.suppress_prior_selections

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "priority": priority,
            }
        )
        if suppress_prior_selections is not UNSET:
            field_dict["suppressPriorSelections"] = suppress_prior_selections
        if segments is not UNSET:
            field_dict["segments"] = segments
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        priority = d["priority"]

        suppress_prior_selections = d.get("suppressPriorSelections", UNSET)

        _segments = d.get("segments", UNSET)
        segments: list[MergeSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in array_member(_segments, "segments"):
                segments_item = MergeSegment.from_dict(object_member(segments_item_data, "segments_item"))

                segments.append(segments_item)

        _tag = d.get("tag", UNSET)
        tag: Tag | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = Tag.from_dict(object_member(_tag, "tag"))

        merge_details = cls(
            priority=priority,
            suppress_prior_selections=suppress_prior_selections,
            segments=segments,
            tag=tag,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MergeDetails_MEMBERS
            else {key: value for key, value in d.items() if key not in _MergeDetails_MEMBERS}
        )
        merge_details.additional_properties = unknown
        return merge_details

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


from ..models.merge_segment import MergeSegment
from ..models.tag import Tag
