from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherConnectionInput")
_OtherConnectionInput_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "name",
    )
)


@_attrs_define
class OtherConnectionInput:
    """A connection of any type other than `rest`, as sent; its settings object is named after its type.

    Attributes:
        type_ (str): The connection's type (`netsuite`, `ftp`, `http`, `salesforce`...); anything but `rest`.
        name (str | Unset): The connection's name, as shown in integrator.io.
    """

    type_: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        name = d.get("name", UNSET)

        other_connection_input = cls(
            type_=type_,
            name=name,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _OtherConnectionInput_MEMBERS
            else {key: value for key, value in d.items() if key not in _OtherConnectionInput_MEMBERS}
        )
        other_connection_input.additional_properties = unknown
        return other_connection_input

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
