from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecencyFilter")


@_attrs_define
class RecencyFilter:
    """Recent values, optionally also between bounds.

    Attributes:
        recency (str): An ISO-8601 duration: how recent values must be.
        from_ (Bound | None | Unset):
        to (Bound | None | Unset):
    """

    recency: str
    from_: Bound | None | Unset = UNSET
    to: Bound | None | Unset = UNSET

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        recency = self.recency

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, Bound):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        to: dict[str, Any] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, Bound):
            to = self.to.to_dict()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recency": recency,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        recency = d["recency"]

        def _parse_from_(data: object) -> Bound | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_type_0 = Bound.from_dict(object_member(data, "from_type_0"))

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Bound | None | Unset", data)

        from_ = _parse_from_(d.get("from", UNSET))

        def _parse_to(data: object) -> Bound | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                to_type_0 = Bound.from_dict(object_member(data, "to_type_0"))

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Bound | None | Unset", data)

        to = _parse_to(d.get("to", UNSET))

        recency_filter = cls(
            recency=recency,
            from_=from_,
            to=to,
        )

        return recency_filter


from ..models.bound import Bound
