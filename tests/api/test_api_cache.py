"""The cached record is rebuilt only when the store changed; the search index follows it."""
from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from diplometer.api import create_app
from diplometer.api.cache import change_marker
from diplometer.ingest import ingest
from diplometer.store import Store

ARTICLES = Path(__file__).parent / "articles"


def test_record_is_cached_until_the_store_changes(small_db: str, tmp_path: Path) -> None:
    app = create_app(small_db, use_ner=False, check_interval=0)
    client = TestClient(app)
    cache = app.state.api.cache
    client.get("/api/health")
    first = cache.get()
    client.get("/api/events")
    assert cache.get() is first  # nothing changed: no rebuild
    extra = tmp_path / "extra.txt"
    extra.write_text("date 2024-08-01\nPrime Minister Phạm Minh Chính met Thai Prime Minister Srettha Thavisin "
                     "in Bangkok on Thursday about rice trade.", encoding="utf-8")
    with Store.open(small_db) as store:  # another writer, outside the API
        ingest([str(extra)], store, None)
        assert change_marker(cache.watch.engine) != first.marker
    assert client.get("/api/health").json()["documents"] == 4
    assert cache.get() is not first
    assert client.get("/api/search", params={"q": "rice trade"}).json()["total"] >= 1


def test_check_interval_throttles_marker_queries(small_db: str) -> None:
    app = create_app(small_db, use_ner=False, check_interval=3600)
    client = TestClient(app)
    before = client.get("/api/health").json()["documents"]
    with Store.open(small_db) as store:
        store.delete_document("api-003-japan-call")
    assert client.get("/api/health").json()["documents"] == before  # not checked again yet
    app.state.api.invalidate()
    assert client.get("/api/health").json()["documents"] == before - 1


def test_search_side_index_is_reused(small_db: str) -> None:
    side = Path(small_db + ".search.sqlite")
    TestClient(create_app(small_db, use_ner=False)).get("/api/search", params={"q": "expressway"})
    assert side.exists()
    again = TestClient(create_app(small_db, use_ner=False)).get("/api/search", params={"q": "expressway"}).json()
    assert again["total"] >= 1 and {h["document"] for h in again["items"]} == {"api-001-xss-talks"}


def test_articles_folder_is_there() -> None:
    assert len(list(ARTICLES.glob("*.txt"))) == 3


def test_requests_waiting_on_a_record_build_do_not_take_the_request_threads(small_db: str) -> None:
    import threading

    release = threading.Event()
    app = create_app(small_db, use_ner=False, threads=2)
    with TestClient(app) as client:
        cache = app.state.api.cache
        build = cache._rebuild

        def slow_rebuild(marker):  # noqa: ANN001, ANN202 - a build that lasts until the test says so
            release.wait(60)
            return build(marker)

        cache._rebuild = slow_rebuild
        waiting = [threading.Thread(target=client.get, args=("/api/network",)) for _ in range(3)]
        for thread in waiting:
            thread.start()
        answered: list[int] = []
        reader = threading.Thread(target=lambda: answered.append(client.get("/api/events").status_code))
        reader.start()
        reader.join(15)  # with the record builds on the two request threads, this would wait for them
        before_release = list(answered)
        release.set()
        for thread in waiting + [reader]:
            thread.join(30)
        assert before_release == [200]
