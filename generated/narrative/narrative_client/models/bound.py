from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.bound_type import BoundType

T = TypeVar("T", bound="Bound")
_Bound_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "value",
    )
)


@_attrs_define
class Bound:
    """One end of a range.

    Attributes:
        type_ (BoundType):
        value (str): The bound, as text.
    """

    type_: BoundType
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = BoundType(d["type"])

        value = d["value"]

        bound = cls(
            type_=type_,
            value=value,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Bound_MEMBERS else {key: value for key, value in d.items() if key not in _Bound_MEMBERS}
        )
        bound.additional_properties = unknown
        return bound

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
