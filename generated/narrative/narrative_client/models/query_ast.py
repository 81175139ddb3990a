from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryAst")
_QueryAst_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "nql",
    )
)


@_attrs_define
class QueryAst:
    """The query's abstract syntax tree, as Narrative's NQL compiler writes it.

    Attributes:
        type_ (str):
        nql (str | Unset): The query's NQL text.
    """

    type_: str
    nql: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        nql = self.nql

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if nql is not UNSET:
            field_dict["nql"] = nql

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        nql = d.get("nql", UNSET)

        query_ast = cls(
            type_=type_,
            nql=nql,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _QueryAst_MEMBERS
            else {key: value for key, value in d.items() if key not in _QueryAst_MEMBERS}
        )
        query_ast.additional_properties = unknown
        return query_ast

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
