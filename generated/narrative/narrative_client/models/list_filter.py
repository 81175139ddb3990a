from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime import array_member, model_repr
from ..models.list_filter_type import ListFilterType

T = TypeVar("T", bound="ListFilter")


@_attrs_define
class ListFilter:
    """Values to keep or drop.

    Attributes:
        type_ (ListFilterType): Keep (`include`) or drop (`exclude`) the listed values.
        list_ (list[str]):
    """

    type_: ListFilterType
    list_: list[str]

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        list_ = self.list_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "list": list_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ListFilterType(d["type"])

        list_ = cast("list[str]", array_member(d["list"], "list"))

        list_filter = cls(
            type_=type_,
            list_=list_,
        )

        return list_filter
