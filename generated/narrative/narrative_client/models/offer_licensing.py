from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferLicensing")
_OfferLicensing_MEMBERS: frozenset[str] = frozenset(
    (
        "period",
        "license",
    )
)


@_attrs_define
class OfferLicensing:
    """The license terms.

    Attributes:
        period (str | Unset): An ISO-8601 duration.
        license_ (License | Unset): A license.
    """

    period: str | Unset = UNSET
    license_: License | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        license_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_, Unset):
            license_ = self.license_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if license_ is not UNSET:
            field_dict["license"] = license_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        period = d.get("period", UNSET)

        _license_ = d.get("license", UNSET)
        license_: License | Unset
        if isinstance(_license_, Unset):
            license_ = UNSET
        else:
            license_ = License.from_dict(object_member(_license_, "license"))

        offer_licensing = cls(
            period=period,
            license_=license_,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _OfferLicensing_MEMBERS
            else {key: value for key, value in d.items() if key not in _OfferLicensing_MEMBERS}
        )
        offer_licensing.additional_properties = unknown
        return offer_licensing

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


from ..models.license_ import License
