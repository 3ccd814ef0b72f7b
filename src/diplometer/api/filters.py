"""Event filters of the API, the same ones as the CLI's (`lookup.filter_events`) plus a few more.

Country names are resolved against the gazetteer and the record (`reports.resolve_country`),
so `country=Laos`, `country=lao` and `country=LAO` select the same events. A value that names
no country is an error, not an empty result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..consolidate import MergedEvent
from ..lookup import filter_events
from ..reports import event_countries, resolve_country
from .cache import Snapshot

SCOPES = ("international", "domestic")
_DYAD = re.compile(r"^\s*([^-]+?)\s*-\s*([^-]+?)\s*$")


class BadQuery(ValueError):
    """A query parameter that parses but means nothing in this record (answered with 422)."""


@dataclass(frozen=True)
class EventQuery:
    """Every event filter; None means "any"."""

    start: date | None = None
    end: date | None = None
    country: str | None = None
    dyad: str | None = None
    type: str | None = None
    plover: str | None = None
    pillar: str | None = None
    actor: str | None = None
    source: str | None = None
    scope: str | None = None

    def check(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise BadQuery(f"from {self.start} is after to {self.end}; give from <= to")
        if self.scope and self.scope not in SCOPES:
            raise BadQuery(f"scope {self.scope!r} is not known; use international or domestic")


def country_code(text: str, snapshot: Snapshot, name: str = "country") -> str:
    """ISO3 of a country code or name, else BadQuery."""
    iso3 = resolve_country(text.strip(), snapshot.record) if text.strip() else None
    if iso3 is None:
        raise BadQuery(f"{name} {text!r} is not a country in the gazetteer or the record; give an ISO3 code or a name")
    return iso3


def dyad_sides(text: str) -> tuple[str, str]:
    """("VNM", "Laos") from "VNM-Laos": the two sides as given, not yet resolved."""
    match = _DYAD.match(text)
    if not match:
        raise BadQuery(f"dyad {text!r} is not two countries joined by '-', e.g. VNM-LAO")
    return match.group(1), match.group(2)


def dyad_codes(text: str, snapshot: Snapshot) -> tuple[str, str]:
    """("VNM", "LAO") from "VNM-LAO" (names allowed on either side)."""
    left, right = dyad_sides(text)
    return country_code(left, snapshot, "dyad side"), country_code(right, snapshot, "dyad side")


def _source_match(event: MergedEvent, wanted: str, snapshot: Snapshot) -> bool:
    """The event was read from a document with this source (case-insensitive) or this id."""
    for src in event.sources:
        if src.document == wanted:
            return True
        doc = snapshot.documents_by_id.get(src.document)
        if doc is not None and doc.source and doc.source.casefold() == wanted.casefold():
            return True
    return False


def select(snapshot: Snapshot, query: EventQuery) -> list[MergedEvent]:
    """The events matching `query`, sorted by date then id (memoised per snapshot)."""
    query.check()
    return snapshot.memo(("events", query), lambda: _select(snapshot, query))


def _select(snapshot: Snapshot, query: EventQuery) -> list[MergedEvent]:
    country = country_code(query.country, snapshot) if query.country else None
    dyad = dyad_codes(query.dyad, snapshot) if query.dyad else None
    events = filter_events(snapshot.events, country, query.type, query.actor, query.start, query.end)
    plover = query.plover.upper() if query.plover else None
    out = []
    for event in events:
        first = event.first
        if plover and first.plover != plover:
            continue
        if query.pillar and (first.pillar or "unknown") != query.pillar:
            continue
        if query.scope and first.scope != query.scope:
            continue
        if dyad and not set(dyad) <= set(event_countries(event)):
            continue
        if query.source and not _source_match(event, query.source, snapshot):
            continue
        out.append(event)
    return out
