"""Narrative: what the generic engine cannot infer from the spec, each handler with the reason.

Every other resource family (access rules, datasets, mappings, subscriptions, data shops, schema presets, queries,
views, connections, destinations, access tokens, products, profiles...) is served by the engine's inferred state.
The handlers below are actions on a record (`POST <item>/<verb>`) whose effect only the operation's description
tells: which status a verb sets, or that it makes a new record.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import apimock


class Vendor(apimock.Vendor):
    def handlers(self) -> Mapping[str, apimock.Handler]:
        return {
            # The profile's status after each verb is only in the descriptions ("only enabled profiles are used").
            "enable_profile": self._setting("get_profile", status="enabled"),
            "disable_profile": self._setting("get_profile", status="disabled"),
            "archive_profile": self._setting("get_profile", status="archived"),
            # "Activates a pending subscription" / "Cancels a subscription": statuses the schema lists as examples.
            "activate_subscription": self._setting("get_subscription", status="active"),
            "cancel_subscription": self._setting("get_subscription", status="cancelled", cancelled_at=None),
            # "Moves a mapping proposed by the system from `pending` to `active`."
            "accept_mapping": self._setting("get_mapping", status="active"),
            # "Creates a global copy ...; the copy's `derived_from` is the original's id": a new record.
            "promote_mapping": self.promote_mapping,
        }

    def _record(self, call: apimock.Call, read_operation: str) -> tuple[str, str, dict[str, Any]] | None:
        """The collection, key and record the call's item path names, found as the read operation finds it."""
        binding = self.mock.bindings[read_operation]
        key = str(call.path[binding.id_param or ""])
        record = self.mock.store.get(binding.collection.name, key)
        return None if record is None else (binding.collection.name, key, record)

    def _setting(self, read_operation: str, **fields: Any) -> apimock.Handler:
        """A handler that sets `fields` on the record (None: the current time) and answers it."""

        async def handler(call: apimock.Call) -> apimock.Reply:
            found = self._record(call, read_operation)
            if found is None:
                return self._missing(call)
            name, key, record = found
            changes = {
                field: self.mock.store.timestamp() if value is None else value for field, value in fields.items()
            }
            return call.reply(200, self.mock.store.put(name, key, {**record, **changes}))

        return handler

    async def promote_mapping(self, call: apimock.Call) -> apimock.Reply:
        found = self._record(call, "get_mapping")
        if found is None:
            return self._missing(call)
        name, _, original = found
        collection = self.mock.bindings["get_mapping"].collection
        key = self.mock.new_key(collection)
        copy = {**original, collection.id_field: key, "scope": "global", "derived_from": original[collection.id_field]}
        return call.reply(200, self.mock.store.put(name, str(key), copy))

    def _missing(self, call: apimock.Call) -> apimock.Reply:
        problem = apimock.Problem("path", next(iter(call.path), ""), "no record has this identifier")
        return call.error("not-found", problems=[problem])
