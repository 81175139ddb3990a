from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorMeta")
_ErrorMeta_MEMBERS: frozenset[str] = frozenset(
    (
        "error_count",
        "line_numbers",
        "ids",
    )
)


@_attrs_define
class ErrorMeta:
    """What caused the error; its members depend on the error (open). Aggregated bulk errors carry
    `error_count`, `line_numbers` and `ids`.

        Attributes:
            error_count (int | Unset): How many times this kind of error occurred (bulk operations).
            line_numbers (list[int] | Unset): Some of the line numbers where it occurred (bulk operations).
            ids (list[str] | Unset): Some of the ids of the objects it occurred for (bulk operations).
    """

    error_count: int | Unset = UNSET
    line_numbers: list[int] | Unset = UNSET
    ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        error_count = self.error_count

        line_numbers: list[int] | Unset = UNSET
        if not isinstance(self.line_numbers, Unset):
            line_numbers = self.line_numbers

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_count is not UNSET:
            field_dict["error_count"] = error_count
        if line_numbers is not UNSET:
            field_dict["line_numbers"] = line_numbers
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error_count = d.get("error_count", UNSET)

        _line_numbers = d.get("line_numbers", UNSET)
        line_numbers = (
            UNSET if _line_numbers is UNSET else cast("list[int]", array_member(_line_numbers, "line_numbers"))
        )

        _ids = d.get("ids", UNSET)
        ids = UNSET if _ids is UNSET else cast("list[str]", array_member(_ids, "ids"))

        error_meta = cls(
            error_count=error_count,
            line_numbers=line_numbers,
            ids=ids,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ErrorMeta_MEMBERS
            else {key: value for key, value in d.items() if key not in _ErrorMeta_MEMBERS}
        )
        error_meta.additional_properties = unknown
        return error_meta

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
