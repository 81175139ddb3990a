from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileConfig")
_FileConfig_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "delimiter",
        "escape",
        "header",
        "quote",
    )
)


@_attrs_define
class FileConfig:
    """How the dataset's input files are formatted.

    Attributes:
        type_ (str): The file format.
        delimiter (str | Unset): The column separator of a flat file.
        escape (str | Unset): The escape character.
        header (bool | Unset): Whether the first line is a header.
        quote (str | Unset): The quote character.
    """

    type_: str
    delimiter: str | Unset = UNSET
    escape: str | Unset = UNSET
    header: bool | Unset = UNSET
    quote: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        delimiter = self.delimiter

        escape = self.escape

        header = self.header

        quote = self.quote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter
        if escape is not UNSET:
            field_dict["escape"] = escape
        if header is not UNSET:
            field_dict["header"] = header
        if quote is not UNSET:
            field_dict["quote"] = quote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        delimiter = d.get("delimiter", UNSET)

        escape = d.get("escape", UNSET)

        header = d.get("header", UNSET)

        quote = d.get("quote", UNSET)

        file_config = cls(
            type_=type_,
            delimiter=delimiter,
            escape=escape,
            header=header,
            quote=quote,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _FileConfig_MEMBERS
            else {key: value for key, value in d.items() if key not in _FileConfig_MEMBERS}
        )
        file_config.additional_properties = unknown
        return file_config

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
