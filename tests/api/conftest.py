"""Fixtures for the API tests: stores built with `ingest(paths, store, None)` (no spaCy model).

`sample_db` (session): the built-in sample plus the articles in tests/api/articles;
`small_db` (per test): only those articles, for tests that write.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient nudging towards httpx2

from fastapi.testclient import TestClient  # noqa: E402

from diplometer.api import create_app  # noqa: E402
from diplometer.ingest import ingest  # noqa: E402
from diplometer.sample import sample_dir  # noqa: E402
from diplometer.store import Store  # noqa: E402

ARTICLES = Path(__file__).parent / "articles"


def build(db: Path, paths: list[str]) -> str:
    with Store.open(str(db)) as store:
        summary = ingest(paths, store, None)
    assert summary.ok, summary.rejected
    return str(db)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build(tmp_path_factory.mktemp("api") / "sample.db", [str(sample_dir()), str(ARTICLES)])


@pytest.fixture(scope="session")
def client(sample_db: str) -> Iterator[TestClient]:
    """A read-only client over the sample (no token configured)."""
    with TestClient(create_app(sample_db, token="", use_ner=False, check_interval=0)) as test_client:
        yield test_client


@pytest.fixture
def small_db(tmp_path: Path) -> str:
    return build(tmp_path / "small.db", [str(ARTICLES)])
