from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataStreamSubscriptionDetails")
_DataStreamSubscriptionDetails_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "data_rules",
        "data_shop_id",
        "data_stream_company_id",
        "data_stream_content",
        "data_stream_id",
        "data_stream_name",
        "data_stream_slug",
        "offer",
    )
)


@_attrs_define
class DataStreamSubscriptionDetails:
    """A data-stream subscription's terms, as stored.

    Attributes:
        type_ (Literal['data_stream']):
        data_rules (DataRules | Unset): How data is selected, filtered, de-duplicated and exported by a data stream or
            subscription.
        data_shop_id (None | str | Unset):
        data_stream_company_id (int | Unset):
        data_stream_content (DataStreamContent | Unset): A data stream's presentation.
        data_stream_id (UUID | Unset):
        data_stream_name (str | Unset):
        data_stream_slug (str | Unset):
        offer (Offer | Unset): A provider's offer of a data stream on a sales channel.
    """

    type_: Literal["data_stream"]
    data_rules: DataRules | Unset = UNSET
    data_shop_id: None | str | Unset = UNSET
    data_stream_company_id: int | Unset = UNSET
    data_stream_content: DataStreamContent | Unset = UNSET
    data_stream_id: UUID | Unset = UNSET
    data_stream_name: str | Unset = UNSET
    data_stream_slug: str | Unset = UNSET
    offer: Offer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_rules, Unset):
            data_rules = self.data_rules.to_dict()

        data_shop_id: None | str | Unset
        if isinstance(self.data_shop_id, Unset):
            data_shop_id = UNSET
        else:
            data_shop_id = self.data_shop_id

        data_stream_company_id = self.data_stream_company_id

        data_stream_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_stream_content, Unset):
            data_stream_content = self.data_stream_content.to_dict()

        data_stream_id: str | Unset = UNSET
        if not isinstance(self.data_stream_id, Unset):
            data_stream_id = str(self.data_stream_id)

        data_stream_name = self.data_stream_name

        data_stream_slug = self.data_stream_slug

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if data_rules is not UNSET:
            field_dict["data_rules"] = data_rules
        if data_shop_id is not UNSET:
            field_dict["data_shop_id"] = data_shop_id
        if data_stream_company_id is not UNSET:
            field_dict["data_stream_company_id"] = data_stream_company_id
        if data_stream_content is not UNSET:
            field_dict["data_stream_content"] = data_stream_content
        if data_stream_id is not UNSET:
            field_dict["data_stream_id"] = data_stream_id
        if data_stream_name is not UNSET:
            field_dict["data_stream_name"] = data_stream_name
        if data_stream_slug is not UNSET:
            field_dict["data_stream_slug"] = data_stream_slug
        if offer is not UNSET:
            field_dict["offer"] = offer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["data_stream"], d["type"])
        if type_ != "data_stream":
            raise ValueError(f"type must match const 'data_stream', got '{type_}'")

        _data_rules = d.get("data_rules", UNSET)
        data_rules: DataRules | Unset
        if isinstance(_data_rules, Unset):
            data_rules = UNSET
        else:
            data_rules = DataRules.from_dict(object_member(_data_rules, "data_rules"))

        def _parse_data_shop_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        data_shop_id = _parse_data_shop_id(d.get("data_shop_id", UNSET))

        data_stream_company_id = d.get("data_stream_company_id", UNSET)

        _data_stream_content = d.get("data_stream_content", UNSET)
        data_stream_content: DataStreamContent | Unset
        if isinstance(_data_stream_content, Unset):
            data_stream_content = UNSET
        else:
            data_stream_content = DataStreamContent.from_dict(
                object_member(_data_stream_content, "data_stream_content")
            )

        _data_stream_id = d.get("data_stream_id", UNSET)
        data_stream_id: UUID | Unset
        if isinstance(_data_stream_id, Unset):
            data_stream_id = UNSET
        else:
            data_stream_id = UUID(_data_stream_id)

        data_stream_name = d.get("data_stream_name", UNSET)

        data_stream_slug = d.get("data_stream_slug", UNSET)

        _offer = d.get("offer", UNSET)
        offer: Offer | Unset
        if isinstance(_offer, Unset):
            offer = UNSET
        else:
            offer = Offer.from_dict(object_member(_offer, "offer"))

        data_stream_subscription_details = cls(
            type_=type_,
            data_rules=data_rules,
            data_shop_id=data_shop_id,
            data_stream_company_id=data_stream_company_id,
            data_stream_content=data_stream_content,
            data_stream_id=data_stream_id,
            data_stream_name=data_stream_name,
            data_stream_slug=data_stream_slug,
            offer=offer,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DataStreamSubscriptionDetails_MEMBERS
            else {key: value for key, value in d.items() if key not in _DataStreamSubscriptionDetails_MEMBERS}
        )
        data_stream_subscription_details.additional_properties = unknown
        return data_stream_subscription_details

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


from ..models.data_rules import DataRules
from ..models.data_stream_content import DataStreamContent
from ..models.offer import Offer
