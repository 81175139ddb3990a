"""The generated BettrData client against an in-process stand-in, driven by the spec's own examples.

Every operation is called through all four generated functions (`sync_detailed`, `sync`, `asyncio_detailed`,
`asyncio`). The stand-in is an `httpx.MockTransport` that records each request and answers one canned response;
the tests check what the client sent (method, encoded path, query, headers, JSON body) and how it parsed every
response the spec documents.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any, Generic, ParamSpec, Protocol, TypeVar
from urllib.parse import parse_qsl, unquote

import httpx
import pytest
import yaml
from bettrdata_client import AuthenticatedClient, Client
from bettrdata_client.api.audiences import create_audience, update_audience
from bettrdata_client.api.authentication import get_token
from bettrdata_client.api.counts import (
    cancel_count,
    get_count_result,
    list_count_history,
    run_count,
    stream_count_status,
)
from bettrdata_client.api.datafiles import search_datafiles
from bettrdata_client.api.merge_runs import create_merge_run
from bettrdata_client.errors import UnexpectedStatus
from bettrdata_client.models import (
    BDSOrder,
    BDSOrderRecord,
    CancelResult,
    ClientCidField,
    CognitoInitiateAuthResponse,
    ContainsField,
    CountEndEvent,
    CountErrorEvent,
    CountExecution,
    CountHistoryEntry,
    CountInProgressEvent,
    CountRequest,
    CountResultRow,
    CountStartedEvent,
    Datafile,
    DataRelationField,
    DateRangeSelectorField,
    Error,
    GetTokenXAmzTarget,
    MergeRun,
    MergeRunRecord,
    MultiTextField,
    NumberComparison,
    NumberInputField,
    NumberRange,
    NumberSliderField,
    RangeSliderField,
    SelectionMultiField,
    SelectionUniqueField,
    TokenRequest,
    TokenResponse,
    UntypedValueField,
)
from bettrdata_client.types import UNSET, File, Response, Unset

from scripts.pipeline.spec_source import HTTP_METHODS, resolve_pointer

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "bettrdata.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))

BASE_URL = "https://acme.bettrdata.io:1337"
TOKEN = "test-bearer-token"

P = ParamSpec("P")
T = TypeVar("T")


# --- Reading the spec ---------------------------------------------------------------------------------------


def resolve(node: Any) -> Any:
    """Follow local `$ref`s until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        pointer: str = node["$ref"]
        assert pointer.startswith("#/"), f"only local references are expected, got {pointer}"
        node = resolve_pointer(SPEC, pointer[1:])
    return node


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    document: dict[str, Any]

    @property
    def parameters(self) -> dict[str, dict[str, Any]]:
        """Path-level and operation-level parameters, resolved, by name."""
        path_item = SPEC["paths"][self.path]
        listed = [*path_item.get("parameters", []), *self.document.get("parameters", [])]
        return {parameter["name"]: parameter for parameter in map(resolve, listed)}


def spec_operations() -> dict[str, SpecOperation]:
    operations: dict[str, SpecOperation] = {}
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                document = item[method]
                operations[document["operationId"]] = SpecOperation(document["operationId"], method, path, document)
    return operations


OPERATIONS = spec_operations()


def parameter_example(operation_id: str, name: str) -> Any:
    parameter = OPERATIONS[operation_id].parameters[name]
    if "content" in parameter:
        (media_type,) = parameter["content"].values()
        return media_type["example"]
    return parameter["example"]


def parameter_default(operation_id: str, name: str) -> Any:
    return OPERATIONS[operation_id].parameters[name]["schema"]["default"]


def named_examples(media_type: Mapping[str, Any]) -> dict[str, Any]:
    """A media type's examples by name; a lone `example` is named "example"."""
    if "examples" in media_type:
        return {name: resolve(example)["value"] for name, example in media_type["examples"].items()}
    return {"example": media_type["example"]}


def request_examples(operation_id: str) -> dict[str, Any]:
    (media_type,) = resolve(OPERATIONS[operation_id].document["requestBody"])["content"].values()
    return named_examples(media_type)


def request_example(operation_id: str) -> Any:
    (example,) = request_examples(operation_id).values()
    return example


