"""The contract suite's targets: every spec in specs/ against apimock in-process, and against the live vendor
when CONTRACT_BASE_URL and CONTRACT_TOKEN are set (CONTRACT_VENDOR names the spec when there are several)."""

from __future__ import annotations

import collections
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import apimock

from .checks import register_json_media_types
from .waivers import CHECK_NAMES, Waiver, waivers_for

# Every spec in specs/; CONTRACT_SPECS (paths separated by ":") runs others instead, a draft for instance.
SPECS = (
    [Path(path) for path in os.environ["CONTRACT_SPECS"].split(":") if path]
    if os.environ.get("CONTRACT_SPECS")
    else apimock.discover_specs()
)
CONTRACT_TOKEN = "contract-suite-token"
SEED = int(os.environ.get("CONTRACT_SEED", "20261122"))
OPERATIONS = sum(len(apimock.Spec.load(path).operations) for path in SPECS)
# Examples per operation and phase: CONTRACT_MAX_EXAMPLES, or by default what keeps the whole suite within
# about a minute and a half on two cores: 25 for a spec or two of BettrData's size, fewer as specs are added.
MAX_EXAMPLES = int(os.environ.get("CONTRACT_MAX_EXAMPLES", str(max(3, min(25, 500 // max(OPERATIONS, 1))))))
STATEFUL_EXAMPLES = int(os.environ.get("CONTRACT_STATEFUL_EXAMPLES", "25"))
register_json_media_types([apimock.Spec.load(path) for path in SPECS])

WAIVER_USES: collections.Counter[tuple[str, Waiver]] = collections.Counter()


@dataclass
class Target:
    vendor: str
    spec_path: Path
    live: bool
    token: str
    base_url: str | None = None
    app: apimock.MockApp | None = None
    waivers: list[Waiver] = field(default_factory=list)

    def auth_headers(self) -> dict[str, str]:
        return auth_headers(apimock.Spec.load(self.spec_path), self.token)


def auth_headers(spec: apimock.Spec, token: str) -> dict[str, str]:
    """The headers that carry `token` for each security scheme the spec declares."""
    headers: dict[str, str] = {}
    schemes = (spec.document.get("components") or {}).get("securitySchemes") or {}
    for scheme in schemes.values():
        scheme = spec.resolve(scheme)
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            headers[str(scheme["name"])] = token
        elif scheme.get("type") in ("http", "oauth2", "openIdConnect") and scheme.get("scheme", "bearer") == "bearer":
            headers["Authorization"] = f"Bearer {token}"
        # Other schemes (HTTP Basic for a token operation, say) are left to schemathesis's generated values.
    return headers


def mock_app(spec_path: Path) -> apimock.MockApp:
    return apimock.create_app(
        spec_path,
        seed=SEED,
        tokens={CONTRACT_TOKEN},
        stream_interval=0.001,
        validate_responses=True,
        strict=True,
    )


def apimock_target(path: Path) -> Target:
    vendor = path.stem
    waivers = waivers_for(vendor)
    check_waivers(path, waivers)
    return Target(vendor, path, False, CONTRACT_TOKEN, app=mock_app(path), waivers=waivers)


def live_target(path: Path) -> Target | str:
    """The live vendor for `path`, or the reason the live run is skipped."""
    base_url = os.environ.get("CONTRACT_BASE_URL")
    token = os.environ.get("CONTRACT_TOKEN")
    if not base_url or not token:
        return "live contract run: set CONTRACT_BASE_URL and CONTRACT_TOKEN (and CONTRACT_VENDOR) to run it"
    chosen = os.environ.get("CONTRACT_VENDOR", SPECS[0].stem if len(SPECS) == 1 else "")
    if chosen != path.stem:
        return f"live contract run is for CONTRACT_VENDOR={chosen or '(unset)'}, not {path.stem}"
    waivers = waivers_for(path.stem)
    return Target(path.stem, path, True, token, base_url=base_url, waivers=waivers)


def check_waivers(path: Path, waivers: list[Waiver]) -> None:
    operations = set(apimock.Spec.load(path).by_id)
    for waiver in waivers:
        assert waiver.operation_id in operations, f"{path.name}: a waiver names a missing operation {waiver}"
        assert waiver.check in CHECK_NAMES, f"{path.name}: a waiver names an unknown check {waiver.check}"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not WAIVER_USES:
        return
    terminalreporter.section("contract waivers applied (tests/contract/waivers.py)")
    for (vendor, waiver), count in sorted(WAIVER_USES.items(), key=lambda item: (item[0][0], item[0][1].operation_id)):
        answers = f"lifted on {count} answer(s) of {waiver.status}"
        terminalreporter.write_line(f"{vendor} {waiver.operation_id}: {waiver.check} {answers}: {waiver.reason}")
