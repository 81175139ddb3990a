"""Prism 5.14.2, a second and independent mock, on every spec: it loads it, serves each non-streaming operation's
documented example, and the generated BettrData client's calls succeed against it too."""

from __future__ import annotations

import base64
import copy
import json
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

import apimock

from .client_flow import exercise_client
from .conftest import SPECS

REPOSITORY = Path(__file__).resolve().parents[2]
PRISM = REPOSITORY / "node_modules" / ".bin" / "prism"

# Where Prism cannot serve what the spec documents, and why; each entry is checked to still be so.
PRISM_LIMITATIONS = {
    ("narrative", "create_upload_url"): (
        404,
        "Prism 5.14.2 matches a path parameter within one segment only, so the documented upload path with its "
        "slashes kept (`x-keep-slashes`: /uploads/lists/idlist.csv) is not routed ('NO_PATH_MATCHED_ERROR: The "
        "route /uploads/lists/idlist.csv hasn't been found in the specification file')",
    ),
    ("bettrdata", "get_token"): (
        400,
        "Prism 5.14.2 reads only application/json and +json request bodies as JSON, so it rejects the vendor's "
        "documented application/x-amz-json-1.1 sign-in body ('Request body must be object')",
    ),
}


pytestmark = pytest.mark.skipif(not PRISM.exists(), reason="Prism is not installed: run `make` (npm ci)")


@contextmanager
def prism(spec_path: Path) -> Iterator[str]:
    """Prism serving `spec_path` on a free 127.0.0.1 port; stopped (by its pid) on exit."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [str(PRISM), "mock", str(spec_path), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output: list[str] = []
    listening = threading.Event()

    def drain() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            if "Prism is listening" in line:
                listening.set()
        listening.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        listening.wait(timeout=60)
        if process.poll() is not None or not any("Prism is listening" in line for line in output):
            raise AssertionError(f"Prism did not load {spec_path.name}:\n{''.join(output[-30:])}")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        reader.join(timeout=10)


def example_request(spec: apimock.Spec, operation: apimock.Operation) -> dict[str, Any]:
    """A request built from the spec's own examples: path, required query and headers, and the body."""
    path = operation.path
    params: dict[str, Any] = {}
    headers = credential_headers(spec, operation)
    for parameter in operation.parameters:
        value = parameter.node["example"] if "example" in parameter.node else _generated(spec, parameter.schema or {})
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", str(value))
        elif parameter.required and parameter.location == "query":
            params[parameter.name] = value
        elif parameter.required and parameter.location == "header":
            headers[parameter.name] = str(value)
    # Prism's mock serves the spec's paths at its root: the path of the servers' URLs (Celigo's `/v1`) is not
    # part of the routes it matches.
    request: dict[str, Any] = {"method": operation.method.upper(), "url": path, "params": params}
    if operation.request_body is not None:
        media_type, media = next(iter((operation.request_body.get("content") or {}).items()))
        if media_type == "multipart/form-data":
            request["files"] = form_parts(spec, media.get("schema"))
        else:
            examples = [value for _, value in apimock.media_examples(spec, media)]
            body = examples[0] if examples else _generated(spec, media.get("schema", {}))
            headers["Content-Type"] = media_type
            request["content"] = urlencode(body) if media_type.endswith("x-www-form-urlencoded") else json.dumps(body)
    request["headers"] = headers
    return request


def credential_headers(spec: apimock.Spec, operation: apimock.Operation) -> dict[str, str]:
    """Credentials of the scheme the operation asks for: HTTP Basic or an API key header where it says so, else a
    bearer token."""
    schemes = (spec.document.get("components") or {}).get("securitySchemes") or {}
    for requirement in operation.security:
        for name in requirement:
            scheme = spec.resolve(schemes.get(name, {}))
            if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                return {"Authorization": "Basic " + base64.b64encode(b"prism-client:prism-secret").decode()}
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                return {str(scheme["name"]): "prism-accepts-any-key"}
    return {"Authorization": "Bearer prism-accepts-any-token"}


def _generated(spec: apimock.Spec, schema: Any) -> Any:
    """A body for an operation whose spec gives no example (a published spec, say): made from its schema."""
    return apimock.Mock(spec, vendor=False).generator.instance(schema, optional=False)


def form_parts(spec: apimock.Spec, schema: Any) -> dict[str, tuple[str, bytes]]:
    """A multipart body (which has no example to give): each required part, a small file or a text value."""
    resolved = spec.resolve(schema)
    parts = {}
    for name in resolved.get("required", []):
        declared = spec.resolve(resolved["properties"][name])
        binary = declared.get("format") == "binary" or "contentMediaType" in declared
        parts[name] = (f"{name}.csv", b"id,name\n1,example\n") if binary else (name, b"example")
    return parts


def documented_examples(spec: apimock.Spec, operation: apimock.Operation, status: int) -> list[Any]:
    response = operation.response_for(status) or {}
    examples: list[Any] = []
    for media in (response.get("content") or {}).values():
        examples.extend(copy.deepcopy(value) for _, value in apimock.media_examples(spec, media))
    return examples


def documented_schema(operation: apimock.Operation, status: int) -> Any:
    response = operation.response_for(status) or {}
    return next((media.get("schema") for media in (response.get("content") or {}).values()), None)


@pytest.mark.parametrize("spec_path", SPECS, ids=[path.stem for path in SPECS])
def test_prism_serves_every_non_streaming_example(spec_path: Path) -> None:
    spec = apimock.Spec.load(spec_path)
    served: list[str] = []
    problems: list[str] = []
    with prism(spec_path) as base_url, httpx.Client(base_url=base_url, timeout=10) as http:
        for operation in spec.operations:
            if operation.streaming is not None:
                continue
            response = http.request(**example_request(spec, operation))
            limitation = PRISM_LIMITATIONS.get((spec.name, operation.operation_id))
            if limitation is not None:
                if response.status_code != limitation[0]:
                    problems.append(f"{operation.label}: Prism now answers {response.status_code}; remove the entry")
                continue
            if not 200 <= response.status_code < 300:
                problems.append(f"{operation.label}: Prism answered {response.status_code} {response.text[:500]}")
                continue
            examples = documented_examples(spec, operation, response.status_code)
            schema = documented_schema(operation, response.status_code)
            if not examples and schema is not None:
                # A published spec without examples: Prism makes the answer up from the schema, which it must match.
                error = apimock.Schemas(spec).first_error(schema, response.json())
                if error is not None:
                    problems.append(f"{operation.label}: Prism's answer does not match its schema {error}")
            elif not examples:
                # A documented answer without content (204): no body to compare.
                if response.content:
                    problems.append(f"{operation.label}: Prism answered a body the spec does not document")
            elif response.json() not in examples:
                problems.append(f"{operation.label}: Prism's answer is none of the documented examples")
            served.append(operation.operation_id)
    assert not problems, "\n".join(problems)
    assert served


@pytest.mark.skipif(not any(path.stem == "bettrdata" for path in SPECS), reason="no BettrData spec")
def test_generated_bettrdata_client_against_prism() -> None:
    with prism(apimock.spec_path("bettrdata")) as base_url:
        results = exercise_client(base_url, token="prism-accepts-any-token")
    assert results["files"]
