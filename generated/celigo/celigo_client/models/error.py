from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="Error")
_Error_MEMBERS: frozenset[str] = frozenset(("errors",))


@_attrs_define
class Error:
    """The body of every error answer.

    Attributes:
        errors (list[ErrorErrorsItem]): What was wrong, one entry per problem.
    """

    errors: list[ErrorErrorsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        errors = []
        _errors = array_member(d["errors"], "errors")
        for errors_item_data in _errors:
            errors_item = ErrorErrorsItem.from_dict(object_member(errors_item_data, "errors_item"))

            errors.append(errors_item)

        error = cls(
            errors=errors,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Error_MEMBERS else {key: value for key, value in d.items() if key not in _Error_MEMBERS}
        )
        error.additional_properties = unknown
        return error

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


from ..models.error_errors_item import ErrorErrorsItem
