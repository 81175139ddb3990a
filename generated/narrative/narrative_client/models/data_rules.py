from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataRules")
_DataRules_MEMBERS: frozenset[str] = frozenset(
    (
        "column_sets",
        "attributes",
        "deduplication",
        "frequency_filter",
        "dataset_filter",
    )
)


@_attrs_define
class DataRules:
    """How data is selected, filtered, de-duplicated and exported by a data stream or subscription.

    Attributes:
        column_sets (list[ColumnSet] | None | Unset): Rules over datasets' columns.
        attributes (list[AttributeSet] | None | Unset): Rules over attributes.
        deduplication (Deduplication | None | Unset):
        frequency_filter (FrequencyFilter | None | Unset):
        dataset_filter (DatasetFilter | None | Unset):
    """

    column_sets: list[ColumnSet] | None | Unset = UNSET
    attributes: list[AttributeSet] | None | Unset = UNSET
    deduplication: Deduplication | None | Unset = UNSET
    frequency_filter: FrequencyFilter | None | Unset = UNSET
    dataset_filter: DatasetFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        column_sets: list[dict[str, Any]] | None | Unset
        if isinstance(self.column_sets, Unset):
            column_sets = UNSET
        elif isinstance(self.column_sets, list):
            column_sets = []
            for column_sets_type_0_item_data in self.column_sets:
                column_sets_type_0_item = column_sets_type_0_item_data.to_dict()
                column_sets.append(column_sets_type_0_item)

        else:
            column_sets = self.column_sets

        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.to_dict()
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        deduplication: dict[str, Any] | None | Unset
        if isinstance(self.deduplication, Unset):
            deduplication = UNSET
        elif isinstance(self.deduplication, Deduplication):
            deduplication = self.deduplication.to_dict()
        else:
            deduplication = self.deduplication

        frequency_filter: dict[str, Any] | None | Unset
        if isinstance(self.frequency_filter, Unset):
            frequency_filter = UNSET
        elif isinstance(self.frequency_filter, FrequencyFilter):
            frequency_filter = self.frequency_filter.to_dict()
        else:
            frequency_filter = self.frequency_filter

        dataset_filter: dict[str, Any] | None | Unset
        if isinstance(self.dataset_filter, Unset):
            dataset_filter = UNSET
        elif isinstance(self.dataset_filter, DatasetFilter):
            dataset_filter = self.dataset_filter.to_dict()
        else:
            dataset_filter = self.dataset_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_sets is not UNSET:
            field_dict["column_sets"] = column_sets
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if deduplication is not UNSET:
            field_dict["deduplication"] = deduplication
        if frequency_filter is not UNSET:
            field_dict["frequency_filter"] = frequency_filter
        if dataset_filter is not UNSET:
            field_dict["dataset_filter"] = dataset_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_column_sets(data: object) -> list[ColumnSet] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_sets_type_0 = []
                _column_sets_type_0 = array_member(data, "column_sets_type_0")
                for column_sets_type_0_item_data in _column_sets_type_0:
                    column_sets_type_0_item = ColumnSet.from_dict(
                        object_member(column_sets_type_0_item_data, "column_sets_type_0_item")
                    )

                    column_sets_type_0.append(column_sets_type_0_item)

                return column_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ColumnSet] | None | Unset", data)

        column_sets = _parse_column_sets(d.get("column_sets", UNSET))

        def _parse_attributes(data: object) -> list[AttributeSet] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attributes_type_0 = []
                _attributes_type_0 = array_member(data, "attributes_type_0")
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = AttributeSet.from_dict(
                        object_member(attributes_type_0_item_data, "attributes_type_0_item")
                    )

                    attributes_type_0.append(attributes_type_0_item)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[AttributeSet] | None | Unset", data)

        attributes = _parse_attributes(d.get("attributes", UNSET))

        def _parse_deduplication(data: object) -> Deduplication | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deduplication_type_0 = Deduplication.from_dict(object_member(data, "deduplication_type_0"))

                return deduplication_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Deduplication | None | Unset", data)

        deduplication = _parse_deduplication(d.get("deduplication", UNSET))

        def _parse_frequency_filter(data: object) -> FrequencyFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                frequency_filter_type_0 = FrequencyFilter.from_dict(object_member(data, "frequency_filter_type_0"))

                return frequency_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("FrequencyFilter | None | Unset", data)

        frequency_filter = _parse_frequency_filter(d.get("frequency_filter", UNSET))

        def _parse_dataset_filter(data: object) -> DatasetFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dataset_filter_type_0 = DatasetFilter.from_dict(object_member(data, "dataset_filter_type_0"))

                return dataset_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("DatasetFilter | None | Unset", data)

        dataset_filter = _parse_dataset_filter(d.get("dataset_filter", UNSET))

        data_rules = cls(
            column_sets=column_sets,
            attributes=attributes,
            deduplication=deduplication,
            frequency_filter=frequency_filter,
            dataset_filter=dataset_filter,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DataRules_MEMBERS
            else {key: value for key, value in d.items() if key not in _DataRules_MEMBERS}
        )
        data_rules.additional_properties = unknown
        return data_rules

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


from ..models.attribute_set import AttributeSet
from ..models.column_set import ColumnSet
from ..models.dataset_filter import DatasetFilter
from ..models.deduplication import Deduplication
from ..models.frequency_filter import FrequencyFilter
