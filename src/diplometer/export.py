"""Export the consolidated record as JSON Lines (the interchange contract), CSV or Parquet.

The JSON Lines shape is ../shared/eval/INTERCHANGE.md: fields are only ever added. Extra
fields diplometer adds: event `trigger`, `rule`, `context`, `modality`; `basis` on a date
that is only the article's date.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .consolidate import Actor, MergedEvent, MergedFact, Record, day_or_none
from .records import (
    ActorRef,
    Anniversary,
    Article,
    Indicator,
    Membership,
    Policy,
    ReportedCount,
    TimeExpr,
    When,
)


def _ref(ref: ActorRef | None) -> dict | None:
    return None if ref is None else {"id": ref.key, "name": ref.name, "country": ref.country}


def _when(when: When | None) -> dict | None:
    if when is None:
        return None
    out = when.to_json()
    if not when.text:
        out["basis"] = "article_date"
    return out


def document_json(doc: Article) -> dict:
    return {"kind": "document", "id": doc.id, "date": day_or_none(doc.date), "title": doc.title,
            "source": doc.source, "url": doc.url}


def actor_json(actor: Actor) -> dict:
    return {"kind": "actor", "id": actor.id, "name": actor.name, "aliases": sorted(actor.aliases),
            "type": actor.type, "country": actor.country, "roles": actor.roles,
            "role_history": [{"date": d.isoformat(), "role": r} for d, r in actor.role_history],
            "documents": sorted(actor.documents)}


def event_json(event: MergedEvent, actors: dict[str, Actor] | None = None) -> dict:
    first = event.first
    day = event.date.start if event.date else None

    def ref(r: ActorRef) -> dict | None:
        out = _ref(r)
        actor = (actors or {}).get(r.key)
        if out is not None and actor is not None and actor.type == "person":
            out["role"] = actor.role_on(day)  # the title held on the event's date
        return out

    return {"kind": "event", "id": event.id, "type": first.type, "actors": [ref(a) for a in event.actors],
            "counterparts": [ref(c) for c in event.counterparts], "date": _when(event.date),
            "location": first.location, "pillar": first.pillar, "mode": first.mode, "cameo": first.cameo,
            "plover": first.plover, "context": first.context, "modality": first.modality, "scope": first.scope,
            "sources": [s.to_json() for s in event.sources], "confidence": event.confidence,
            "trigger": first.trigger, "rule": first.rule}


def fact_json(kind: str, fact: MergedFact) -> dict:
    record = fact.record
    out: dict = {"kind": kind, "id": fact.id}
    if isinstance(record, Anniversary):
        out |= {"partner": _ref(record.partner), "relation": record.relation, "ordinal": record.ordinal,
                "year": record.year, "since": record.since}
    elif isinstance(record, Indicator):
        out |= {"name": record.name, "value": record.value, "unit": record.unit, "year": record.year,
                "qualifier": record.qualifier, "country": record.country}
    elif isinstance(record, Membership):
        out |= {"country": record.country, "body": record.body, "role": record.role,
                "start": day_or_none(record.start), "end": day_or_none(record.end)}
        if record.as_of and record.start is None and record.end is None:
            # held on the article's date: the only time the article gives for it
            out |= {"start": day_or_none(record.as_of), "end": day_or_none(record.as_of), "basis": "article_date"}
    elif isinstance(record, Policy):
        out |= {"type": record.type, "title": record.title, "date": _when(record.date)}
    elif isinstance(record, ReportedCount):
        out |= {"actor": _ref(record.actor), "count": record.count, "qualifier": record.qualifier,
                "unit": record.unit, "period": _when(record.period)}
    out["sources"] = [s.to_json() for s in fact.sources]
    return out


def time_json(document: str, expr: TimeExpr) -> dict:
    return {"kind": "time", "document": document, "start": expr.start, "end": expr.end, "text": expr.text,
            "value": expr.value.to_json()}


def records_json(record: Record, include_times: bool = False) -> Iterator[dict]:
    """Every record of the export, in a stable order."""
    yield from (document_json(d) for d in record.documents)
    yield from (actor_json(a) for a in record.actors)
    by_id = {a.id: a for a in record.actors}
    yield from (event_json(e, by_id) for e in record.events)
    for kind, facts in record.facts.items():
        yield from (fact_json(kind, f) for f in facts)
    if include_times:
        yield from (time_json(doc, t) for doc, t in record.times)


def write_jsonl(record: Record, out: IO[str], include_times: bool = False) -> int:
    count = 0
    for obj in records_json(record, include_times):
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        count += 1
    return count


CSV_COLUMNS = ["kind", "id", "type", "name", "date_start", "date_end", "actors", "actor_countries",
               "counterparts", "counterpart_countries", "plover", "cameo", "pillar", "mode", "value", "unit",
               "year", "documents", "sentence", "json"]


def _csv_interval(obj: dict) -> dict:
    """The record's own time as {start, end}, whatever field holds it."""
    for field in ("date", "period", "value"):
        value = obj.get(field)
        if isinstance(value, dict) and "start" in value:
            return value
        if field == "date" and isinstance(value, str):
            return {"start": value, "end": value}
    if obj.get("start") or obj.get("end"):
        return {"start": obj.get("start"), "end": obj.get("end")}
    return {}


