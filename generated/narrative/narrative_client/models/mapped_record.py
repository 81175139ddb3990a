from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="MappedRecord")
_MappedRecord_MEMBERS: frozenset[str] = frozenset(
    (
        "input",
        "output",
    )
)


@_attrs_define
class MappedRecord:
    """A row before and after mapping.

    Attributes:
        input_ (MappedRecordInput): The original row.
        output (MappedRecordOutput): The mapped values, by attribute name.
    """

    input_: MappedRecordInput
    output: MappedRecordOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_.to_dict()

        output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_ = MappedRecordInput.from_dict(object_member(d["input"], "input"))

        output = MappedRecordOutput.from_dict(object_member(d["output"], "output"))

        mapped_record = cls(
            input_=input_,
            output=output,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MappedRecord_MEMBERS
            else {key: value for key, value in d.items() if key not in _MappedRecord_MEMBERS}
        )
        mapped_record.additional_properties = unknown
        return mapped_record

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


from ..models.mapped_record_input import MappedRecordInput
from ..models.mapped_record_output import MappedRecordOutput
