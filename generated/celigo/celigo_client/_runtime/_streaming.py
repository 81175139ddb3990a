"""Reading streamed JSON answers incrementally: newline-delimited JSON, concatenated JSON, server-sent events.

Decoders take bytes in chunks of any size (one byte at a time works: a UTF-8 character, a JSON value, an SSE line
or a CRLF may be split anywhere) and hand back each complete value as soon as its last byte arrives. They keep
only the value being read, so memory stays constant however long the stream; a single value larger than
`max_event_bytes` is an error.

`Stream` / `AsyncStream` run a decoder over a streamed `httpx.Response` and yield typed events. They are
iterators and context managers: leaving them early (break, exception, `with` exit) closes the connection.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._errors import (
    APIError,
    IncompleteStreamError,
    StreamDecodeError,
    araise_for_status,
    connection_error,
    raise_for_status,
)
from ._operations import Operation

T = TypeVar("T")

DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024
_WHITESPACE = re.compile(r"[ \t\r\n\x1e]*")  # \x1e: RFC 7464 record separator (json-seq)
_STRUCTURE = re.compile(r'[{}\[\]"]')
_STRING_STOP = re.compile(r'["\\]')
_LINE_END = re.compile(r"\r\n|\r|\n")


class Decoder(Protocol):
    def feed(self, data: bytes) -> list[Any]: ...

    def close(self) -> list[Any]: ...


class _Text:
    """UTF-8 bytes to text, keeping a character split between chunks until its last byte comes."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")()

    def decode(self, data: bytes) -> str:
        try:
            return self._decoder.decode(data)
        except UnicodeDecodeError as exc:
            raise StreamDecodeError(f"the stream is not UTF-8: {exc}") from None

    def finish(self) -> None:
        try:
            self._decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise IncompleteStreamError("the stream ended in the middle of a character") from None


