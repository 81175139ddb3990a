from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDocument")
_ErrorDocument_MEMBERS: frozenset[str] = frozenset(
    (
        "errors",
        "data",
    )
)


@_attrs_define
class ErrorDocument:
    """Every error answer: a list of errors in `errors`. A bulk operation may also answer `data` with the count
    of accepted and rejected objects, and its errors are aggregated (one per kind, with a count and
    examples of line numbers or ids in `meta`).

        Attributes:
            errors (list[Error]):
            data (BulkCounts | Unset): How many objects of a bulk operation were accepted and rejected.
    """

    errors: list[Error]
    data: BulkCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        errors = []
        _errors = array_member(d["errors"], "errors")
        for errors_item_data in _errors:
            errors_item = Error.from_dict(object_member(errors_item_data, "errors_item"))

            errors.append(errors_item)

        _data = d.get("data", UNSET)
        data: BulkCounts | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = BulkCounts.from_dict(object_member(_data, "data"))

        error_document = cls(
            errors=errors,
            data=data,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ErrorDocument_MEMBERS
            else {key: value for key, value in d.items() if key not in _ErrorDocument_MEMBERS}
        )
        error_document.additional_properties = unknown
        return error_document

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


from ..models.bulk_counts import BulkCounts
from ..models.error import Error
