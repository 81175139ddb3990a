from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, array_member, json_kind, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudienceSegment")
_AudienceSegment_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "limit",
        "includedFields",
        "excludedFields",
        "aiDescription",
    )
)


@_attrs_define
class AudienceSegment:
    """A named group of records. A record belongs when it matches all of `includedFields` and none of
    `excludedFields`, with fields sharing a group tag combined with OR.

        Attributes:
            name (str): The segment's name, unique within the order.
            limit (int): The most records the segment may hold.
            included_fields (list[ClientCidField | ContainsField | DataRelationField | DateRangeSelectorField |
                MultiTextField | NumberInputField | NumberSliderField | RangeSliderField | SelectionMultiField |
                SelectionUniqueField | UntypedValueField]): Filters every record must match (AND).
            excluded_fields (list[ClientCidField | ContainsField | DataRelationField | DateRangeSelectorField |
                MultiTextField | NumberInputField | NumberSliderField | RangeSliderField | SelectionMultiField |
                SelectionUniqueField | UntypedValueField]): Filters that remove a record when it matches all of them (AND).
            ai_description (None | str | Unset): A prompt from which the segment's fields are generated from the source's
                fields.
    """

    name: str
    limit: int
    included_fields: list[
        ClientCidField
        | ContainsField
        | DataRelationField
        | DateRangeSelectorField
        | MultiTextField
        | NumberInputField
        | NumberSliderField
        | RangeSliderField
        | SelectionMultiField
        | SelectionUniqueField
        | UntypedValueField
    ]
    excluded_fields: list[
        ClientCidField
        | ContainsField
        | DataRelationField
        | DateRangeSelectorField
        | MultiTextField
        | NumberInputField
        | NumberSliderField
        | RangeSliderField
        | SelectionMultiField
        | SelectionUniqueField
        | UntypedValueField
    ]
    ai_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        limit = self.limit

        included_fields = []
        for included_fields_item_data in self.included_fields:
            included_fields_item: dict[str, Any]
            if isinstance(included_fields_item_data, NumberInputField):
                included_fields_item = included_fields_item_data.to_dict()
            elif isinstance(included_fields_item_data, NumberSliderField):
                included_fields_item = included_fields_item_data.to_dict()
            elif isinstance(included_fields_item_data, RangeSliderField):
                included_fields_item = included_fields_item_data.to_dict()
            elif isinstance(included_fields_item_data, SelectionUniqueField):
                included_fields_item = included_fields_item_data.to_dict()
            elif isinstance(included_fields_item_data, SelectionMultiField):
                included_fields_item = included_fields_item_data.to_dict()
            elif isinstance(included_fields_item_data, DataRelationField):
                included_fields_item = included_fields_item_data.to_dict()
            elif isinstance(included_fields_item_data, MultiTextField):
                included_fields_item = included_fields_item_data.to_dict()
            elif isinstance(included_fields_item_data, DateRangeSelectorField):
                included_fields_item = included_fields_item_data.to_dict()
            elif isinstance(included_fields_item_data, ContainsField):
                included_fields_item = included_fields_item_data.to_dict()
            elif isinstance(included_fields_item_data, ClientCidField):
                included_fields_item = included_fields_item_data.to_dict()
            else:
                included_fields_item = included_fields_item_data.to_dict()

            included_fields.append(included_fields_item)

        excluded_fields = []
        for excluded_fields_item_data in self.excluded_fields:
            excluded_fields_item: dict[str, Any]
            if isinstance(excluded_fields_item_data, NumberInputField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            elif isinstance(excluded_fields_item_data, NumberSliderField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            elif isinstance(excluded_fields_item_data, RangeSliderField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            elif isinstance(excluded_fields_item_data, SelectionUniqueField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            elif isinstance(excluded_fields_item_data, SelectionMultiField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            elif isinstance(excluded_fields_item_data, DataRelationField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            elif isinstance(excluded_fields_item_data, MultiTextField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            elif isinstance(excluded_fields_item_data, DateRangeSelectorField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            elif isinstance(excluded_fields_item_data, ContainsField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            elif isinstance(excluded_fields_item_data, ClientCidField):
                excluded_fields_item = excluded_fields_item_data.to_dict()
            else:
                excluded_fields_item = excluded_fields_item_data.to_dict()

            excluded_fields.append(excluded_fields_item)

        ai_description: None | str | Unset
        if isinstance(self.ai_description, Unset):
            ai_description = UNSET
        else:
            ai_description = self.ai_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "limit": limit,
                "includedFields": included_fields,
                "excludedFields": excluded_fields,
            }
        )
        if ai_description is not UNSET:
            field_dict["aiDescription"] = ai_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        limit = d["limit"]

        included_fields = []
        _included_fields = array_member(d["includedFields"], "includedFields")
        for included_fields_item_data in _included_fields:

            def _parse_included_fields_item(
                data: object,
            ) -> (
                ClientCidField
                | ContainsField
                | DataRelationField
                | DateRangeSelectorField
                | MultiTextField
                | NumberInputField
                | NumberSliderField
                | RangeSliderField
                | SelectionMultiField
                | SelectionUniqueField
                | UntypedValueField
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_0 = NumberInputField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_0")
                    )

                    return componentsschemas_bds_field_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_1 = NumberSliderField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_1")
                    )

                    return componentsschemas_bds_field_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_2 = RangeSliderField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_2")
                    )

                    return componentsschemas_bds_field_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_3 = SelectionUniqueField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_3")
                    )

                    return componentsschemas_bds_field_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_4 = SelectionMultiField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_4")
                    )

                    return componentsschemas_bds_field_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_5 = DataRelationField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_5")
                    )

                    return componentsschemas_bds_field_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_6 = MultiTextField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_6")
                    )

                    return componentsschemas_bds_field_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_7 = DateRangeSelectorField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_7")
                    )

                    return componentsschemas_bds_field_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_8 = ContainsField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_8")
                    )

                    return componentsschemas_bds_field_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_9 = ClientCidField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_9")
                    )

                    return componentsschemas_bds_field_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise MemberTypeError("includedFields_item", f"an object is due, the answer has {json_kind(data)}")
                componentsschemas_bds_field_type_10 = UntypedValueField.from_dict(
                    object_member(data, "/components/schemas/BDSField_type_10")
                )

                return componentsschemas_bds_field_type_10

            included_fields_item = _parse_included_fields_item(included_fields_item_data)

            included_fields.append(included_fields_item)

        excluded_fields = []
        _excluded_fields = array_member(d["excludedFields"], "excludedFields")
        for excluded_fields_item_data in _excluded_fields:

            def _parse_excluded_fields_item(
                data: object,
            ) -> (
                ClientCidField
                | ContainsField
                | DataRelationField
                | DateRangeSelectorField
                | MultiTextField
                | NumberInputField
                | NumberSliderField
                | RangeSliderField
                | SelectionMultiField
                | SelectionUniqueField
                | UntypedValueField
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_0 = NumberInputField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_0")
                    )

                    return componentsschemas_bds_field_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_1 = NumberSliderField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_1")
                    )

                    return componentsschemas_bds_field_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_2 = RangeSliderField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_2")
                    )

                    return componentsschemas_bds_field_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_3 = SelectionUniqueField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_3")
                    )

                    return componentsschemas_bds_field_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_4 = SelectionMultiField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_4")
                    )

                    return componentsschemas_bds_field_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_5 = DataRelationField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_5")
                    )

                    return componentsschemas_bds_field_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_6 = MultiTextField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_6")
                    )

                    return componentsschemas_bds_field_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_7 = DateRangeSelectorField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_7")
                    )

                    return componentsschemas_bds_field_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_8 = ContainsField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_8")
                    )

                    return componentsschemas_bds_field_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bds_field_type_9 = ClientCidField.from_dict(
                        object_member(data, "/components/schemas/BDSField_type_9")
                    )

                    return componentsschemas_bds_field_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise MemberTypeError("excludedFields_item", f"an object is due, the answer has {json_kind(data)}")
                componentsschemas_bds_field_type_10 = UntypedValueField.from_dict(
                    object_member(data, "/components/schemas/BDSField_type_10")
                )

                return componentsschemas_bds_field_type_10

            excluded_fields_item = _parse_excluded_fields_item(excluded_fields_item_data)

            excluded_fields.append(excluded_fields_item)

        def _parse_ai_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        ai_description = _parse_ai_description(d.get("aiDescription", UNSET))

        audience_segment = cls(
            name=name,
            limit=limit,
            included_fields=included_fields,
            excluded_fields=excluded_fields,
            ai_description=ai_description,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AudienceSegment_MEMBERS
            else {key: value for key, value in d.items() if key not in _AudienceSegment_MEMBERS}
        )
        audience_segment.additional_properties = unknown
        return audience_segment

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


from ..models.client_cid_field import ClientCidField
from ..models.contains_field import ContainsField
from ..models.data_relation_field import DataRelationField
from ..models.date_range_selector_field import DateRangeSelectorField
from ..models.multi_text_field import MultiTextField
from ..models.number_input_field import NumberInputField
from ..models.number_slider_field import NumberSliderField
from ..models.range_slider_field import RangeSliderField
from ..models.selection_multi_field import SelectionMultiField
from ..models.selection_unique_field import SelectionUniqueField
from ..models.untyped_value_field import UntypedValueField
