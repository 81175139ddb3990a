from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, json_kind, json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="CostForecast")
_CostForecast_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "company_id",
        "cost",
        "created_at",
        "details",
        "request_source",
        "subscription_id",
    )
)


@_attrs_define
class CostForecast:
    """An estimate of the cost of serving a set of subscription terms.

    Attributes:
        id (UUID):
        company_id (int | Unset):
        cost (CostForecastCost | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        details (DataStreamPurchaseDetails | MarketplaceDetails | Unset): What is bought: a data stream, or marketplace
            data by rules. Told apart by `type`.
        request_source (RequestSource | Unset): Who asked for a job or a forecast.
        subscription_id (None | Unset | UUID):
    """

    id: UUID
    company_id: int | Unset = UNSET
    cost: CostForecastCost | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    details: DataStreamPurchaseDetails | MarketplaceDetails | Unset = UNSET
    request_source: RequestSource | Unset = UNSET
    subscription_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        company_id = self.company_id

        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict()

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        details: dict[str, Any] | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, DataStreamPurchaseDetails):
            details = self.details.to_dict()
        else:
            details = self.details.to_dict()

        request_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_source, Unset):
            request_source = self.request_source.to_dict()

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        elif isinstance(self.subscription_id, UUID):
            subscription_id = str(self.subscription_id)
        else:
            subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if details is not UNSET:
            field_dict["details"] = details
        if request_source is not UNSET:
            field_dict["request_source"] = request_source
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        company_id = d.get("company_id", UNSET)

        _cost = d.get("cost", UNSET)
        cost: CostForecastCost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = CostForecastCost.from_dict(object_member(_cost, "cost"))

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

        def _parse_details(data: object) -> DataStreamPurchaseDetails | MarketplaceDetails | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_purchase_details_type_0 = DataStreamPurchaseDetails.from_dict(
                    object_member(data, "/components/schemas/PurchaseDetails_type_0")
                )

                return componentsschemas_purchase_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("details", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_purchase_details_type_1 = MarketplaceDetails.from_dict(
                object_member(data, "/components/schemas/PurchaseDetails_type_1")
            )

            return componentsschemas_purchase_details_type_1

        details = _parse_details(d.get("details", UNSET))

        _request_source = d.get("request_source", UNSET)
        request_source: RequestSource | Unset
        if isinstance(_request_source, Unset):
            request_source = UNSET
        else:
            request_source = RequestSource.from_dict(object_member(_request_source, "request_source"))

        def _parse_subscription_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subscription_id_type_0 = UUID(data)

                return subscription_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        subscription_id = _parse_subscription_id(d.get("subscription_id", UNSET))

        cost_forecast = cls(
            id=id,
            company_id=company_id,
            cost=cost,
            created_at=created_at,
            details=details,
            request_source=request_source,
            subscription_id=subscription_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CostForecast_MEMBERS
            else {key: value for key, value in d.items() if key not in _CostForecast_MEMBERS}
        )
        cost_forecast.additional_properties = unknown
        return cost_forecast

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


from ..models.cost_forecast_cost import CostForecastCost
from ..models.data_stream_purchase_details import DataStreamPurchaseDetails
from ..models.marketplace_details import MarketplaceDetails
from ..models.request_source import RequestSource
