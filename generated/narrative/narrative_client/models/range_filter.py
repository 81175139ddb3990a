from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="RangeFilter")


@_attrs_define
class RangeFilter:
    """Values between two bounds; either may be absent or null.

    Attributes:
        min_ (Bound | None | Unset):
        max_ (Bound | None | Unset):
    """

    min_: Bound | None | Unset = UNSET
    max_: Bound | None | Unset = UNSET

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        min_: dict[str, Any] | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        elif isinstance(self.min_, Bound):
            min_ = self.min_.to_dict()
        else:
            min_ = self.min_

        max_: dict[str, Any] | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        elif isinstance(self.max_, Bound):
            max_ = self.max_.to_dict()
        else:
            max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_min_(data: object) -> Bound | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                min_type_0 = Bound.from_dict(object_member(data, "min_type_0"))

                return min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Bound | None | Unset", data)

        min_ = _parse_min_(d.get("min", UNSET))

        def _parse_max_(data: object) -> Bound | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_type_0 = Bound.from_dict(object_member(data, "max_type_0"))

                return max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Bound | None | Unset", data)

        max_ = _parse_max_(d.get("max", UNSET))

        range_filter = cls(
            min_=min_,
            max_=max_,
        )

        return range_filter


from ..models.bound import Bound
