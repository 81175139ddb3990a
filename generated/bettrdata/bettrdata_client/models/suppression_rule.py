from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..models.suppression_rule_scope import SuppressionRuleScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="SuppressionRule")
_SuppressionRule_MEMBERS: frozenset[str] = frozenset(
    (
        "suppkey",
        "type",
        "exports",
        "dateRule",
    )
)


@_attrs_define
class SuppressionRule:
    """Removes records already exported, matched on one field. The scope says which earlier exports count:
    all of them, the ones listed in `exports`, or the ones made within `dateRule`.

        Attributes:
            suppkey (SuppressionKey): The field on which suppression matches records.
            type_ (SuppressionRuleScope): Which earlier exports a suppression rule covers. `all-exports`: every one.
                `specific-export`: those
                listed in `exports`. `daterange`: those made within `dateRule`.
            exports (list[str] | None | Unset): With `specific-export`, the IDs of the earlier exports to suppress.
            date_rule (DateRangeRule | None | Unset): With `daterange`, the dates of the earlier exports to suppress.
    """

    suppkey: SuppressionKey
    type_: SuppressionRuleScope
    exports: list[str] | None | Unset = UNSET
    date_rule: DateRangeRule | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        suppkey = self.suppkey.to_dict()

        type_ = self.type_.value

        exports: list[str] | None | Unset
        if isinstance(self.exports, Unset):
            exports = UNSET
        elif isinstance(self.exports, list):
            exports = self.exports

        else:
            exports = self.exports

        date_rule: dict[str, Any] | None | Unset
        if isinstance(self.date_rule, Unset):
            date_rule = UNSET
        elif isinstance(self.date_rule, DateRangeRule):
            date_rule = self.date_rule.to_dict()
        else:
            date_rule = self.date_rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "suppkey": suppkey,
                "type": type_,
            }
        )
        if exports is not UNSET:
            field_dict["exports"] = exports
        if date_rule is not UNSET:
            field_dict["dateRule"] = date_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        suppkey = SuppressionKey.from_dict(object_member(d["suppkey"], "suppkey"))

        type_ = SuppressionRuleScope(d["type"])

        def _parse_exports(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exports_type_0 = cast("list[str]", array_member(data, "exports_type_0"))

                return exports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        exports = _parse_exports(d.get("exports", UNSET))

        def _parse_date_rule(data: object) -> DateRangeRule | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                date_rule_type_0 = DateRangeRule.from_dict(object_member(data, "dateRule_type_0"))

                return date_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("DateRangeRule | None | Unset", data)

        date_rule = _parse_date_rule(d.get("dateRule", UNSET))

        suppression_rule = cls(
            suppkey=suppkey,
            type_=type_,
            exports=exports,
            date_rule=date_rule,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SuppressionRule_MEMBERS
            else {key: value for key, value in d.items() if key not in _SuppressionRule_MEMBERS}
        )
        suppression_rule.additional_properties = unknown
        return suppression_rule

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


from ..models.date_range_rule import DateRangeRule
from ..models.suppression_key import SuppressionKey
