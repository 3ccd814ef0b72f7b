"""Property-based run of the OpenAPI schema (schemathesis): no 5xx on any generated input.

Bounded: a handful of examples per operation over a small store built at import (schemathesis'
`from_fixture` does not work with pytest 9), writes enabled with the token so that POST and
DELETE are exercised past the auth check too. Only `not_a_server_error` is checked: 4xx
answers are the point of many generated inputs. $DIPLOMETER_SCHEMA_EXAMPLES raises the
budget for a longer hunt.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from diplometer.api import create_app
from diplometer.ingest import ingest
from diplometer.store import Store

TOKEN = "schema-token"
ARTICLES = Path(__file__).parent / "articles"


def _small_store() -> str:
    folder = tempfile.mkdtemp(prefix="diplometer-schema-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = str(Path(folder) / "schema.db")
    with Store.open(db) as store:
        ingest([str(ARTICLES)], store, None)
    return db


schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(_small_store(), token=TOKEN, use_ner=False, check_interval=0))


@schema.parametrize()
@settings(max_examples=int(os.environ.get("DIPLOMETER_SCHEMA_EXAMPLES", "8")), deadline=None,
          suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors(case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error])
