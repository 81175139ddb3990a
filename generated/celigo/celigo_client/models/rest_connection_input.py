from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="RestConnectionInput")
_RestConnectionInput_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "rest",
        "name",
    )
)


@_attrs_define
class RestConnectionInput:
    """A connection to a REST API, as sent.

    Attributes:
        type_ (Literal['rest']): The connection's type.
        rest (RestSettings): How integrator.io reaches a REST API.
        name (str | Unset): The connection's name, as shown in integrator.io.
    """

    type_: Literal["rest"]
    rest: RestSettings
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        rest = self.rest.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "rest": rest,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["rest"], d["type"])
        if type_ != "rest":
            raise ValueError(f"type must match const 'rest', got '{type_}'")

        rest = RestSettings.from_dict(object_member(d["rest"], "rest"))

        name = d.get("name", UNSET)

        rest_connection_input = cls(
            type_=type_,
            rest=rest,
            name=name,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RestConnectionInput_MEMBERS
            else {key: value for key, value in d.items() if key not in _RestConnectionInput_MEMBERS}
        )
        rest_connection_input.additional_properties = unknown
        return rest_connection_input

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


from ..models.rest_settings import RestSettings
