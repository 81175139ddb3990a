from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageEvent")
_UsageEvent_MEMBERS: frozenset[str] = frozenset(
    (
        "company_id",
        "dimensions",
        "event_timestamp",
        "event_type",
        "idempotency_key",
        "sku",
        "usage",
        "id",
        "created_by",
        "measures",
        "app_id",
        "created_at",
    )
)


@_attrs_define
class UsageEvent:
    """A stored usage event.

    Attributes:
        company_id (int): The company the usage is charged to.
        dimensions (UsageEventCreateDimensions): Key-value pairs that categorise the event; they become dimensions of
            usage reports.
        event_timestamp (datetime.datetime): When the usage happened; at most 72 hours ago.
        event_type (str): The kind of usage.
        idempotency_key (UUID): Makes the event count once however often it is sent: a repeat returns the stored event.
        sku (str): The product used.
        usage (UsageEventCreateUsage):
        id (UUID):
        created_by (int | Unset): The user who caused the usage, if any.
        measures (UsageEventCreateMeasures | Unset): More numbers about the event, for reports.
        app_id (int | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    company_id: int
    dimensions: UsageEventCreateDimensions
    event_timestamp: datetime.datetime
    event_type: str
    idempotency_key: UUID
    sku: str
    usage: UsageEventCreateUsage
    id: UUID
    created_by: int | Unset = UNSET
    measures: UsageEventCreateMeasures | Unset = UNSET
    app_id: int | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
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

        id = str(self.id)

        created_by = self.created_by

        measures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.measures, Unset):
            measures = self.measures.to_dict()

        app_id = self.app_id

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

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
                "id": id,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if measures is not UNSET:
            field_dict["measures"] = measures
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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

        id = UUID(d["id"])

        created_by = d.get("created_by", UNSET)

        _measures = d.get("measures", UNSET)
        measures: UsageEventCreateMeasures | Unset
        if isinstance(_measures, Unset):
            measures = UNSET
        else:
            measures = UsageEventCreateMeasures.from_dict(object_member(_measures, "measures"))

        app_id = d.get("app_id", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "created_at", (str,)))

        created_at = _parse_created_at(d.get("created_at", UNSET))

        usage_event = cls(
            company_id=company_id,
            dimensions=dimensions,
            event_timestamp=event_timestamp,
            event_type=event_type,
            idempotency_key=idempotency_key,
            sku=sku,
            usage=usage,
            id=id,
            created_by=created_by,
            measures=measures,
            app_id=app_id,
            created_at=created_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _UsageEvent_MEMBERS
            else {key: value for key, value in d.items() if key not in _UsageEvent_MEMBERS}
        )
        usage_event.additional_properties = unknown
        return usage_event

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