@dataclass(frozen=True)
class DocumentedResponse:
    """One example of one documented response of one operation."""

    operation_id: str
    status: str
    name: str
    media_type: str
    value: Any

    @property
    def id(self) -> str:
        return f"{self.operation_id}-{self.status}-{self.name}"

    @property
    def body(self) -> bytes:
        if self.media_type == "application/x-ndjson":
            return json.dumps(self.value).encode() + b"\n"
        return json.dumps(self.value).encode()


def documented_responses() -> Iterator[DocumentedResponse]:
    for operation in OPERATIONS.values():
        for status, response in operation.document["responses"].items():
            content = resolve(response)["content"]
            for media_type_name, media_type in content.items():
                for name, value in named_examples(media_type).items():
                    yield DocumentedResponse(operation.operation_id, str(status), name, media_type_name, value)


DOCUMENTED_RESPONSES = list(documented_responses())


def first_example(operation_id: str, status: str) -> DocumentedResponse:
    return next(r for r in DOCUMENTED_RESPONSES if r.operation_id == operation_id and r.status == status)


# --- The stand-in server and the four ways to call an operation -------------------------------------------


@dataclass
class StandIn:
    """An in-process BettrData: records every request and answers each with the same canned response."""

    status: int
    body: bytes
    content_type: str
    received: list[httpx.Request] = field(default_factory=list)

    @classmethod
    def answering(cls, response: DocumentedResponse) -> StandIn:
        return cls(int(response.status), response.body, response.media_type)

    @classmethod
    def answering_success_of(cls, operation_id: str) -> StandIn:
        return cls.answering(first_example(operation_id, "200"))

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.received.append(request)
        return httpx.Response(self.status, content=self.body, headers={"Content-Type": self.content_type})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def client(self, *, raise_on_unexpected_status: bool = False) -> AuthenticatedClient:
        return AuthenticatedClient(
            base_url=BASE_URL,
            token=TOKEN,
            raise_on_unexpected_status=raise_on_unexpected_status,
            httpx_args={"transport": self.transport()},
        )

    def anonymous_client(self, *, raise_on_unexpected_status: bool = False) -> Client:
        return Client(
            base_url=BASE_URL,
            raise_on_unexpected_status=raise_on_unexpected_status,
            httpx_args={"transport": self.transport()},
        )

    @property
    def request(self) -> httpx.Request:
        assert len(self.received) == 1, f"expected one request, got {len(self.received)}"
        return self.received[0]


class Flavor(enum.Enum):
    SYNC_DETAILED = "sync_detailed"
    SYNC = "sync"
    ASYNCIO_DETAILED = "asyncio_detailed"
    ASYNCIO = "asyncio"


