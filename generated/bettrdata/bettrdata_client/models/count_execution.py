from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="CountExecution")
_CountExecution_MEMBERS: frozenset[str] = frozenset(
    (
        "dbOrigin",
        "executionHash",
    )
)


@_attrs_define
class CountExecution:
    """A started count.

    Attributes:
        db_origin (str): The database the count runs on.
        execution_hash (str): The execution's identifier.
    """

    db_origin: str
    execution_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        db_origin = self.db_origin

        execution_hash = self.execution_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dbOrigin": db_origin,
                "executionHash": execution_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        db_origin = d["dbOrigin"]

        execution_hash = d["executionHash"]

        count_execution = cls(
            db_origin=db_origin,
            execution_hash=execution_hash,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CountExecution_MEMBERS
            else {key: value for key, value in d.items() if key not in _CountExecution_MEMBERS}
        )
        count_execution.additional_properties = unknown
        return count_execution

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
