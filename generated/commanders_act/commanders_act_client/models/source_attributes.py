from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceAttributes")
_SourceAttributes_MEMBERS: frozenset[str] = frozenset(
    (
        "label",
        "occurence_type",
        "start_date",
        "end_date",
        "timezone",
        "data_range_type",
        "data_last",
        "data_start_date",
        "data_end_date",
        "last_request_at",
        "next_request_at",
        "last_run_at",
        "created",
        "updated",
        "cron",
        "deleted_at",
        "parameters",
        "health",
        "integration_key",
        "status",
    )
)


@_attrs_define
class SourceAttributes:
    """What a source is and when it runs; `health` only when asked for with `include=health`.

    Attributes:
        label (str | Unset): The source's name.
        occurence_type (str | Unset): How the source runs (`continuous`, ...). The vendor's spelling.
        start_date (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null when
            not set.
        end_date (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null when
            not set.
        timezone (str | Unset): The IANA time zone the schedule is read in.
        data_range_type (None | str | Unset): How the range of data a run covers is given.
        data_last (int | None | Unset): The size of a relative data range (the last N units).
        data_start_date (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null
            when not set.
        data_end_date (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null
            when not set.
        last_request_at (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null
            when not set.
        next_request_at (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null
            when not set.
        last_run_at (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null when
            not set.
        created (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null when not
            set.
        updated (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null when not
            set.
        cron (None | str | Unset): The schedule as a cron expression.
        deleted_at (datetime.datetime | None | Unset): An ISO-8601 date in the long form with a time zone, or null when
            not set.
        parameters (None | SourceAttributesParametersType0 | Unset): The source's settings, which depend on its
            template.
        health (SourceHealth | Unset): How the source's events fared: totals of successes and failures, and their
            trends.
        integration_key (UUID | Unset): The key events are sent to the source with.
        status (str | Unset):
    """

    label: str | Unset = UNSET
    occurence_type: str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    timezone: str | Unset = UNSET
    data_range_type: None | str | Unset = UNSET
    data_last: int | None | Unset = UNSET
    data_start_date: datetime.datetime | None | Unset = UNSET
    data_end_date: datetime.datetime | None | Unset = UNSET
    last_request_at: datetime.datetime | None | Unset = UNSET
    next_request_at: datetime.datetime | None | Unset = UNSET
    last_run_at: datetime.datetime | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    updated: datetime.datetime | None | Unset = UNSET
    cron: None | str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    parameters: None | SourceAttributesParametersType0 | Unset = UNSET
    health: SourceHealth | Unset = UNSET
    integration_key: UUID | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        occurence_type = self.occurence_type

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        timezone = self.timezone

        data_range_type: None | str | Unset
        if isinstance(self.data_range_type, Unset):
            data_range_type = UNSET
        else:
            data_range_type = self.data_range_type

        data_last: int | None | Unset
        if isinstance(self.data_last, Unset):
            data_last = UNSET
        else:
            data_last = self.data_last

        data_start_date: None | str | Unset
        if isinstance(self.data_start_date, Unset):
            data_start_date = UNSET
        elif isinstance(self.data_start_date, datetime.datetime):
            data_start_date = self.data_start_date.isoformat()
        else:
            data_start_date = self.data_start_date

        data_end_date: None | str | Unset
        if isinstance(self.data_end_date, Unset):
            data_end_date = UNSET
        elif isinstance(self.data_end_date, datetime.datetime):
            data_end_date = self.data_end_date.isoformat()
        else:
            data_end_date = self.data_end_date

        last_request_at: None | str | Unset
        if isinstance(self.last_request_at, Unset):
            last_request_at = UNSET
        elif isinstance(self.last_request_at, datetime.datetime):
            last_request_at = self.last_request_at.isoformat()
        else:
            last_request_at = self.last_request_at

        next_request_at: None | str | Unset
        if isinstance(self.next_request_at, Unset):
            next_request_at = UNSET
        elif isinstance(self.next_request_at, datetime.datetime):
            next_request_at = self.next_request_at.isoformat()
        else:
            next_request_at = self.next_request_at

        last_run_at: None | str | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        elif isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        elif isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        cron: None | str | Unset
        if isinstance(self.cron, Unset):
            cron = UNSET
        else:
            cron = self.cron

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, SourceAttributesParametersType0):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        integration_key: str | Unset = UNSET
        if not isinstance(self.integration_key, Unset):
            integration_key = str(self.integration_key)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if occurence_type is not UNSET:
            field_dict["occurence_type"] = occurence_type
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if data_range_type is not UNSET:
            field_dict["data_range_type"] = data_range_type
        if data_last is not UNSET:
            field_dict["data_last"] = data_last
        if data_start_date is not UNSET:
            field_dict["data_start_date"] = data_start_date
        if data_end_date is not UNSET:
            field_dict["data_end_date"] = data_end_date
        if last_request_at is not UNSET:
            field_dict["last_request_at"] = last_request_at
        if next_request_at is not UNSET:
            field_dict["next_request_at"] = next_request_at
        if last_run_at is not UNSET:
            field_dict["last_run_at"] = last_run_at
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if cron is not UNSET:
            field_dict["cron"] = cron
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if health is not UNSET:
            field_dict["health"] = health
        if integration_key is not UNSET:
            field_dict["integration_key"] = integration_key
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        label = d.get("label", UNSET)

        occurence_type = d.get("occurence_type", UNSET)

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        start_date = _parse_start_date(d.get("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        end_date = _parse_end_date(d.get("end_date", UNSET))

        timezone = d.get("timezone", UNSET)

        def _parse_data_range_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        data_range_type = _parse_data_range_type(d.get("data_range_type", UNSET))

        def _parse_data_last(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        data_last = _parse_data_last(d.get("data_last", UNSET))

        def _parse_data_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        data_start_date = _parse_data_start_date(d.get("data_start_date", UNSET))

        def _parse_data_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        data_end_date = _parse_data_end_date(d.get("data_end_date", UNSET))

        def _parse_last_request_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        last_request_at = _parse_last_request_at(d.get("last_request_at", UNSET))

        def _parse_next_request_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        next_request_at = _parse_next_request_at(d.get("next_request_at", UNSET))

        def _parse_last_run_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        last_run_at = _parse_last_run_at(d.get("last_run_at", UNSET))

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        created = _parse_created(d.get("created", UNSET))

        def _parse_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        updated = _parse_updated(d.get("updated", UNSET))

        def _parse_cron(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        cron = _parse_cron(d.get("cron", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        deleted_at = _parse_deleted_at(d.get("deleted_at", UNSET))

        def _parse_parameters(data: object) -> None | SourceAttributesParametersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = SourceAttributesParametersType0.from_dict(object_member(data, "parameters_type_0"))

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | SourceAttributesParametersType0 | Unset", data)

        parameters = _parse_parameters(d.get("parameters", UNSET))

        _health = d.get("health", UNSET)
        health: SourceHealth | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = SourceHealth.from_dict(object_member(_health, "health"))

        _integration_key = d.get("integration_key", UNSET)
        integration_key: UUID | Unset
        if isinstance(_integration_key, Unset):
            integration_key = UNSET
        else:
            integration_key = UUID(_integration_key)

        status = d.get("status", UNSET)

        source_attributes = cls(
            label=label,
            occurence_type=occurence_type,
            start_date=start_date,
            end_date=end_date,
            timezone=timezone,
            data_range_type=data_range_type,
            data_last=data_last,
            data_start_date=data_start_date,
            data_end_date=data_end_date,
            last_request_at=last_request_at,
            next_request_at=next_request_at,
            last_run_at=last_run_at,
            created=created,
            updated=updated,
            cron=cron,
            deleted_at=deleted_at,
            parameters=parameters,
            health=health,
            integration_key=integration_key,
            status=status,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceAttributes_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceAttributes_MEMBERS}
        )
        source_attributes.additional_properties = unknown
        return source_attributes

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


from ..models.source_attributes_parameters_type_0 import SourceAttributesParametersType0
from ..models.source_health import SourceHealth
