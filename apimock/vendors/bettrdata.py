"""BettrData behaviour the engine cannot infer from specs/bettrdata.yaml.

- `get_token` issues the mock's own tokens (`{token, expires_in}`); with `credentials=` it checks them.
- `run_count` starts an execution of an existing order (400 "No Audience Found" otherwise) and lists it in the
  order's count history at once. Following its status stream moves it on: `started`, `in progress` (twice),
  then `end`, when its result rows appear. A query named `failing` ends with the error event "Count Failed".
- `cancel_count` stops a running execution; its stream then ends with the error event "Count Canceled".
- `stream_count_status` of an unknown execution sends the single error event "Execution not found"; a known
  execution asked for on an unsupported database answers the documented 500 "Database Origin Not Supported".
- `search_datafiles` applies `where` (MongoDB operators `$eq $ne $gt $gte $lt $lte $in $nin $regex $exists
  $and $or`), `sort` and `limit` to a seeded set of datafiles. `$regex` is PCRE-like in MongoDB: it runs on the
  `regex` module (lookarounds and backreferences included) in a worker thread that releases the GIL, within
  `limits.regex_timeout_ms` for the whole query, so that a pattern that backtracks without end gets a 400
  naming the bound while every other client is answered.
- `get_count_result` pages a result's rows (`page`, `limit`); an unknown `countResultId` is a 400.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any

import regex

import apimock

ORDERS = "/audience/create"
DATAFILES = "/datafile"
EXECUTIONS = "executions"
HISTORY = "count-history"
ROWS = "count-rows"
SUPPORTED_ORIGINS = ("SNOWFLAKE", "BIGQUERY", "REDSHIFT", "DATABRICKS", "POSTGRES")
PROGRESS_EVENTS = 2
SEEDED_ORDER = "66a1b2c3d4e5f6a7b8c9d0e1"
SEEDED_RESULT = "66b2d3e4f5a6b7c8d9e0f102"
SEEDED_EXECUTION = "qr4heq8e8w7hdaiefubiaubf"


class QueryError(ValueError):
    """A `where` document the server cannot evaluate."""


class Vendor(apimock.Vendor):
    token_lifetime = 3600.0

    def __init__(self, mock: apimock.Mock) -> None:
        super().__init__(mock)
        self._wake: dict[str, asyncio.Event] = {}
        self._random = random.Random(f"bettrdata-{mock.seed}")

    # ------------------------------------------------------------------------------------------------ seed
    def seed(self) -> None:
        store = self.mock.store
        prefixes = ("acme_customers", "acme_prospects", "globex_orders", "initech_leads")
        for index in range(24):
            prefix = prefixes[index % len(prefixes)]
            name = f"{prefix}_2025-{1 + index // len(prefixes):02d}.csv"
            key = store.new_id()
            store.put(
                DATAFILES,
                key,
                {
                    "_id": key,
                    "fileName": name,
                    "path": f"s3://bettrdata-acme/converted/{name}",
                    "recordCount": self._random.randrange(100, 250_000),
                    "status": ("converted", "received", "merged")[index % 3],
                    "createdAt": store.timestamp(),
                },
            )
        store.put(
            EXECUTIONS,
            SEEDED_EXECUTION,
            {
                "executionHash": SEEDED_EXECUTION,
                "dbOrigin": "SNOWFLAKE",
                "orderId": SEEDED_ORDER,
                "queryName": "default",
                "status": "finished",
                "resultId": SEEDED_RESULT,
            },
        )
        store.put(HISTORY, SEEDED_RESULT, self._history_entry(SEEDED_RESULT, SEEDED_EXECUTION, "finished"))
        rows = [
            {"segment": ("High spenders", "Recent first-time buyers")[n % 2], "bucket": n, "records": 1 + n % 977}
            for n in range(2500)
        ]
        store.put(ROWS, SEEDED_RESULT, {"rows": rows})

    def _history_entry(self, key: str, execution_hash: str, status: str) -> dict[str, Any]:
        execution = self.mock.store.get(EXECUTIONS, execution_hash) or {}
        return {
            "_id": key,
            "executionHash": execution_hash,
            "dbOrigin": execution.get("dbOrigin", "SNOWFLAKE"),
            "orderId": execution.get("orderId"),
            "queryName": execution.get("queryName"),
            "status": status,
            "createdAt": self.mock.store.timestamp(),
        }

    def handlers(self) -> Mapping[str, apimock.Handler]:
        return {
            "get_token": self.get_token,
            "search_datafiles": self.search_datafiles,
            "run_count": self.run_count,
            "stream_count_status": self.stream_count_status,
            "cancel_count": self.cancel_count,
            "list_count_history": self.list_count_history,
            "get_count_result": self.get_count_result,
        }

    def not_found_message(self, operation: apimock.Operation) -> str | None:
        return "No Audience Found" if operation.operation_id == "update_audience" else None

    # ---------------------------------------------------------------------------------------------- tokens
    async def get_token(self, call: apimock.Call) -> apimock.Reply:
        parameters = call.body["AuthParameters"]
        expected = None if self.mock.credentials is None else self.mock.credentials.get(parameters["USERNAME"])
        if self.mock.credentials is not None and expected != parameters["PASSWORD"]:
            return call.error("auth", "Unauthorized")
        token, lifetime = self.mock.tokens.issue()
        return call.reply(200, {"token": token, "expires_in": max(0, int(lifetime))})

    # ------------------------------------------------------------------------------------------- datafiles
    async def search_datafiles(self, call: apimock.Call) -> apimock.Reply:
        records = list(self.mock.store.values(DATAFILES))
        where = call.query.get("where")
        try:
            if where:
                seconds = self.mock.limits.regex_timeout_ms / 1000
                records = await asyncio.to_thread(_filter, records, where, time.monotonic() + seconds)
        except QueryError as error:
            return call.error("invalid", "Bad Request", [apimock.Problem("query", "where", str(error))])
        except TimeoutError:
            bound = f"regex_timeout_ms={self.mock.limits.regex_timeout_ms:g}"
            problem = apimock.Problem("query", "where", f"a $regex took longer than {bound} to evaluate")
            return call.error("invalid", "Bad Request", [problem])
        for field, direction in reversed(list((call.query.get("sort") or {}).items())):
            records.sort(key=_sort_by(field), reverse=direction == -1)
        limit = call.query.get("limit")
        return call.reply(200, records[:limit] if limit is not None else records)

    # ---------------------------------------------------------------------------------------------- counts
    async def run_count(self, call: apimock.Call) -> apimock.Reply:
        order_id = call.path["orderId"]
        if self.mock.store.get(ORDERS, order_id) is None:
            problem = apimock.Problem("path", "orderId", "no order has this identifier")
            return call.error("invalid", "No Audience Found", [problem])
        execution_hash = "".join(self._random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
        result_id = self.mock.store.new_id()
        execution = {
            "executionHash": execution_hash,
            "dbOrigin": "SNOWFLAKE",
            "orderId": order_id,
            "queryName": call.path["queryName"],
            "status": "running",
            "resultId": result_id,
        }
        self.mock.store.put(EXECUTIONS, execution_hash, execution)
        self.mock.store.put(HISTORY, result_id, self._history_entry(result_id, execution_hash, "running"))
        return call.reply(200, {"dbOrigin": execution["dbOrigin"], "executionHash": execution_hash})

    def _execution(self, call: apimock.Call) -> tuple[dict[str, Any] | None, bool]:
        """The execution the path names, and whether its `dbOrigin` is one the server supports."""
        execution = self.mock.store.get(EXECUTIONS, call.path["executionHash"])
        origin = call.path["dbOrigin"]
        supported = origin in SUPPORTED_ORIGINS
        if execution is not None and execution["dbOrigin"] != origin:
            return (None, supported) if supported else (execution, False)
        return execution, supported

    async def stream_count_status(self, call: apimock.Call) -> apimock.Reply:
        execution, supported = self._execution(call)
        if execution is not None and not supported:
            return call.error_status(500, "Database Origin Not Supported")
        return call.stream(lambda: self._events(call, execution))

    async def _events(self, call: apimock.Call, execution: dict[str, Any] | None) -> AsyncIterator[Any]:
        if execution is None:
            yield {"status": "error", "message": "Execution not found"}
            return
        key = execution["executionHash"]
        status = execution["status"]
        if status != "running":
            yield _final_event(status)
            return
        wake = self._wake.setdefault(key, asyncio.Event())
        yield {"status": "started"}
        for step in range(PROGRESS_EVENTS + 1):
            await call.pause(wake)
            current = self.mock.store.get(EXECUTIONS, key) or execution
            if current["status"] != "running":
                yield _final_event(current["status"])
                return
            if step < PROGRESS_EVENTS:
                yield {"status": "in progress"}
        status = "failed" if execution["queryName"] == "failing" else "finished"
        self._finish(key, status)
        yield _final_event(status)

    def _finish(self, key: str, status: str) -> None:
        store = self.mock.store
        execution = store.get(EXECUTIONS, key)
        if execution is None or execution["status"] != "running":
            return
        execution = store.put(EXECUTIONS, key, {**execution, "status": status})
        entry = store.get(HISTORY, execution["resultId"])
        if entry is not None:
            store.put(HISTORY, execution["resultId"], {**entry, "status": status})
        if status == "finished":
            order = store.get(ORDERS, execution["orderId"]) or {}
            segments = [segment.get("name", "segment") for segment in order.get("audienceSegments", [])] or ["all"]
            rows = [
                {"segment": name, "bucket": bucket, "records": self._random.randrange(0, 10_000)}
                for name in segments
                for bucket in range(1, 4)
            ]
            store.put(ROWS, execution["resultId"], {"rows": rows})

    async def cancel_count(self, call: apimock.Call) -> apimock.Reply:
        execution, supported = self._execution(call)
        if execution is not None and not supported:
            return call.error("invalid", "Database Origin Not Supported")
        if execution is None or execution["status"] != "running":
            problem = apimock.Problem("path", "executionHash", "no running execution has this hash")
            return call.error("invalid", "SQL Statement not found", [problem])
        self._finish(execution["executionHash"], "canceled")
        wake = self._wake.get(execution["executionHash"])
        if wake is not None:
            wake.set()
        return call.reply(200, {"message": "SQL statement canceled"})

    async def list_count_history(self, call: apimock.Call) -> apimock.Reply:
        path, query = call.path, call.query
        entries = [
            entry
            for entry in self.mock.store.values(HISTORY)
            if entry["orderId"] == path["orderId"]
            and entry["queryName"] == path["queryName"]
            and all(entry.get(name) == query[name] for name in ("executionHash", "dbOrigin") if name in query)
        ]
        return call.reply(200, entries)

    async def get_count_result(self, call: apimock.Call) -> apimock.Reply:
        if self.mock.store.get(HISTORY, call.path["countResultId"]) is None:
            problem = apimock.Problem("path", "countResultId", "no count result has this identifier")
            return call.error("invalid", "Bad Request", [problem])
        rows = (self.mock.store.get(ROWS, call.path["countResultId"]) or {}).get("rows", [])
        return call.reply(200, apimock.paginate(rows, call.query, call.operation, self.mock.spec))


def _final_event(status: str) -> dict[str, str]:
    if status == "finished":
        return {"status": "end"}
    message = {"canceled": "Count Canceled", "failed": "Count Failed"}.get(status, "Count Failed")
    return {"status": "error", "message": message}


def _sort_by(field: str) -> Callable[[Mapping[str, Any]], tuple[int, str, Any]]:
    return lambda record: _sort_key(record.get(field))


def _sort_key(value: Any) -> tuple[int, str, Any]:
    if value is None:
        return (0, "", "")
    if isinstance(value, bool | int | float):
        return (1, "number", float(value))
    if isinstance(value, str):
        return (2, "string", value)
    return (3, type(value).__name__, json.dumps(value, sort_keys=True, default=str))


def _filter(records: list[dict[str, Any]], where: Mapping[str, Any], deadline: float) -> list[dict[str, Any]]:
    """The records `where` selects; `TimeoutError` when its regular expressions run past `deadline`."""
    return [record for record in records if _matches(record, where, deadline)]


def _matches(record: Mapping[str, Any], query: Mapping[str, Any], deadline: float) -> bool:
    for field, condition in query.items():
        if field in ("$and", "$or"):
            if not isinstance(condition, list):
                return False
            results = (_matches(record, part, deadline) for part in _documents(condition))
            if not (all(results) if field == "$and" else any(results)):
                return False
        elif field.startswith("$"):
            raise QueryError(f"unsupported top-level operator {field}")
        elif not _condition(record.get(field), field in record, condition, deadline):
            return False
    return True


def _documents(parts: list[Any]) -> list[Mapping[str, Any]]:
    if not all(isinstance(part, Mapping) for part in parts):
        raise QueryError("$and and $or take a list of query documents")
    return parts


def _condition(value: Any, present: bool, condition: Any, deadline: float) -> bool:
    if not (isinstance(condition, Mapping) and condition and all(str(key).startswith("$") for key in condition)):
        return bool(value == condition)
    return all(
        _operator(value, present, operator, operand, condition, deadline) for operator, operand in condition.items()
    )


def _operator(
    value: Any, present: bool, operator: str, operand: Any, condition: Mapping[str, Any], deadline: float
) -> bool:
    if operator == "$eq":
        return bool(value == operand)
    if operator == "$ne":
        return bool(value != operand)
    if operator in ("$gt", "$gte", "$lt", "$lte"):
        if value is None or isinstance(value, bool) != isinstance(operand, bool):
            return False
        try:
            comparisons = {"$gt": value > operand, "$gte": value >= operand, "$lt": value < operand}
            return bool(comparisons.get(operator, value <= operand))
        except TypeError:
            return False
    if operator in ("$in", "$nin"):
        if not isinstance(operand, list):
            raise QueryError(f"{operator} takes a list")
        return (value in operand) == (operator == "$in")
    if operator == "$exists":
        return present == bool(operand)
    if operator == "$regex":
        if not isinstance(operand, str):
            raise QueryError("$regex takes a string")
        flags = regex.IGNORECASE if "i" in str(condition.get("$options", "")) else 0
        try:
            pattern = regex.compile(operand, flags)
        except regex.error:
            raise QueryError("$regex is not a valid regular expression") from None
        if not isinstance(value, str):
            return False
        # The timeout raises TimeoutError once the deadline has passed, whichever record the search is on.
        remaining = max(deadline - time.monotonic(), 1e-6)
        return pattern.search(value, timeout=remaining, concurrent=True) is not None
    if operator == "$options":
        return True
    raise QueryError(f"unsupported operator {operator}")
