from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime import array_member, model_repr

T = TypeVar("T", bound="ExpressionFilter")


@_attrs_define
class ExpressionFilter:
    """Values satisfying expressions.

    Attributes:
        expressions (list[str]): SQL expressions that must all hold.
    """

    expressions: list[str]

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expressions = self.expressions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expressions": expressions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        expressions = cast("list[str]", array_member(d["expressions"], "expressions"))

        expression_filter = cls(
            expressions=expressions,
        )

        return expression_filter