FLAVORS = pytest.mark.parametrize("flavor", list(Flavor), ids=[flavor.value for flavor in Flavor])


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a call returned: `parsed`, and the whole response when the flavor is a `*_detailed` one."""

    parsed: T | None
    response: Response[T] | None


@dataclass(frozen=True)
class Endpoint(Generic[P, T]):
    """The four generated functions of one operation, called alike."""

    sync_detailed: Callable[P, Response[T]]
    sync: Callable[P, T | None]
    asyncio_detailed: Callable[P, Awaitable[Response[T]]]
    asyncio: Callable[P, Awaitable[T | None]]

    async def call(self, flavor: Flavor, *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
        if flavor is Flavor.SYNC_DETAILED:
            response = self.sync_detailed(*args, **kwargs)
        elif flavor is Flavor.ASYNCIO_DETAILED:
            response = await self.asyncio_detailed(*args, **kwargs)
        elif flavor is Flavor.SYNC:
            return Outcome(self.sync(*args, **kwargs), None)
        else:
            return Outcome(await self.asyncio(*args, **kwargs), None)
        return Outcome(response.parsed, response)


GET_TOKEN = Endpoint(get_token.sync_detailed, get_token.sync, get_token.asyncio_detailed, get_token.asyncio)
SEARCH_DATAFILES = Endpoint(
    search_datafiles.sync_detailed, search_datafiles.sync, search_datafiles.asyncio_detailed, search_datafiles.asyncio
)
CREATE_MERGE_RUN = Endpoint(
    create_merge_run.sync_detailed, create_merge_run.sync, create_merge_run.asyncio_detailed, create_merge_run.asyncio
)
CREATE_AUDIENCE = Endpoint(
    create_audience.sync_detailed, create_audience.sync, create_audience.asyncio_detailed, create_audience.asyncio
)
UPDATE_AUDIENCE = Endpoint(
    update_audience.sync_detailed, update_audience.sync, update_audience.asyncio_detailed, update_audience.asyncio
)
RUN_COUNT = Endpoint(run_count.sync_detailed, run_count.sync, run_count.asyncio_detailed, run_count.asyncio)
LIST_COUNT_HISTORY = Endpoint(
    list_count_history.sync_detailed,
    list_count_history.sync,
    list_count_history.asyncio_detailed,
    list_count_history.asyncio,
)
STREAM_COUNT_STATUS = Endpoint(
    stream_count_status.sync_detailed,
    stream_count_status.sync,
    stream_count_status.asyncio_detailed,
    stream_count_status.asyncio,
)
CANCEL_COUNT = Endpoint(
    cancel_count.sync_detailed, cancel_count.sync, cancel_count.asyncio_detailed, cancel_count.asyncio
)
GET_COUNT_RESULT = Endpoint(
    get_count_result.sync_detailed, get_count_result.sync, get_count_result.asyncio_detailed, get_count_result.asyncio
)

ORDER_ID = parameter_example("update_audience", "orderId")
QUERY_NAME = parameter_example("run_count", "queryName")
EXECUTION_HASH = parameter_example("cancel_count", "executionHash")
DB_ORIGIN = parameter_example("cancel_count", "dbOrigin")
COUNT_RESULT_ID = parameter_example("get_count_result", "countResultId")
FIRST_MERGE_RUN_EXAMPLE = next(iter(request_examples("create_merge_run").values()))
FIRST_ORDER_EXAMPLE = next(iter(request_examples("create_audience").values()))


# One function per operation, sending the spec's example arguments unless told otherwise.


async def send_get_token(
    stand_in: StandIn, flavor: Flavor, *, raise_on_unexpected_status: bool = False
) -> Outcome[Any]:
    return await GET_TOKEN.call(
        flavor,
        client=stand_in.anonymous_client(raise_on_unexpected_status=raise_on_unexpected_status),
        body=TokenRequest.from_dict(request_example("get_token")),
        x_amz_target=GetTokenXAmzTarget(parameter_example("get_token", "X-Amz-Target")),
    )


async def send_search_datafiles(
    stand_in: StandIn,
    flavor: Flavor,
    *,
    raise_on_unexpected_status: bool = False,
    where: object = None,
    sort: object = None,
    limit: int | Unset = UNSET,
) -> Outcome[Any]:
    return await SEARCH_DATAFILES.call(
        flavor,
        client=stand_in.client(raise_on_unexpected_status=raise_on_unexpected_status),
        where=UNSET if where is None else json.dumps(where),
        sort=UNSET if sort is None else json.dumps(sort),
        limit=limit,
    )


async def send_create_merge_run(
    stand_in: StandIn,
    flavor: Flavor,
    *,
    raise_on_unexpected_status: bool = False,
    merge_run: Mapping[str, Any] = FIRST_MERGE_RUN_EXAMPLE,
) -> Outcome[Any]:
    return await CREATE_MERGE_RUN.call(
        flavor,
        client=stand_in.client(raise_on_unexpected_status=raise_on_unexpected_status),
        body=MergeRun.from_dict(merge_run),
    )


async def send_create_audience(
    stand_in: StandIn,
    flavor: Flavor,
    *,
    raise_on_unexpected_status: bool = False,
    order: Mapping[str, Any] = FIRST_ORDER_EXAMPLE,
) -> Outcome[Any]:
    return await CREATE_AUDIENCE.call(
        flavor,
        client=stand_in.client(raise_on_unexpected_status=raise_on_unexpected_status),
        body=BDSOrder.from_dict(order),
    )


async def send_update_audience(
    stand_in: StandIn,
    flavor: Flavor,
    *,
    raise_on_unexpected_status: bool = False,
    order_id: str = ORDER_ID,
    order: Mapping[str, Any] = FIRST_ORDER_EXAMPLE,
) -> Outcome[Any]:
    return await UPDATE_AUDIENCE.call(
        flavor,
        order_id,
        client=stand_in.client(raise_on_unexpected_status=raise_on_unexpected_status),
        body=BDSOrder.from_dict(order),
    )


async def send_run_count(
    stand_in: StandIn,
    flavor: Flavor,
    *,
    raise_on_unexpected_status: bool = False,
    order_id: str = ORDER_ID,
    query_name: str = QUERY_NAME,
) -> Outcome[Any]:
    return await RUN_COUNT.call(
        flavor,
        order_id,
        query_name,
        client=stand_in.client(raise_on_unexpected_status=raise_on_unexpected_status),
        body=CountRequest.from_dict(request_example("run_count")),
    )


async def send_list_count_history(
    stand_in: StandIn,
    flavor: Flavor,
    *,
    raise_on_unexpected_status: bool = False,
    order_id: str = ORDER_ID,
    query_name: str = QUERY_NAME,
    execution_hash: str | Unset = UNSET,
    db_origin: str | Unset = UNSET,
) -> Outcome[Any]:
    return await LIST_COUNT_HISTORY.call(
        flavor,
        order_id,
        query_name,
        client=stand_in.client(raise_on_unexpected_status=raise_on_unexpected_status),
        execution_hash=execution_hash,
        db_origin=db_origin,
    )


async def send_stream_count_status(
    stand_in: StandIn,
    flavor: Flavor,
    *,
    raise_on_unexpected_status: bool = False,
    execution_hash: str = EXECUTION_HASH,
    db_origin: str = DB_ORIGIN,
) -> Outcome[Any]:
    return await STREAM_COUNT_STATUS.call(
        flavor,
        execution_hash,
        db_origin,
        client=stand_in.client(raise_on_unexpected_status=raise_on_unexpected_status),
    )


async def send_cancel_count(
    stand_in: StandIn,
    flavor: Flavor,
    *,
    raise_on_unexpected_status: bool = False,
    execution_hash: str = EXECUTION_HASH,
    db_origin: str = DB_ORIGIN,
) -> Outcome[Any]:
    return await CANCEL_COUNT.call(
        flavor,
        execution_hash,
        db_origin,
        client=stand_in.client(raise_on_unexpected_status=raise_on_unexpected_status),
    )


async def send_get_count_result(
    stand_in: StandIn,
    flavor: Flavor,
    *,
    raise_on_unexpected_status: bool = False,
    count_result_id: str = COUNT_RESULT_ID,
) -> Outcome[Any]:
    """Leaves `page` and `limit` to the generated function's defaults."""
    return await GET_COUNT_RESULT.call(
        flavor,
        count_result_id,
        client=stand_in.client(raise_on_unexpected_status=raise_on_unexpected_status),
    )


