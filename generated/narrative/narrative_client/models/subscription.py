from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, json_kind, json_member, model_repr, object_member
from ..models.cadence import Cadence
from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")
_Subscription_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "details",
        "name",
        "budget",
        "cancelled_at",
        "company_id",
        "created_at",
        "description",
        "output",
        "cadence",
        "status",
        "updated_at",
    )
)


@_attrs_define
class Subscription:
    """A subscription: the terms under which a company buys data.

    Attributes:
        id (UUID):
        details (DataStreamSubscriptionDetails | MarketplaceDetails): A subscription's terms, told apart by `type`.
        name (str):
        budget (Budget | Unset): The most that may be spent in each period. Once spent, nothing more is transacted until
            the next period
            starts.
        cancelled_at (datetime.datetime | None | str | Unset):
        company_id (int | Unset):
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        description (str | Unset):
        output (SubscriptionOutput | Unset):
        cadence (Cadence | Unset): How often the subscription runs.
        status (str | Unset): `pending` until activated; cancelled subscriptions cannot be reactivated.
        updated_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    id: UUID
    details: DataStreamSubscriptionDetails | MarketplaceDetails
    name: str
    budget: Budget | Unset = UNSET
    cancelled_at: datetime.datetime | None | str | Unset = UNSET
    company_id: int | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    description: str | Unset = UNSET
    output: SubscriptionOutput | Unset = UNSET
    cadence: Cadence | Unset = UNSET
    status: str | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        details: dict[str, Any]
        if isinstance(self.details, DataStreamSubscriptionDetails):
            details = self.details.to_dict()
        else:
            details = self.details.to_dict()

        name = self.name

        budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget, Unset):
            budget = self.budget.to_dict()

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        company_id = self.company_id

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        description = self.description

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        cadence: str | Unset = UNSET
        if not isinstance(self.cadence, Unset):
            cadence = self.cadence.value

        status = self.status

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
                "details": details,
                "name": name,
            }
        )
        if budget is not UNSET:
            field_dict["budget"] = budget
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if output is not UNSET:
            field_dict["output"] = output
        if cadence is not UNSET:
            field_dict["cadence"] = cadence
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        def _parse_details(data: object) -> DataStreamSubscriptionDetails | MarketplaceDetails:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_subscription_details_type_0 = DataStreamSubscriptionDetails.from_dict(
                    object_member(data, "/components/schemas/SubscriptionDetails_type_0")
                )

                return componentsschemas_subscription_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("details", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_subscription_details_type_1 = MarketplaceDetails.from_dict(
                object_member(data, "/components/schemas/SubscriptionDetails_type_1")
            )

            return componentsschemas_subscription_details_type_1

        details = _parse_details(d["details"])

        name = d["name"]

        _budget = d.get("budget", UNSET)
        budget: Budget | Unset
        if isinstance(_budget, Unset):
            budget = UNSET
        else:
            budget = Budget.from_dict(object_member(_budget, "budget"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None | str | Unset:
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

        cancelled_at = _parse_cancelled_at(d.get("cancelled_at", UNSET))

        company_id = d.get("company_id", UNSET)

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

        description = d.get("description", UNSET)

        _output = d.get("output", UNSET)
        output: SubscriptionOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = SubscriptionOutput.from_dict(object_member(_output, "output"))

        _cadence = d.get("cadence", UNSET)
        cadence: Cadence | Unset
        if isinstance(_cadence, Unset):
            cadence = UNSET
        else:
            cadence = Cadence(_cadence)

        status = d.get("status", UNSET)

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

        subscription = cls(
            id=id,
            details=details,
            name=name,
            budget=budget,
            cancelled_at=cancelled_at,
            company_id=company_id,
            created_at=created_at,
            description=description,
            output=output,
            cadence=cadence,
            status=status,
            updated_at=updated_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Subscription_MEMBERS
            else {key: value for key, value in d.items() if key not in _Subscription_MEMBERS}
        )
        subscription.additional_properties = unknown
        return subscription

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


from ..models.budget import Budget
from ..models.data_stream_subscription_details import DataStreamSubscriptionDetails
from ..models.marketplace_details import MarketplaceDetails
from ..models.subscription_output import SubscriptionOutput
