"""The generated client's public names that disappear or change signature."""

from __future__ import annotations

from scripts.specdiff.client_api import compare, public_api

BEFORE = {
    "acme_client/__init__.py": "from .client import AuthenticatedClient, Client\n",
    "acme_client/api/things/list_things.py": (
        "def sync(*, client: Client, q: str | Unset = UNSET) -> list[Thing] | None: ...\n"
        "async def asyncio(*, client: Client) -> list[Thing] | None: ...\n"
        "def _get_kwargs() -> dict: ...\n"
    ),
    "acme_client/models/thing.py": (
        "T = TypeVar('T', bound='Thing')\n"
        "class Thing:\n"
        "    id: str\n"
        "    size: float | Unset = UNSET\n"
        "    def to_dict(self) -> dict[str, Any]: ...\n"
        "    def _private(self) -> None: ...\n"
    ),
    "acme_client/models/kind.py": "class Kind(str, Enum):\n    SMALL = 'small'\n    LARGE = 'large'\n",
    "acme_client/models/gone.py": "class Gone:\n    a: int\n    b: int\n",
    "acme_client/_runtime.py": "def helper() -> None: ...\n",
}


def changed(replacements: dict[str, str | None]) -> dict[str, str]:
    """BEFORE with these modules (path relative to the vendor folder) replaced, or deleted when None."""
    after = dict(BEFORE)
    for path, value in replacements.items():
        if value is None:
            del after[path]
        else:
            after[path] = value
    return after


def test_nothing_changed_reports_nothing() -> None:
    assert compare(public_api(BEFORE), public_api(BEFORE)) == []


def test_a_new_required_argument_is_a_changed_signature() -> None:
    after = changed(
        {
            "acme_client/api/things/list_things.py": (
                "def sync(*, client: Client, owner: str, q: str | Unset = UNSET) -> list[Thing] | None: ...\n"
                "async def asyncio(*, client: Client) -> list[Thing] | None: ...\n"
            )
        }
    )
    [change] = compare(public_api(BEFORE), public_api(after))
    assert change.name == "acme_client.api.things.list_things.sync"
    assert change.kind == "changed"
    assert "owner: str" in change.after
    assert "owner" not in change.before


def test_a_removed_field_and_enum_member_disappear() -> None:
    after = changed(
        {
            "acme_client/models/thing.py": "class Thing:\n    id: str\n    def to_dict(self) -> dict[str, Any]: ...\n",
            "acme_client/models/kind.py": "class Kind(str, Enum):\n    SMALL = 'small'\n",
        }
    )
    names = {(change.kind, change.name) for change in compare(public_api(BEFORE), public_api(after))}
    assert names == {
        ("removed", "acme_client.models.thing.Thing.size"),
        ("removed", "acme_client.models.kind.Kind.LARGE"),
    }


def test_a_removed_class_is_one_line_not_one_per_member() -> None:
    [change] = compare(public_api(BEFORE), public_api(changed({"acme_client/models/gone.py": None})))
    assert (change.kind, change.name) == ("removed", "acme_client.models.gone.Gone")
    assert "was `class Gone()`" in change.render()


def test_a_dropped_reexport_is_reported() -> None:
    after = changed({"acme_client/__init__.py": "from .client import AuthenticatedClient\n"})
    [change] = compare(public_api(BEFORE), public_api(after))
    assert change.name == "acme_client.Client"


def test_private_names_typevars_and_additions_are_not_reported() -> None:
    api = public_api(BEFORE)
    assert not [name for name in api if "_get_kwargs" in name or "_private" in name or "_runtime" in name]
    assert "acme_client.models.thing.T" not in api
    after = changed({"acme_client/models/extra.py": "class Extra:\n    x: int\n"})
    assert compare(api, public_api(after)) == []
