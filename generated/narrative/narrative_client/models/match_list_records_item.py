from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="MatchListRecordsItem")
_MatchListRecordsItem_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "attributes",
        "dataset",
        "matching_access_rules",
        "non_matching_access_rules",
    )
)


@_attrs_define
class MatchListRecordsItem:
    """
    Attributes:
        type_ (str | Unset):
        attributes (list[MatchListRecordsItemAttributesItem] | Unset):
        dataset (MatchListRecordsItemDataset | Unset):
        matching_access_rules (AccessRuleMatch | Unset): An access rule and how it relates to the terms.
        non_matching_access_rules (AccessRuleMatch | Unset): An access rule and how it relates to the terms.
    """

    type_: str | Unset = UNSET
    attributes: list[MatchListRecordsItemAttributesItem] | Unset = UNSET
    dataset: MatchListRecordsItemDataset | Unset = UNSET
    matching_access_rules: AccessRuleMatch | Unset = UNSET
    non_matching_access_rules: AccessRuleMatch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        matching_access_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.matching_access_rules, Unset):
            matching_access_rules = self.matching_access_rules.to_dict()

        non_matching_access_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.non_matching_access_rules, Unset):
            non_matching_access_rules = self.non_matching_access_rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if matching_access_rules is not UNSET:
            field_dict["matching_access_rules"] = matching_access_rules
        if non_matching_access_rules is not UNSET:
            field_dict["non_matching_access_rules"] = non_matching_access_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _attributes = d.get("attributes", UNSET)
        attributes: list[MatchListRecordsItemAttributesItem] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in array_member(_attributes, "attributes"):
                attributes_item = MatchListRecordsItemAttributesItem.from_dict(
                    object_member(attributes_item_data, "attributes_item")
                )

                attributes.append(attributes_item)

        _dataset = d.get("dataset", UNSET)
        dataset: MatchListRecordsItemDataset | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = MatchListRecordsItemDataset.from_dict(object_member(_dataset, "dataset"))

        _matching_access_rules = d.get("matching_access_rules", UNSET)
        matching_access_rules: AccessRuleMatch | Unset
        if isinstance(_matching_access_rules, Unset):
            matching_access_rules = UNSET
        else:
            matching_access_rules = AccessRuleMatch.from_dict(
                object_member(_matching_access_rules, "matching_access_rules")
            )

        _non_matching_access_rules = d.get("non_matching_access_rules", UNSET)
        non_matching_access_rules: AccessRuleMatch | Unset
        if isinstance(_non_matching_access_rules, Unset):
            non_matching_access_rules = UNSET
        else:
            non_matching_access_rules = AccessRuleMatch.from_dict(
                object_member(_non_matching_access_rules, "non_matching_access_rules")
            )

        match_list_records_item = cls(
            type_=type_,
            attributes=attributes,
            dataset=dataset,
            matching_access_rules=matching_access_rules,
            non_matching_access_rules=non_matching_access_rules,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MatchListRecordsItem_MEMBERS
            else {key: value for key, value in d.items() if key not in _MatchListRecordsItem_MEMBERS}
        )
        match_list_records_item.additional_properties = unknown
        return match_list_records_item

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


from ..models.access_rule_match import AccessRuleMatch
from ..models.match_list_records_item_attributes_item import MatchListRecordsItemAttributesItem
from ..models.match_list_records_item_dataset import MatchListRecordsItemDataset
