from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatsConfigSaved")
_StatsConfigSaved_MEMBERS: frozenset[str] = frozenset(
    (
        "version_id",
        "stream_id",
    )
)


@_attrs_define
class StatsConfigSaved:
    """The configuration version saved.

    Attributes:
        version_id (UUID):
        stream_id (UUID | Unset):
    """

    version_id: UUID
    stream_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        version_id = str(self.version_id)

        stream_id: str | Unset = UNSET
        if not isinstance(self.stream_id, Unset):
            stream_id = str(self.stream_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
            }
        )
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        version_id = UUID(d["version_id"])

        _stream_id = d.get("stream_id", UNSET)
        stream_id: UUID | Unset
        if isinstance(_stream_id, Unset):
            stream_id = UNSET
        else:
            stream_id = UUID(_stream_id)

        stats_config_saved = cls(
            version_id=version_id,
            stream_id=stream_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _StatsConfigSaved_MEMBERS
            else {key: value for key, value in d.items() if key not in _StatsConfigSaved_MEMBERS}
        )
        stats_config_saved.additional_properties = unknown
        return stats_config_saved

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
