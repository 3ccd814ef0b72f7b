"""Every read route over the sample: shapes, pagination, stable order, filters."""
from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient


def all_items(client: TestClient, url: str, limit: int = 7) -> list[dict]:
    """Walk a paginated list page by page."""
    items: list[dict] = []
    offset = 0
    while True:
        body = client.get(url, params={"limit": limit, "offset": offset}).json()
        items += body["items"]
        offset += limit
        if offset >= body["total"]:
            return items


def test_health(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["documents"] == 47 and body["events"] > 50


def test_openapi_and_docs(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/timeline", "/api/map", "/api/network", "/api/search",
                 "/api/documents", "/api/actors", "/api/anniversaries", "/api/indicators", "/api/reports/term",
                 "/api/partners/{name}", "/api/coordination", "/api/forecasts", "/api/backtest", "/api/health"):
        assert path in schema["paths"], path
    assert client.get("/docs").status_code == 200


def test_documents_pagination(client: TestClient) -> None:
    first = client.get("/api/documents", params={"limit": 10}).json()
    assert first["total"] == 47 and first["limit"] == 10 and first["offset"] == 0 and len(first["items"]) == 10
    walked = all_items(client, "/api/documents")
    assert len(walked) == 47 and len({d["id"] for d in walked}) == 47
    assert walked[:10] == first["items"]
    days = [d["date"] for d in walked if d["date"]]
    assert days == sorted(days)
    beyond = client.get("/api/documents", params={"offset": 1000}).json()
    assert beyond["total"] == 47 and beyond["items"] == []


def test_document_detail(client: TestClient) -> None:
    doc = client.get("/api/documents/api-003-japan-call").json()
    assert doc["kind"] == "document" and doc["date"] == "2024-07-02" and "Kishida" in doc["text"]
    assert client.get("/api/documents/nope").status_code == 404


def test_limit_above_maximum_is_an_error(client: TestClient) -> None:
    for route in ("/api/events", "/api/documents", "/api/actors", "/api/indicators", "/api/search?q=talks"):
        response = client.get(route, params={"limit": 501})
        assert response.status_code == 422, route
        assert "less than or equal to 500" in response.text
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422


def test_events_stable_order_and_totals(client: TestClient) -> None:
    walked = all_items(client, "/api/events")
    total = client.get("/api/events").json()["total"]
    assert len(walked) == total == len({e["id"] for e in walked})
    keys = [((e["date"] or {}).get("start") or "9999-12-31", e["id"]) for e in walked]
    assert keys == sorted(keys)
    assert all_items(client, "/api/events", limit=13) == walked


@pytest.mark.parametrize("params, check", [
    ({"country": "LAO"}, lambda e: "LAO" in {r["country"] for r in e["actors"] + e["counterparts"]}),
    ({"country": "Laos"}, lambda e: "LAO" in {r["country"] for r in e["actors"] + e["counterparts"]}),
    ({"dyad": "VNM-LAO"}, lambda e: {"VNM", "LAO"} <= {r["country"] for r in e["actors"] + e["counterparts"]}),
    ({"type": "visit"}, lambda e: e["type"] == "visit"),
    ({"plover": "consult"}, lambda e: e["plover"] == "CONSULT"),
    ({"pillar": "party"}, lambda e: e["pillar"] == "party"),
    ({"scope": "domestic"}, lambda e: e["scope"] == "domestic"),
    ({"actor": "chinh"}, lambda e: any("Chinh" in r["name"] or "Chính" in r["name"] for r in e["actors"] + e["counterparts"])),
    ({"source": "api-001-xss-talks"}, lambda e: any(s["document"] == "api-001-xss-talks" for s in e["sources"])),
    ({"from": "2023-01-01", "to": "2023-06-30"},
     lambda e: e["date"] and e["date"]["end"] >= "2023-01-01" and e["date"]["start"] <= "2023-06-30"),
])
def test_event_filters(client: TestClient, params: dict, check) -> None:
    body = client.get("/api/events", params={**params, "limit": 500}).json()
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert 0 < body["total"] < everything["total"], params
    assert len(body["items"]) == body["total"]
    assert all(check(e) for e in body["items"]), params


def test_event_filter_errors(client: TestClient) -> None:
    assert client.get("/api/events", params={"country": "Atlantis"}).status_code == 422
    assert client.get("/api/events", params={"dyad": "VNM"}).status_code == 422
    assert client.get("/api/events", params={"from": "2024-02-01", "to": "2024-01-01"}).status_code == 422
    assert client.get("/api/events", params={"from": "not-a-day"}).status_code == 422
    assert client.get("/api/events", params={"scope": "galactic"}).status_code == 422


def test_event_detail_evidence_and_members(client: TestClient) -> None:
    item = client.get("/api/events", params={"source": "api-001-xss-talks"}).json()["items"][0]
    event = client.get(f"/api/events/{item['id']}").json()
    assert {k: v for k, v in event.items() if k not in ("evidence", "members")} == item
    evidence = event["evidence"][0]
    doc = client.get(f"/api/documents/{evidence['document']}").json()
    text = doc["text"]
    assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]
    assert evidence["text_before"] == text[max(0, evidence["start"] - 300):evidence["start"]]
    assert evidence["text_after"] == text[evidence["end"]:evidence["end"] + 300]
    assert evidence["date"] == "2024-03-11"
    assert event["members"] and {"rule", "trigger", "confidence", "source"} <= set(event["members"][0])
    assert client.get("/api/events/evt-000000000000").status_code == 404


