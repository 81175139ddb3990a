from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..models.primitive_attribute_type import PrimitiveAttributeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrimitiveAttribute")
_PrimitiveAttribute_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "display_name",
        "type",
        "id",
        "description",
        "validations",
        "metadata",
        "enum",
    )
)


@_attrs_define
class PrimitiveAttribute:
    """An attribute whose values are scalars.

    Attributes:
        name (str): A short identifier, used to refer to the attribute in validations: letters, digits and underscores,
            under 255 characters.
        display_name (str): A public-facing name.
        type_ (PrimitiveAttributeType): The scalar type.
        id (int | Unset): The attribute's identifier (assigned by Narrative).
        description (str | Unset): What the attribute represents, how it is collected, assumptions.
        validations (list[str] | Unset): Spark SQL expressions that every valid value satisfies; all must hold.
        metadata (AttributeMetadata | Unset): Statistics about an attribute.
        enum (list[Any] | Unset): The values allowed.
    """

    name: str
    display_name: str
    type_: PrimitiveAttributeType
    id: int | Unset = UNSET
    description: str | Unset = UNSET
    validations: list[str] | Unset = UNSET
    metadata: AttributeMetadata | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        type_ = self.type_.value

        id = self.id

        description = self.description

        validations: list[str] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = self.validations

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        enum: list[Any] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "display_name": display_name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if validations is not UNSET:
            field_dict["validations"] = validations
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if enum is not UNSET:
            field_dict["enum"] = enum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        display_name = d["display_name"]

        type_ = PrimitiveAttributeType(d["type"])

        id = d.get("id", UNSET)

        description = d.get("description", UNSET)

        _validations = d.get("validations", UNSET)
        validations = UNSET if _validations is UNSET else cast("list[str]", array_member(_validations, "validations"))

        _metadata = d.get("metadata", UNSET)
        metadata: AttributeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AttributeMetadata.from_dict(object_member(_metadata, "metadata"))

        _enum = d.get("enum", UNSET)
        enum = UNSET if _enum is UNSET else cast("list[Any]", array_member(_enum, "enum"))

        primitive_attribute = cls(
            name=name,
            display_name=display_name,
            type_=type_,
            id=id,
            description=description,
            validations=validations,
            metadata=metadata,
            enum=enum,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _PrimitiveAttribute_MEMBERS
            else {key: value for key, value in d.items() if key not in _PrimitiveAttribute_MEMBERS}
        )
        primitive_attribute.additional_properties = unknown
        return primitive_attribute

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


from ..models.attribute_metadata import AttributeMetadata
