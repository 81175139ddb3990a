from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogEntryFieldChangesItem")
_AuditLogEntryFieldChangesItem_MEMBERS: frozenset[str] = frozenset(
    (
        "fieldPath",
        "oldValue",
        "newValue",
    )
)


@_attrs_define
class AuditLogEntryFieldChangesItem:
    """One field changed.

    Attributes:
        field_path (str): The field, as a dotted path (`rest.baseURI`).
        old_value (Any | Unset): The value before (absent when the field was added).
        new_value (Any | Unset): The value after (absent when the field was removed).
    """

    field_path: str
    old_value: Any | Unset = UNSET
    new_value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_path = self.field_path

        old_value = self.old_value

        new_value = self.new_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldPath": field_path,
            }
        )
        if old_value is not UNSET:
            field_dict["oldValue"] = old_value
        if new_value is not UNSET:
            field_dict["newValue"] = new_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_path = d["fieldPath"]

        old_value = d.get("oldValue", UNSET)

        new_value = d.get("newValue", UNSET)

        audit_log_entry_field_changes_item = cls(
            field_path=field_path,
            old_value=old_value,
            new_value=new_value,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AuditLogEntryFieldChangesItem_MEMBERS
            else {key: value for key, value in d.items() if key not in _AuditLogEntryFieldChangesItem_MEMBERS}
        )
        audit_log_entry_field_changes_item.additional_properties = unknown
        return audit_log_entry_field_changes_item

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
