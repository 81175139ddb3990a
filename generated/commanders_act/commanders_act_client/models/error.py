from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")
_Error_MEMBERS: frozenset[str] = frozenset(
    (
        "code",
        "detail",
        "meta",
    )
)


@_attrs_define
class Error:
    """One error.

    Attributes:
        code (str): The error's code, meant to be checked by programs.
        detail (str): A message for people; it may change, so programs should not check it.
        meta (ErrorMeta | Unset): What caused the error; its members depend on the error (open). Aggregated bulk errors
            carry
            `error_count`, `line_numbers` and `ids`.
    """

    code: str
    detail: str
    meta: ErrorMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "detail": detail,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code = d["code"]

        detail = d["detail"]

        _meta = d.get("meta", UNSET)
        meta: ErrorMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ErrorMeta.from_dict(object_member(_meta, "meta"))

        error = cls(
            code=code,
            detail=detail,
            meta=meta,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Error_MEMBERS else {key: value for key, value in d.items() if key not in _Error_MEMBERS}
        )
        error.additional_properties = unknown
        return error

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


from ..models.error_meta import ErrorMeta
