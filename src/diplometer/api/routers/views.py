"""Aggregate views of the filtered events: timeline buckets, a partner map and an actor network."""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from itertools import combinations
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...gazetteer import country as gazetteer_country
from ...reports import partner_label
from ..cache import Snapshot
from ..dependencies import EventIndexDep, EventQueryDep, SnapshotDep
from ..filters import EventQuery, select
from ..formats import fast_json
from ..geo import point

router = APIRouter(tags=["views"])
Interval = Literal["month", "week", "day"]


def bucket_start(day: date, interval: Interval) -> date:
    if interval == "month":
        return day.replace(day=1)
    if interval == "week":
        return day - timedelta(days=day.weekday())
    return day


def next_start(start: date, interval: Interval) -> date | None:
    """The start of the following bucket; None past year 9999."""
    try:
        if interval == "month":
            return date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start + timedelta(days=7 if interval == "week" else 1)
    except (ValueError, OverflowError):
        return None


def period_label(start: date, interval: Interval) -> str:
    if interval == "month":
        return start.isoformat()[:7]
    if interval == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.isoformat()


def timeline(day_counts: list[tuple[date, int]], query: EventQuery, interval: Interval) -> dict:
    """Buckets from (start day, events) pairs; an event that began before `from` (or after
    `to`) counts on that bound, since it overlaps the range."""
    counts: Counter[date] = Counter()
    days: list[date] = []
    for day, n in day_counts:
        if query.start and day < query.start:
            day = query.start
        if query.end and day > query.end:
            day = query.end
        counts[bucket_start(day, interval)] += n
        days.append(day)
    if not counts:
        return {"interval": interval, "buckets": [], "first": None, "last": None, "total": 0}
    first, last = min(counts), max(counts)
    buckets, start = [], first
    while start <= last:
        after = next_start(start, interval)
        end = after - timedelta(days=1) if after else date.max
        buckets.append({"period": period_label(start, interval), "start": start.isoformat(),
                        "end": end.isoformat(), "count": counts.get(start, 0)})
        if after is None:
            break
        start = after
    return {"interval": interval, "buckets": buckets, "first": min(days).isoformat(), "last": max(days).isoformat(),
            "total": sum(counts.values())}


@router.get("/timeline")
def get_timeline(index: EventIndexDep, query: EventQueryDep, interval: Interval = "month") -> Response:
    """Dated events per month, week (ISO, from Monday) or day, with zero buckets between the first
    and the last; no matching dated event at all gives `buckets: []` and `first: null`."""
    where = index.where(query)
    return fast_json(index.memo(("timeline", where.key(), query.start, query.end, interval),
                                lambda: timeline(index.day_counts(where), query, interval)))


def partner_map(counts: dict[str, int], home: str | None) -> dict:
    """Partner countries (home left out) with their counts and a representative point."""
    items = []
    for iso3, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if iso3 == home or len(iso3) != 3 or not gazetteer_country(iso3):
            continue
        where = point(iso3)
        items.append({"iso3": iso3, "name": partner_label(iso3), "count": count,
                      "lon": where[0] if where else None, "lat": where[1] if where else None})
    return {"home": home, "items": items}


@router.get("/map")
def get_map(index: EventIndexDep, query: EventQueryDep) -> Response:
    """Partner countries (home excluded) of the filtered events, with counts and a representative point."""
    where = index.where(query)
    return fast_json(index.memo(("map", where.key()), lambda: partner_map(index.country_counts(where), index.home)))


def _node_type(key: str, snapshot: Snapshot) -> str:
    actor = snapshot.actors_by_id.get(key)
    if actor is not None:
        return actor.type
    return key.split(":", 1)[0] if ":" in key else "organization"


def network(snapshot: Snapshot, query: EventQuery, limit: int) -> dict:
    weights: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    names: dict[str, tuple[str, str | None]] = {}
    for event in select(snapshot, query):
        refs = {r.key: r for r in event.actors + event.counterparts}
        for ref in refs.values():
            names.setdefault(ref.key, (ref.name, ref.country))
        weights.update(refs.keys())
        pairs.update(combinations(sorted(refs), 2))
    ranked = sorted(weights, key=lambda k: (-weights[k], k))
    kept = set(ranked[:limit])
    nodes = []
    for key in ranked[:limit]:
        actor = snapshot.actors_by_id.get(key)
        label, country = (actor.name, actor.country) if actor else names[key]
        nodes.append({"id": key, "label": label, "type": _node_type(key, snapshot), "country": country,
                      "weight": weights[key]})
    links = [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
             if a in kept and b in kept]
    return {"nodes": nodes, "links": links, "truncated": len(ranked) > limit, "total_nodes": len(ranked)}


@router.get("/network")
def get_network(snapshot: SnapshotDep, query: EventQueryDep,
                limit: Annotated[int, Query(ge=1, le=2000, description="Most nodes to return (heaviest first)")] = 150
                ) -> Response:
    """Actors of the filtered events linked when they share events (weight: shared events)."""
    return fast_json(snapshot.memo(("network", query, limit), lambda: network(snapshot, query, limit)))
