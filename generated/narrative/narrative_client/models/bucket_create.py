from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, json_kind, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketCreate")
_BucketCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "account_id",
        "resource_id",
        "access",
    )
)


@_attrs_define
class BucketCreate:
    """A bucket to create.

    Attributes:
        account_id (str): The company's 12-digit AWS account id.
        resource_id (str): A short identifier that becomes part of the bucket's name, e.g. the company's name in lower
            case.
        access (BucketPolicyAccess | RoleAccess | Unset): How the company's AWS account reaches the bucket, told apart
            by `type`.
    """

    account_id: str
    resource_id: str
    access: BucketPolicyAccess | RoleAccess | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        resource_id = self.resource_id

        access: dict[str, Any] | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, BucketPolicyAccess):
            access = self.access.to_dict()
        else:
            access = self.access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "resource_id": resource_id,
            }
        )
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        account_id = d["account_id"]

        resource_id = d["resource_id"]

        def _parse_access(data: object) -> BucketPolicyAccess | RoleAccess | Unset:
            if isinstance(data, Unset):
                return data
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
                raise MemberTypeError("access", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_bucket_access_type_1 = RoleAccess.from_dict(
                object_member(data, "/components/schemas/BucketAccess_type_1")
            )

            return componentsschemas_bucket_access_type_1

        access = _parse_access(d.get("access", UNSET))

        bucket_create = cls(
            account_id=account_id,
            resource_id=resource_id,
            access=access,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _BucketCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _BucketCreate_MEMBERS}
        )
        bucket_create.additional_properties = unknown
        return bucket_create

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
