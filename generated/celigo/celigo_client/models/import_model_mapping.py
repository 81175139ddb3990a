from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportModelMapping")
_ImportModelMapping_MEMBERS: frozenset[str] = frozenset(("fields",))


@_attrs_define
class ImportModelMapping:
    """How each record is rewritten before it is sent.

    Attributes:
        fields (list[FieldMapping] | Unset): The field mappings, applied in order.
    """

    fields: list[FieldMapping] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _fields = d.get("fields", UNSET)
        fields: list[FieldMapping] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in array_member(_fields, "fields"):
                fields_item = FieldMapping.from_dict(object_member(fields_item_data, "fields_item"))

                fields.append(fields_item)

        import_model_mapping = cls(
            fields=fields,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ImportModelMapping_MEMBERS
            else {key: value for key, value in d.items() if key not in _ImportModelMapping_MEMBERS}
        )
        import_model_mapping.additional_properties = unknown
        return import_model_mapping

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


from ..models.field_mapping import FieldMapping
