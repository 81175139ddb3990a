from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..models.field_filter_type_1 import FieldFilterType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldRule")
_FieldRule_MEMBERS: frozenset[str] = frozenset(
    (
        "field",
        "filter",
        "exported",
    )
)


@_attrs_define
class FieldRule:
    """How one field is filtered and whether it is delivered.

    Attributes:
        field (str): The column or attribute field (a path such as `unique_id.type`).
        filter_ (ExpressionFilter | FieldFilterType1 | ListFilter | None | RangeFilter | RecencyFilter | Unset): How a
            field's values are filtered: null (no filter), one of two named filters, a value list, a range,
            a recency window, or expressions.
        exported (bool | Unset): Whether the field is delivered.
    """

    field: str
    filter_: ExpressionFilter | FieldFilterType1 | ListFilter | None | RangeFilter | RecencyFilter | Unset = UNSET
    exported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        filter_: dict[str, Any] | None | str | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, FieldFilterType1):
            filter_ = self.filter_.value
        elif isinstance(self.filter_, ListFilter):
            filter_ = self.filter_.to_dict()
        elif isinstance(self.filter_, RecencyFilter):
            filter_ = self.filter_.to_dict()
        elif isinstance(self.filter_, ExpressionFilter):
            filter_ = self.filter_.to_dict()
        elif isinstance(self.filter_, RangeFilter):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        exported = self.exported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if exported is not UNSET:
            field_dict["exported"] = exported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field = d["field"]

        def _parse_filter_(
            data: object,
        ) -> ExpressionFilter | FieldFilterType1 | ListFilter | None | RangeFilter | RecencyFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_field_filter_type_1 = FieldFilterType1(data)

                return componentsschemas_field_filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_filter_type_2 = ListFilter.from_dict(
                    object_member(data, "/components/schemas/FieldFilter_type_2")
                )

                return componentsschemas_field_filter_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_filter_type_3 = RecencyFilter.from_dict(
                    object_member(data, "/components/schemas/FieldFilter_type_3")
                )

                return componentsschemas_field_filter_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_filter_type_4 = ExpressionFilter.from_dict(
                    object_member(data, "/components/schemas/FieldFilter_type_4")
                )

                return componentsschemas_field_filter_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_filter_type_5 = RangeFilter.from_dict(
                    object_member(data, "/components/schemas/FieldFilter_type_5")
                )

                return componentsschemas_field_filter_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "ExpressionFilter | FieldFilterType1 | ListFilter | None | RangeFilter | RecencyFilter | Unset", data
            )

        filter_ = _parse_filter_(d.get("filter", UNSET))

        exported = d.get("exported", UNSET)

        field_rule = cls(
            field=field,
            filter_=filter_,
            exported=exported,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _FieldRule_MEMBERS
            else {key: value for key, value in d.items() if key not in _FieldRule_MEMBERS}
        )
        field_rule.additional_properties = unknown
        return field_rule

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


from ..models.expression_filter import ExpressionFilter
from ..models.list_filter import ListFilter
from ..models.range_filter import RangeFilter
from ..models.recency_filter import RecencyFilter
