"""A vendor's own settings, beside its hand-written code in `overrides/<vendor>/`, so that one vendor's needs
regenerate that vendor alone:

- `pipeline.yaml`: `profile: curated` (the default: our own specs, held to the house rules; a warning of the
  generator fails the build) or `profile: published` (a spec taken as the vendor publishes it: linted for OpenAPI
  validity and correctness only, and the generator's warnings reported, each at its operation's line, without
  failing the build).
- `openapi-python-client.yaml`: the generator's settings for this vendor (`content_type_overrides` such as
  `image/png: application/octet-stream`, `class_overrides`, ...), laid over the shared
  `overrides/openapi-python-client.yaml` (mappings merged, other values replaced).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import PipelineError
from .layout import Vendor

PROFILES = ("curated", "published")
GENERATOR_CONFIG = "openapi-python-client.yaml"
SETTINGS_FILE = "pipeline.yaml"
# The pipeline decides these for every vendor.
_RESERVED_GENERATOR_KEYS = frozenset({"project_name_override", "package_name_override", "post_hooks"})


@dataclass(frozen=True)
class VendorSettings:
    profile: str = "curated"

    @property
    def warnings_fail(self) -> bool:
        return self.profile == "curated"


def vendor_settings(vendor: Vendor) -> VendorSettings:
    path = vendor.overrides / SETTINGS_FILE
    loaded = _mapping(path)
    unknown = set(loaded) - {"profile"}
    if unknown:
        raise PipelineError(f"{_shown(vendor, path)}: unknown setting(s) {sorted(unknown)} (known: profile)")
    profile = loaded.get("profile", "curated")
    if profile not in PROFILES:
        raise PipelineError(f"{_shown(vendor, path)}: profile {profile!r} is not one of {', '.join(PROFILES)}")
    return VendorSettings(profile=str(profile))


def generator_config(vendor: Vendor) -> dict[str, Any]:
    """The shared generator settings with the vendor's laid over them (mappings merged key by key)."""
    config = _mapping(vendor.workspace.overrides / GENERATOR_CONFIG)
    own_path = vendor.overrides / GENERATOR_CONFIG
    own = _mapping(own_path)
    reserved = sorted(_RESERVED_GENERATOR_KEYS & set(own))
    if reserved:
        raise PipelineError(
            f"{_shown(vendor, own_path)}: {', '.join(reserved)} is set by the pipeline for every vendor"
        )
    for key, value in own.items():
        shared = config.get(key)
        config[key] = {**shared, **value} if isinstance(shared, dict) and isinstance(value, dict) else value
    return config


def _mapping(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise PipelineError(f"{path}: invalid YAML: {error}") from error
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise PipelineError(f"{path}: must be a mapping of settings")
    return loaded


def _shown(vendor: Vendor, path: Path) -> str:
    return str(path.relative_to(vendor.workspace.root))
