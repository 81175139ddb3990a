from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DebugLogEntry")
_DebugLogEntry_MEMBERS: frozenset[str] = frozenset(
    (
        "time",
        "message",
        "_resourceId",
    )
)


@_attrs_define
class DebugLogEntry:
    """One entry of a connection's debug log.

    Attributes:
        time (datetime.datetime): When the entry was written.
        message (str): What happened (a request sent to the application and its answer's status, say).
        field_resource_id (str | Unset): An integrator.io identifier (a MongoDB ObjectId, 24 hexadecimal digits).
    """

    time: datetime.datetime
    message: str
    field_resource_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        time = self.time.isoformat()

        message = self.message

        field_resource_id = self.field_resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "message": message,
            }
        )
        if field_resource_id is not UNSET:
            field_dict["_resourceId"] = field_resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        time = datetime.datetime.fromisoformat(d["time"])

        message = d["message"]

        field_resource_id = d.get("_resourceId", UNSET)

        debug_log_entry = cls(
            time=time,
            message=message,
            field_resource_id=field_resource_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DebugLogEntry_MEMBERS
            else {key: value for key, value in d.items() if key not in _DebugLogEntry_MEMBERS}
        )
        debug_log_entry.additional_properties = unknown
        return debug_log_entry

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
