from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="RestConnection")
_RestConnection_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "rest",
        "_id",
        "lastModified",
        "name",
        "queues",
    )
)


@_attrs_define
class RestConnection:
    """A connection to a REST API, as stored.

    Attributes:
        type_ (Literal['rest']): The connection's type.
        rest (RestSettings): How integrator.io reaches a REST API.
        field_id (str): An integrator.io identifier (a MongoDB ObjectId, 24 hexadecimal digits).
        last_modified (datetime.datetime): When the connection was last changed.
        name (str | Unset): The connection's name, as shown in integrator.io.
        queues (list[ConnectionQueue] | Unset): The connection's request queues and how many requests wait in each.
    """

    type_: Literal["rest"]
    rest: RestSettings
    field_id: str
    last_modified: datetime.datetime
    name: str | Unset = UNSET
    queues: list[ConnectionQueue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        rest = self.rest.to_dict()

        field_id = self.field_id

        last_modified = self.last_modified.isoformat()

        name = self.name

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
                "type": type_,
                "rest": rest,
                "_id": field_id,
                "lastModified": last_modified,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if queues is not UNSET:
            field_dict["queues"] = queues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["rest"], d["type"])
        if type_ != "rest":
            raise ValueError(f"type must match const 'rest', got '{type_}'")

        rest = RestSettings.from_dict(object_member(d["rest"], "rest"))

        field_id = d["_id"]

        last_modified = datetime.datetime.fromisoformat(d["lastModified"])

        name = d.get("name", UNSET)

        _queues = d.get("queues", UNSET)
        queues: list[ConnectionQueue] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in array_member(_queues, "queues"):
                queues_item = ConnectionQueue.from_dict(object_member(queues_item_data, "queues_item"))

                queues.append(queues_item)

        rest_connection = cls(
            type_=type_,
            rest=rest,
            field_id=field_id,
            last_modified=last_modified,
            name=name,
            queues=queues,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RestConnection_MEMBERS
            else {key: value for key, value in d.items() if key not in _RestConnection_MEMBERS}
        )
        rest_connection.additional_properties = unknown
        return rest_connection

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
from ..models.rest_settings import RestSettings
