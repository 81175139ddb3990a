from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="RestSettings")
_RestSettings_MEMBERS: frozenset[str] = frozenset(
    (
        "baseURI",
        "bearerToken",
        "tokenLocation",
        "tokenParam",
        "mediaType",
        "authType",
        "encryptedFields",
        "unencryptedFields",
        "scope",
        "pingRelativeURI",
        "basicAuth",
        "oauth",
    )
)


@_attrs_define
class RestSettings:
    """How integrator.io reaches a REST API.

    Attributes:
        base_uri (str | Unset): The API's base URI; relative URIs of exports, imports and pings are resolved against it.
        bearer_token (str | Unset): The API token integrator.io sends (a secret, answered masked).
        token_location (str | Unset): Where the token is sent (`url`, as a query parameter named `tokenParam`, or in a
            header).
        token_param (str | Unset): The query parameter carrying the token when `tokenLocation` is `url`.
        media_type (str | Unset): The media type of request bodies sent to the API.
        auth_type (str | Unset): How integrator.io authenticates to the API (`token` for a bearer token).
        encrypted_fields (list[str] | Unset): Names of further settings stored encrypted.
        unencrypted_fields (list[str] | Unset): Names of further settings stored in clear.
        scope (list[str] | Unset): OAuth 2.0 scopes the connection asks for.
        ping_relative_uri (str | Unset): The URI, relative to `baseURI`, that a ping requests.
        basic_auth (RestSettingsBasicAuth | Unset): HTTP Basic credentials, when `authType` is `basic`.
        oauth (RestSettingsOauth | Unset): OAuth 2.0 client credentials and tokens, when `authType` is `oauth`.
    """

    base_uri: str | Unset = UNSET
    bearer_token: str | Unset = UNSET
    token_location: str | Unset = UNSET
    token_param: str | Unset = UNSET
    media_type: str | Unset = UNSET
    auth_type: str | Unset = UNSET
    encrypted_fields: list[str] | Unset = UNSET
    unencrypted_fields: list[str] | Unset = UNSET
    scope: list[str] | Unset = UNSET
    ping_relative_uri: str | Unset = UNSET
    basic_auth: RestSettingsBasicAuth | Unset = UNSET
    oauth: RestSettingsOauth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, ["bearer_token"])

    def to_dict(self) -> dict[str, Any]:
        base_uri = self.base_uri

        bearer_token = self.bearer_token

        token_location = self.token_location

        token_param = self.token_param

        media_type = self.media_type

        auth_type = self.auth_type

        encrypted_fields: list[str] | Unset = UNSET
        if not isinstance(self.encrypted_fields, Unset):
            encrypted_fields = self.encrypted_fields

        unencrypted_fields: list[str] | Unset = UNSET
        if not isinstance(self.unencrypted_fields, Unset):
            unencrypted_fields = self.unencrypted_fields

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        ping_relative_uri = self.ping_relative_uri

        basic_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_auth, Unset):
            basic_auth = self.basic_auth.to_dict()

        oauth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth, Unset):
            oauth = self.oauth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_uri is not UNSET:
            field_dict["baseURI"] = base_uri
        if bearer_token is not UNSET:
            field_dict["bearerToken"] = bearer_token
        if token_location is not UNSET:
            field_dict["tokenLocation"] = token_location
        if token_param is not UNSET:
            field_dict["tokenParam"] = token_param
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if encrypted_fields is not UNSET:
            field_dict["encryptedFields"] = encrypted_fields
        if unencrypted_fields is not UNSET:
            field_dict["unencryptedFields"] = unencrypted_fields
        if scope is not UNSET:
            field_dict["scope"] = scope
        if ping_relative_uri is not UNSET:
            field_dict["pingRelativeURI"] = ping_relative_uri
        if basic_auth is not UNSET:
            field_dict["basicAuth"] = basic_auth
        if oauth is not UNSET:
            field_dict["oauth"] = oauth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        base_uri = d.get("baseURI", UNSET)

        bearer_token = d.get("bearerToken", UNSET)

        token_location = d.get("tokenLocation", UNSET)

        token_param = d.get("tokenParam", UNSET)

        media_type = d.get("mediaType", UNSET)

        auth_type = d.get("authType", UNSET)

        _encrypted_fields = d.get("encryptedFields", UNSET)
        encrypted_fields = (
            UNSET
            if _encrypted_fields is UNSET
            else cast("list[str]", array_member(_encrypted_fields, "encryptedFields"))
        )

        _unencrypted_fields = d.get("unencryptedFields", UNSET)
        unencrypted_fields = (
            UNSET
            if _unencrypted_fields is UNSET
            else cast("list[str]", array_member(_unencrypted_fields, "unencryptedFields"))
        )

        _scope = d.get("scope", UNSET)
        scope = UNSET if _scope is UNSET else cast("list[str]", array_member(_scope, "scope"))

        ping_relative_uri = d.get("pingRelativeURI", UNSET)

        _basic_auth = d.get("basicAuth", UNSET)
        basic_auth: RestSettingsBasicAuth | Unset
        if isinstance(_basic_auth, Unset):
            basic_auth = UNSET
        else:
            basic_auth = RestSettingsBasicAuth.from_dict(object_member(_basic_auth, "basicAuth"))

        _oauth = d.get("oauth", UNSET)
        oauth: RestSettingsOauth | Unset
        if isinstance(_oauth, Unset):
            oauth = UNSET
        else:
            oauth = RestSettingsOauth.from_dict(object_member(_oauth, "oauth"))

        rest_settings = cls(
            base_uri=base_uri,
            bearer_token=bearer_token,
            token_location=token_location,
            token_param=token_param,
            media_type=media_type,
            auth_type=auth_type,
            encrypted_fields=encrypted_fields,
            unencrypted_fields=unencrypted_fields,
            scope=scope,
            ping_relative_uri=ping_relative_uri,
            basic_auth=basic_auth,
            oauth=oauth,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RestSettings_MEMBERS
            else {key: value for key, value in d.items() if key not in _RestSettings_MEMBERS}
        )
        rest_settings.additional_properties = unknown
        return rest_settings

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


from ..models.rest_settings_basic_auth import RestSettingsBasicAuth
from ..models.rest_settings_oauth import RestSettingsOauth
