"""Typed use of the Narrative client object: checked by mypy --strict --disallow-any-expr, never run."""

from __future__ import annotations

from narrative_client import AsyncNarrative, Narrative, NotFoundError, Page
from narrative_client.models import AccessRule, AccessRulePage, AccessRuleUpdate


def rule_names(client: Narrative) -> list[str]:
    names: list[str] = []
    for rule in client.access_rules.list(per_page=100):
        names.append(rule.name)
    return names


def first_page_total(client: Narrative) -> int:
    for page in client.access_rules.list(per_page=10).pages():
        first: Page[AccessRule, AccessRulePage] = page
        return len(first.items) + first.parsed.total_records
    return 0


def rename(client: Narrative, rule_id: int, name: str) -> str:
    rule: AccessRule = client.access_rules.update(rule_id, body=AccessRuleUpdate(display_name=name))
    return rule.name


def exists(client: Narrative, rule_id: int) -> bool:
    try:
        client.access_rules.get(rule_id)
    except NotFoundError as error:
        return error.status_code != 404
    return True


def forget(client: Narrative, attribute: str) -> None:
    client.attributes.delete(attribute)


async def async_names(client: AsyncNarrative) -> list[str]:
    rule = await client.access_rules.get(1)
    names = [rule.name]
    async for other in client.access_rules.list(per_page=50):
        names.append(other.name)
    return names


def configured() -> Narrative:
    with Narrative(auth="token", timeout=30.0, max_retries=3) as client:
        return client.with_options(timeout=5.0, headers={"X-Team": "data"})


def raw_request_id(client: Narrative) -> str | None:
    raw = client.with_raw_response.access_rules.get(1, timeout=5.0, extra_headers={"X-Trace": "1"})
    rule: AccessRule = raw.parsed
    return raw.request_id if rule.id else None
