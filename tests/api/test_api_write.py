"""Write access (off, wrong token, right token), posted articles becoming searchable, untrusted text."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from diplometer.api import create_app
from diplometer.api.dependencies import ENV_TOKEN

TOKEN = "s3cret-token"
ARTICLE = {"id": "posted-1", "date": "2024-09-03", "title": "Posted talks", "source": "TEST",
           "url": "https://example.org/posted-1",
           "text": "HÀ NỘI, September 3 — Prime Minister Phạm Minh Chính held talks with Thai Prime Minister "
                   "Paetongtarn Shinawatra in Hà Nội on Tuesday about durian exports and the Mekong."}
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def writer(small_db: str, tmp_path) -> TestClient:
    return TestClient(create_app(small_db, token=TOKEN, use_ner=False, check_interval=0))


def test_writes_are_off_without_a_token(small_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_TOKEN, raising=False)
    client = TestClient(create_app(small_db, use_ner=False))
    for response in (client.post("/api/documents", json=ARTICLE, headers=AUTH),
                     client.delete("/api/documents/api-003-japan-call", headers=AUTH)):
        assert response.status_code == 403
        assert ENV_TOKEN in response.json()["detail"]
    assert client.get("/api/documents/api-003-japan-call").status_code == 200


def test_token_from_environment(small_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_TOKEN, TOKEN)
    client = TestClient(create_app(small_db, use_ner=False))
    assert client.post("/api/documents", json=ARTICLE, headers=AUTH).status_code == 201


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                                     {"Authorization": TOKEN}])
def test_wrong_or_missing_token_is_401(writer: TestClient, headers: dict) -> None:
    response = writer.post("/api/documents", json=ARTICLE, headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert writer.delete("/api/documents/api-003-japan-call", headers=headers).status_code == 401


def test_post_then_search_then_delete(writer: TestClient) -> None:
    assert writer.get("/api/search", params={"q": "durian"}).json()["total"] == 0
    before = writer.get("/api/health").json()
    created = writer.post("/api/documents", json=ARTICLE, headers=AUTH)
    assert created.status_code == 201
    assert created.json() == {"id": "posted-1", "status": "ingested", "date": "2024-09-03", "events": 1}
    assert writer.get("/api/health").json()["documents"] == before["documents"] + 1
    doc = writer.get("/api/documents/posted-1").json()
    assert doc["title"] == "Posted talks" and doc["source"] == "TEST" and doc["text"] == ARTICLE["text"]
    hits = writer.get("/api/search", params={"q": "durian"}).json()
    assert hits["total"] == 2 and {h["kind"] for h in hits["items"]} == {"article", "sentence"}
    assert all(h["document"] == "posted-1" and h["title"] == "Posted talks" for h in hits["items"])
    assert writer.get("/api/events", params={"source": "TEST"}).json()["total"] == 1
    assert writer.post("/api/documents", json=ARTICLE, headers=AUTH).json()["status"] == "unchanged"
    changed = writer.post("/api/documents", json={**ARTICLE, "title": "Retitled"}, headers=AUTH)
    assert changed.status_code == 200 and changed.json()["status"] == "replaced"
    assert writer.get("/api/documents/posted-1").json()["title"] == "Retitled"
    deleted = writer.delete("/api/documents/posted-1", headers=AUTH)
    assert deleted.status_code == 200 and deleted.json() == {"id": "posted-1", "deleted": True}
    assert writer.get("/api/documents/posted-1").status_code == 404
    assert writer.get("/api/search", params={"q": "durian"}).json()["total"] == 0
    assert writer.delete("/api/documents/posted-1", headers=AUTH).status_code == 404


def test_post_validation(writer: TestClient) -> None:
    assert writer.post("/api/documents", json={"text": ""}, headers=AUTH).status_code == 422
    assert writer.post("/api/documents", json={"text": "x", "extra": 1}, headers=AUTH).status_code == 422
    assert writer.post("/api/documents", json={"text": "x", "date": "soon"}, headers=AUTH).status_code == 422
    assert writer.post("/api/documents", json={"text": "   "}, headers=AUTH).status_code == 422  # empty article
    undated = writer.post("/api/documents", json={"text": "date 2024-01-02\nThe ministers met."}, headers=AUTH)
    assert undated.status_code == 201 and undated.json()["date"] == "2024-01-02" and undated.json()["id"]


def test_untrusted_text_is_plain_json_and_escaped_in_html(client: TestClient) -> None:
    doc = client.get("/api/documents/api-001-xss-talks")
    assert doc.headers["content-type"] == "application/json"
    assert "<script>alert(1)</script>" in doc.json()["text"] and "<img src=x onerror=alert(1)>" in doc.json()["text"]
    event = client.get("/api/events", params={"source": "api-001-xss-talks"}).json()["items"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    assert "<script>alert(1)</script>" in detail["evidence"][0]["sentence"]
    hits = client.get("/api/search", params={"q": "onerror alert"}).json()["items"]
    assert hits and all(h["document"] == "api-001-xss-talks" for h in hits)
    html = client.get("/api/reports/term", params={"format": "html", "from": "2024-03-01", "to": "2024-03-31"}).text
    assert "Sonexay" in html  # the event is in the report
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    md = client.get("/api/reports/term", params={"format": "md", "from": "2024-03-01", "to": "2024-03-31"}).text
    assert "<script>" not in md
