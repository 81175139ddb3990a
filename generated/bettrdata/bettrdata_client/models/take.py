from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.take_strategy import TakeStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="Take")
_Take_MEMBERS: frozenset[str] = frozenset(
    (
        "strategy",
        "count",
    )
)


@_attrs_define
class Take:
    """How records are picked from within a segment's window.

    Attributes:
        strategy (TakeStrategy): `ALL`: every record in the window. `TOP`: the first `count` records in sort order.
            `EVEN_NTH`: `count`
            records spread evenly through the window (every Nth record).
        count (int | Unset): How many records to pick. Not used by `ALL`.
    """

    strategy: TakeStrategy
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy.value

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        strategy = TakeStrategy(d["strategy"])

        count = d.get("count", UNSET)

        take = cls(
            strategy=strategy,
            count=count,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Take_MEMBERS else {key: value for key, value in d.items() if key not in _Take_MEMBERS}
        )
        take.additional_properties = unknown
        return take

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
