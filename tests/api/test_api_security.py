"""Hostile requests: security headers, closed CORS, request size limit, injection in every filter,
markup in titles and actor names."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from diplometer.api import create_app
from diplometer.store import Store

TOKEN = "t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
INJECTIONS = ["' OR '1'='1", "1; DROP TABLE documents; --", "\" UNION SELECT payload FROM events --",
              "%' AND 1=0 --", "VNM') OR ('a'='a", "\\x00'; --", "*/ OR /*"]
EVENT_FILTERS = ["country", "dyad", "type", "plover", "pillar", "actor", "source"]


@pytest.fixture
def small(small_db: str) -> TestClient:
    return TestClient(create_app(small_db, token=TOKEN, use_ner=False, check_interval=0, max_body=4096))


def test_security_headers_and_a_strict_policy_on_the_dashboard(client: TestClient) -> None:
    for path in ("/", "/app.js", "/api/events"):
        headers = client.get(path).headers
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    assert "content-security-policy" not in client.get("/docs").headers  # the docs page loads its own scripts


def test_cross_origin_reads_are_not_allowed(client: TestClient) -> None:
    response = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert response.status_code == 200 and "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/events", headers={"Origin": "https://evil.example",
                                                       "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


def test_bodies_over_the_limit_are_refused_declared_or_streamed(small: TestClient, small_db: str) -> None:
    article = {"id": "big", "date": "2024-01-01", "text": "Talks. " * 2000}
    declared = small.post("/api/documents", json=article, headers=AUTH)
    assert declared.status_code == 413 and "smaller" in declared.json()["detail"]

    def chunks():
        for _ in range(10):
            yield b"x" * 1000

    streamed = small.post("/api/documents", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert streamed.status_code == 413
    with Store.open(small_db) as store:
        assert store.load_extraction("big") is None


@pytest.mark.parametrize("payload", INJECTIONS)
def test_sql_injection_in_every_filter_is_just_text(small: TestClient, small_db: str, payload: str) -> None:
    with Store.open(small_db) as store:
        before = store.fingerprint()
    for name in EVENT_FILTERS:
        response = small.get("/api/events", params={name: payload})
        assert response.status_code in (200, 422), (name, response.text)
        if response.status_code == 200:
            assert response.json()["total"] == 0
    for path, params in (("/api/actors", {"actor": payload, "country": payload, "type": payload}),
                         ("/api/search", {"q": payload}), ("/api/documents", {"source": payload}),
                         ("/api/timeline", {"country": payload})):
        assert small.get(path, params=params).status_code in (200, 422), path
    assert small.get(f"/api/documents/{payload}").status_code in (404, 422)
    with Store.open(small_db) as store:
        assert store.fingerprint() == before


def test_markup_in_titles_and_names_comes_back_as_data(small: TestClient) -> None:
    evil = "<img src=x onerror=alert(1)>"
    article = {"id": "evil-title", "date": "2024-02-02", "title": f"<script>alert(1)</script>{evil}",
               "text": f"Vietnamese Prime Minister {evil} Chinh held talks with Lao Prime Minister Sonexay "
                       "Siphandone in Vientiane on Friday."}
    assert small.post("/api/documents", json=article, headers=AUTH).status_code == 201
    doc = small.get("/api/documents/evil-title")
    assert doc.headers["content-type"].startswith("application/json")
    assert doc.json()["title"] == article["title"]  # stored as written, never turned into markup
    report = small.get("/api/reports", params={"format": "html"}).text
    assert "<script>alert(1)</script>" not in report and "<img src=x" not in report
