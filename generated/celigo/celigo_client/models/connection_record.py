from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionRecord")
_ConnectionRecord_MEMBERS: frozenset[str] = frozenset(
    (
        "_id",
        "lastModified",
        "queues",
    )
)


@_attrs_define
class ConnectionRecord:
    """What integrator.io adds to a connection it stores.

    Attributes:
        field_id (str): An integrator.io identifier (a MongoDB ObjectId, 24 hexadecimal digits).
        last_modified (datetime.datetime): When the connection was last changed.
        queues (list[ConnectionQueue] | Unset): The connection's request queues and how many requests wait in each.
    """

    field_id: str
    last_modified: datetime.datetime
    queues: list[ConnectionQueue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        last_modified = self.last_modified.isoformat()

        queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = []
            for queues_item_data in self.queues:
                queues_item = queues_item_data.to_dict()
                queues.append(queues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "lastModified": last_modified,
            }
        )
        if queues is not UNSET:
            field_dict["queues"] = queues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_id = d["_id"]

        last_modified = datetime.datetime.fromisoformat(d["lastModified"])

        _queues = d.get("queues", UNSET)
        queues: list[ConnectionQueue] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in array_member(_queues, "queues"):
                queues_item = ConnectionQueue.from_dict(object_member(queues_item_data, "queues_item"))

                queues.append(queues_item)

        connection_record = cls(
            field_id=field_id,
            last_modified=last_modified,
            queues=queues,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ConnectionRecord_MEMBERS
            else {key: value for key, value in d.items() if key not in _ConnectionRecord_MEMBERS}
        )
        connection_record.additional_properties = unknown
        return connection_record

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


from ..models.connection_queue import ConnectionQueue
