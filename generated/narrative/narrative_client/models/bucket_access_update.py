from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, json_kind, model_repr, object_member

T = TypeVar("T", bound="BucketAccessUpdate")
_BucketAccessUpdate_MEMBERS: frozenset[str] = frozenset(
    (
        "bucket_name",
        "new_access",
    )
)


@_attrs_define
class BucketAccessUpdate:
    """A bucket's new access type.

    Attributes:
        bucket_name (str): The bucket's full name.
        new_access (BucketPolicyAccess | RoleAccess): How the company's AWS account reaches the bucket, told apart by
            `type`.
    """

    bucket_name: str
    new_access: BucketPolicyAccess | RoleAccess
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        new_access: dict[str, Any]
        if isinstance(self.new_access, BucketPolicyAccess):
            new_access = self.new_access.to_dict()
        else:
            new_access = self.new_access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_name": bucket_name,
                "new_access": new_access,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        bucket_name = d["bucket_name"]

        def _parse_new_access(data: object) -> BucketPolicyAccess | RoleAccess:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bucket_access_type_0 = BucketPolicyAccess.from_dict(
                    object_member(data, "/components/schemas/BucketAccess_type_0")
                )

                return componentsschemas_bucket_access_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("new_access", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_bucket_access_type_1 = RoleAccess.from_dict(
                object_member(data, "/components/schemas/BucketAccess_type_1")
            )

            return componentsschemas_bucket_access_type_1

        new_access = _parse_new_access(d["new_access"])

        bucket_access_update = cls(
            bucket_name=bucket_name,
            new_access=new_access,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _BucketAccessUpdate_MEMBERS
            else {key: value for key, value in d.items() if key not in _BucketAccessUpdate_MEMBERS}
        )
        bucket_access_update.additional_properties = unknown
        return bucket_access_update

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


from ..models.bucket_policy_access import BucketPolicyAccess
from ..models.role_access import RoleAccess
