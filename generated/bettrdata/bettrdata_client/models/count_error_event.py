from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountErrorEvent")
_CountErrorEvent_MEMBERS: frozenset[str] = frozenset(
    (
        "status",
        "message",
        "error",
    )
)


@_attrs_define
class CountErrorEvent:
    """The count failed, was cancelled, or does not exist; this is the last event. The documented messages are
    "Count Failed", "Count Canceled", "Execution not found", or the database's own error text.

        Attributes:
            status (Literal['error']):
            message (str | Unset): What went wrong.
            error (str | Unset): The same text, under the name the document's event list uses.
    """

    status: Literal["error"]
    message: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = cast(Literal["error"], d["status"])
        if status != "error":
            raise ValueError(f"status must match const 'error', got '{status}'")

        message = d.get("message", UNSET)

        error = d.get("error", UNSET)

        count_error_event = cls(
            status=status,
            message=message,
            error=error,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CountErrorEvent_MEMBERS
            else {key: value for key, value in d.items() if key not in _CountErrorEvent_MEMBERS}
        )
        count_error_event.additional_properties = unknown
        return count_error_event

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