class Send(Protocol):
    def __call__(
        self, stand_in: StandIn, flavor: Flavor, *, raise_on_unexpected_status: bool = False
    ) -> Awaitable[Outcome[Any]]: ...


SEND: dict[str, Send] = {
    "get_token": send_get_token,
    "search_datafiles": send_search_datafiles,
    "create_merge_run": send_create_merge_run,
    "create_audience": send_create_audience,
    "update_audience": send_update_audience,
    "run_count": send_run_count,
    "list_count_history": send_list_count_history,
    "stream_count_status": send_stream_count_status,
    "cancel_count": send_cancel_count,
    "get_count_result": send_get_count_result,
}

# --- What was sent ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Awkward:
    """A path parameter value that must be percent-encoded, and its encoding as one path segment."""

    raw: str
    encoded: str


AWKWARD_PATH_VALUES = pytest.mark.parametrize(
    "awkward",
    [
        pytest.param(Awkward("spring buyers", "spring%20buyers"), id="space"),
        pytest.param(Awkward("acme/2025", "acme%2F2025"), id="slash"),
        pytest.param(Awkward("50%?#x", "50%25%3F%23x"), id="percent-question-hash"),
        pytest.param(Awkward("Zürich", "Z%C3%BCrich"), id="non-ascii"),
    ],
)


def path_values(operation_id: str, awkward: Awkward | None) -> tuple[dict[str, str], dict[str, str]]:
    """Raw and expected percent-encoded values of the operation's path parameters.

    Without an awkward value, each parameter takes its spec example (which needs no encoding).
    """
    names = [name for name, parameter in OPERATIONS[operation_id].parameters.items() if parameter["in"] == "path"]
    if awkward is None:
        examples = {name: parameter_example(operation_id, name) for name in names}
        return examples, examples
    return dict.fromkeys(names, awkward.raw), dict.fromkeys(names, awkward.encoded)


def path_segments(operation_id: str, values: Mapping[str, str]) -> list[str]:
    """The operation's spec path template, split on "/", with each `{name}` segment replaced."""
    template = OPERATIONS[operation_id].path.split("/")
    return [values[segment[1:-1]] if segment.startswith("{") else segment for segment in template]


