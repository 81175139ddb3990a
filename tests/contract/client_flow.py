"""The generated BettrData client's calls, in the order a user makes them, against any server (apimock or Prism).

Every call must come back as its success model, not as `Error` or None: a spec that only our own mock
understands is not a good spec.
"""

from __future__ import annotations

import json

import httpx
from bettrdata_client import AuthenticatedClient, Client
from bettrdata_client.api.audiences import create_audience, update_audience
from bettrdata_client.api.authentication import get_token
from bettrdata_client.api.counts import cancel_count, get_count_result, list_count_history, run_count
from bettrdata_client.api.datafiles import search_datafiles
from bettrdata_client.api.merge_runs import create_merge_run
from bettrdata_client.models import (
    BDSOrder,
    BDSOrderRecord,
    CancelResult,
    CountExecution,
    CountHistoryEntry,
    CountRequest,
    Datafile,
    MergeRun,
    MergeRunRecord,
    TokenAuthParameters,
    TokenRequest,
    TokenRequestAuthFlow,
    TokenResponse,
)
from bettrdata_client.models.get_token_x_amz_target import GetTokenXAmzTarget

ORDER = {
    "name": "Spring outdoor buyers",
    "description": "Recent outdoor-gear buyers",
    "belongsTo": "64a7f0c2d1e2f3a4b5c6d701",
    "createdBy": "analyst@example.com",
    "dataSource": "64a7f0c2d1e2f3a4b5c6d7aa",
    "deduplicateSegments": False,
    "deduplicationKeyFields": [],
    "suppressionRules": [],
    "audienceSegments": [
        {
            "name": "High spenders",
            "limit": 100,
            "includedFields": [
                {
                    "_id": "64a7f0c2d1e2f3a4b5c6d801",
                    "name": "total_spend",
                    "displayType": "number-input",
                    "value": {"numberValue": 500, "logicalOperator": "greater-than"},
                }
            ],
            "excludedFields": [],
        }
    ],
}
MERGE_RUN = {
    "convertType": "consumer_standard_v2",
    "convertsToMerge": [
        {"fileId": "f1", "path": "s3://b/f1.csv", "mergeInputType": "UNION", "mergeDetails": {"priority": 1}}
    ],
}


def sign_in(base_url: str) -> str:
    anonymous = Client(base_url=base_url, timeout=httpx.Timeout(10.0))
    grant = get_token.sync(
        client=anonymous,
        body=TokenRequest(
            auth_flow=TokenRequestAuthFlow.USER_PASSWORD_AUTH,
            client_id="1example23456789",
            auth_parameters=TokenAuthParameters(username="analyst@example.com", password="not-a-real-password"),
        ),
        x_amz_target=GetTokenXAmzTarget.AWSCOGNITOIDENTITYPROVIDERSERVICE_INITIATEAUTH,
    )
    assert isinstance(grant, TokenResponse), grant
    return grant.token


def exercise_client(base_url: str, token: str | None = None) -> dict[str, object]:
    """Sign in (unless given a token), then call every non-streaming operation; returns what they gave."""
    token = token if token is not None else sign_in(base_url)
    client = AuthenticatedClient(base_url=base_url, token=token, timeout=httpx.Timeout(10.0))

    files = search_datafiles.sync(
        client=client, where=json.dumps({"fileName": {"$regex": "^acme_"}}), sort=json.dumps({"fileName": 1}), limit=5
    )
    assert isinstance(files, list), files
    assert all(isinstance(item, Datafile) for item in files), files
    merge = create_merge_run.sync(client=client, body=MergeRun.from_dict(MERGE_RUN))
    assert isinstance(merge, MergeRunRecord), merge
    order = create_audience.sync(client=client, body=BDSOrder.from_dict(ORDER))
    assert isinstance(order, BDSOrderRecord), order
    renamed = update_audience.sync(order.field_id, client=client, body=BDSOrder.from_dict({**ORDER, "name": "Renamed"}))
    assert isinstance(renamed, BDSOrderRecord), renamed
    execution = run_count.sync(order.field_id, "default", client=client, body=CountRequest(current_user="a@b.co"))
    assert isinstance(execution, CountExecution), execution
    history = list_count_history.sync(order.field_id, "default", client=client)
    assert isinstance(history, list), history
    assert history, "the count just started is not in the history"
    assert all(isinstance(entry, CountHistoryEntry) for entry in history), history
    rows = get_count_result.sync(history[0].field_id, client=client, page=1, limit=10)
    assert isinstance(rows, list), rows
    cancelled = cancel_count.sync(execution.execution_hash, execution.db_origin, client=client)
    assert isinstance(cancelled, CancelResult), cancelled
    return {"token": token, "files": files, "order": order, "renamed": renamed, "execution": execution}
