from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportResult")
_ImportResult_MEMBERS: frozenset[str] = frozenset(
    (
        "statusCode",
        "id",
        "_json",
    )
)


@_attrs_define
class ImportResult:
    """What happened to one imported record.

    Attributes:
        status_code (int): The HTTP status the application answered for the record.
        id (str | Unset): The record's identifier in the application.
        field_json (ImportResultJson | Unset): The application's answer for the record (in the document, the record as
            stored).
    """

    status_code: int
    id: str | Unset = UNSET
    field_json: ImportResultJson | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        id = self.id

        field_json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_json, Unset):
            field_json = self.field_json.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if field_json is not UNSET:
            field_dict["_json"] = field_json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status_code = d["statusCode"]

        id = d.get("id", UNSET)

        _field_json = d.get("_json", UNSET)
        field_json: ImportResultJson | Unset
        if isinstance(_field_json, Unset):
            field_json = UNSET
        else:
            field_json = ImportResultJson.from_dict(object_member(_field_json, "_json"))

        import_result = cls(
            status_code=status_code,
            id=id,
            field_json=field_json,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ImportResult_MEMBERS
            else {key: value for key, value in d.items() if key not in _ImportResult_MEMBERS}
        )
        import_result.additional_properties = unknown
        return import_result

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


from ..models.import_result_json import ImportResultJson
