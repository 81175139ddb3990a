from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="ConnectionQueue")
_ConnectionQueue_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "size",
    )
)


@_attrs_define
class ConnectionQueue:
    """One request queue of a connection.

    Attributes:
        name (str): The queue's name (the document's shows the connection's identifier).
        size (int): How many requests wait in the queue.
    """

    name: str
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        size = d["size"]

        connection_queue = cls(
            name=name,
            size=size,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ConnectionQueue_MEMBERS
            else {key: value for key, value in d.items() if key not in _ConnectionQueue_MEMBERS}
        )
        connection_queue.additional_properties = unknown
        return connection_queue

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
