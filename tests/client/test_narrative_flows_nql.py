"""Narrative flows over NQL resources: access rules, queries, views, the jobs they run, and schema inference.

Each flow drives the typed generated client against apimock served over HTTP, with request bodies built from the
spec's documented examples, and checks that what was written is what is read back, as the generated models.
"""

from __future__ import annotations

import uuid

import pytest
from narrative_client import AuthenticatedClient, BadRequestError, NotFoundError, paginate
from narrative_client.api.access_rules import (
    create_access_rule,
    get_access_rule,
    get_access_rule_by_name,
    list_access_rules,
    update_access_rule,
)
from narrative_client.api.jobs import get_job, list_jobs
from narrative_client.api.queries import create_query, get_query, list_queries, update_query
from narrative_client.api.schema_inference import infer_schema
from narrative_client.api.views import create_view, get_view, list_views, update_view
from narrative_client.models import (
    AccessRule,
    AccessRuleCreate,
    AccessRulePage,
    AccessRuleStatus,
    AccessRuleUpdate,
    InferenceRequest,
    InferredSchema,
    Job,
    Query,
    QueryCreate,
    QueryUpdate,
    View,
    ViewCreate,
    ViewUpdate,
)

from .narrative_flow_support import parameter_example, request_example, typed, walk


def test_access_rule_is_created_found_by_the_paginator_then_updated_and_read_back(client: AuthenticatedClient) -> None:
    names = [f"rule_{uuid.uuid4().hex[:8]}" for _ in range(3)]
    for name in names:
        body = AccessRuleCreate.from_dict({**request_example("create_access_rule"), "name": name})
        created = typed(create_access_rule.sync(client=client, body=body), AccessRulePage)
        assert name in [rule.name for rule in created.records]

    listed = walk(paginate(list_access_rules, client, per_page=2))
    assert all(isinstance(rule, AccessRule) for rule in listed)
    mine = {rule.name: rule for rule in listed if rule.name in names}
    assert sorted(mine) == sorted(names)
    assert len({rule.id for rule in listed}) == len(listed)

    rule = mine[names[0]]
    assert rule.nql == request_example("create_access_rule")["nql"]
    assert rule.price_cpm_usd == request_example("create_access_rule")["price_cpm_usd"]

    change = request_example("update_access_rule")
    updated = typed(
        update_access_rule.sync(rule.id, client=client, body=AccessRuleUpdate.from_dict(change)), AccessRule
    )
    read_back = typed(get_access_rule.sync(rule.id, client=client), AccessRule)
    for seen in (updated, read_back):
        assert seen.id == rule.id
        assert seen.name == rule.name
        assert seen.display_name == change["display_name"]
        assert seen.description == change["description"]
        assert seen.status == AccessRuleStatus.ARCHIVED
        assert seen.tags == change["tags"]


def test_access_rule_is_read_by_its_company_slug_and_name(client: AuthenticatedClient) -> None:
    slug = parameter_example("get_access_rule_by_name", "company_slug")
    name = parameter_example("get_access_rule_by_name", "access_rule_name")
    rule = typed(get_access_rule_by_name.sync(slug, name, client=client), AccessRule)
    assert (rule.company_slug, rule.name) == (slug, name)


def test_an_unknown_access_rule_is_not_found_and_a_zero_page_size_is_refused(client: AuthenticatedClient) -> None:
    with pytest.raises(NotFoundError) as missing:
        get_access_rule.sync(987654321, client=client)
    assert missing.value.status_code == 404

    with pytest.raises(BadRequestError) as refused:
        walk(paginate(list_access_rules, client, per_page=0))
    assert "per_page" in str(refused.value.body)


def test_query_is_saved_listed_page_by_page_renamed_and_read_back(client: AuthenticatedClient) -> None:
    documented = request_example("create_query")
    saved = [
        typed(create_query.sync(client=client, body=QueryCreate.from_dict({**documented, "name": name})), Query)
        for name in (f"query_{uuid.uuid4().hex[:8]}" for _ in range(3))
    ]
    assert [query.display_name for query in saved] == [documented["display_name"]] * 3
    assert saved[0].tags == documented["tags"]

    pages = walk(paginate(list_queries, client, per_page=2).pages())
    assert all(len(page) <= 2 for page in pages)
    listed_ids = [query.id for page in pages for query in page]
    assert {query.id for query in saved} <= set(listed_ids)
    assert len(listed_ids) == len(set(listed_ids))

    change = request_example("update_query")
    typed(update_query.sync(saved[0].id, client=client, body=QueryUpdate.from_dict(change)), Query)
    read_back = typed(get_query.sync(saved[0].id, client=client), Query)
    assert (read_back.name, read_back.tags) == (change["name"], change["tags"])
    assert read_back.display_name == documented["display_name"]

    with pytest.raises(NotFoundError):
        get_query.sync(uuid.uuid4(), client=client)


def test_view_is_created_listed_updated_and_read_back(client: AuthenticatedClient) -> None:
    documented = request_example("create_view")
    view = typed(create_view.sync(client=client, body=ViewCreate.from_dict(documented)), View)
    assert (view.name, view.nql, view.tags) == (documented["name"], documented["nql"], documented["tags"])

    listed = walk(paginate(list_views, client, per_page=1))
    assert view.id in [each.id for each in listed]
    assert all(isinstance(each, View) for each in listed)

    change = request_example("update_view")
    typed(update_view.sync(view.id, client=client, body=ViewUpdate.from_dict(change)), View)
    read_back = typed(get_view.sync(view.id, client=client), View)
    assert (read_back.name, read_back.tags, read_back.nql) == (change["name"], change["tags"], documented["nql"])

    with pytest.raises(NotFoundError):
        update_view.sync(uuid.uuid4(), client=client, body=ViewUpdate.from_dict(change))


def test_jobs_are_walked_by_offset_and_each_one_read_by_its_id(client: AuthenticatedClient) -> None:
    jobs = walk(paginate(list_jobs, client, per_page=1))
    assert jobs
    assert all(isinstance(job, Job) for job in jobs)
    first = typed(get_job.sync(jobs[0].job_id, client=client), Job)
    assert first.job_id == jobs[0].job_id
    assert first.state == jobs[0].state

    with pytest.raises(NotFoundError):
        get_job.sync(str(uuid.uuid4()), client=client)
    with pytest.raises(BadRequestError):
        list_jobs.sync(client=client, per_page=parameter_example("list_jobs", "per_page") * 100)


def test_schema_inference_answers_an_inferred_schema(client: AuthenticatedClient) -> None:
    inferred = typed(
        infer_schema.sync(client=client, body=InferenceRequest(file="idValue,idType\nabc,adid\n")), InferredSchema
    )
    assert inferred.schema.type_ == "object"