def assert_request_line(
    request: httpx.Request, operation_id: str, raw: Mapping[str, str], encoded: Mapping[str, str]
) -> None:
    """Method, host and the exact encoded path; and the path a server decodes segment by segment."""
    assert request.method == OPERATIONS[operation_id].method.upper()
    assert (request.url.scheme, request.url.host, request.url.port) == ("https", "acme.bettrdata.io", 1337)
    sent_path = request.url.raw_path.decode("ascii").partition("?")[0]
    assert sent_path == "/".join(path_segments(operation_id, encoded))
    assert [unquote(segment) for segment in sent_path.split("/")] == path_segments(operation_id, raw)


def assert_spec_example_path(request: httpx.Request, operation_id: str) -> None:
    raw, encoded = path_values(operation_id, None)
    assert_request_line(request, operation_id, raw, encoded)


def query_pairs(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True, strict_parsing=True)


def assert_bearer(request: httpx.Request) -> None:
    assert request.headers.get_list("Authorization") == [f"Bearer {TOKEN}"]


def assert_json_body(request: httpx.Request, expected: object) -> None:
    assert request.headers.get_list("Content-Type") == ["application/json"]
    assert json.loads(request.content) == expected


def assert_no_body(request: httpx.Request) -> None:
    assert request.content == b""
    assert "Content-Type" not in request.headers


