"""Decoding one page of 10,000 Narrative datasets, as `GET /datasets` answers it, three ways on the same bytes.

1. `json.loads` alone: the floor.
2. `json.loads` + the generated attrs models (`DatasetList.from_dict`, which calls `Dataset.from_dict` for each
   record): what the generated client does with the answer.
3. The generated pydantic models: `DatasetList.model_validate_json(bytes)`, pydantic's fastest idiomatic path
   (parsing and validation in one pass in Rust, no intermediate Python dicts).

The records are built from the spec's own `Dataset` example, varied with a seeded random (same page every
run), and checked once against the spec's `DatasetList` schema with jsonschema. All three are timed in the
same rounds, interleaved, so the ratios do not depend on the machine. Every result is checked to hold every
record, so a broken path cannot look fast. Settings: DECODE_BENCH_ROUNDS (default 7).
"""

from __future__ import annotations

import datetime
import gc
import json
import os
import random
import statistics
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import yaml
from jsonschema.exceptions import best_match
from narrative_client import pydantic_models
from narrative_client.models import Dataset, DatasetList, DatasetSchema
from referencing.jsonschema import DRAFT202012

REPOSITORY = Path(__file__).resolve().parent.parent
SPEC = REPOSITORY / "specs" / "narrative.yaml"
SPEC_URI = "urn:narrative"
RECORDS = 10_000
ATTRS_TARGET = 1.2  # issue 14: attrs decoding at most 1.2x pydantic's, collector on and off
SEED = 20_240_609

JSONObject = dict[str, Any]

TOPICS = ("declared_age", "mobile_ids", "purchase_intent", "household", "geo_visits", "email_hashes", "ctv_views")
TAGS = ("age", "demo", "demographic", "demographics", "mobile", "intent", "geo", "retail", "ctv", "identity")
DESCRIPTIONS = (
    "Mobile identifiers tied to birth information provided as part of app registration.",
    "Hashed emails seen at checkout, with the retailer's category of the purchase.",
    "Visits to points of interest, from opted-in location SDKs.",
    "Household composition as declared in loyalty programme sign-ups.",
)
EXTRA_COLUMNS: tuple[tuple[str, JSONObject], ...] = (
    ("postalCode", {"display_name": "postal code", "type": "string", "approximate_cardinality": 41_000}),
    ("income", {"display_name": "income", "description": "Yearly income in US dollars", "type": "long"}),
    ("optIn", {"display_name": "opt in", "type": "boolean", "validations": ["optIn = true"]}),
    ("segments", {"display_name": "segments", "type": "array", "items": {"type": "string"}}),
    (
        "device",
        {
            "display_name": "device",
            "type": "object",
            "properties": {
                "os": {"type": "string", "enum": ["ios", "android"]},
                "model": {"type": "string", "approximate_cardinality": 3_000},
                "lastSeen": {"type": "timestamptz", "description": "When the device was last seen"},
            },
            "required": ["os"],
        },
    ),
    (
        "purchases",
        {
            "display_name": "purchases",
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"sku": {"type": "string"}, "price": {"type": "double"}},
                "required": ["sku"],
            },
        },
    ),
)


def load_spec() -> JSONObject:
    spec: JSONObject = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return spec


def _timestamp(rng: random.Random, moment: datetime.datetime) -> str:
    """The two forms the spec documents, zoned (micro- or milliseconds) and, for a few, zone-less."""
    shape = rng.random()
    if shape < 0.1:
        return moment.isoformat(timespec="microseconds")
    if shape < 0.3:
        return moment.isoformat(timespec="milliseconds") + "Z"
    return moment.isoformat(timespec="microseconds") + "Z"


def _moment(rng: random.Random, after: datetime.datetime) -> datetime.datetime:
    return after + datetime.timedelta(seconds=rng.randrange(0, 3 * 365 * 86_400), microseconds=rng.randrange(10**6))


def _columns(rng: random.Random, template: JSONObject) -> JSONObject:
    """Some of the example's columns, in order, then some of EXTRA_COLUMNS (nested objects and arrays)."""
    kept = [(name, column) for name, column in template.items() if name == "idValue" or rng.random() < 0.8]
    kept += rng.sample(EXTRA_COLUMNS, rng.randrange(len(EXTRA_COLUMNS) + 1))
    columns = {}
    for order, (name, column) in enumerate(kept):
        columns[name] = {**column, "order": order}
        if "approximate_cardinality" in column:
            columns[name]["approximate_cardinality"] = rng.randrange(1, 2 * column["approximate_cardinality"] + 2)
    return columns


