from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="BDSOrderRecord")
_BDSOrderRecord_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "belongsTo",
        "createdBy",
        "dataSource",
        "audienceSegments",
        "suppressionRules",
        "deduplicateSegments",
        "deduplicationKeyFields",
        "_id",
        "autoUpdateAiDescription",
    )
)


@_attrs_define
class BDSOrderRecord:
    """A stored BD Select order.

    Attributes:
        name (str): The order's name.
        description (str): The order's description.
        belongs_to (str): The data owner's ID.
        created_by (str): The email address of the user who created the order.
        data_source (str): The BDS source's ID.
        audience_segments (list[AudienceSegment]): The order's segments.
        suppression_rules (list[SuppressionRule]): Suppression rules; an empty list turns suppression off.
        deduplicate_segments (bool): Remove records that appear in more than one segment.
        deduplication_key_fields (list[DeduplicationField]): The fields whose values identify duplicates.
        field_id (str): The order's identifier (the `orderId` of the other operations).
        auto_update_ai_description (bool | None | Unset): Keep the AI-written description up to date automatically.
    """

    name: str
    description: str
    belongs_to: str
    created_by: str
    data_source: str
    audience_segments: list[AudienceSegment]
    suppression_rules: list[SuppressionRule]
    deduplicate_segments: bool
    deduplication_key_fields: list[DeduplicationField]
    field_id: str
    auto_update_ai_description: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        belongs_to = self.belongs_to

        created_by = self.created_by

        data_source = self.data_source

        audience_segments = []
        for audience_segments_item_data in self.audience_segments:
            audience_segments_item = audience_segments_item_data.to_dict()
            audience_segments.append(audience_segments_item)

        suppression_rules = []
        for suppression_rules_item_data in self.suppression_rules:
            suppression_rules_item = suppression_rules_item_data.to_dict()
            suppression_rules.append(suppression_rules_item)

        deduplicate_segments = self.deduplicate_segments

        deduplication_key_fields = []
        for deduplication_key_fields_item_data in self.deduplication_key_fields:
            deduplication_key_fields_item = deduplication_key_fields_item_data.to_dict()
            deduplication_key_fields.append(deduplication_key_fields_item)

        field_id = self.field_id

        auto_update_ai_description: bool | None | Unset
        if isinstance(self.auto_update_ai_description, Unset):
            auto_update_ai_description = UNSET
        else:
            auto_update_ai_description = self.auto_update_ai_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "belongsTo": belongs_to,
                "createdBy": created_by,
                "dataSource": data_source,
                "audienceSegments": audience_segments,
                "suppressionRules": suppression_rules,
                "deduplicateSegments": deduplicate_segments,
                "deduplicationKeyFields": deduplication_key_fields,
                "_id": field_id,
            }
        )
        if auto_update_ai_description is not UNSET:
            field_dict["autoUpdateAiDescription"] = auto_update_ai_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        description = d["description"]

        belongs_to = d["belongsTo"]

        created_by = d["createdBy"]

        data_source = d["dataSource"]

        audience_segments = []
        _audience_segments = array_member(d["audienceSegments"], "audienceSegments")
        for audience_segments_item_data in _audience_segments:
            audience_segments_item = AudienceSegment.from_dict(
                object_member(audience_segments_item_data, "audienceSegments_item")
            )

            audience_segments.append(audience_segments_item)

        suppression_rules = []
        _suppression_rules = array_member(d["suppressionRules"], "suppressionRules")
        for suppression_rules_item_data in _suppression_rules:
            suppression_rules_item = SuppressionRule.from_dict(
                object_member(suppression_rules_item_data, "suppressionRules_item")
            )

            suppression_rules.append(suppression_rules_item)

        deduplicate_segments = d["deduplicateSegments"]

        deduplication_key_fields = []
        _deduplication_key_fields = array_member(d["deduplicationKeyFields"], "deduplicationKeyFields")
        for deduplication_key_fields_item_data in _deduplication_key_fields:
            deduplication_key_fields_item = DeduplicationField.from_dict(
                object_member(deduplication_key_fields_item_data, "deduplicationKeyFields_item")
            )

            deduplication_key_fields.append(deduplication_key_fields_item)

        field_id = d["_id"]

        def _parse_auto_update_ai_description(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        auto_update_ai_description = _parse_auto_update_ai_description(d.get("autoUpdateAiDescription", UNSET))

        bds_order_record = cls(
            name=name,
            description=description,
            belongs_to=belongs_to,
            created_by=created_by,
            data_source=data_source,
            audience_segments=audience_segments,
            suppression_rules=suppression_rules,
            deduplicate_segments=deduplicate_segments,
            deduplication_key_fields=deduplication_key_fields,
            field_id=field_id,
            auto_update_ai_description=auto_update_ai_description,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _BDSOrderRecord_MEMBERS
            else {key: value for key, value in d.items() if key not in _BDSOrderRecord_MEMBERS}
        )
        bds_order_record.additional_properties = unknown
        return bds_order_record

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


from ..models.audience_segment import AudienceSegment
from ..models.deduplication_field import DeduplicationField
from ..models.suppression_rule import SuppressionRule
