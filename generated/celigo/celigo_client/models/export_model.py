from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportModel")
_ExportModel_MEMBERS: frozenset[str] = frozenset(
    (
        "asynchronous",
        "pageSize",
        "netsuite",
    )
)


@_attrs_define
class ExportModel:
    """An export: where records come from and how they are paged. The source settings object is named after
    the connection's type (`netsuite` for a NetSuite search); others are accepted as they are.

        Attributes:
            asynchronous (bool | Unset): Whether integrator.io runs the export asynchronously on the application's side.
            page_size (int | Unset): How many records a page holds.
            netsuite (ExportModelNetsuite | Unset): What a NetSuite export reads.
    """

    asynchronous: bool | Unset = UNSET
    page_size: int | Unset = UNSET
    netsuite: ExportModelNetsuite | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        asynchronous = self.asynchronous

        page_size = self.page_size

        netsuite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.netsuite, Unset):
            netsuite = self.netsuite.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asynchronous is not UNSET:
            field_dict["asynchronous"] = asynchronous
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if netsuite is not UNSET:
            field_dict["netsuite"] = netsuite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        asynchronous = d.get("asynchronous", UNSET)

        page_size = d.get("pageSize", UNSET)

        _netsuite = d.get("netsuite", UNSET)
        netsuite: ExportModelNetsuite | Unset
        if isinstance(_netsuite, Unset):
            netsuite = UNSET
        else:
            netsuite = ExportModelNetsuite.from_dict(object_member(_netsuite, "netsuite"))

        export_model = cls(
            asynchronous=asynchronous,
            page_size=page_size,
            netsuite=netsuite,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ExportModel_MEMBERS
            else {key: value for key, value in d.items() if key not in _ExportModel_MEMBERS}
        )
        export_model.additional_properties = unknown
        return export_model

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


from ..models.export_model_netsuite import ExportModelNetsuite
