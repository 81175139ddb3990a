from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, array_member, json_kind, json_member, model_repr, object_member
from ..models.dataset_status import DatasetStatus
from ..models.write_mode import WriteMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Dataset")
_Dataset_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "company_id",
        "created_at",
        "description",
        "display_name",
        "retention_policy",
        "schema",
        "status",
        "tags",
        "updated_at",
        "write_mode",
        "subscription_id",
        "last_snapshot_created_at",
        "stats",
    )
)


@_attrs_define
class Dataset:
    """A dataset: data a company stores on the platform, as an Iceberg table.

    Attributes:
        id (int):
        name (str):
        company_id (int | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        description (str | Unset):
        display_name (str | Unset):
        retention_policy (ExpireEverything | RetainEverything | Unset): Which of a dataset's snapshots are kept, told
            apart by `type`.
        schema (DatasetSchema | Unset): The shape of a dataset's records (also used for access rules' and views'
            outputs).
        status (DatasetStatus | Unset): `pending` until activated; `archived` datasets cannot change.
        tags (list[str] | Unset):
        updated_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        write_mode (WriteMode | Unset): How new uploads are treated: added to the data, or replacing it.
        subscription_id (None | Unset | UUID): The subscription that fills the dataset, if any.
        last_snapshot_created_at (datetime.datetime | None | str | Unset):
        stats (DatasetStats | Unset): Storage statistics of a dataset.
    """

    id: int
    name: str
    company_id: int | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    retention_policy: ExpireEverything | RetainEverything | Unset = UNSET
    schema: DatasetSchema | Unset = UNSET
    status: DatasetStatus | Unset = UNSET
    tags: list[str] | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    write_mode: WriteMode | Unset = UNSET
    subscription_id: None | Unset | UUID = UNSET
    last_snapshot_created_at: datetime.datetime | None | str | Unset = UNSET
    stats: DatasetStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        description = self.description

        display_name = self.display_name

        retention_policy: dict[str, Any] | Unset
        if isinstance(self.retention_policy, Unset):
            retention_policy = UNSET
        elif isinstance(self.retention_policy, RetainEverything):
            retention_policy = self.retention_policy.to_dict()
        else:
            retention_policy = self.retention_policy.to_dict()

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        updated_at: str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        write_mode: str | Unset = UNSET
        if not isinstance(self.write_mode, Unset):
            write_mode = self.write_mode.value

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        elif isinstance(self.subscription_id, UUID):
            subscription_id = str(self.subscription_id)
        else:
            subscription_id = self.subscription_id

        last_snapshot_created_at: None | str | Unset
        if isinstance(self.last_snapshot_created_at, Unset):
            last_snapshot_created_at = UNSET
        elif isinstance(self.last_snapshot_created_at, datetime.datetime):
            last_snapshot_created_at = self.last_snapshot_created_at.isoformat()
        else:
            last_snapshot_created_at = self.last_snapshot_created_at

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if retention_policy is not UNSET:
            field_dict["retention_policy"] = retention_policy
        if schema is not UNSET:
            field_dict["schema"] = schema
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if write_mode is not UNSET:
            field_dict["write_mode"] = write_mode
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if last_snapshot_created_at is not UNSET:
            field_dict["last_snapshot_created_at"] = last_snapshot_created_at
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        company_id = d.get("company_id", UNSET)

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

        description = d.get("description", UNSET)

        display_name = d.get("display_name", UNSET)

        def _parse_retention_policy(data: object) -> ExpireEverything | RetainEverything | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_retention_policy_type_0 = RetainEverything.from_dict(
                    object_member(data, "/components/schemas/RetentionPolicy_type_0")
                )

                return componentsschemas_retention_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("retention_policy", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_retention_policy_type_1 = ExpireEverything.from_dict(
                object_member(data, "/components/schemas/RetentionPolicy_type_1")
            )

            return componentsschemas_retention_policy_type_1

        retention_policy = _parse_retention_policy(d.get("retention_policy", UNSET))

        _schema = d.get("schema", UNSET)
        schema: DatasetSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = DatasetSchema.from_dict(object_member(_schema, "schema"))

        _status = d.get("status", UNSET)
        status: DatasetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetStatus(_status)

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        def _parse_updated_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "updated_at", (str,)))

        updated_at = _parse_updated_at(d.get("updated_at", UNSET))

        _write_mode = d.get("write_mode", UNSET)
        write_mode: WriteMode | Unset
        if isinstance(_write_mode, Unset):
            write_mode = UNSET
        else:
            write_mode = WriteMode(_write_mode)

        def _parse_subscription_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subscription_id_type_0 = UUID(data)

                return subscription_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        subscription_id = _parse_subscription_id(d.get("subscription_id", UNSET))

        def _parse_last_snapshot_created_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | str | Unset", data)

        last_snapshot_created_at = _parse_last_snapshot_created_at(d.get("last_snapshot_created_at", UNSET))

        _stats = d.get("stats", UNSET)
        stats: DatasetStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = DatasetStats.from_dict(object_member(_stats, "stats"))

        dataset = cls(
            id=id,
            name=name,
            company_id=company_id,
            created_at=created_at,
            description=description,
            display_name=display_name,
            retention_policy=retention_policy,
            schema=schema,
            status=status,
            tags=tags,
            updated_at=updated_at,
            write_mode=write_mode,
            subscription_id=subscription_id,
            last_snapshot_created_at=last_snapshot_created_at,
            stats=stats,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Dataset_MEMBERS
            else {key: value for key, value in d.items() if key not in _Dataset_MEMBERS}
        )
        dataset.additional_properties = unknown
        return dataset

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


from ..models.dataset_schema import DatasetSchema
from ..models.dataset_stats import DatasetStats
from ..models.expire_everything import ExpireEverything
from ..models.retain_everything import RetainEverything
