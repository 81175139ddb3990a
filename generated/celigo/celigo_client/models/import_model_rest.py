from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr
from ..models.import_model_rest_method_item import ImportModelRestMethodItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportModelRest")
_ImportModelRest_MEMBERS: frozenset[str] = frozenset(
    (
        "relativeURI",
        "method",
    )
)


@_attrs_define
class ImportModelRest:
    """Where a REST import sends the records, and with which method.

    Attributes:
        relative_uri (list[str] | Unset): The URIs, relative to the connection's `baseURI`, records are sent to.
        method (list[ImportModelRestMethodItem] | Unset): The HTTP methods records are sent with.
    """

    relative_uri: list[str] | Unset = UNSET
    method: list[ImportModelRestMethodItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        relative_uri: list[str] | Unset = UNSET
        if not isinstance(self.relative_uri, Unset):
            relative_uri = self.relative_uri

        method: list[str] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = []
            for method_item_data in self.method:
                method_item = method_item_data.value
                method.append(method_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if relative_uri is not UNSET:
            field_dict["relativeURI"] = relative_uri
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _relative_uri = d.get("relativeURI", UNSET)
        relative_uri = (
            UNSET if _relative_uri is UNSET else cast("list[str]", array_member(_relative_uri, "relativeURI"))
        )

        _method = d.get("method", UNSET)
        method: list[ImportModelRestMethodItem] | Unset = UNSET
        if _method is not UNSET:
            method = []
            for method_item_data in array_member(_method, "method"):
                method_item = ImportModelRestMethodItem(method_item_data)

                method.append(method_item)

        import_model_rest = cls(
            relative_uri=relative_uri,
            method=method,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ImportModelRest_MEMBERS
            else {key: value for key, value in d.items() if key not in _ImportModelRest_MEMBERS}
        )
        import_model_rest.additional_properties = unknown
        return import_model_rest

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
