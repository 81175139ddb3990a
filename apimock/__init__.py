"""apimock: a stateful mock that serves any OpenAPI spec in specs/ (see ARCHITECTURE.md, "apimock").

    app = apimock.create_app("specs/bettrdata.yaml", seed=1, tokens={"test-token"}, validate_responses=True)

`app` is an ASGI application: use it in-process (`httpx.ASGITransport(app)`, `schemathesis.openapi.from_asgi`)
or serve it with `python -m apimock bettrdata --port 4010`. `app.mock` is the engine, with its `store` and `tokens`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ._app import MockApp
from ._consistency import consistency_problems
from ._drift import DRIFT_HEADER, Drift
from ._engine import OPENAPI_PATH, Mock, paginate
from ._faults import FAULT_HEADER, Fault, Faults, parse_fault
from ._limits import Limits
from ._pages import DEFAULT_PAGE_SIZE
from ._replies import MockResponseError, Reply
from ._schemas import Problem, Schemas
from ._spec import Operation, Spec, SpecError
from ._synth import media_examples
from ._vendor import Call, Handler, Vendor

SPECS = Path(__file__).resolve().parent.parent / "specs"


def spec_path(vendor: str) -> Path:
    """`specs/<vendor>.yaml` of this repository (a path given as it is is returned unchanged)."""
    candidate = Path(vendor)
    if candidate.suffix in (".yaml", ".yml", ".json") and candidate.exists():
        return candidate
    return SPECS / f"{vendor}.yaml"


def discover_specs(folder: Path = SPECS) -> list[Path]:
    return sorted(path for path in folder.glob("*.y*ml") if path.is_file())


def create_app(
    spec: str | Path | Spec,
    *,
    seed: int = 0,
    tokens: Iterable[str] = (),
    token_lifetime: float | None = None,
    credentials: Mapping[str, str] | None = None,
    stream_interval: float | None = None,
    validate_responses: bool = False,
    strict: bool = False,
    faults: Faults | None = None,
    clock: Callable[[], float] = time.monotonic,
    vendor: type[Vendor] | bool = True,
    limits: Limits | None = None,
    token_seed: int | None = None,
    drift: Drift | None = None,
) -> MockApp:
    """An ASGI app serving `spec` (a path, or a vendor name such as "bettrdata").

    seed: starting data and generated identifiers are a function of it. tokens: bearer tokens (or API keys)
    accepted as they are; others must come from the spec's token operation. token_lifetime: seconds a token
    issued by the mock lasts. credentials: user name to password; when given, the token operation checks
    them. stream_interval: seconds between streamed events (default: the spec's `x-streaming`).
    validate_responses: check every answer against the spec and raise `MockResponseError` on a mismatch.
    strict: refuse a spec whose examples, links or responses are inconsistent (`SpecError`, naming the
    operation). faults: inject faults into a seeded fraction of requests. vendor: the vendor module (by
    default `apimock.vendors.<spec name>` when it exists), or False for the engine alone. limits: the bounds on
    what a request may carry (`Limits()` by default: URL, headers, body, JSON depth, digits, fault latency,
    regular expression time). token_seed: tokens the mock issues are random unless this is given. drift: answer a
    seeded fraction of requests as a vendor drifting from its document would (see `apimock._drift`).
    """
    loaded = spec if isinstance(spec, Spec) else Spec.load(spec_path(str(spec)))
    if strict:
        problems = consistency_problems(loaded)
        if problems:
            raise SpecError(f"{loaded.name}: the mock cannot serve this spec:\n  " + "\n  ".join(problems))
    mock = Mock(
        loaded,
        seed=seed,
        tokens=tokens,
        token_lifetime=token_lifetime,
        credentials=credentials,
        stream_interval=stream_interval,
        validate_responses=validate_responses,
        faults=faults,
        clock=clock,
        vendor=vendor,
        limits=limits,
        token_seed=token_seed,
        drift=drift,
    )
    return MockApp(mock)


__all__ = [
    "DEFAULT_PAGE_SIZE",
    "DRIFT_HEADER",
    "FAULT_HEADER",
    "OPENAPI_PATH",
    "Call",
    "Drift",
    "Fault",
    "Faults",
    "Handler",
    "Limits",
    "Mock",
    "MockApp",
    "MockResponseError",
    "Operation",
    "Problem",
    "Reply",
    "Schemas",
    "Spec",
    "SpecError",
    "Vendor",
    "consistency_problems",
    "create_app",
    "discover_specs",
    "media_examples",
    "paginate",
    "parse_fault",
    "spec_path",
]
