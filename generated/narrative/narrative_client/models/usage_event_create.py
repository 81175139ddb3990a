from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageEventCreate")
_UsageEventCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "company_id",
        "dimensions",
        "event_timestamp",
        "event_type",
        "idempotency_key",
        "sku",
        "usage",
        "created_by",
        "measures",
    )
)


@_attrs_define
class UsageEventCreate:
    """A usage event.

    Attributes:
        company_id (int): The company the usage is charged to.
        dimensions (UsageEventCreateDimensions): Key-value pairs that categorise the event; they become dimensions of
            usage reports.
        event_timestamp (datetime.datetime): When the usage happened; at most 72 hours ago.
        event_type (str): The kind of usage.
        idempotency_key (UUID): Makes the event count once however often it is sent: a repeat returns the stored event.
        sku (str): The product used.
        usage (UsageEventCreateUsage):
        created_by (int | Unset): The user who caused the usage, if any.
        measures (UsageEventCreateMeasures | Unset): More numbers about the event, for reports.
    """

    company_id: int
    dimensions: UsageEventCreateDimensions
    event_timestamp: datetime.datetime
    event_type: str
    idempotency_key: UUID
    sku: str
    usage: UsageEventCreateUsage
    created_by: int | Unset = UNSET
    measures: UsageEventCreateMeasures | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        dimensions = self.dimensions.to_dict()

        event_timestamp = self.event_timestamp.isoformat()

        event_type = self.event_type

        idempotency_key = str(self.idempotency_key)

        sku = self.sku

        usage = self.usage.to_dict()

        created_by = self.created_by

        measures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.measures, Unset):
            measures = self.measures.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "dimensions": dimensions,
                "event_timestamp": event_timestamp,
                "event_type": event_type,
                "idempotency_key": idempotency_key,
                "sku": sku,
                "usage": usage,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if measures is not UNSET:
            field_dict["measures"] = measures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        company_id = d["company_id"]

        dimensions = UsageEventCreateDimensions.from_dict(object_member(d["dimensions"], "dimensions"))

        event_timestamp = datetime.datetime.fromisoformat(d["event_timestamp"])

        event_type = d["event_type"]

        idempotency_key = UUID(d["idempotency_key"])

        sku = d["sku"]

        usage = UsageEventCreateUsage.from_dict(object_member(d["usage"], "usage"))

        created_by = d.get("created_by", UNSET)

        _measures = d.get("measures", UNSET)
        measures: UsageEventCreateMeasures | Unset
        if isinstance(_measures, Unset):
            measures = UNSET
        else:
            measures = UsageEventCreateMeasures.from_dict(object_member(_measures, "measures"))

        usage_event_create = cls(
            company_id=company_id,
            dimensions=dimensions,
            event_timestamp=event_timestamp,
            event_type=event_type,
            idempotency_key=idempotency_key,
            sku=sku,
            usage=usage,
            created_by=created_by,
            measures=measures,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _UsageEventCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _UsageEventCreate_MEMBERS}
        )
        usage_event_create.additional_properties = unknown
        return usage_event_create

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


from ..models.usage_event_create_dimensions import UsageEventCreateDimensions
from ..models.usage_event_create_measures import UsageEventCreateMeasures
from ..models.usage_event_create_usage import UsageEventCreateUsage
