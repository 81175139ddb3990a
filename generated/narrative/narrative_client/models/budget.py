from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="Budget")
_Budget_MEMBERS: frozenset[str] = frozenset(
    (
        "amount",
        "period",
    )
)


@_attrs_define
class Budget:
    """The most that may be spent in each period. Once spent, nothing more is transacted until the next period
    starts.

        Attributes:
            amount (BudgetAmount):
            period (BudgetPeriod):
    """

    amount: BudgetAmount
    period: BudgetPeriod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        period = self.period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        amount = BudgetAmount.from_dict(object_member(d["amount"], "amount"))

        period = BudgetPeriod.from_dict(object_member(d["period"], "period"))

        budget = cls(
            amount=amount,
            period=period,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Budget_MEMBERS
            else {key: value for key, value in d.items() if key not in _Budget_MEMBERS}
        )
        budget.additional_properties = unknown
        return budget

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


from ..models.budget_amount import BudgetAmount
from ..models.budget_period import BudgetPeriod
