from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..models.audit_log_entry_event import AuditLogEntryEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogEntry")
_AuditLogEntry_MEMBERS: frozenset[str] = frozenset(
    (
        "_id",
        "time",
        "event",
        "resourceType",
        "_resourceId",
        "fieldChanges",
        "source",
    )
)


@_attrs_define
class AuditLogEntry:
    """One change made to a connection.

    Attributes:
        field_id (str): An integrator.io identifier (a MongoDB ObjectId, 24 hexadecimal digits).
        time (datetime.datetime): When the change was made.
        event (AuditLogEntryEvent): What was done (a patch is an `update`).
        resource_type (str): The kind of resource changed.
        field_resource_id (str): An integrator.io identifier (a MongoDB ObjectId, 24 hexadecimal digits).
        field_changes (list[AuditLogEntryFieldChangesItem]): Each field changed, with its old and new value (secret
            values masked).
        source (str | Unset): Where the change came from (`api`, or `ui` for integrator.io's own pages).
    """

    field_id: str
    time: datetime.datetime
    event: AuditLogEntryEvent
    resource_type: str
    field_resource_id: str
    field_changes: list[AuditLogEntryFieldChangesItem]
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        time = self.time.isoformat()

        event = self.event.value

        resource_type = self.resource_type

        field_resource_id = self.field_resource_id

        field_changes = []
        for field_changes_item_data in self.field_changes:
            field_changes_item = field_changes_item_data.to_dict()
            field_changes.append(field_changes_item)

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "time": time,
                "event": event,
                "resourceType": resource_type,
                "_resourceId": field_resource_id,
                "fieldChanges": field_changes,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_id = d["_id"]

        time = datetime.datetime.fromisoformat(d["time"])

        event = AuditLogEntryEvent(d["event"])

        resource_type = d["resourceType"]

        field_resource_id = d["_resourceId"]

        field_changes = []
        _field_changes = array_member(d["fieldChanges"], "fieldChanges")
        for field_changes_item_data in _field_changes:
            field_changes_item = AuditLogEntryFieldChangesItem.from_dict(
                object_member(field_changes_item_data, "fieldChanges_item")
            )

            field_changes.append(field_changes_item)

        source = d.get("source", UNSET)

        audit_log_entry = cls(
            field_id=field_id,
            time=time,
            event=event,
            resource_type=resource_type,
            field_resource_id=field_resource_id,
            field_changes=field_changes,
            source=source,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AuditLogEntry_MEMBERS
            else {key: value for key, value in d.items() if key not in _AuditLogEntry_MEMBERS}
        )
        audit_log_entry.additional_properties = unknown
        return audit_log_entry

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


from ..models.audit_log_entry_field_changes_item import AuditLogEntryFieldChangesItem
