"""Downloads of any filtered list of records: CSV, JSON Lines, Parquet and GeoJSON.

Every list is first a sequence of the export's own dicts (`event_json`, `actor_json`,
`document_json`, `fact_json`); CSV and Parquet use `export.csv_row` and `CSV_COLUMNS`, so a
download has the columns of `diplometer export --format csv`. CSV and JSON Lines stream;
Parquet is written in memory (pyarrow is imported only when asked for). GeoJSON places each
record at a country's representative point (`geo.centroids`), or has a null geometry.
"""
from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fastapi import HTTPException
from fastapi.responses import Response, StreamingResponse

from ..export import CSV_COLUMNS, csv_row
from .geo import point

DOWNLOADS = ("csv", "jsonl", "parquet", "geojson")
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
         "parquet": "application/vnd.apache.parquet", "geojson": "application/geo+json"}
SUFFIX = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet", "geojson": "geojson"}
Locate = Callable[[dict], tuple[str | None, dict]]  # record -> (ISO3 or None, extra properties)


def finite(value: Any) -> Any:
    """The value with NaN and infinities replaced by None (strict JSON has neither)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def fast_json(data: Any) -> Response:
    """A JSON response serialised with json.dumps straight away (FastAPI's jsonable_encoder pass
    costs about ten times more on event pages); `data` must already be plain JSON data."""
    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


def _csv_lines(objs: Iterable[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for obj in objs:
        writer.writerow(csv_row(obj))
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl_lines(objs: Iterable[dict]) -> Iterator[str]:
    for obj in objs:
        yield json.dumps(finite(obj), ensure_ascii=False) + "\n"


def parquet_bytes(objs: Iterable[dict]) -> bytes:
    """One row per record with the CSV columns (all text; `json` holds the whole record)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [csv_row(obj) for obj in objs]
    table = pa.table({c: pa.array([str(r[c]) for r in rows], type=pa.string()) for c in CSV_COLUMNS})
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def _geojson_chunks(objs: Iterable[dict], locate: Locate) -> Iterator[str]:
    yield '{"type":"FeatureCollection","features":['
    for i, obj in enumerate(objs):
        iso3, extra = locate(obj)
        where = point(iso3)
        geometry = {"type": "Point", "coordinates": list(where)} if where else None
        feature = {"type": "Feature", "id": obj.get("id"), "geometry": geometry,
                   "properties": {**finite(obj), **extra, "located_at": iso3 if where else None}}
        yield ("," if i else "") + json.dumps(feature, ensure_ascii=False)
    yield "]}"


def no_location(obj: dict) -> tuple[str | None, dict]:
    return None, {}


def download(objs: Iterable[dict], fmt: str, name: str, locate: Locate = no_location) -> Response:
    """The records as a file download in `fmt` (one of DOWNLOADS)."""
    if fmt not in DOWNLOADS:
        raise HTTPException(422, f"format {fmt!r} is not known; use json, {', '.join(DOWNLOADS)}")
    headers = {"Content-Disposition": f'attachment; filename="{name}.{SUFFIX[fmt]}"'}
    if fmt == "parquet":
        return Response(parquet_bytes(objs), media_type=MEDIA[fmt], headers=headers)
    chunks = {"csv": lambda: _csv_lines(objs), "jsonl": lambda: _jsonl_lines(objs),
              "geojson": lambda: _geojson_chunks(objs, locate)}[fmt]()
    return StreamingResponse(chunks, media_type=MEDIA[fmt], headers=headers)
