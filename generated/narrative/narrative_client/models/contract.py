from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contract")
_Contract_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "revision",
        "payable_company_id",
        "payment_method",
        "internal_notes",
        "revision_notes",
        "revision_start",
        "revision_end",
        "updated_by",
        "created_at",
        "updated_at",
    )
)


@_attrs_define
class Contract:
    """One revision of a company's contract.

    Attributes:
        id (UUID):
        revision (int):
        payable_company_id (int | Unset):
        payment_method (PaymentMethod | Unset): How a company pays.
        internal_notes (str | Unset):
        revision_notes (str | Unset):
        revision_start (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned
            instants (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        revision_end (datetime.datetime | None | str | Unset):
        updated_by (int | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        updated_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    id: UUID
    revision: int
    payable_company_id: int | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    internal_notes: str | Unset = UNSET
    revision_notes: str | Unset = UNSET
    revision_start: datetime.datetime | str | Unset = UNSET
    revision_end: datetime.datetime | None | str | Unset = UNSET
    updated_by: int | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        revision = self.revision

        payable_company_id = self.payable_company_id

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        internal_notes = self.internal_notes

        revision_notes = self.revision_notes

        revision_start: str | Unset
        if isinstance(self.revision_start, Unset):
            revision_start = UNSET
        elif isinstance(self.revision_start, datetime.datetime):
            revision_start = self.revision_start.isoformat()
        else:
            revision_start = self.revision_start

        revision_end: None | str | Unset
        if isinstance(self.revision_end, Unset):
            revision_end = UNSET
        elif isinstance(self.revision_end, datetime.datetime):
            revision_end = self.revision_end.isoformat()
        else:
            revision_end = self.revision_end

        updated_by = self.updated_by

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "revision": revision,
            }
        )
        if payable_company_id is not UNSET:
            field_dict["payable_company_id"] = payable_company_id
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes
        if revision_notes is not UNSET:
            field_dict["revision_notes"] = revision_notes
        if revision_start is not UNSET:
            field_dict["revision_start"] = revision_start
        if revision_end is not UNSET:
            field_dict["revision_end"] = revision_end
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        revision = d["revision"]

        payable_company_id = d.get("payable_company_id", UNSET)

        _payment_method = d.get("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod.from_dict(object_member(_payment_method, "payment_method"))

        internal_notes = d.get("internal_notes", UNSET)

        revision_notes = d.get("revision_notes", UNSET)

        def _parse_revision_start(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "revision_start", (str,)))

        revision_start = _parse_revision_start(d.get("revision_start", UNSET))

        def _parse_revision_end(data: object) -> datetime.datetime | None | str | Unset:
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

        revision_end = _parse_revision_end(d.get("revision_end", UNSET))

        updated_by = d.get("updated_by", UNSET)

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

        def _parse_updated_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "updated_at", (str,)))

        updated_at = _parse_updated_at(d.get("updated_at", UNSET))

        contract = cls(
            id=id,
            revision=revision,
            payable_company_id=payable_company_id,
            payment_method=payment_method,
            internal_notes=internal_notes,
            revision_notes=revision_notes,
            revision_start=revision_start,
            revision_end=revision_end,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Contract_MEMBERS
            else {key: value for key, value in d.items() if key not in _Contract_MEMBERS}
        )
        contract.additional_properties = unknown
        return contract

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


from ..models.payment_method import PaymentMethod
