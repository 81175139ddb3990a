from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..models.refresh_schedule_create_status import RefreshScheduleCreateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshScheduleCreate")
_RefreshScheduleCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "cron",
        "cron_zone_id",
        "budget",
        "execution_cluster",
        "stats_enabled",
        "status",
    )
)


@_attrs_define
class RefreshScheduleCreate:
    """A refresh schedule of a materialized view.

    Attributes:
        cron (str): A cron expression, e.g. `@hourly` or `0 12 * * 1-5`.
        cron_zone_id (str): The time zone of the schedule, e.g. `EST` or `GMT+2`.
        budget (Budget): The most that may be spent in each period. Once spent, nothing more is transacted until the
            next period
            starts.
        execution_cluster (ExecutionCluster | Unset): Where a job runs.
        stats_enabled (bool | Unset): Whether advanced statistics are computed.
        status (RefreshScheduleCreateStatus | Unset): `active` schedules run; `pending` and `archived` ones do not.
    """

    cron: str
    cron_zone_id: str
    budget: Budget
    execution_cluster: ExecutionCluster | Unset = UNSET
    stats_enabled: bool | Unset = UNSET
    status: RefreshScheduleCreateStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        cron = self.cron

        cron_zone_id = self.cron_zone_id

        budget = self.budget.to_dict()

        execution_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_cluster, Unset):
            execution_cluster = self.execution_cluster.to_dict()

        stats_enabled = self.stats_enabled

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron": cron,
                "cron_zone_id": cron_zone_id,
                "budget": budget,
            }
        )
        if execution_cluster is not UNSET:
            field_dict["execution_cluster"] = execution_cluster
        if stats_enabled is not UNSET:
            field_dict["stats_enabled"] = stats_enabled
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        cron = d["cron"]

        cron_zone_id = d["cron_zone_id"]

        budget = Budget.from_dict(object_member(d["budget"], "budget"))

        _execution_cluster = d.get("execution_cluster", UNSET)
        execution_cluster: ExecutionCluster | Unset
        if isinstance(_execution_cluster, Unset):
            execution_cluster = UNSET
        else:
            execution_cluster = ExecutionCluster.from_dict(object_member(_execution_cluster, "execution_cluster"))

        stats_enabled = d.get("stats_enabled", UNSET)

        _status = d.get("status", UNSET)
        status: RefreshScheduleCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RefreshScheduleCreateStatus(_status)

        refresh_schedule_create = cls(
            cron=cron,
            cron_zone_id=cron_zone_id,
            budget=budget,
            execution_cluster=execution_cluster,
            stats_enabled=stats_enabled,
            status=status,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RefreshScheduleCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _RefreshScheduleCreate_MEMBERS}
        )
        refresh_schedule_create.additional_properties = unknown
        return refresh_schedule_create

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
from ..models.execution_cluster import ExecutionCluster
