from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="PermissionCreate")
_PermissionCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "resource",
        "status",
        "verb",
    )
)


@_attrs_define
class PermissionCreate:
    """A new permission.

    Attributes:
        resource (str): The resource type.
        status (PermissionCreateStatus):
        verb (PermissionCreateVerb): The action permitted.
    """

    resource: str
    status: PermissionCreateStatus
    verb: PermissionCreateVerb
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        status = self.status.to_dict()

        verb = self.verb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "status": status,
                "verb": verb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        resource = d["resource"]

        status = PermissionCreateStatus.from_dict(object_member(d["status"], "status"))

        verb = PermissionCreateVerb.from_dict(object_member(d["verb"], "verb"))

        permission_create = cls(
            resource=resource,
            status=status,
            verb=verb,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _PermissionCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _PermissionCreate_MEMBERS}
        )
        permission_create.additional_properties = unknown
        return permission_create

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


from ..models.permission_create_status import PermissionCreateStatus
from ..models.permission_create_verb import PermissionCreateVerb
