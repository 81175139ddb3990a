from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountHistoryEntry")
_CountHistoryEntry_MEMBERS: frozenset[str] = frozenset(
    (
        "_id",
        "executionHash",
        "dbOrigin",
    )
)


@_attrs_define
class CountHistoryEntry:
    """One past count result of an order's query.

    Attributes:
        field_id (str): The count result's identifier (the `countResultId` of `get_count_result`).
        execution_hash (str | Unset): The execution that produced the result.
        db_origin (str | Unset): The database the count ran on.
    """

    field_id: str
    execution_hash: str | Unset = UNSET
    db_origin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        execution_hash = self.execution_hash

        db_origin = self.db_origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if execution_hash is not UNSET:
            field_dict["executionHash"] = execution_hash
        if db_origin is not UNSET:
            field_dict["dbOrigin"] = db_origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_id = d["_id"]

        execution_hash = d.get("executionHash", UNSET)

        db_origin = d.get("dbOrigin", UNSET)

        count_history_entry = cls(
            field_id=field_id,
            execution_hash=execution_hash,
            db_origin=db_origin,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CountHistoryEntry_MEMBERS
            else {key: value for key, value in d.items() if key not in _CountHistoryEntry_MEMBERS}
        )
        count_history_entry.additional_properties = unknown
        return count_history_entry

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