def csv_row(obj: dict) -> dict:
    """A flat row: the columns a spreadsheet user filters on, and the whole record as JSON."""
    when = _csv_interval(obj)
    sources = obj.get("sources") or []
    row = {
        "kind": obj["kind"], "id": obj.get("id", ""), "type": obj.get("type") or obj.get("relation") or "",
        "name": obj.get("name") or obj.get("title") or obj.get("body") or "",
        "date_start": when.get("start") or "", "date_end": when.get("end") or "",
        "actors": "; ".join(a["name"] for a in obj.get("actors") or []),
        "actor_countries": "; ".join(a["country"] or "" for a in obj.get("actors") or []),
        "counterparts": "; ".join(a["name"] for a in obj.get("counterparts") or []),
        "counterpart_countries": "; ".join(a["country"] or "" for a in obj.get("counterparts") or []),
        "plover": obj.get("plover", ""), "cameo": obj.get("cameo", ""), "pillar": obj.get("pillar") or "",
        "mode": obj.get("mode") or "", "value": obj.get("value") if obj["kind"] == "indicator" else "",
        "unit": obj.get("unit", ""), "year": obj.get("year", ""),
        "documents": "; ".join(sorted({s["document"] for s in sources})),
        "sentence": sources[0]["text"] if sources else "", "json": json.dumps(obj, ensure_ascii=False),
    }
    return {k: ("" if v is None else v) for k, v in row.items()}


def write_csv(record: Record, out: IO[str], include_times: bool = False) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for obj in records_json(record, include_times):
        writer.writerow(csv_row(obj))
        count += 1
    return count


def write_parquet(record: Record, folder: Path, include_times: bool = False) -> dict[str, int]:
    """The whole record as one Parquet file per kind (`document.parquet`, `event.parquet`, ...),
    for DuckDB, pandas or Spark. Plain values keep their type, lists of text stay lists, and
    nested values (actors, dates, sources) are JSON text. Returns the rows written per kind."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    by_kind: dict[str, list[dict]] = {}
    for obj in records_json(record, include_times):
        by_kind.setdefault(obj["kind"], []).append(obj)
    folder.mkdir(parents=True, exist_ok=True)
    for kind, rows in by_kind.items():
        keys = list(dict.fromkeys(k for row in rows for k in row if k != "kind"))
        columns = {key: _parquet_column([row.get(key) for row in rows]) for key in keys}
        pq.write_table(pa.table(columns), folder / f"{kind}.parquet", compression="zstd")
    return {kind: len(rows) for kind, rows in by_kind.items()}


def _parquet_column(values: list) -> list | Any:
    import pyarrow as pa

    present = [v for v in values if v is not None]
    types = {type(v) for v in present}
    if types <= {str}:
        return pa.array(values, type=pa.string())
    if types <= {int}:
        return pa.array(values, type=pa.int64())
    if types <= {int, float}:
        return pa.array([None if v is None else float(v) for v in values], type=pa.float64())
    if types <= {bool}:
        return pa.array(values, type=pa.bool_())
    if types <= {list} and all(isinstance(x, str) for v in present for x in v):
        return pa.array(values, type=pa.list_(pa.string()))
    return pa.array([None if v is None else json.dumps(v, ensure_ascii=False) for v in values], type=pa.string())
