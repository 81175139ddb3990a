"""Model reprs: unset fields left out, secret fields hidden (the spec's `format: password`, credential names)."""

from __future__ import annotations

from bettrdata_client.models import TokenAuthParameters
from narrative_client.models import AccessRule, Error


def test_a_field_the_spec_marks_as_a_password_is_hidden() -> None:
    shown = repr(TokenAuthParameters(username="analyst@example.com", password="hunter2-secret"))
    assert "hunter2-secret" not in shown
    assert shown == "TokenAuthParameters(username='analyst@example.com', password='[REDACTED]')"


def test_unset_fields_are_left_out() -> None:
    rule = AccessRule.from_dict({"id": 7, "name": "rule_7"})
    shown = repr(rule)
    assert shown.startswith("AccessRule(")
    assert "id=7" in shown
    assert "name='rule_7'" in shown
    assert "Unset" not in shown


def test_undeclared_members_named_like_credentials_are_hidden() -> None:
    error = Error.from_dict({"error": "invalid_grant", "error_description": "expired", "refresh_token": "rt-123"})
    shown = repr(error)
    assert "rt-123" not in shown
    assert "'refresh_token': '[REDACTED]'" in shown
    assert "error='invalid_grant'" in shown


def test_equality_is_unchanged_by_the_repr() -> None:
    first = TokenAuthParameters(username="a", password="p1")
    assert first == TokenAuthParameters(username="a", password="p1")
    assert first != TokenAuthParameters(username="a", password="p2")
