from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportModel")
_ImportModel_MEMBERS: frozenset[str] = frozenset(
    (
        "mapping",
        "rest",
    )
)


@_attrs_define
class ImportModel:
    """What an import does with the records (how they are mapped, and where and how they are sent).

    Attributes:
        mapping (ImportModelMapping | Unset): How each record is rewritten before it is sent.
        rest (ImportModelRest | Unset): Where a REST import sends the records, and with which method.
    """

    mapping: ImportModelMapping | Unset = UNSET
    rest: ImportModelRest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        rest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rest, Unset):
            rest = self.rest.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if rest is not UNSET:
            field_dict["rest"] = rest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _mapping = d.get("mapping", UNSET)
        mapping: ImportModelMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = ImportModelMapping.from_dict(object_member(_mapping, "mapping"))

        _rest = d.get("rest", UNSET)
        rest: ImportModelRest | Unset
        if isinstance(_rest, Unset):
            rest = UNSET
        else:
            rest = ImportModelRest.from_dict(object_member(_rest, "rest"))

        import_model = cls(
            mapping=mapping,
            rest=rest,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ImportModel_MEMBERS
            else {key: value for key, value in d.items() if key not in _ImportModel_MEMBERS}
        )
        import_model.additional_properties = unknown
        return import_model

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


from ..models.import_model_mapping import ImportModelMapping
from ..models.import_model_rest import ImportModelRest
