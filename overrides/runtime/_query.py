"""The query string of an operation with a comma-separated array parameter (`style: form, explode: false`).

httpx encodes `,` in parameter values as `%2C`; an API that splits `include=connector,health` on commas may not read
`include=connector%2Chealth` the same way. The generated endpoints of such operations put this query string into
the URL themselves instead of passing `params` to httpx.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any
from urllib.parse import quote


def query_string(params: Mapping[str, Any], comma_joined: Collection[str]) -> str:
    """`?name=value&...` for `params` (empty when there are none): lists repeat the name, except those named in
    `comma_joined`, which are one value with their items separated by unencoded commas."""
    pairs: list[str] = []
    for name, value in params.items():
        key = quote(name, safe="")
        if isinstance(value, (list, tuple)) and name in comma_joined:
            pairs.append(f"{key}={','.join(_text(item) for item in value)}")
        elif isinstance(value, (list, tuple)):
            pairs.extend(f"{key}={_text(item)}" for item in value)
        else:
            pairs.append(f"{key}={_text(value)}")
    return "?" + "&".join(pairs) if pairs else ""


def _text(value: Any) -> str:
    """A value as httpx would write it (`true`/`false` for booleans, nothing for None), percent-encoded."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return quote("" if value is None else str(value), safe="")
