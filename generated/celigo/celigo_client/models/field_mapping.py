from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldMapping")
_FieldMapping_MEMBERS: frozenset[str] = frozenset(
    (
        "generate",
        "extract",
        "hardCodedValue",
    )
)


@_attrs_define
class FieldMapping:
    """One field of the mapped record: it gets, at `generate`, the value of the source record at `extract`, or
    `hardCodedValue` when that is given. Both names may be dotted paths (`customer.email`).

        Attributes:
            generate (str): Where the value goes in the mapped record.
            extract (str | Unset): Where the value comes from in the source record.
            hard_coded_value (Any | Unset): A fixed value to write instead of an extracted one.
    """

    generate: str
    extract: str | Unset = UNSET
    hard_coded_value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        generate = self.generate

        extract = self.extract

        hard_coded_value = self.hard_coded_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generate": generate,
            }
        )
        if extract is not UNSET:
            field_dict["extract"] = extract
        if hard_coded_value is not UNSET:
            field_dict["hardCodedValue"] = hard_coded_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        generate = d["generate"]

        extract = d.get("extract", UNSET)

        hard_coded_value = d.get("hardCodedValue", UNSET)

        field_mapping = cls(
            generate=generate,
            extract=extract,
            hard_coded_value=hard_coded_value,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _FieldMapping_MEMBERS
            else {key: value for key, value in d.items() if key not in _FieldMapping_MEMBERS}
        )
        field_mapping.additional_properties = unknown
        return field_mapping

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
