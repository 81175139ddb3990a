from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Whoami")
_Whoami_MEMBERS: frozenset[str] = frozenset(
    (
        "user_id",
        "name",
        "company_access_list",
        "current_company_scope",
        "created_at",
        "created_by",
        "last_updated_at",
        "last_updated_by",
    )
)


@_attrs_define
class Whoami:
    """The caller and the company it acts for.

    Attributes:
        user_id (int):
        name (str | Unset):
        company_access_list (list[int] | Unset): The companies the user can act for.
        current_company_scope (Company | Unset): A company's profile.
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        created_by (None | str | Unset):
        last_updated_at (datetime.datetime | None | str | Unset):
        last_updated_by (None | str | Unset):
    """

    user_id: int
    name: str | Unset = UNSET
    company_access_list: list[int] | Unset = UNSET
    current_company_scope: Company | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    last_updated_at: datetime.datetime | None | str | Unset = UNSET
    last_updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name = self.name

        company_access_list: list[int] | Unset = UNSET
        if not isinstance(self.company_access_list, Unset):
            company_access_list = self.company_access_list

        current_company_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_company_scope, Unset):
            current_company_scope = self.current_company_scope.to_dict()

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        last_updated_at: None | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        elif isinstance(self.last_updated_at, datetime.datetime):
            last_updated_at = self.last_updated_at.isoformat()
        else:
            last_updated_at = self.last_updated_at

        last_updated_by: None | str | Unset
        if isinstance(self.last_updated_by, Unset):
            last_updated_by = UNSET
        else:
            last_updated_by = self.last_updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if company_access_list is not UNSET:
            field_dict["company_access_list"] = company_access_list
        if current_company_scope is not UNSET:
            field_dict["current_company_scope"] = current_company_scope
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["user_id"]

        name = d.get("name", UNSET)

        _company_access_list = d.get("company_access_list", UNSET)
        company_access_list = (
            UNSET
            if _company_access_list is UNSET
            else cast("list[int]", array_member(_company_access_list, "company_access_list"))
        )

        _current_company_scope = d.get("current_company_scope", UNSET)
        current_company_scope: Company | Unset
        if isinstance(_current_company_scope, Unset):
            current_company_scope = UNSET
        else:
            current_company_scope = Company.from_dict(object_member(_current_company_scope, "current_company_scope"))

        def _parse_created_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "created_at", (str,)))

        created_at = _parse_created_at(d.get("created_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        created_by = _parse_created_by(d.get("created_by", UNSET))

        def _parse_last_updated_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | str | Unset", data)

        last_updated_at = _parse_last_updated_at(d.get("last_updated_at", UNSET))

        def _parse_last_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        last_updated_by = _parse_last_updated_by(d.get("last_updated_by", UNSET))

        whoami = cls(
            user_id=user_id,
            name=name,
            company_access_list=company_access_list,
            current_company_scope=current_company_scope,
            created_at=created_at,
            created_by=created_by,
            last_updated_at=last_updated_at,
            last_updated_by=last_updated_by,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Whoami_MEMBERS
            else {key: value for key, value in d.items() if key not in _Whoami_MEMBERS}
        )
        whoami.additional_properties = unknown
        return whoami

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


from ..models.company import Company
