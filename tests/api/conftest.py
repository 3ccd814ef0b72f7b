"""Fixtures for the API tests: stores built with `ingest(paths, store, None)` (no spaCy model).

`sample_db` (session): the built-in sample plus the articles in tests/api/articles;
`small_db` (per test): only those articles, for tests that write.
"""
from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient nudging towards httpx2

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from diplometer.api import create_app  # noqa: E402
from diplometer.ingest import ingest  # noqa: E402
from diplometer.sample import sample_dir  # noqa: E402
from diplometer.store import Store, resolve_url  # noqa: E402

ARTICLES = Path(__file__).parent / "articles"


def build(db: Path, paths: list[str]) -> str:
    with Store.open(str(db)) as store:
        summary = ingest(paths, store, None)
    assert summary.ok, summary.rejected
    return str(db)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build(tmp_path_factory.mktemp("api") / "sample.db", [str(sample_dir()), str(ARTICLES)])


PG_URL = os.environ.get("DIPLOMETER_TEST_PG_URL")


def pg_schema_url(url: str, schema: str) -> str:
    """The PostgreSQL database at `url`, used through its own fresh schema `schema` (so these
    read-only tests cannot be disturbed by the storage tests that empty the default schema)."""
    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.slow, pytest.mark.skipif(not PG_URL, reason="set DIPLOMETER_TEST_PG_URL")])])
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A read-only client over the sample (no token configured), on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        db = request.getfixturevalue("sample_db")
    else:
        db = pg_schema_url(PG_URL or "", "api_read_tests")
        with Store.open(db) as store:
            assert ingest([str(sample_dir()), str(ARTICLES)], store, None).ok
    with TestClient(create_app(db, token="", use_ner=False, check_interval=0)) as test_client:
        yield test_client


@pytest.fixture
def small_db(tmp_path: Path) -> str:
    return build(tmp_path / "small.db", [str(ARTICLES)])
