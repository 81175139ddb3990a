"""Mistakes mypy must reject in BettrData code: each line marked `# expect: <error code>` must be reported with
that code. Checked by tests/typing/test_typing.py, never run.
"""

from __future__ import annotations

from bettrdata_client import BettrData
from bettrdata_client.models import CountRequest, TokenRequest


def misspelt_model_attribute(client: BettrData) -> None:
    for datafile in client.datafiles.search():
        print(datafile.filename)  # expect: attr-defined


def misspelt_argument(client: BettrData) -> None:
    client.datafiles.search(limt=5)  # expect: call-arg


def mistyped_argument(client: BettrData) -> None:
    client.datafiles.search(limit="five")  # expect: arg-type


def a_missing_required_argument(client: BettrData) -> None:
    client.counts.run("order", "default")  # expect: call-arg


def a_body_of_the_wrong_model(client: BettrData) -> None:
    client.audiences.create(body=CountRequest(current_user="me"))  # expect: arg-type


def misspelt_resource(client: BettrData) -> None:
    client.datafile.search()  # expect: attr-defined


def misspelt_method(client: BettrData) -> None:
    client.counts.strat("order", "default", current_user="me")  # expect: attr-defined


def a_non_paginated_operation_paged(client: BettrData) -> None:
    client.datafiles.search().pages()  # expect: attr-defined


def a_wrong_header_literal(client: BettrData) -> None:
    client.authentication.get_token(body=TokenRequest.from_dict({}), x_amz_target="InitiateAuth")  # expect: arg-type


def a_stream_read_as_a_model(client: BettrData) -> None:
    print(client.counts.watch("hash", "SNOWFLAKE").status)  # expect: attr-defined
