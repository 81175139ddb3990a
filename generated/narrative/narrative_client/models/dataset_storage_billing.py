from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetStorageBilling")
_DatasetStorageBilling_MEMBERS: frozenset[str] = frozenset(
    (
        "company_id",
        "dataset_id",
        "billing_month",
        "company_name",
        "avg_gb_hours",
    )
)


@_attrs_define
class DatasetStorageBilling:
    """A dataset's storage billed for one month.

    Attributes:
        company_id (int):
        dataset_id (int):
        billing_month (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned
            instants (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        company_name (str | Unset):
        avg_gb_hours (float | Unset): The average stored gigabyte-hours.
    """

    company_id: int
    dataset_id: int
    billing_month: datetime.datetime | str | Unset = UNSET
    company_name: str | Unset = UNSET
    avg_gb_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        dataset_id = self.dataset_id

        billing_month: str | Unset
        if isinstance(self.billing_month, Unset):
            billing_month = UNSET
        elif isinstance(self.billing_month, datetime.datetime):
            billing_month = self.billing_month.isoformat()
        else:
            billing_month = self.billing_month

        company_name = self.company_name

        avg_gb_hours = self.avg_gb_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "dataset_id": dataset_id,
            }
        )
        if billing_month is not UNSET:
            field_dict["billing_month"] = billing_month
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if avg_gb_hours is not UNSET:
            field_dict["avg_gb_hours"] = avg_gb_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        company_id = d["company_id"]

        dataset_id = d["dataset_id"]

        def _parse_billing_month(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "billing_month", (str,)))

        billing_month = _parse_billing_month(d.get("billing_month", UNSET))

        company_name = d.get("company_name", UNSET)

        avg_gb_hours = d.get("avg_gb_hours", UNSET)

        dataset_storage_billing = cls(
            company_id=company_id,
            dataset_id=dataset_id,
            billing_month=billing_month,
            company_name=company_name,
            avg_gb_hours=avg_gb_hours,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DatasetStorageBilling_MEMBERS
            else {key: value for key, value in d.items() if key not in _DatasetStorageBilling_MEMBERS}
        )
        dataset_storage_billing.additional_properties = unknown
        return dataset_storage_billing

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
