"""The README's example: sign in through Cognito, create a BD Select order, run a count, watch it, read the rows.

Configuration comes from the environment: BETTRDATA_BASE_URL, BETTRDATA_USERNAME, BETTRDATA_PASSWORD,
BETTRDATA_CLIENT_ID (and BETTRDATA_CLIENT_SECRET, BETTRDATA_COGNITO_REGION or BETTRDATA_COGNITO_ENDPOINT).
tests/runtime/test_readme_example.py runs this file against the stand-in and moto's Cognito.
"""

import sys

from bettrdata_client import APIError, BettrData
from bettrdata_client.lib.cognito import CognitoAuth
from bettrdata_client.models import BDSOrder

order = BDSOrder.from_dict(
    {
        "name": "Spring outdoor buyers",
        "description": "Recent outdoor-gear buyers in the Northeast",
        "belongsTo": "64a7f0c2d1e2f3a4b5c6d701",
        "createdBy": "analyst@example.com",
        "dataSource": "64a7f0c2d1e2f3a4b5c6d7aa",
        "deduplicateSegments": False,
        "deduplicationKeyFields": [],
        "suppressionRules": [],
        "audienceSegments": [
            {
                "name": "High spenders",
                "limit": 10000,
                "includedFields": [
                    {
                        "_id": "64a7f0c2d1e2f3a4b5c6d801",
                        "name": "total_spend",
                        "displayType": "number-slider",
                        "showAsRange": True,
                        "value": {"min": 500, "max": 5000},
                    }
                ],
                "excludedFields": [],
            }
        ],
    }
)

try:
    with BettrData(auth=CognitoAuth.from_env()) as client:  # BETTRDATA_BASE_URL, else BETTRDATA_ORG's host
        saved = client.audiences.create(body=order)  # a BDSOrderRecord: errors are raised, never returned
        with client.counts.start(saved.field_id, "default", current_user="analyst@example.com") as count:
            count.wait(on_status=lambda event: print("count:", event.status))
            rows = [row.to_dict() for row in count.rows(limit=1000)]  # fetched page by page
        print(f"order {saved.field_id}: {len(rows)} rows, the first {rows[0]}")
except APIError as error:  # every failure: sign-in, HTTP status, connection, stream, count error
    sys.exit(f"BettrData: {error}")
