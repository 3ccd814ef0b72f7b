"""The API on PostgreSQL (tsvector search instead of FTS5): runs only with DIPLOMETER_TEST_PG_URL set."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from diplometer.api import create_app
from diplometer.api.search_index import PostgresSearchIndex
from diplometer.ingest import ingest
from diplometer.store import Store, drop_tables

PG_URL = os.environ.get("DIPLOMETER_TEST_PG_URL")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not PG_URL, reason="set DIPLOMETER_TEST_PG_URL")]
ARTICLES = Path(__file__).parent / "articles"


def reset(url: str) -> None:
    """Empty the throwaway database: the store's tables and the API's search tables."""
    drop_tables(url, (PostgresSearchIndex.table, PostgresSearchIndex.docs_table))


def test_postgres_read_and_search() -> None:
    assert PG_URL
    reset(PG_URL)
    with Store.open(PG_URL) as store:
        ingest([str(ARTICLES)], store, None)
    client = TestClient(create_app(PG_URL, token="t", use_ner=False, check_interval=0))
    assert client.get("/api/health").json()["documents"] == 3
    hits = client.get("/api/search", params={"q": "expressway"}).json()
    assert hits["total"] >= 2 and {h["document"] for h in hits["items"]} == {"api-001-xss-talks"}
    posted = client.post("/api/documents", headers={"Authorization": "Bearer t"},
                         json={"id": "pg-1", "date": "2024-09-01", "text": "The ministers discussed durian exports."})
    assert posted.status_code == 201
    assert client.get("/api/search", params={"q": "durian"}).json()["total"] >= 1
