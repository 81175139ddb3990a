"""Typed use of the BettrData client object, as a pipeline would write it: checked by mypy --strict
--disallow-any-expr, never run."""

from __future__ import annotations

from bettrdata_client import (
    APIError,
    APIStatusError,
    AsyncBettrData,
    BettrData,
    NotFoundError,
    Page,
    RateLimitError,
    Stream,
)
from bettrdata_client.lib.cognito import CognitoAuth, NotAuthorizedError
from bettrdata_client.lib.counts import CountFailedError, CountStatus, CountUnknownEvent
from bettrdata_client.models import (
    BDSOrder,
    BDSOrderRecord,
    CountEndEvent,
    CountExecution,
    CountRequest,
    CountResultRow,
    Datafile,
    MergeRun,
    MergeRunRecord,
)


def signed_in() -> BettrData:
    auth = CognitoAuth(username="analyst@example.com", password="from-a-vault", client_id="app-client")
    return BettrData(auth=auth, timeout=30.0, max_retries=3)


def with_a_token(token: str) -> BettrData:
    return BettrData(auth=token, base_url="https://acme.bettrdata.example")


def file_names(client: BettrData) -> list[str]:
    found: list[Datafile] = client.datafiles.search(where='{"fileName": {"$regex": "^acme"}}', limit=50)
    return [datafile.file_name for datafile in found if isinstance(datafile.file_name, str)]


def save_and_replace(client: BettrData, order: BDSOrder) -> str:
    saved: BDSOrderRecord = client.audiences.create(body=order)
    replaced = client.audiences.update(saved.field_id, body=order, timeout=60.0, extra_headers={"X-Trace": "1"})
    return replaced.field_id


def merge(client: BettrData, run: MergeRun) -> str | None:
    try:
        record: MergeRunRecord = client.merge_runs.create(body=run)
    except RateLimitError as error:
        return error.request_id
    except APIStatusError as error:
        return f"{error.status_code}: {[detail.detail for detail in error.errors]}"
    return record.field_id


def count_by_hand(client: BettrData, order_id: str) -> int:
    execution: CountExecution = client.counts.run(order_id, "default", body=CountRequest(current_user="me"))
    seen = 0
    with client.counts.watch(execution.execution_hash, execution.db_origin) as events:
        for event in events:
            status: CountStatus = event
            if isinstance(status, CountUnknownEvent):
                print("unlisted status", status.status)
            seen += 1
    return seen


def count_flow(client: BettrData, order_id: str) -> list[str]:
    names: list[str] = []
    try:
        with client.counts.start(order_id, "default", current_user="me") as count:
            end: CountEndEvent = count.wait(on_status=lambda event: print(type(event).__name__))
            print(end.status)
            for row in count.rows(limit=500):
                names.extend(row.additional_keys)
    except CountFailedError as error:
        print(error.event_message)
    return names


def result_pages(client: BettrData, result_id: str) -> int:
    rows = 0
    for page in client.counts.get_result(result_id, limit=100).limited(max_pages=3).pages():
        first: Page[CountResultRow, list[CountResultRow]] = page
        rows += len(first.items)
    return rows


def raw_status(client: BettrData) -> int:
    raw = client.with_raw_response.datafiles.search(limit=1)
    files: list[Datafile] = raw.parsed
    return raw.status_code if files else 0


def a_stream(client: BettrData, execution: CountExecution) -> Stream[CountStatus]:
    return client.counts.watch(execution.execution_hash, execution.db_origin, idle_timeout=60.0)


def refused_sign_in(client: BettrData) -> bool:
    try:
        client.datafiles.search()
    except NotAuthorizedError:
        return True
    except NotFoundError:
        return False
    except APIError as error:
        print(str(error))
    return False


async def async_flow(client: AsyncBettrData, order_id: str) -> int:
    files = await client.datafiles.search(limit=5)
    count = await client.counts.start(order_id, "default", current_user="me")
    async with count:
        await count.wait()
        total = 0
        async for row in count.rows():
            total += len(row.additional_keys)
    async for row in client.counts.get_result("result", limit=10):
        total += len(row.additional_keys)
    return total + len(files)
