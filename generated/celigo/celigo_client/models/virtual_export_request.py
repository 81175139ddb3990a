from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="VirtualExportRequest")
_VirtualExportRequest_MEMBERS: frozenset[str] = frozenset(("export",))


@_attrs_define
class VirtualExportRequest:
    """A virtual export to run.

    Attributes:
        export (ExportModel): An export: where records come from and how they are paged. The source settings object is
            named after
            the connection's type (`netsuite` for a NetSuite search); others are accepted as they are.
    """

    export: ExportModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        export = self.export.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export": export,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        export = ExportModel.from_dict(object_member(d["export"], "export"))

        virtual_export_request = cls(
            export=export,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _VirtualExportRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _VirtualExportRequest_MEMBERS}
        )
        virtual_export_request.additional_properties = unknown
        return virtual_export_request

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


from ..models.export_model import ExportModel
