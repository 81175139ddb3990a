from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")
_Job_MEMBERS: frozenset[str] = frozenset(
    (
        "job_id",
        "type",
        "request_source",
        "state",
        "input",
        "executor",
        "idempotency_key",
        "result",
        "created_at",
        "updated_at",
        "ended_at",
    )
)


@_attrs_define
class Job:
    """A job run on a data plane.

    Attributes:
        job_id (UUID):
        type_ (str):
        request_source (RequestSource | Unset): Who asked for a job or a forecast.
        state (str | Unset):
        input_ (JobInput | Unset): What the job was asked to do; depends on `type`.
        executor (str | Unset):
        idempotency_key (str | Unset):
        result (JobResultType0 | None | Unset): What the job produced; depends on `type`.
        created_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        updated_at (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        ended_at (datetime.datetime | None | str | Unset):
    """

    job_id: UUID
    type_: str
    request_source: RequestSource | Unset = UNSET
    state: str | Unset = UNSET
    input_: JobInput | Unset = UNSET
    executor: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    result: JobResultType0 | None | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    ended_at: datetime.datetime | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        job_id = str(self.job_id)

        type_ = self.type_

        request_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_source, Unset):
            request_source = self.request_source.to_dict()

        state = self.state

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        executor = self.executor

        idempotency_key = self.idempotency_key

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, JobResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

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

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "type": type_,
            }
        )
        if request_source is not UNSET:
            field_dict["request_source"] = request_source
        if state is not UNSET:
            field_dict["state"] = state
        if input_ is not UNSET:
            field_dict["input"] = input_
        if executor is not UNSET:
            field_dict["executor"] = executor
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if result is not UNSET:
            field_dict["result"] = result
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        job_id = UUID(d["job_id"])

        type_ = d["type"]

        _request_source = d.get("request_source", UNSET)
        request_source: RequestSource | Unset
        if isinstance(_request_source, Unset):
            request_source = UNSET
        else:
            request_source = RequestSource.from_dict(object_member(_request_source, "request_source"))

        state = d.get("state", UNSET)

        _input_ = d.get("input", UNSET)
        input_: JobInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = JobInput.from_dict(object_member(_input_, "input"))

        executor = d.get("executor", UNSET)

        idempotency_key = d.get("idempotency_key", UNSET)

        def _parse_result(data: object) -> JobResultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = JobResultType0.from_dict(object_member(data, "result_type_0"))

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("JobResultType0 | None | Unset", data)

        result = _parse_result(d.get("result", UNSET))

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

        def _parse_ended_at(data: object) -> datetime.datetime | None | str | Unset:
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

        ended_at = _parse_ended_at(d.get("ended_at", UNSET))

        job = cls(
            job_id=job_id,
            type_=type_,
            request_source=request_source,
            state=state,
            input_=input_,
            executor=executor,
            idempotency_key=idempotency_key,
            result=result,
            created_at=created_at,
            updated_at=updated_at,
            ended_at=ended_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Job_MEMBERS else {key: value for key, value in d.items() if key not in _Job_MEMBERS}
        )
        job.additional_properties = unknown
        return job

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


from ..models.job_input import JobInput
from ..models.job_result_type_0 import JobResultType0
from ..models.request_source import RequestSource