def _schema(rng: random.Random, template: JSONObject) -> JSONObject:
    columns = _columns(rng, template["properties"])
    required = [name for name in template["required"] if name in columns]
    return {**template, "properties": columns, "required": required, "primary": f"/{rng.choice(list(columns))}"}


def _stats(rng: random.Random) -> JSONObject:
    files, records = rng.randrange(1, 500), rng.randrange(1, 50_000_000)
    size = records * rng.randrange(8, 200)
    added = rng.randrange(records + 1)
    return {
        "est_total_dataset_stored_files": files,
        "est_total_dataset_stored_records": records,
        "est_total_dataset_stored_bytes": size,
        "active_dataset_stored_files": files,
        "active_dataset_stored_records": records,
        "active_dataset_stored_bytes": size,
        "last_snapshot_added_files": rng.randrange(files + 1),
        "last_snapshot_added_records": added,
        "last_snapshot_deleted_records": rng.randrange(records - added + 1),
        "last_snapshot_added_bytes": added * 8,
        "last_snapshot_deleted_files": 0,
        "last_snapshot_added_delete_files": rng.randrange(3),
        "last_snapshot_removed_delete_files": 0,
        "last_snapshot_removed_bytes": 0,
    }


def _record(rng: random.Random, template: JSONObject, index: int) -> JSONObject:
    topic = rng.choice(TOPICS)
    created = _moment(rng, datetime.datetime(2019, 1, 1))
    updated = _moment(rng, created)
    snapshot: str | None = _timestamp(rng, _moment(rng, updated)) if rng.random() < 0.85 else None
    subscription = str(uuid.UUID(int=rng.getrandbits(128), version=4)) if rng.random() < 0.7 else None
    return {
        **template,
        "id": 10_000 + index,
        "company_id": rng.randrange(1, 2_000),
        "created_at": _timestamp(rng, created),
        "description": rng.choice(DESCRIPTIONS),
        "name": f"{topic}_{index}",
        "display_name": f"{topic.replace('_', ' ').title()} {index}",
        "retention_policy": {"type": "retain_everything" if rng.random() < 0.75 else "expire_everything"},
        "schema": _schema(rng, template["schema"]),
        "status": rng.choices(("active", "pending", "archived"), weights=(8, 1, 1))[0],
        "tags": rng.sample(TAGS, rng.randrange(len(TAGS) // 2)),
        "updated_at": _timestamp(rng, updated),
        "write_mode": rng.choice(("append", "overwrite")),
        "subscription_id": subscription,
        "last_snapshot_created_at": snapshot,
        "stats": _stats(rng),
    }


def build_page(spec: JSONObject, records: int = RECORDS, seed: int = SEED) -> JSONObject:
    template = spec["components"]["examples"]["Dataset"]["value"]
    rng = random.Random(seed)
    return {"records": [_record(rng, template, index) for index in range(records)]}


def check_against_spec(spec: JSONObject, page: JSONObject) -> None:
    resource: referencing.Resource[Any] = referencing.Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource)
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"{SPEC_URI}#/components/schemas/DatasetList"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    error = best_match(validator.iter_errors(page))  # type: ignore[no-untyped-call]
    if error is not None:
        at = "/".join(str(part) for part in error.absolute_path)
        raise SystemExit(f"the benchmark's page does not match DatasetList: {error.message} (at /{at})")


Shape = tuple[int, int]  # a record's id and its number of columns: enough to tell a decoded page from a broken one


def decode_raw(payload: bytes) -> Sequence[object]:
    records: list[object] = json.loads(payload)["records"]
    return records


def decode_attrs(payload: bytes) -> Sequence[object]:
    return DatasetList.from_dict(json.loads(payload)).records


def decode_pydantic(payload: bytes) -> Sequence[object]:
    return pydantic_models.DatasetList.model_validate_json(payload).records


def raw_shapes(records: Sequence[object]) -> list[Shape]:
    return [(record["id"], len(record["schema"]["properties"])) for record in records if isinstance(record, dict)]


def attrs_shapes(records: Sequence[object]) -> list[Shape]:
    return [
        (record.id, len(record.schema.properties.additional_properties))
        for record in records
        if isinstance(record, Dataset) and isinstance(record.schema, DatasetSchema)
    ]


def pydantic_shapes(records: Sequence[object]) -> list[Shape]:
    return [
        (record.id, len(record.schema_.properties))
        for record in records
        if isinstance(record, pydantic_models.Dataset) and record.schema_ is not None
    ]


@dataclass(frozen=True)
class Way:
    label: str
    decode: Callable[[bytes], Sequence[object]]
    shapes: Callable[[Sequence[object]], list[Shape]]


RAW = Way("json.loads only", decode_raw, raw_shapes)
ATTRS = Way("json.loads + attrs DatasetList.from_dict", decode_attrs, attrs_shapes)
PYDANTIC = Way("pydantic DatasetList.model_validate_json", decode_pydantic, pydantic_shapes)
WAYS = (RAW, ATTRS, PYDANTIC)
COLLECTOR = (True, False)  # Python's cyclic garbage collector on, as in a client, and off


def _timed(way: Way, payload: bytes, collector: bool) -> tuple[float, Sequence[object]]:
    gc.collect()  # every decode starts from the same heap
    if not collector:
        gc.disable()
    try:
        started = time.perf_counter()
        records = way.decode(payload)
        return time.perf_counter() - started, records
    finally:
        gc.enable()


def measure(payload: bytes, expected: list[Shape], rounds: int) -> dict[bool, dict[Way, float]]:
    """The median seconds of each way, with the collector on and off; every result checked, outside the timing."""
    timings: dict[bool, dict[Way, list[float]]] = {collector: {way: [] for way in WAYS} for collector in COLLECTOR}
    for _ in range(rounds):  # interleaved, so every way sees the same machine
        for collector in COLLECTOR:
            for way in WAYS:
                seconds, records = _timed(way, payload, collector)
                if way.shapes(records) != expected:
                    raise SystemExit(f"{way.label}: did not decode the {len(expected):,} records of the page")
                del records  # so that the next way's collections do not walk this result
                timings[collector][way].append(seconds)
    return {
        collector: {way: statistics.median(values) for way, values in by_way.items()}
        for collector, by_way in timings.items()
    }


def _report(medians: dict[bool, dict[Way, float]]) -> None:
    on, off = medians[True], medians[False]
    print(f"  {'':42} {'collector on (as in a client)':>31}   {'collector off (decoding alone)':>31}")
    print((f"  {'':42}" + f" {'ms':>7} {'us/record':>10} {'vs loads':>12}  " * 2).rstrip())
    for way in WAYS:
        cells = [f" {t[way] * 1e3:7.0f} {t[way] * 1e6 / RECORDS:10.1f} {t[way] / t[RAW]:11.2f}x  " for t in (on, off)]
        print(f"  {way.label:42}{''.join(cells).rstrip()}")
    ratios = [f"{t[ATTRS] / t[PYDANTIC]:31.2f}x  " for t in (on, off)]
    print(f"  {'ratio attrs / pydantic':42}{''.join(ratios).rstrip()}")
    verdicts = [f"{'met' if t[ATTRS] / t[PYDANTIC] <= ATTRS_TARGET else 'NOT met':>32}  " for t in (on, off)]
    print(f"  {f'target: attrs at most {ATTRS_TARGET}x pydantic':42}{''.join(verdicts).rstrip()}")


def prepare() -> tuple[bytes, list[Shape]]:
    """The page's bytes and what decoding them must give; nothing else of the spec or page stays alive."""
    spec = load_spec()
    page = build_page(spec)
    check_against_spec(spec, page)
    return json.dumps(page).encode(), raw_shapes(page["records"])


def main() -> None:
    rounds = int(os.environ.get("DECODE_BENCH_ROUNDS", "7"))
    payload, expected = prepare()
    medians = measure(payload, expected, rounds)
    print(f"decode (one page of {RECORDS:,} Narrative datasets as GET /datasets answers, {len(payload) / 1e6:.1f} MB)")
    print(f"  median of {rounds} interleaved rounds; the page matches the spec's DatasetList (jsonschema)")
    _report(medians)


if __name__ == "__main__":
    main()
