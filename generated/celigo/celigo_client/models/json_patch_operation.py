from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.json_patch_operation_op import JsonPatchOperationOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonPatchOperation")
_JsonPatchOperation_MEMBERS: frozenset[str] = frozenset(
    (
        "op",
        "path",
        "value",
        "from",
    )
)


@_attrs_define
class JsonPatchOperation:
    """One JSON Patch operation (RFC 6902). `value` goes with add, replace and test; `from` with move and copy.

    Attributes:
        op (JsonPatchOperationOp): What to do.
        path (str): The JSON Pointer (RFC 6901) of the place to change.
        value (Any | Unset): The value to add, put in place, or compare with.
        from_ (str | Unset): The JSON Pointer of the value to move or copy.
    """

    op: JsonPatchOperationOp
    path: str
    value: Any | Unset = UNSET
    from_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        path = self.path

        value = self.value

        from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        op = JsonPatchOperationOp(d["op"])

        path = d["path"]

        value = d.get("value", UNSET)

        from_ = d.get("from", UNSET)

        json_patch_operation = cls(
            op=op,
            path=path,
            value=value,
            from_=from_,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _JsonPatchOperation_MEMBERS
            else {key: value for key, value in d.items() if key not in _JsonPatchOperation_MEMBERS}
        )
        json_patch_operation.additional_properties = unknown
        return json_patch_operation

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
