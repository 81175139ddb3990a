"""Mistakes mypy must reject: each line marked `# expect: <error code>` must be reported with that code.

Checked by tests/typing/test_typing.py, never run.
"""

from __future__ import annotations

from narrative_client import Narrative


def misspelt_attribute(client: Narrative) -> None:
    for rule in client.access_rules.list():
        print(rule.nmae)  # expect: attr-defined


def misspelt_argument(client: Narrative) -> None:
    client.access_rules.list(perpage=2)  # expect: call-arg


def mistyped_argument(client: Narrative) -> None:
    client.access_rules.list(per_page="two")  # expect: arg-type


def misspelt_resource(client: Narrative) -> None:
    client.acess_rules.list()  # expect: attr-defined


def a_non_paginated_operation_paginated(client: Narrative) -> None:
    for _ in client.access_rules.get(1):  # expect: attr-defined
        pass


def pages_of_a_single_answer(client: Narrative) -> None:
    client.access_rules.get(1).pages()  # expect: attr-defined


def the_envelope_misspelt(client: Narrative) -> None:
    for page in client.access_rules.list().pages():
        print(page.parsed.nxt_page)  # expect: attr-defined


def an_answer_used_as_the_wrong_type(client: Narrative) -> int:
    return client.access_rules.get(1).name  # expect: return-value


def an_enum_value_that_does_not_exist(client: Narrative) -> None:
    client.data_streams.list_company_by_sales_channel(1, "data_shop", o="price-middle")  # expect: arg-type


def a_per_call_option_misspelt(client: Narrative) -> None:
    client.access_rules.get(1, extra_header={"X-Trace": "1"})  # expect: call-arg
