from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertySchema")
_PropertySchema_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "display_name",
        "description",
        "order",
        "approximate_cardinality",
        "enum",
        "validations",
        "items",
        "properties",
        "required",
    )
)


@_attrs_define
class PropertySchema:
    """The definition of one field: of an attribute's property, a dataset column, a view column or a field of
    a delivery schema. Object and array fields nest further definitions in `properties` and `items`.

        Attributes:
            type_ (str): The field's type, e.g. `string`, `long`, `double`, `boolean`, `timestamptz`, `object`, `array`.
            display_name (str | Unset): A human-friendly name of the field.
            description (str | Unset): What the field holds.
            order (int | Unset): The field's position; for flat files, its column order.
            approximate_cardinality (int | Unset): Roughly how many distinct values the field has.
            enum (list[Any] | Unset): The values the field may take.
            validations (list[str] | Unset): Spark SQL expressions that a valid value satisfies (all of them).
            items (PropertySchema | Unset): The definition of one field: of an attribute's property, a dataset column, a
                view column or a field of
                a delivery schema. Object and array fields nest further definitions in `properties` and `items`.
            properties (PropertySchemaProperties | Unset): The nested fields of an `object` field, by name.
            required (list[str] | Unset): The nested fields that must be present.
    """

    type_: str
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    order: int | Unset = UNSET
    approximate_cardinality: int | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    validations: list[str] | Unset = UNSET
    items: PropertySchema | Unset = UNSET
    properties: PropertySchemaProperties | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        display_name = self.display_name

        description = self.description

        order = self.order

        approximate_cardinality = self.approximate_cardinality

        enum: list[Any] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        validations: list[str] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = self.validations

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if order is not UNSET:
            field_dict["order"] = order
        if approximate_cardinality is not UNSET:
            field_dict["approximate_cardinality"] = approximate_cardinality
        if enum is not UNSET:
            field_dict["enum"] = enum
        if validations is not UNSET:
            field_dict["validations"] = validations
        if items is not UNSET:
            field_dict["items"] = items
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        display_name = d.get("display_name", UNSET)

        description = d.get("description", UNSET)

        order = d.get("order", UNSET)

        approximate_cardinality = d.get("approximate_cardinality", UNSET)

        _enum = d.get("enum", UNSET)
        enum = UNSET if _enum is UNSET else cast("list[Any]", array_member(_enum, "enum"))

        _validations = d.get("validations", UNSET)
        validations = UNSET if _validations is UNSET else cast("list[str]", array_member(_validations, "validations"))

        _items = d.get("items", UNSET)
        items: PropertySchema | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = PropertySchema.from_dict(object_member(_items, "items"))

        _properties = d.get("properties", UNSET)
        properties: PropertySchemaProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = PropertySchemaProperties.from_dict(object_member(_properties, "properties"))

        _required = d.get("required", UNSET)
        required = UNSET if _required is UNSET else cast("list[str]", array_member(_required, "required"))

        property_schema = cls(
            type_=type_,
            display_name=display_name,
            description=description,
            order=order,
            approximate_cardinality=approximate_cardinality,
            enum=enum,
            validations=validations,
            items=items,
            properties=properties,
            required=required,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _PropertySchema_MEMBERS
            else {key: value for key, value in d.items() if key not in _PropertySchema_MEMBERS}
        )
        property_schema.additional_properties = unknown
        return property_schema

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


from ..models.property_schema_properties import PropertySchemaProperties
