"""Mistakes mypy must reject in Commanders Act code: each line marked `# expect: <error code>` must be reported with
that code. Checked by tests/typing/test_typing.py, never run.
"""

from __future__ import annotations

from commanders_act_client import CommandersAct


def misspelt_member_of_a_document(client: CommandersAct) -> None:
    print(client.sources.get(1).data.atributes)  # expect: attr-defined


def an_include_the_api_does_not_know(client: CommandersAct) -> None:
    client.sources.list(include=["connectors"])  # expect: list-item


def a_string_id_where_an_integer_is_due(client: CommandersAct) -> None:
    client.sources.get("1")  # expect: arg-type


def misspelt_argument(client: CommandersAct) -> None:
    client.sources.get(1, includes=["health"])  # expect: call-arg


def a_create_without_its_body(client: CommandersAct) -> None:
    client.sources.create()  # expect: call-arg


def a_non_paginated_list_paged(client: CommandersAct) -> None:
    client.sources.list().pages()  # expect: attr-defined


def misspelt_resource(client: CommandersAct) -> None:
    client.source.list()  # expect: attr-defined


def a_deletion_used_as_a_document(client: CommandersAct) -> None:
    print(client.sources.delete(1).data)  # expect: func-returns-value
