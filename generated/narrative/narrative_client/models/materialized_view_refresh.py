from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..models.materialized_view_refresh_type import MaterializedViewRefreshType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterializedViewRefresh")
_MaterializedViewRefresh_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "execution_cluster",
    )
)


@_attrs_define
class MaterializedViewRefresh:
    """How to refresh a materialized view.

    Attributes:
        type_ (MaterializedViewRefreshType): `full` rebuilds from scratch; `incremental` continues from the tracked
            progress.
        execution_cluster (ExecutionCluster | Unset): Where a job runs.
    """

    type_: MaterializedViewRefreshType
    execution_cluster: ExecutionCluster | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        execution_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_cluster, Unset):
            execution_cluster = self.execution_cluster.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if execution_cluster is not UNSET:
            field_dict["execution_cluster"] = execution_cluster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = MaterializedViewRefreshType(d["type"])

        _execution_cluster = d.get("execution_cluster", UNSET)
        execution_cluster: ExecutionCluster | Unset
        if isinstance(_execution_cluster, Unset):
            execution_cluster = UNSET
        else:
            execution_cluster = ExecutionCluster.from_dict(object_member(_execution_cluster, "execution_cluster"))

        materialized_view_refresh = cls(
            type_=type_,
            execution_cluster=execution_cluster,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MaterializedViewRefresh_MEMBERS
            else {key: value for key, value in d.items() if key not in _MaterializedViewRefresh_MEMBERS}
        )
        materialized_view_refresh.additional_properties = unknown
        return materialized_view_refresh

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


from ..models.execution_cluster import ExecutionCluster
