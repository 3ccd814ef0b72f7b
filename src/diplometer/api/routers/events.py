"""Events: the filtered, paginated list (or a download of all of it) and one event with its evidence."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path
from fastapi.responses import Response

from ...export import event_json
from ..cache import Snapshot
from ..dependencies import EventQueryDep, ListFormat, PageDep, SnapshotDep
from ..filters import select
from ..formats import download, fast_json
from ..geo import point

router = APIRouter(tags=["events"])
CONTEXT = 300  # characters of article text on each side of an evidence sentence


def _locator(snapshot: Snapshot):
    """GeoJSON placement: the first partner country (not home) that has a representative point."""
    def locate(obj: dict) -> tuple[str | None, dict]:
        refs = (obj.get("actors") or []) + (obj.get("counterparts") or [])
        partners = list(dict.fromkeys(r["country"] for r in refs if r and r.get("country")
                                      and r["country"] != snapshot.home))
        located = next((p for p in partners if point(p)), None)
        return located, {"partners": partners}
    return locate


@router.get("/events", response_model=None)
def list_events(snapshot: SnapshotDep, query: EventQueryDep, page: PageDep, format: ListFormat = "json") -> Response | dict:
    """Events by date then id (undated last). `format` csv, jsonl, parquet or geojson downloads
    the whole filtered list (limit and offset are then ignored)."""
    events = select(snapshot, query)
    actors = snapshot.actors_by_id
    if format != "json":
        return download((event_json(e, actors) for e in events), format, "events", _locator(snapshot))
    return fast_json(page.wrap([event_json(e, actors) for e in page.slice(events)], len(events)))


@router.get("/events/{event_id}", response_model=None)
def get_event(event_id: Annotated[str, Path(min_length=1, max_length=100)], snapshot: SnapshotDep) -> Response:
    """One event, its evidence sentences with up to 300 characters of text around each, and
    every extraction merged into it."""
    event = snapshot.events_by_id.get(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r} in the record")
    evidence = []
    for src in event.sources:
        doc = snapshot.documents_by_id.get(src.document)
        text = doc.text if doc else ""
        evidence.append({"document": src.document, "title": doc.title if doc else None,
                         "date": doc.date.isoformat() if doc and doc.date else None, "start": src.start, "end": src.end,
                         "sentence": src.text, "text_before": text[max(0, src.start - CONTEXT):src.start],
                         "text_after": text[src.end:src.end + CONTEXT]})
    members = [{"rule": m.rule, "trigger": m.trigger, "confidence": m.confidence, "source": m.source.to_json()}
               for m in event.members]
    return fast_json(event_json(event, snapshot.actors_by_id) | {"evidence": evidence, "members": members})
