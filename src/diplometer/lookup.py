"""Filters over the consolidated record, shared by the CLI tables and (later) the API."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .consolidate import Actor, MergedEvent
from .textutil import fold_key


def filter_events(events: Sequence[MergedEvent], country: str | None = None, type_: str | None = None,
                  actor: str | None = None, start: date | None = None, end: date | None = None) -> list[MergedEvent]:
    """Events touching `country` (ISO3), of `type_`, naming `actor`, overlapping [start, end]."""
    wanted = fold_key(actor) if actor else None
    rows = []
    for event in events:
        sides = event.actors + event.counterparts
        if country and country.upper() not in {r.country for r in sides}:
            continue
        if type_ and event.first.type != type_ and event.first.plover != type_.upper():
            continue
        if wanted and not any(wanted in fold_key(r.name) for r in sides):
            continue
        if (start or end) and event.date is None:
            continue
        if start and event.date and event.date.end < start:
            continue
        if end and event.date and event.date.start > end:
            continue
        rows.append(event)
    return sorted(rows, key=lambda e: (e.date.start if e.date else date.max, e.id))


def filter_actors(actors: Sequence[Actor], country: str | None = None, type_: str | None = None,
                  name: str | None = None) -> list[Actor]:
    wanted = fold_key(name) if name else None
    return [a for a in actors
            if (not country or a.country == country.upper()) and (not type_ or a.type == type_)
            and (not wanted or any(wanted in fold_key(n) for n in {a.name, *a.aliases}))]