def test_timeline_buckets(client: TestClient) -> None:
    body = client.get("/api/timeline", params={"country": "LAO"}).json()
    assert body["interval"] == "month"
    total = client.get("/api/events", params={"country": "LAO", "limit": 500}).json()
    dated = [e for e in total["items"] if e["date"]]
    assert sum(b["count"] for b in body["buckets"]) == len(dated)
    periods = [b["period"] for b in body["buckets"]]
    assert periods == sorted(periods) and len(periods) == len(set(periods))
    assert any(b["count"] == 0 for b in body["buckets"])  # zero months between first and last are kept
    assert body["buckets"][0]["start"] <= body["first"] and body["last"] <= body["buckets"][-1]["end"]
    for a, b in zip(body["buckets"], body["buckets"][1:], strict=False):  # contiguous
        assert date.fromisoformat(a["end"]).toordinal() + 1 == date.fromisoformat(b["start"]).toordinal()
    first = body["buckets"][0]
    assert first["start"].endswith("-01") and first["period"] == first["start"][:7]


@pytest.mark.parametrize("interval", ["week", "day"])
def test_timeline_intervals(client: TestClient, interval: str) -> None:
    body = client.get("/api/timeline", params={"interval": interval, "from": "2023-01-01", "to": "2023-03-31"}).json()
    assert body["interval"] == interval and body["buckets"]
    span = 7 if interval == "week" else 1
    assert all(date.fromisoformat(b["end"]).toordinal() - date.fromisoformat(b["start"]).toordinal() + 1 == span
               for b in body["buckets"])
    if interval == "week":
        assert all(date.fromisoformat(b["start"]).weekday() == 0 and "-W" in b["period"] for b in body["buckets"])


def test_timeline_no_data(client: TestClient) -> None:
    body = client.get("/api/timeline", params={"from": "1901-01-01", "to": "1901-12-31"}).json()
    assert body["buckets"] == [] and body["first"] is None and body["last"] is None
    assert client.get("/api/timeline", params={"interval": "year"}).status_code == 422


def test_map(client: TestClient) -> None:
    items = client.get("/api/map").json()["items"]
    iso3s = [i["iso3"] for i in items]
    assert "VNM" not in iso3s and "LAO" in iso3s
    lao = next(i for i in items if i["iso3"] == "LAO")
    assert lao["name"] and lao["count"] > 0 and 100 < lao["lon"] < 108 and 13 < lao["lat"] < 23
    counts = [i["count"] for i in items]
    assert counts == sorted(counts, reverse=True)
    filtered = client.get("/api/map", params={"type": "visit"}).json()["items"]
    assert sum(i["count"] for i in filtered) < sum(counts)


def test_network(client: TestClient) -> None:
    body = client.get("/api/network").json()
    ids = {n["id"] for n in body["nodes"]}
    assert body["truncated"] is False and len(ids) == len(body["nodes"]) <= 150
    assert {"person", "country"} <= {n["type"] for n in body["nodes"]}
    assert all(link["source"] in ids and link["target"] in ids and link["weight"] >= 1 for link in body["links"])
    small = client.get("/api/network", params={"limit": 5}).json()
    assert small["truncated"] is True and len(small["nodes"]) == 5
    assert [n["id"] for n in small["nodes"]] == [n["id"] for n in body["nodes"][:5]]
    assert client.get("/api/network", params={"limit": 5000}).status_code == 422


