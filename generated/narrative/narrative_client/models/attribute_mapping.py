from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, json_kind, json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeMapping")
_AttributeMapping_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "attribute_id",
        "dataset_id",
        "mapping",
        "status",
        "created_at",
        "updated_at",
        "created_by",
        "updated_by",
        "company_id",
        "scope",
        "source",
        "derived_from",
    )
)


@_attrs_define
class AttributeMapping:
    """A mapping from a dataset to an attribute.

    Attributes:
        id (UUID):
        attribute_id (int):
        dataset_id (int):
        mapping (ObjectMapping | ValueMapping): How a dataset's rows become attribute values, told apart by `type`.
        status (str | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        updated_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        created_by (int | Unset):
        updated_by (int | Unset):
        company_id (int | Unset):
        scope (str | Unset):
        source (str | Unset):
        derived_from (None | Unset | UUID): The mapping this one was promoted from.
    """

    id: UUID
    attribute_id: int
    dataset_id: int
    mapping: ObjectMapping | ValueMapping
    status: str | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    created_by: int | Unset = UNSET
    updated_by: int | Unset = UNSET
    company_id: int | Unset = UNSET
    scope: str | Unset = UNSET
    source: str | Unset = UNSET
    derived_from: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        attribute_id = self.attribute_id

        dataset_id = self.dataset_id

        mapping: dict[str, Any]
        if isinstance(self.mapping, ObjectMapping):
            mapping = self.mapping.to_dict()
        else:
            mapping = self.mapping.to_dict()

        status = self.status

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        created_by = self.created_by

        updated_by = self.updated_by

        company_id = self.company_id

        scope = self.scope

        source = self.source

        derived_from: None | str | Unset
        if isinstance(self.derived_from, Unset):
            derived_from = UNSET
        elif isinstance(self.derived_from, UUID):
            derived_from = str(self.derived_from)
        else:
            derived_from = self.derived_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "attribute_id": attribute_id,
                "dataset_id": dataset_id,
                "mapping": mapping,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if source is not UNSET:
            field_dict["source"] = source
        if derived_from is not UNSET:
            field_dict["derived_from"] = derived_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        attribute_id = d["attribute_id"]

        dataset_id = d["dataset_id"]

        def _parse_mapping(data: object) -> ObjectMapping | ValueMapping:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mapping_definition_type_0 = ObjectMapping.from_dict(
                    object_member(data, "/components/schemas/MappingDefinition_type_0")
                )

                return componentsschemas_mapping_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("mapping", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_mapping_definition_type_1 = ValueMapping.from_dict(
                object_member(data, "/components/schemas/MappingDefinition_type_1")
            )

            return componentsschemas_mapping_definition_type_1

        mapping = _parse_mapping(d["mapping"])

        status = d.get("status", UNSET)

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

        created_by = d.get("created_by", UNSET)

        updated_by = d.get("updated_by", UNSET)

        company_id = d.get("company_id", UNSET)

        scope = d.get("scope", UNSET)

        source = d.get("source", UNSET)

        def _parse_derived_from(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                derived_from_type_0 = UUID(data)

                return derived_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        derived_from = _parse_derived_from(d.get("derived_from", UNSET))

        attribute_mapping = cls(
            id=id,
            attribute_id=attribute_id,
            dataset_id=dataset_id,
            mapping=mapping,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            company_id=company_id,
            scope=scope,
            source=source,
            derived_from=derived_from,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AttributeMapping_MEMBERS
            else {key: value for key, value in d.items() if key not in _AttributeMapping_MEMBERS}
        )
        attribute_mapping.additional_properties = unknown
        return attribute_mapping

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


from ..models.object_mapping import ObjectMapping
from ..models.value_mapping import ValueMapping
