"""integrator.io's paged virtual export: pages over the records an export returns, each answer carrying a
`pagedExportState` the mock signs, so that only a state it issued, unchanged, for the same connection and
export, asks for the next page.

`sig` is HMAC-SHA256, under a key of the app's own, of the rest of the state, the connection's identifier and
the posted export, in a canonical form (JSON with sorted keys and no spaces).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import random
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: The page size of an export that names none (integrator.io's is not documented).
DEFAULT_PAGE_SIZE = 20
_SIGNED = ("searchId", "pageIndex", "pageSize", "totalPages", "totalRecords", "done", "issuedAt")


class StateRefused(Exception):
    """The posted `pagedExportState` was not issued by this mock for this connection and export, as sent."""


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class StateSigner:
    key: bytes

    @classmethod
    def random(cls) -> StateSigner:
        return cls(secrets.token_bytes(32))

    def sign(self, state: Mapping[str, Any], connection_id: str, export: Any) -> str:
        signed = {"state": {name: state.get(name) for name in _SIGNED}, "connection": connection_id, "export": export}
        return hmac.new(self.key, _canonical(signed), hashlib.sha256).hexdigest()

    def verify(self, state: Mapping[str, Any], connection_id: str, export: Any) -> None:
        expected = self.sign(state, connection_id, export)
        if not hmac.compare_digest(expected, str(state.get("sig", ""))):
            raise StateRefused("The pagedExportState was not issued for this export or was changed.")


def search_id(connection_id: str, export: Any) -> str:
    """The export's run, named as integrator.io names NetSuite web-services searches."""
    digest = hashlib.sha256(_canonical({"connection": connection_id, "export": export})).hexdigest()
    return f"WEBSERVICES_{digest[:40]}"


def page_size(export: Any) -> int:
    size = export.get("pageSize") if isinstance(export, Mapping) else None
    return size if isinstance(size, int) and not isinstance(size, bool) and size > 0 else DEFAULT_PAGE_SIZE


def export_page(
    records: Sequence[dict[str, Any]],
    *,
    connection_id: str,
    export: Any,
    state: Mapping[str, Any] | None,
    signer: StateSigner,
    issued_at: int,
) -> dict[str, Any]:
    """The page a request asks for (the first without a state, else the one the state names) and the signed
    state asking for the page after it. `StateRefused` for a state the signer did not issue as sent."""
    if state is None:
        number, size = 1, page_size(export)
    else:
        signer.verify(state, connection_id, export)
        number, size = int(state["pageIndex"]), int(state["pageSize"])
    total = len(records)
    pages = math.ceil(total / size)
    start = (number - 1) * size
    data = [dict(record) for record in records[start : start + size]]
    following: dict[str, Any] = {
        "searchId": search_id(connection_id, export),
        "pageIndex": number + 1,
        "pageSize": size,
        "totalPages": pages,
        "totalRecords": total,
        "done": number >= pages,
        "issuedAt": issued_at,
    }
    following["sig"] = signer.sign(following, connection_id, export)
    return {"data": data, "dataURIs": [None] * len(data), "pagedExportState": following}


_NAMES = ("John Doe", "Jane Doe", "Joe Smith", "Ana Lima", "Wei Chen", "Sam Okafor", "Lea Martin", "Raj Patel")
_COMPANIES = ("Acme Products", "Widgets Inc.", "Example Services", "Northwind", "Globex", "Initech")
_ROLES = ("Consultant", "Technology", "Manager", "Administrator", "Developer")


def seeded_records(seed: int, count: int = 23) -> list[dict[str, Any]]:
    """`count` NetSuite usage records shaped like the document's, the same for the same seed."""
    draw = random.Random(f"celigo-export-{seed}")
    records = []
    for index in range(count):
        name = _NAMES[index % len(_NAMES)]
        month, day, hour = 1 + draw.randrange(12), 1 + draw.randrange(28), draw.randrange(24)
        records.append(
            {
                "recType": "813",
                "Trial Start": f"2017-{month:02d}-{day:02d}T{hour:02d}:02:00.000-07:00",
                "custrecord_license2_trial_end_date": f"2017-12-{1 + draw.randrange(28):02d}T08:00:00.000+00:00",
                "custrecord_usage_diy_phone": f"555-555-{draw.randrange(10000):04d}",
                "custrecord_usage_diy_ms": draw.randrange(10_000_000, 99_999_999),
                "custrecord_usage_diy_year": 2017,
                "custrecord_usage_diy_company": _COMPANIES[index % len(_COMPANIES)],
                "custrecord_usage_diy_userid": f"{draw.getrandbits(96):024x}",
                "custrecord_usage_diy_name": name,
                "custrecord_usage_diy_hours": draw.randrange(1, 40),
                "custrecord_usage_diy_role": _ROLES[index % len(_ROLES)],
                "custrecord_usage_diy_email": f"{name.lower().replace(' ', '.')}{index}@example.com",
                "custrecord_usage_diy_month_s": "November",
            }
        )
    return records
