"""Downloads of filtered lists: CSV, JSON Lines, Parquet, GeoJSON; each parses and matches the JSON list."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from diplometer.export import CSV_COLUMNS

FILTER = {"country": "LAO"}


def listed_ids(client: TestClient, route: str, params: dict) -> list[str]:
    return [i["id"] for i in client.get(route, params={**params, "limit": 500}).json()["items"]]


@pytest.mark.parametrize("route, params", [("/api/events", FILTER), ("/api/events", {}), ("/api/actors", {"type": "person"}),
                                           ("/api/documents", {}), ("/api/indicators", {})])
def test_csv(client: TestClient, route: str, params: dict) -> None:
    response = client.get(route, params={**params, "format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    reader = csv.DictReader(io.StringIO(response.text))
    assert reader.fieldnames == CSV_COLUMNS
    rows = list(reader)
    assert [r["id"] for r in rows] == listed_ids(client, route, params)
    assert all(json.loads(r["json"])["id"] == r["id"] for r in rows)


def test_jsonl(client: TestClient) -> None:
    response = client.get("/api/events", params={**FILTER, "format": "jsonl"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = response.text.splitlines()
    objs = [json.loads(line) for line in lines]
    assert [o["id"] for o in objs] == listed_ids(client, "/api/events", FILTER)
    first = client.get("/api/events", params={**FILTER, "limit": 1}).json()["items"][0]
    assert objs[0] == first  # the same event_json as the JSON list


def test_parquet(client: TestClient) -> None:
    response = client.get("/api/events", params={**FILTER, "format": "parquet"})
    assert response.status_code == 200
    table = pq.read_table(io.BytesIO(response.content))
    assert table.column_names == CSV_COLUMNS
    assert table.column("id").to_pylist() == listed_ids(client, "/api/events", FILTER)


def test_geojson(client: TestClient) -> None:
    response = client.get("/api/events", params={"dyad": "VNM-LAO", "format": "geojson"})
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["id"] for f in features] == listed_ids(client, "/api/events", {"dyad": "VNM-LAO"})
    for feature in features:
        assert feature["type"] == "Feature" and feature["properties"]["kind"] == "event"
        assert feature["properties"]["located_at"] == "LAO"  # the partner, never home (VNM)
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point" and 100 < lon < 108 and 13 < lat < 23


def test_geojson_actors_and_unlocated(client: TestClient) -> None:
    actors = client.get("/api/actors", params={"format": "geojson"}).json()["features"]
    assert any(f["geometry"] is None for f in actors) and any(f["geometry"] for f in actors)


def test_download_ignores_pagination_but_not_its_bounds(client: TestClient) -> None:
    full = client.get("/api/events", params={"format": "jsonl", "limit": 1}).text.splitlines()
    assert len(full) == client.get("/api/events").json()["total"]
    assert client.get("/api/events", params={"format": "xml"}).status_code == 422


def test_centroids_cover_every_country() -> None:
    from diplometer.api.geo import centroids
    from diplometer.gazetteer import countries

    table = centroids()
    assert {c.iso3 for c in countries()} <= set(table)
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in table.values())
