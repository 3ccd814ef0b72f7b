"""A partner profile: home's activities with one partner, by pillar and level, with evidence.

The timeline is every event home and the partner both take part in, grouped by pillar;
the last contact at each level (head of party, head of state, head of government, foreign
minister, parliament, people's organisations) is the latest such event in which a
participant of that level took part, on either side. Agreements, the partner's indicators
and the round anniversaries of the coming years complete it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .consolidate import Record
from .relations_calendar import CalendarEntry, upcoming
from .reports import (
    LEVELS,
    PILLARS,
    UNKNOWN,
    Count,
    EventLine,
    IndicatorSeries,
    actor_index,
    event_day,
    event_levels,
    event_line,
    event_partners,
    home_country,
    indicator_series,
    latest_day,
    make_count,
    partner_label,
    resolve_country,
    select_events,
)


@dataclass(frozen=True)
class LevelContact:
    level: str
    last: date | None  # None: no contact at this level in the record
    event_ids: tuple[str, ...]  # the event(s) on that last day


@dataclass(frozen=True)
class PartnerProfile:
    partner: str
    name: str
    home: str | None
    as_of: date | None
    total: Count
    by_pillar: tuple[Count, ...]  # always party, state, people, then unknown if any
    by_type: tuple[Count, ...]
    last_contact: tuple[LevelContact, ...]  # one per level of LEVELS, in that order
    agreements: Count
    indicators: tuple[IndicatorSeries, ...]
    anniversaries: tuple[CalendarEntry, ...]
    events: tuple[EventLine, ...]  # the timeline, oldest first


class UnknownPartner(LookupError):
    """The name is neither a country nor an actor of the record."""


def resolve_partner(record: Record, name: str) -> str:
    """ISO3 (or an organisation's key) for a partner given by code, name or an actor's name."""
    iso3 = resolve_country(name, record)
    if iso3:
        return iso3
    keys = [a.id for a in record.actors if a.id == name and a.country is None]
    if keys:
        return keys[0]
    raise UnknownPartner(name)


def partner_profile(record: Record, partner: str, home: str | None = None, as_of: date | None = None,
                    years_ahead: int = 5) -> PartnerProfile:
    """The profile of `partner` (code, name or actor name) seen from `home`.

    `as_of` (default: the latest event date) is where "upcoming" anniversaries start.
    """
    home = home or home_country(record)
    pid = resolve_partner(record, partner)
    actors = actor_index(record)
    events = [e for e in select_events(record, None, None, home) if pid in event_partners(e, home)]
    as_of = as_of or latest_day(record)
    pillars = [*PILLARS, *([UNKNOWN] if any(e.first.pillar is None for e in events) else [])]
    by_type: dict[str, list[str]] = {}
    for e in events:
        by_type.setdefault(e.first.type, []).append(e.id)
    contacts = []
    for level in LEVELS:
        dated = [(event_day(e), e.id) for e in events if level in event_levels(e, actors) and event_day(e)]
        last = max((d for d, _ in dated), default=None)
        contacts.append(LevelContact(level, last, tuple(i for d, i in dated if d == last)))
    indicators = indicator_series(record, pid) if len(pid) == 3 else ()
    return PartnerProfile(
        partner=pid, name=partner_label(pid, record), home=home, as_of=as_of,
        total=make_count(pid, "all activities", (e.id for e in events)),
        by_pillar=tuple(make_count(p, p, (e.id for e in events if (e.first.pillar or UNKNOWN) == p)) for p in pillars),
        by_type=tuple(sorted((make_count(t, t, ids) for t, ids in by_type.items()), key=lambda c: (-c.value, c.key))),
        last_contact=tuple(contacts),
        agreements=make_count("agreement", "agreements signed", (e.id for e in events if e.first.type == "agreement")),
        indicators=indicators,
        anniversaries=upcoming(record, as_of.year, years_ahead, home, pid) if as_of else (),
        events=tuple(event_line(e, home, actors) for e in events),
    )