def test_actors(client: TestClient) -> None:
    body = client.get("/api/actors", params={"type": "person", "country": "VNM", "limit": 500}).json()
    assert body["total"] == len(body["items"]) > 0
    assert all(a["type"] == "person" and a["country"] == "VNM" for a in body["items"])
    found = client.get("/api/actors", params={"q": "sonexay"}).json()["items"]
    assert [a["id"] for a in found] == ["person:sonexay siphandone"]
    assert client.get("/api/actors/person:sonexay siphandone").json()["events"] >= 1
    assert client.get("/api/actors/nobody").status_code == 404


def test_anniversaries(client: TestClient) -> None:
    body = client.get("/api/anniversaries", params={"year": 2024}).json()
    assert body["kind"] == "calendar" and body["year"] == 2024 and body["entries"]


def test_indicators(client: TestClient) -> None:
    body = client.get("/api/indicators", params={"limit": 500}).json()
    assert body["total"] > 0 and all(i["kind"] == "indicator" for i in body["items"])
    name = body["items"][0]["name"]
    named = client.get("/api/indicators", params={"name": name, "limit": 500}).json()
    assert 0 < named["total"] <= body["total"] and all(name in i["name"] for i in named["items"])


def test_term_report_formats(client: TestClient) -> None:
    data = client.get("/api/reports/term", params={"from": "2023-01-01", "to": "2023-12-31"}).json()
    assert data["kind"] == "report" and data["start"] == "2023-01-01" and data["total"]["value"] > 0
    md = client.get("/api/reports/term", params={"format": "md"})
    assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("#")
    html = client.get("/api/reports/term", params={"format": "html", "country": "LAO"})
    assert html.headers["content-type"].startswith("text/html") and "<html" in html.text.lower()
    assert client.get("/api/reports/term", params={"country": "Atlantis"}).status_code == 422


def test_partner_profile(client: TestClient) -> None:
    body = client.get("/api/partners/Laos").json()
    assert body["kind"] == "partner" and body["partner"] == "LAO"
    assert client.get("/api/partners/LAO").json()["partner"] == "LAO"
    missing = client.get("/api/partners/Atlantis")
    assert missing.status_code == 404 and "Atlantis" in missing.json()["detail"]


def test_coordination(client: TestClient) -> None:
    body = client.get("/api/coordination", params={"months": 6}).json()
    assert body["kind"] == "coordination" and body["months"] == 6 and body["rows"]
    assert body["gaps"] == {"no_high_level": body["no_high_level"], "silent_pillars": body["silent_pillars"]}


def test_forecasts_and_backtest(client: TestClient) -> None:
    body = client.get("/api/forecasts", params={"partner": "Laos", "horizon": 3}).json()
    assert len(body["rows"]) == 3 and {r["key"] for r in body["rows"]} == {"LAO"}
    assert isinstance(body["shifts"], list)
    assert client.get("/api/forecasts", params={"horizon": 37}).status_code == 422
    assert client.get("/api/forecasts", params={"partner": "Atlantis"}).status_code == 422
    back = client.get("/api/backtest", params={"origins": 3}).json()
    assert back["scores"] and back["overall"]["method"] == "model"


def test_search(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Ha Noi expressway", "limit": 50}).json()
    assert body["total"] >= 2 and {i["kind"] for i in body["items"]} == {"article", "sentence"}
    hit = next(i for i in body["items"] if i["document"] == "api-001-xss-talks" and i["kind"] == "sentence")
    assert hit["date"] == "2024-03-11" and hit["end"] > hit["start"] and "expressway" in hit["snippet"]
    paged = client.get("/api/search", params={"q": "Ha Noi expressway", "limit": 1, "offset": 1}).json()
    assert paged["total"] == body["total"] and paged["items"] == body["items"][1:2]
    operators = client.get("/api/search", params={"q": 'NEAR( "talks OR * -'}).json()  # FTS5 syntax is searched as words
    assert operators["total"] >= 0
    assert client.get("/api/search", params={"q": "!!!"}).json() == {"total": 0, "limit": 50, "offset": 0, "items": []}
    assert client.get("/api/search").status_code == 422