class JSONValuesDecoder:
    """JSON objects and arrays one after another, separated by any whitespace or none: NDJSON, JSON Lines,
    JSON text sequences and plain concatenation all read the same."""

    def __init__(self, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        self._text = _Text()
        self._max = max_event_bytes
        self._pieces: list[str] = []
        self._size = 0
        self._depth = 0
        self._in_string = False
        self._escaped = False

    def feed(self, data: bytes) -> list[Any]:
        text = self._text.decode(data)
        values: list[Any] = []
        position, end, start = 0, len(text), 0
        while position < end:
            if self._escaped:
                self._escaped = False
                position += 1
            elif self._in_string:
                found = _STRING_STOP.search(text, position)
                if found is None:
                    position = end
                else:
                    position = found.end()
                    if found.group() == "\\":
                        self._escaped = True
                    else:
                        self._in_string = False
            elif self._depth == 0:
                position = _WHITESPACE.match(text, position).end()  # type: ignore[union-attr]
                if position == end:
                    break
                if text[position] not in "{[":
                    raise StreamDecodeError(f"expected a JSON object or array in the stream, got {text[position]!r}")
                start = position
                self._depth = 1
                position += 1
            else:
                found = _STRUCTURE.search(text, position)
                if found is None:
                    position = end
                    break
                position = found.end()
                character = found.group()
                if character == '"':
                    self._in_string = True
                elif character in "{[":
                    self._depth += 1
                else:
                    self._depth -= 1
                    if self._depth == 0:
                        values.append(self._complete(text[start:position]))
                        start = position
        if self._depth:
            self._keep(text[start:])
        return values

    def _keep(self, piece: str) -> None:
        self._size += len(piece)
        if self._size > self._max:
            raise StreamDecodeError(f"an event in the stream is larger than {self._max} bytes")
        self._pieces.append(piece)

    def _complete(self, last: str) -> Any:
        self._pieces.append(last)
        document = "".join(self._pieces)
        self._pieces.clear()
        self._size = 0
        try:
            return json.loads(document)
        except ValueError as exc:
            raise StreamDecodeError(f"an event in the stream is not valid JSON: {exc}") from None

    def close(self) -> list[Any]:
        self._text.finish()
        if self._depth or self._in_string:
            raise IncompleteStreamError("the stream ended in the middle of an event")
        return []


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    event: str | None
    data: str
    id: str | None
    retry: int | None

    def json(self) -> Any:
        return json.loads(self.data)


class ServerSentEventsDecoder:
    """`text/event-stream` (the WHATWG rules: CR, LF or CRLF line ends, comments, multi-line data)."""

    def __init__(self, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        self._text = _Text()
        self._max = max_event_bytes
        self._line = ""
        self._skip_newline = False
        self._data: list[str] = []
        self._size = 0
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None

    def feed_events(self, data: bytes) -> list[ServerSentEvent]:
        text = self._text.decode(data)
        if self._skip_newline and text:
            self._skip_newline = False
            if text[0] == "\n":
                text = text[1:]
        events: list[ServerSentEvent] = []
        position = 0
        for ending in _LINE_END.finditer(text):
            line = self._line + text[position : ending.start()]
            self._line = ""
            position = ending.end()
            event = self._process(line)
            if event is not None:
                events.append(event)
        self._line += text[position:]
        if len(self._line) + self._size > self._max:
            raise StreamDecodeError(f"an event in the stream is larger than {self._max} bytes")
        # A CR at the very end may be the first half of a CRLF.
        if text.endswith("\r"):
            self._skip_newline = True
        return events

    def _process(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
            self._size += len(value) + 1
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data and self._event is None:
            return None
        event = ServerSentEvent(event=self._event, data="\n".join(self._data), id=self._id, retry=self._retry)
        self._data.clear()
        self._size = 0
        self._event = None
        return event

    def feed(self, data: bytes) -> list[Any]:
        return [_event_json(event) for event in self.feed_events(data) if event.data]

    def close(self) -> list[Any]:
        self._text.finish()
        if self._line or self._data:
            raise IncompleteStreamError("the stream ended in the middle of an event")
        return []


def _event_json(event: ServerSentEvent) -> Any:
    try:
        return event.json()
    except ValueError as exc:
        raise StreamDecodeError(f"a server-sent event's data is not valid JSON: {exc}") from None


FRAMINGS: dict[str, Callable[[], Decoder]] = {
    "ndjson": JSONValuesDecoder,
    "jsonl": JSONValuesDecoder,
    "json-seq": JSONValuesDecoder,
    "concatenated-json": JSONValuesDecoder,
    "sse": ServerSentEventsDecoder,
}


def decoder_for(framing: str) -> Decoder:
    try:
        return FRAMINGS[framing]()
    except KeyError:
        raise ValueError(f"unknown stream framing {framing!r} (known: {', '.join(sorted(FRAMINGS))})") from None


def decode_chunks(chunks: Iterable[bytes], decoder: Decoder) -> Iterator[Any]:
    """Every value in `chunks`, as soon as it is complete."""
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.close()


async def adecode_chunks(chunks: AsyncIterator[bytes], decoder: Decoder) -> AsyncIterator[Any]:
    async for chunk in chunks:
        for value in decoder.feed(chunk):
            yield value
    for value in decoder.close():
        yield value


def _ended_early(what: str) -> IncompleteStreamError:
    return IncompleteStreamError(f"{what} ended before its final event")


def _events(
    response: httpx.Response, decoder: Decoder, parse: Callable[[Any], T], is_final: Callable[[T], bool] | None
) -> Generator[T, None, None]:
    what = f"{response.request.method} {response.request.url.path}"
    try:
        for value in decode_chunks(response.iter_bytes(), decoder):
            event = parse(value)
            yield event
            if is_final is not None and is_final(event):
                return
        if is_final is not None:
            raise _ended_early(what)
    except APIError:
        raise
    except httpx.TransportError as exc:
        raise connection_error(exc, response.request, 1) from exc
    finally:
        response.close()


async def _aevents(
    response: httpx.Response, decoder: Decoder, parse: Callable[[Any], T], is_final: Callable[[T], bool] | None
) -> AsyncGenerator[T, None]:
    what = f"{response.request.method} {response.request.url.path}"
    try:
        async for value in adecode_chunks(response.aiter_bytes(), decoder):
            event = parse(value)
            yield event
            if is_final is not None and is_final(event):
                return
        if is_final is not None:
            raise _ended_early(what)
    except APIError:
        raise
    except httpx.TransportError as exc:
        raise connection_error(exc, response.request, 1) from exc
    finally:
        await response.aclose()


class Stream(Generic[T]):
    """Typed events of a streamed answer.

    `parse` turns each decoded JSON value into an event (and may raise for an error event); when `is_final` is
    given, the stream stops after the first event it accepts, and a stream that closes before one raises
    `IncompleteStreamError`. Transport failures raise `APIConnectionError` / `APITimeoutError` (the read timeout
    is the longest silence allowed).
    """

    def __init__(
        self,
        response: httpx.Response,
        decoder: Decoder,
        parse: Callable[[Any], T],
        *,
        is_final: Callable[[T], bool] | None = None,
    ) -> None:
        self.response = response
        self._decoder = decoder
        self._parse = parse
        self._is_final = is_final
        # A function, not a method: the generator must not hold the stream, so dropping the stream closes it.
        self._events = _events(response, decoder, parse, is_final)

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._events)

    def close(self) -> None:
        """Stop reading and close the connection."""
        self._events.close()
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """The async twin of `Stream`: `async for event in stream`, `async with stream`."""

    def __init__(
        self,
        response: httpx.Response,
        decoder: Decoder,
        parse: Callable[[Any], T],
        *,
        is_final: Callable[[T], bool] | None = None,
    ) -> None:
        self.response = response
        self._decoder = decoder
        self._parse = parse
        self._is_final = is_final
        self._events = _aevents(response, decoder, parse, is_final)

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await self._events.__anext__()

    async def aclose(self) -> None:
        await self._events.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()


def open_stream(
    client: httpx.Client,
    request: httpx.Request,
    *,
    framing: str,
    parse: Callable[[Any], T],
    is_final: Callable[[T], bool] | None = None,
) -> Stream[T]:
    """Send `request` (through the client's auth, retries and error raising) and stream its answer."""
    response = client.send(request, stream=True)
    try:
        raise_for_status(response)  # a stream has no place for an error body: always raised
    except BaseException:
        response.close()
        raise
    return Stream(response, decoder_for(framing), parse, is_final=is_final)


async def aopen_stream(
    client: httpx.AsyncClient,
    request: httpx.Request,
    *,
    framing: str,
    parse: Callable[[Any], T],
    is_final: Callable[[T], bool] | None = None,
) -> AsyncStream[T]:
    response = await client.send(request, stream=True)
    try:
        await araise_for_status(response)
    except BaseException:
        await response.aclose()
        raise
    return AsyncStream(response, decoder_for(framing), parse, is_final=is_final)


def _final_check(operation: Operation) -> Callable[[Any], bool] | None:
    """An event is the last when its `status` is one of the operation's `final-statuses` (`x-streaming`)."""
    finals = frozenset(operation.streaming.final_statuses) if operation.streaming else frozenset()
    if not finals:
        return None

    def is_final(event: Any) -> bool:
        status = event.get("status") if isinstance(event, dict) else getattr(event, "status", None)
        return status is not None and str(status) in finals

    return is_final


def _framing(operation: Operation) -> str:
    if operation.streaming is None:
        raise TypeError(f"{operation.id} is not a streamed operation")
    return operation.streaming.framing


def open_operation_stream(
    client: httpx.Client, request: httpx.Request, operation: Operation, parse: Callable[[Any], T]
) -> Stream[T]:
    """The events of a streamed operation (`x-streaming`: its framing, and the statuses that end it)."""
    return open_stream(client, request, framing=_framing(operation), parse=parse, is_final=_final_check(operation))


async def aopen_operation_stream(
    client: httpx.AsyncClient, request: httpx.Request, operation: Operation, parse: Callable[[Any], T]
) -> AsyncStream[T]:
    framing = _framing(operation)
    return await aopen_stream(client, request, framing=framing, parse=parse, is_final=_final_check(operation))
