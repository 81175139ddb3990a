from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, json_kind, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="MappingCreate")
_MappingCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "mapping",
        "attribute_id",
        "dataset_id",
    )
)


@_attrs_define
class MappingCreate:
    """A new mapping.

    Attributes:
        mapping (ObjectMapping | ValueMapping): How a dataset's rows become attribute values, told apart by `type`.
        attribute_id (int | Unset): The target attribute.
        dataset_id (int | Unset): The source dataset.
    """

    mapping: ObjectMapping | ValueMapping
    attribute_id: int | Unset = UNSET
    dataset_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        mapping: dict[str, Any]
        if isinstance(self.mapping, ObjectMapping):
            mapping = self.mapping.to_dict()
        else:
            mapping = self.mapping.to_dict()

        attribute_id = self.attribute_id

        dataset_id = self.dataset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mapping": mapping,
            }
        )
        if attribute_id is not UNSET:
            field_dict["attribute_id"] = attribute_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

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

        attribute_id = d.get("attribute_id", UNSET)

        dataset_id = d.get("dataset_id", UNSET)

        mapping_create = cls(
            mapping=mapping,
            attribute_id=attribute_id,
            dataset_id=dataset_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MappingCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _MappingCreate_MEMBERS}
        )
        mapping_create.additional_properties = unknown
        return mapping_create

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
