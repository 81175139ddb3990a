from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataStreamCreate")
_DataStreamCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "slug",
        "content",
        "tags",
        "category",
        "offers",
        "data_rules",
        "auth_rules",
    )
)


@_attrs_define
class DataStreamCreate:
    """A new data stream.

    Attributes:
        name (str): A name (trimmed, non-empty).
        slug (str): A slug for URLs.
        content (DataStreamContent | Unset): A data stream's presentation.
        tags (list[str] | Unset):
        category (str | Unset): A category for search and cataloguing (trimmed, non-empty).
        offers (list[Offer] | Unset):
        data_rules (DataRules | Unset): How data is selected, filtered, de-duplicated and exported by a data stream or
            subscription.
        auth_rules (AuthRules | None | Unset):
    """

    name: str
    slug: str
    content: DataStreamContent | Unset = UNSET
    tags: list[str] | Unset = UNSET
    category: str | Unset = UNSET
    offers: list[Offer] | Unset = UNSET
    data_rules: DataRules | Unset = UNSET
    auth_rules: AuthRules | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        category = self.category

        offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = []
            for offers_item_data in self.offers:
                offers_item = offers_item_data.to_dict()
                offers.append(offers_item)

        data_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_rules, Unset):
            data_rules = self.data_rules.to_dict()

        auth_rules: dict[str, Any] | None | Unset
        if isinstance(self.auth_rules, Unset):
            auth_rules = UNSET
        elif isinstance(self.auth_rules, AuthRules):
            auth_rules = self.auth_rules.to_dict()
        else:
            auth_rules = self.auth_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if tags is not UNSET:
            field_dict["tags"] = tags
        if category is not UNSET:
            field_dict["category"] = category
        if offers is not UNSET:
            field_dict["offers"] = offers
        if data_rules is not UNSET:
            field_dict["data_rules"] = data_rules
        if auth_rules is not UNSET:
            field_dict["auth_rules"] = auth_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        slug = d["slug"]

        _content = d.get("content", UNSET)
        content: DataStreamContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = DataStreamContent.from_dict(object_member(_content, "content"))

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        category = d.get("category", UNSET)

        _offers = d.get("offers", UNSET)
        offers: list[Offer] | Unset = UNSET
        if _offers is not UNSET:
            offers = []
            for offers_item_data in array_member(_offers, "offers"):
                offers_item = Offer.from_dict(object_member(offers_item_data, "offers_item"))

                offers.append(offers_item)

        _data_rules = d.get("data_rules", UNSET)
        data_rules: DataRules | Unset
        if isinstance(_data_rules, Unset):
            data_rules = UNSET
        else:
            data_rules = DataRules.from_dict(object_member(_data_rules, "data_rules"))

        def _parse_auth_rules(data: object) -> AuthRules | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_rules_type_0 = AuthRules.from_dict(object_member(data, "auth_rules_type_0"))

                return auth_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AuthRules | None | Unset", data)

        auth_rules = _parse_auth_rules(d.get("auth_rules", UNSET))

        data_stream_create = cls(
            name=name,
            slug=slug,
            content=content,
            tags=tags,
            category=category,
            offers=offers,
            data_rules=data_rules,
            auth_rules=auth_rules,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DataStreamCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _DataStreamCreate_MEMBERS}
        )
        data_stream_create.additional_properties = unknown
        return data_stream_create

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


from ..models.auth_rules import AuthRules
from ..models.data_rules import DataRules
from ..models.data_stream_content import DataStreamContent
from ..models.offer import Offer
