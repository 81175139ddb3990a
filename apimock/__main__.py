"""`python -m apimock bettrdata --port 4010`: serve a spec over HTTP with uvicorn (`--port 0` picks a free port).

`python -m apimock SPEC --explain` prints what the mock makes of each operation (its collection and action, or
why none) and exits without serving."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import socket

import uvicorn

from . import Drift, Faults, Limits, create_app
from ._explain import explain
from ._http import bounded_protocol

LIMIT_HELP = {
    "max_url_bytes": "longest request target (path and query) in bytes; 414 above",
    "max_header_bytes": "most bytes of header names and values together; 431 above",
    "max_body_bytes": "largest request body in bytes; 413 above, refused before it is read",
    "max_json_depth": "deepest nesting of a JSON body or JSON parameter; 400 above",
    "max_integer_digits": "most digits of an integer in a path, query, header or body; 400 above",
    "max_fault_latency_ms": "largest latency-ms an X-Mock-Fault header may ask for; 400 above",
    "regex_timeout_ms": "time a request's regular expressions may take (BettrData's $regex); 400 above",
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m apimock", description="Serve an OpenAPI spec as a stateful mock.")
    default_spec = os.environ.get("VENDOR", "bettrdata")
    parser.add_argument("spec", nargs="?", default=default_spec, help="vendor name (specs/<name>.yaml) or spec path")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "4010")), help="0 picks a free port")
    parser.add_argument("--seed", type=int, default=0, help="starting data and identifiers follow from it")
    parser.add_argument("--token", action="append", default=[], help="a bearer token (or API key) always accepted")
    parser.add_argument("--user", action="append", default=[], help="NAME:PASSWORD the token operation accepts")
    parser.add_argument("--token-lifetime", type=float, help="seconds a token issued by the mock lasts")
    parser.add_argument("--stream-interval", type=float, help="seconds between streamed events")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="fraction of requests answered with a fault")
    parser.add_argument("--fault-status", type=int, default=503, help="status of those faults (with Retry-After)")
    parser.add_argument(
        "--drift", action="append", default=[], metavar="KIND", help="answer as a drifting vendor (repeatable; README)"
    )
    parser.add_argument("--drift-rate", type=float, default=1.0, help="fraction of answers drifted (with --drift)")
    parser.add_argument("--validate-responses", action="store_true", help="fail loudly on an answer off the spec")
    parser.add_argument("--token-seed", type=int, help="issue the same tokens in every run (random without it)")
    for field in dataclasses.fields(Limits):
        kind = int if field.type in ("int", int) else float
        flag = "--" + field.name.replace("_", "-")
        parser.add_argument(flag, type=kind, default=field.default, help=f"{LIMIT_HELP[field.name]} (%(default)s)")
    parser.add_argument(
        "--shutdown-timeout", type=int, default=3, help="seconds open requests may finish in after SIGTERM"
    )
    parser.add_argument("--log-level", default="warning")
    parser.add_argument(
        "--explain", action="store_true", help="print each operation's collection and action (or why none) and exit"
    )
    options = parser.parse_args(argv)
    credentials = dict(user.split(":", 1) for user in options.user) if options.user else None
    try:
        limits = Limits(**{field.name: getattr(options, field.name) for field in dataclasses.fields(Limits)})
        faults = Faults(rate=options.fault_rate, status=options.fault_status, seed=options.seed)
        drift = Drift(kinds=tuple(options.drift), rate=options.drift_rate, seed=options.seed) if options.drift else None
    except ValueError as error:
        parser.error(str(error))
    if options.explain:
        # Not strict: a spec the mock would refuse to serve is explained all the same. The table says what the
        # start-up warning would.
        logging.getLogger("apimock").setLevel(logging.ERROR)
        print(explain(create_app(options.spec, seed=options.seed).mock), flush=True)
        return
    app = create_app(
        options.spec,
        seed=options.seed,
        tokens=options.token,
        credentials=credentials,
        token_lifetime=options.token_lifetime,
        stream_interval=options.stream_interval,
        validate_responses=options.validate_responses,
        faults=faults,
        strict=True,
        limits=limits,
        token_seed=options.token_seed,
        drift=drift,
    )
    # Listening before the announcement: whoever reads the line can connect at once.
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so (else 40 ms delayed ACKs).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((options.host, options.port))
    sock.listen(128)
    host, port = sock.getsockname()[:2]
    print(f"apimock: serving {app.mock.spec.name} on http://{host}:{port}", flush=True)
    config = uvicorn.Config(
        app,
        # httptools and uvloop (pinned): C parsing and a C event loop. A request head beyond the mock's own bounds
        # (so that the mock, not the parser, answers an oversized request with 414/431 and the limit) is refused.
        http=bounded_protocol(limits.max_url_bytes + limits.max_header_bytes + 16 * 1024),
        loop="uvloop",
        log_level=options.log_level,
        access_log=False,
        lifespan="off",
        # Without it uvicorn waits for every open request (a stream, a long fault latency) before exiting.
        timeout_graceful_shutdown=options.shutdown_timeout,
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