@pytest.mark.asyncio
@FLAVORS
async def test_get_token_sends_the_cognito_request_without_a_bearer(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("get_token")

    await send_get_token(stand_in, flavor)

    request = stand_in.request
    assert_spec_example_path(request, "get_token")
    assert request.url.query == b""
    assert "Authorization" not in request.headers
    assert request.headers.get_list("X-Amz-Target") == ["AWSCognitoIdentityProviderService.InitiateAuth"]
    assert request.headers.get_list("Content-Type") == ["application/x-amz-json-1.1"]
    assert json.loads(request.content) == request_example("get_token")


@pytest.mark.asyncio
@FLAVORS
async def test_search_datafiles_sends_where_and_sort_as_json_text(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("search_datafiles")
    where = parameter_example("search_datafiles", "where")
    sort = parameter_example("search_datafiles", "sort")
    limit = parameter_example("search_datafiles", "limit")

    await send_search_datafiles(stand_in, flavor, where=where, sort=sort, limit=limit)

    request = stand_in.request
    assert_spec_example_path(request, "search_datafiles")
    pairs = query_pairs(request)
    assert sorted(name for name, _ in pairs) == ["limit", "sort", "where"]
    sent = dict(pairs)
    assert json.loads(sent["where"]) == where
    assert json.loads(sent["sort"]) == sort
    assert sent["limit"] == str(limit)
    assert_bearer(request)
    assert_no_body(request)


@pytest.mark.asyncio
@FLAVORS
async def test_search_datafiles_without_filters_sends_no_query(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("search_datafiles")

    await send_search_datafiles(stand_in, flavor)

    assert stand_in.request.url.query == b""
    assert_spec_example_path(stand_in.request, "search_datafiles")


@pytest.mark.asyncio
@FLAVORS
@pytest.mark.parametrize(
    "merge_run", list(request_examples("create_merge_run").values()), ids=list(request_examples("create_merge_run"))
)
async def test_create_merge_run_sends_the_example(merge_run: dict[str, Any], flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("create_merge_run")

    await send_create_merge_run(stand_in, flavor, merge_run=merge_run)

    request = stand_in.request
    assert_spec_example_path(request, "create_merge_run")
    assert request.url.query == b""
    assert_bearer(request)
    assert_json_body(request, merge_run)


ORDER_EXAMPLES = pytest.mark.parametrize(
    "order", list(request_examples("create_audience").values()), ids=list(request_examples("create_audience"))
)


@pytest.mark.asyncio
@FLAVORS
@ORDER_EXAMPLES
async def test_create_audience_sends_the_example(order: dict[str, Any], flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("create_audience")

    await send_create_audience(stand_in, flavor, order=order)

    request = stand_in.request
    assert_spec_example_path(request, "create_audience")
    assert request.url.query == b""
    assert_bearer(request)
    assert_json_body(request, order)


@pytest.mark.asyncio
@FLAVORS
@pytest.mark.parametrize(
    "order", list(request_examples("update_audience").values()), ids=list(request_examples("update_audience"))
)
async def test_update_audience_puts_the_example(order: dict[str, Any], flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("update_audience")

    await send_update_audience(stand_in, flavor, order=order)

    request = stand_in.request
    assert_spec_example_path(request, "update_audience")
    assert request.url.query == b""
    assert_bearer(request)
    assert_json_body(request, order)


@pytest.mark.asyncio
@FLAVORS
async def test_run_count_posts_the_current_user(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("run_count")

    await send_run_count(stand_in, flavor)

    request = stand_in.request
    assert_spec_example_path(request, "run_count")
    assert request.url.query == b""
    assert_bearer(request)
    assert_json_body(request, request_example("run_count"))


@pytest.mark.asyncio
@FLAVORS
async def test_list_count_history_sends_the_execution_filters(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("list_count_history")
    execution_hash = parameter_example("list_count_history", "executionHash")
    db_origin = parameter_example("list_count_history", "dbOrigin")

    await send_list_count_history(stand_in, flavor, execution_hash=execution_hash, db_origin=db_origin)

    request = stand_in.request
    assert_spec_example_path(request, "list_count_history")
    assert sorted(query_pairs(request)) == [("dbOrigin", db_origin), ("executionHash", execution_hash)]
    assert_bearer(request)
    assert_no_body(request)


@pytest.mark.asyncio
@FLAVORS
async def test_list_count_history_without_filters_sends_no_query(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("list_count_history")

    await send_list_count_history(stand_in, flavor)

    assert stand_in.request.url.query == b""
    assert_spec_example_path(stand_in.request, "list_count_history")


@pytest.mark.asyncio
@FLAVORS
async def test_stream_count_status_gets_the_execution_path(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("stream_count_status")

    await send_stream_count_status(stand_in, flavor)

    request = stand_in.request
    assert_spec_example_path(request, "stream_count_status")
    assert request.url.query == b""
    assert_bearer(request)
    assert_no_body(request)


@pytest.mark.asyncio
@FLAVORS
async def test_cancel_count_deletes_the_execution_path(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("cancel_count")

    await send_cancel_count(stand_in, flavor)

    request = stand_in.request
    assert_spec_example_path(request, "cancel_count")
    assert request.url.query == b""
    assert_bearer(request)
    assert_no_body(request)


@pytest.mark.asyncio
@FLAVORS
async def test_get_count_result_sends_the_default_page_and_limit(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("get_count_result")

    await send_get_count_result(stand_in, flavor)

    request = stand_in.request
    assert_spec_example_path(request, "get_count_result")
    assert sorted(query_pairs(request)) == [
        ("limit", str(parameter_default("get_count_result", "limit"))),
        ("page", str(parameter_default("get_count_result", "page"))),
    ]
    assert_bearer(request)
    assert_no_body(request)


@pytest.mark.asyncio
@FLAVORS
async def test_get_count_result_sends_the_requested_page_and_limit(flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of("get_count_result")

    await GET_COUNT_RESULT.call(flavor, COUNT_RESULT_ID, client=stand_in.client(), page=3, limit=50)

    assert sorted(query_pairs(stand_in.request)) == [("limit", "50"), ("page", "3")]


PathSend = Callable[[StandIn, Flavor, Mapping[str, str]], Awaitable[Outcome[Any]]]

SEND_WITH_PATH: dict[str, PathSend] = {
    "update_audience": lambda stand_in, flavor, values: send_update_audience(
        stand_in, flavor, order_id=values["orderId"]
    ),
    "run_count": lambda stand_in, flavor, values: send_run_count(
        stand_in, flavor, order_id=values["orderId"], query_name=values["queryName"]
    ),
    "list_count_history": lambda stand_in, flavor, values: send_list_count_history(
        stand_in, flavor, order_id=values["orderId"], query_name=values["queryName"]
    ),
    "stream_count_status": lambda stand_in, flavor, values: send_stream_count_status(
        stand_in, flavor, execution_hash=values["executionHash"], db_origin=values["dbOrigin"]
    ),
    "cancel_count": lambda stand_in, flavor, values: send_cancel_count(
        stand_in, flavor, execution_hash=values["executionHash"], db_origin=values["dbOrigin"]
    ),
    "get_count_result": lambda stand_in, flavor, values: send_get_count_result(
        stand_in, flavor, count_result_id=values["countResultId"]
    ),
}


def test_every_operation_with_path_parameters_is_checked_for_encoding() -> None:
    with_path_parameters = {
        operation_id
        for operation_id, operation in OPERATIONS.items()
        if any(parameter["in"] == "path" for parameter in operation.parameters.values())
    }
    assert with_path_parameters == set(SEND_WITH_PATH)


@pytest.mark.asyncio
@FLAVORS
@AWKWARD_PATH_VALUES
@pytest.mark.parametrize("operation_id", list(SEND_WITH_PATH))
async def test_path_parameters_are_percent_encoded(operation_id: str, awkward: Awkward, flavor: Flavor) -> None:
    stand_in = StandIn.answering_success_of(operation_id)
    raw, encoded = path_values(operation_id, awkward)

    await SEND_WITH_PATH[operation_id](stand_in, flavor, raw)

    assert_request_line(stand_in.request, operation_id, raw, encoded)


# --- What was parsed ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parsed:
    """The type the client must return for a documented response: a model class, or a list of one."""

    model: type[Any]
    is_list: bool = False


def list_of(model: type[Any]) -> Parsed:
    return Parsed(model, is_list=True)


ERRORS = {status: Parsed(Error) for status in ("400", "401", "403", "500")}

# operation -> status (or "status/example name" where examples of one status differ) -> the expected type.
EXPECTED_PARSED: dict[str, dict[str, Parsed]] = {
    "get_token": {
        "200/bettrdata": Parsed(TokenResponse),
        "200/cognito": Parsed(CognitoInitiateAuthResponse),
        **ERRORS,
    },
    "search_datafiles": {"200": list_of(Datafile), **ERRORS},
    "create_merge_run": {"200": Parsed(MergeRunRecord), **ERRORS},
    "create_audience": {"200": Parsed(BDSOrderRecord), **ERRORS},
    "update_audience": {"200": Parsed(BDSOrderRecord), **ERRORS},
    "run_count": {"200": Parsed(CountExecution), **ERRORS},
    "list_count_history": {"200": list_of(CountHistoryEntry), **ERRORS},
    "stream_count_status": {"200": Parsed(File), **ERRORS},
    "cancel_count": {"200": Parsed(CancelResult), **ERRORS},
    "get_count_result": {"200": list_of(CountResultRow), **ERRORS},
}

STREAM_EVENT_MODELS: dict[str, type[Any]] = {
    "started": CountStartedEvent,
    "in progress": CountInProgressEvent,
    "end": CountEndEvent,
    "error": CountErrorEvent,
}

BDS_FIELD_MODELS: dict[str, type[Any]] = {
    "number-input": NumberInputField,
    "selection-unique": SelectionUniqueField,
    "selection-multi": SelectionMultiField,
    "data-relation": DataRelationField,
    "multi-text": MultiTextField,
    "date-range-selector": DateRangeSelectorField,
    "contains": ContainsField,
    "client-cid": ClientCidField,
    "boolean": UntypedValueField,
    "date-picker": UntypedValueField,
    "zip-code-radius": UntypedValueField,
    "address-radius": UntypedValueField,
    "sql-variable": UntypedValueField,
    "case-statement": UntypedValueField,
}


def expectation_key(response: DocumentedResponse) -> str:
    table = EXPECTED_PARSED[response.operation_id]
    by_example = f"{response.status}/{response.name}"
    return by_example if by_example in table else response.status


def expected_parsed(response: DocumentedResponse) -> Parsed:
    key = expectation_key(response)
    table = EXPECTED_PARSED[response.operation_id]
    assert key in table, f"no expected type for {response.id}: add it to EXPECTED_PARSED"
    return table[key]


FieldShape = tuple[type[Any], type[Any] | None]


def expected_field_model(document: Mapping[str, Any]) -> FieldShape:
    """The BDSField variant a filter must parse into, and for sliders the value shape its flag selects."""
    display_type = document["displayType"]
    if display_type == "number-slider":
        return NumberSliderField, NumberRange if document.get("showAsRange") is True else NumberComparison
    if display_type == "range-slider":
        return RangeSliderField, NumberComparison if document.get("showAsSingleSlider") is True else NumberRange
    return BDS_FIELD_MODELS[display_type], None


def field_models(order: BDSOrder | BDSOrderRecord) -> list[FieldShape]:
    return [
        (
            type(bds_field),
            type(bds_field.value) if isinstance(bds_field, NumberSliderField | RangeSliderField) else None,
        )
        for segment in order.audience_segments
        for bds_field in [*segment.included_fields, *segment.excluded_fields]
    ]


def expected_field_models(document: Mapping[str, Any]) -> list[FieldShape]:
    return [
        expected_field_model(bds_field)
        for segment in document["audienceSegments"]
        for bds_field in [*segment["includedFields"], *segment["excludedFields"]]
    ]


def assert_parsed_as_documented(parsed: object, response: DocumentedResponse) -> None:
    expected = expected_parsed(response)
    if expected.is_list:
        assert isinstance(parsed, list)
        assert all(isinstance(item, expected.model) for item in parsed)
        assert [item.to_dict() for item in parsed] == response.value
    elif expected.model is File:
        assert isinstance(parsed, File)
        payload = parsed.payload.read()
        assert payload == response.body
        events = [json.loads(line) for line in payload.splitlines()]
        assert [STREAM_EVENT_MODELS[event["status"]].from_dict(event).to_dict() for event in events] == [response.value]
    else:
        assert isinstance(parsed, expected.model)
        assert parsed.to_dict() == response.value
    if isinstance(parsed, BDSOrderRecord):
        assert field_models(parsed) == expected_field_models(response.value)


@pytest.mark.asyncio
@FLAVORS
@pytest.mark.parametrize("response", DOCUMENTED_RESPONSES, ids=[response.id for response in DOCUMENTED_RESPONSES])
async def test_documented_response_is_parsed_into_its_model(response: DocumentedResponse, flavor: Flavor) -> None:
    stand_in = StandIn.answering(response)

    outcome = await SEND[response.operation_id](stand_in, flavor)

    assert len(stand_in.received) == 1
    if outcome.response is not None:
        assert outcome.response.status_code == HTTPStatus(int(response.status))
        assert outcome.response.content == response.body
    assert_parsed_as_documented(outcome.parsed, response)


def test_every_documented_response_has_exactly_one_expected_type() -> None:
    used = {(response.operation_id, expectation_key(response)) for response in DOCUMENTED_RESPONSES}
    listed = {(operation_id, key) for operation_id, table in EXPECTED_PARSED.items() for key in table}
    assert used == listed


def test_every_spec_operation_is_exercised() -> None:
    assert set(OPERATIONS) == set(SEND) == set(EXPECTED_PARSED)


@pytest.mark.parametrize(
    "order",
    [
        *(pytest.param(order, id=name) for name, order in request_examples("create_audience").items()),
        *(
            pytest.param(response.value, id=response.id)
            for response in DOCUMENTED_RESPONSES
            if response.operation_id == "create_audience" and response.status == "200"
        ),
    ],
)
def test_audience_example_fields_parse_into_their_variants(order: dict[str, Any]) -> None:
    parsed = BDSOrder.from_dict(order)

    assert field_models(parsed) == expected_field_models(order)
    assert parsed.to_dict() == order


def test_audience_examples_cover_both_number_slider_shapes() -> None:
    """Keeps the variant checks above meaningful: the examples must show both shapes of a number slider."""
    documents = [*request_examples("create_audience").values(), first_example("create_audience", "200").value]
    shown = {model for document in documents for model in expected_field_models(document)}
    assert {(NumberSliderField, NumberRange), (NumberSliderField, NumberComparison)} <= shown


# --- Undocumented statuses ----------------------------------------------------------------------------------

TEAPOT = b"I'm a teapot"


@pytest.mark.asyncio
@FLAVORS
@pytest.mark.parametrize("operation_id", list(SEND))
async def test_undocumented_status_parses_to_none(operation_id: str, flavor: Flavor) -> None:
    stand_in = StandIn(418, TEAPOT, "text/plain")

    outcome = await SEND[operation_id](stand_in, flavor)

    assert outcome.parsed is None
    if outcome.response is not None:
        assert outcome.response.status_code == HTTPStatus.IM_A_TEAPOT
        assert outcome.response.content == TEAPOT


@pytest.mark.asyncio
@FLAVORS
@pytest.mark.parametrize("operation_id", list(SEND))
async def test_undocumented_status_raises_when_asked_to(operation_id: str, flavor: Flavor) -> None:
    stand_in = StandIn(418, TEAPOT, "text/plain")

    with pytest.raises(UnexpectedStatus) as raised:
        await SEND[operation_id](stand_in, flavor, raise_on_unexpected_status=True)

    assert raised.value.status_code == 418
    assert raised.value.content == TEAPOT
