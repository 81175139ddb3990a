from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="SourceCreateDocument")
_SourceCreateDocument_MEMBERS: frozenset[str] = frozenset(("data",))


@_attrs_define
class SourceCreateDocument:
    """A new source, its `data` without an `id`.

    Attributes:
        data (SourceCreateDocumentData):
    """

    data: SourceCreateDocumentData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = SourceCreateDocumentData.from_dict(object_member(d["data"], "data"))

        source_create_document = cls(
            data=data,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceCreateDocument_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceCreateDocument_MEMBERS}
        )
        source_create_document.additional_properties = unknown
        return source_create_document

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


from ..models.source_create_document_data import SourceCreateDocumentData
