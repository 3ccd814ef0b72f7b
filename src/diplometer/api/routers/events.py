"""Events: the filtered, paginated list (or a download of all of it) and one event with its evidence."""
from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path
from fastapi.responses import Response

from ..dependencies import EventIndexDep, EventQueryDep, ListFormat, PageDep, StateDep
from ..formats import download, fast_json
from ..geo import point

router = APIRouter(tags=["events"])
CONTEXT = 300  # characters of article text on each side of an evidence sentence


def _locator(home: str | None):
    """GeoJSON placement: the first partner country (not home) that has a representative point."""
    def locate(obj: dict) -> tuple[str | None, dict]:
        refs = (obj.get("actors") or []) + (obj.get("counterparts") or [])
        partners = list(dict.fromkeys(r["country"] for r in refs if r and r.get("country")
                                      and r["country"] != home))
        located = next((p for p in partners if point(p)), None)
        return located, {"partners": partners}
    return locate


@router.get("/events", response_model=None)
def list_events(index: EventIndexDep, query: EventQueryDep, page: PageDep, format: ListFormat = "json") -> Response:
    """Events by date then id (undated last). `format` csv, jsonl, parquet or geojson downloads
    the whole filtered list (limit and offset are then ignored)."""
    where = index.where(query)
    if format != "json":
        return download((json.loads(b) for b in index.bodies(where)), format, "events", _locator(index.home))
    total = index.count(where)
    bodies = index.page(where, page.limit, page.offset) if page.offset < total else []
    head = json.dumps({"total": total, "limit": page.limit, "offset": page.offset})[:-1]
    return Response(f'{head},"items":[{",".join(bodies)}]}}', media_type="application/json")


@router.get("/events/{event_id}", response_model=None)
def get_event(event_id: Annotated[str, Path(min_length=1, max_length=100)], index: EventIndexDep,
              state: StateDep) -> Response:
    """One event, its evidence sentences with up to 300 characters of text around each, and
    every extraction merged into it."""
    found = index.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r} in the record")
    event, members = json.loads(found[0]), json.loads(found[1])
    documents = state.store.articles({s["document"] for s in event["sources"]})
    evidence = []
    for src in event["sources"]:
        doc = documents.get(src["document"])
        text = doc.text if doc else ""
        start, end = src["start"], src["end"]
        evidence.append({"document": src["document"], "title": doc.title if doc else None,
                         "date": doc.date.isoformat() if doc and doc.date else None, "start": start, "end": end,
                         "sentence": src["text"], "text_before": text[max(0, start - CONTEXT):start],
                         "text_after": text[end:end + CONTEXT]})
    return fast_json(event | {"evidence": evidence, "members": members})
