from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="VirtualImportRequest")
_VirtualImportRequest_MEMBERS: frozenset[str] = frozenset(
    (
        "import",
        "data",
    )
)


@_attrs_define
class VirtualImportRequest:
    """A virtual import to run, and the records to import.

    Attributes:
        import_ (ImportModel): What an import does with the records (how they are mapped, and where and how they are
            sent).
        data (list[Record]): The records to import.
    """

    import_: ImportModel
    data: list[Record]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        import_ = self.import_.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import": import_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        import_ = ImportModel.from_dict(object_member(d["import"], "import"))

        data = []
        _data = array_member(d["data"], "data")
        for data_item_data in _data:
            data_item = Record.from_dict(object_member(data_item_data, "data_item"))

            data.append(data_item)

        virtual_import_request = cls(
            import_=import_,
            data=data,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _VirtualImportRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _VirtualImportRequest_MEMBERS}
        )
        virtual_import_request.additional_properties = unknown
        return virtual_import_request

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


from ..models.import_model import ImportModel
from ..models.record import Record
