from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..models.access_rule_status import AccessRuleStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRule")
_AccessRule_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "company_id",
        "company_name",
        "company_slug",
        "display_name",
        "description",
        "status",
        "tags",
        "nql",
        "schema",
        "collaborators",
        "price_cpm_usd",
        "metadata",
        "dataset_ids",
        "type",
        "is_owned",
        "image",
    )
)


@_attrs_define
class AccessRule:
    """An access rule: which rows of a provider's data may be bought, by whom, and at what price.

    Attributes:
        id (int): The access rule's identifier.
        name (str): A unique name: letters, digits and underscores, at most 256 characters.
        company_id (int | Unset): The owning company.
        company_name (str | Unset):
        company_slug (str | Unset):
        display_name (str | Unset):
        description (str | Unset):
        status (AccessRuleStatus | Unset): Whether the access rule is in use.
        tags (list[str] | Unset):
        nql (str | Unset): The NQL query that defines the rows the rule sells.
        schema (DatasetSchema | Unset): The shape of a dataset's records (also used for access rules' and views'
            outputs).
        collaborators (CompanyConstraint | Unset): A constraint naming which companies something applies to, or does not
            apply to.
        price_cpm_usd (float | Unset): The price of 1,000 matching rows, in US dollars.
        metadata (ResourceMetadata | Unset): When, and by whom, a resource was created and last updated.
        dataset_ids (list[int] | Unset): The datasets the rule reads.
        type_ (str | Unset): How the caller relates to the rule.
        is_owned (bool | Unset): Whether the caller's company owns the rule.
        image (str | Unset): The URL of an image of the rule.
    """

    id: int
    name: str
    company_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    company_slug: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: AccessRuleStatus | Unset = UNSET
    tags: list[str] | Unset = UNSET
    nql: str | Unset = UNSET
    schema: DatasetSchema | Unset = UNSET
    collaborators: CompanyConstraint | Unset = UNSET
    price_cpm_usd: float | Unset = UNSET
    metadata: ResourceMetadata | Unset = UNSET
    dataset_ids: list[int] | Unset = UNSET
    type_: str | Unset = UNSET
    is_owned: bool | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        company_name = self.company_name

        company_slug = self.company_slug

        display_name = self.display_name

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        nql = self.nql

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        collaborators: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = self.collaborators.to_dict()

        price_cpm_usd = self.price_cpm_usd

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        dataset_ids: list[int] | Unset = UNSET
        if not isinstance(self.dataset_ids, Unset):
            dataset_ids = self.dataset_ids

        type_ = self.type_

        is_owned = self.is_owned

        image = self.image

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
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if company_slug is not UNSET:
            field_dict["company_slug"] = company_slug
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if nql is not UNSET:
            field_dict["nql"] = nql
        if schema is not UNSET:
            field_dict["schema"] = schema
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if price_cpm_usd is not UNSET:
            field_dict["price_cpm_usd"] = price_cpm_usd
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if dataset_ids is not UNSET:
            field_dict["dataset_ids"] = dataset_ids
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_owned is not UNSET:
            field_dict["is_owned"] = is_owned
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        company_id = d.get("company_id", UNSET)

        company_name = d.get("company_name", UNSET)

        company_slug = d.get("company_slug", UNSET)

        display_name = d.get("display_name", UNSET)

        description = d.get("description", UNSET)

        _status = d.get("status", UNSET)
        status: AccessRuleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccessRuleStatus(_status)

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        nql = d.get("nql", UNSET)

        _schema = d.get("schema", UNSET)
        schema: DatasetSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = DatasetSchema.from_dict(object_member(_schema, "schema"))

        _collaborators = d.get("collaborators", UNSET)
        collaborators: CompanyConstraint | Unset
        if isinstance(_collaborators, Unset):
            collaborators = UNSET
        else:
            collaborators = CompanyConstraint.from_dict(object_member(_collaborators, "collaborators"))

        price_cpm_usd = d.get("price_cpm_usd", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata: ResourceMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ResourceMetadata.from_dict(object_member(_metadata, "metadata"))

        _dataset_ids = d.get("dataset_ids", UNSET)
        dataset_ids = UNSET if _dataset_ids is UNSET else cast("list[int]", array_member(_dataset_ids, "dataset_ids"))

        type_ = d.get("type", UNSET)

        is_owned = d.get("is_owned", UNSET)

        image = d.get("image", UNSET)

        access_rule = cls(
            id=id,
            name=name,
            company_id=company_id,
            company_name=company_name,
            company_slug=company_slug,
            display_name=display_name,
            description=description,
            status=status,
            tags=tags,
            nql=nql,
            schema=schema,
            collaborators=collaborators,
            price_cpm_usd=price_cpm_usd,
            metadata=metadata,
            dataset_ids=dataset_ids,
            type_=type_,
            is_owned=is_owned,
            image=image,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AccessRule_MEMBERS
            else {key: value for key, value in d.items() if key not in _AccessRule_MEMBERS}
        )
        access_rule.additional_properties = unknown
        return access_rule

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


from ..models.company_constraint import CompanyConstraint
from ..models.dataset_schema import DatasetSchema
from ..models.resource_metadata import ResourceMetadata
