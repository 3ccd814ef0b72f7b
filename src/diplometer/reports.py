"""The term review: activities by type, pillar, partner, region and leader, with their evidence.

Also the shared vocabulary of the analysis layer (`relations_calendar`, `partners`,
`coordination`, `render`): who "home" is, which countries are an event's partners, the
contact level of a person or body, and `Count`, the number that always carries the ids of
the events it counts so that every figure opens down to the sentences behind it.

"Home" is the country whose foreign affairs the record is about (default: the most frequent
actor country across events). Only events home takes part in are its activities; partners
are the other countries in them, plus country-less organisations (ASEAN, the EU) by key.
Planned events (`modality` set) did not happen and are left out everywhere.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .consolidate import Actor, MergedEvent, MergedFact, Record
from .gazetteer import country as gazetteer_country
from .gazetteer import find_organizations, find_titles, organization, region_of
from .records import ActorRef, Indicator, Membership, ReportedCount, Source
from .textutil import fold_key

ACTIVITY_TYPES = frozenset({"visit", "meeting", "phone_call", "online_meeting", "conference", "agreement",
                            "aid", "message", "exchange"})
LEVELS = ("head_of_party", "head_of_state", "head_of_government", "foreign_minister", "parliament", "people_org")
HIGH_LEVELS = frozenset(LEVELS[:4])
PILLARS = ("party", "state", "people")
_LEVEL_OF_TITLE = {"parliament_head": "parliament"}
_LEVEL_OF_ORG_KIND = {"people": "people_org", "parliament": "parliament"}
UNKNOWN = "unknown"


# ------------------------------------------------------------------ shared results
@dataclass(frozen=True)
class Count:
    """A number and the events it counts (`value == len(event_ids)`)."""

    key: str
    label: str
    value: int
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class EventLine:
    """One event as evidence: what, when, who, and the sentences it was read from."""

    id: str
    type: str
    pillar: str | None
    mode: str | None
    start: date | None
    end: date | None
    date_text: str
    actors: tuple[str, ...]
    counterparts: tuple[str, ...]
    partners: tuple[str, ...]
    levels: tuple[str, ...]
    sources: tuple[Source, ...]


def make_count(key: str, label: str, event_ids: Iterable[str]) -> Count:
    ids = tuple(dict.fromkeys(event_ids))
    return Count(key, label, len(ids), ids)


def sorted_counts(groups: dict[str, list[str]], labels: dict[str, str] | None = None) -> tuple[Count, ...]:
    """Counts from key -> event ids, largest first, then by key."""
    counts = [make_count(k, (labels or {}).get(k, k), ids) for k, ids in groups.items()]
    return tuple(sorted(counts, key=lambda c: (-c.value, c.key)))


# ------------------------------------------------------------------ who and where
def ref_country(ref: ActorRef) -> str | None:
    return ref.country


def event_refs(event: MergedEvent) -> list[ActorRef]:
    return list(event.actors) + list(event.counterparts)


def event_countries(event: MergedEvent) -> tuple[str, ...]:
    """The countries taking part, in order of appearance."""
    return tuple(dict.fromkeys(r.country for r in event_refs(event) if r.country))


def home_country(record: Record) -> str | None:
    """The most frequent actor country across events (ties: alphabetical)."""
    counter = Counter(c for e in record.events for c in event_countries(e))
    if not counter:
        return None
    return min(counter, key=lambda c: (-counter[c], c))


def involves(event: MergedEvent, home: str | None) -> bool:
    return home is None or home in event_countries(event)


def event_partners(event: MergedEvent, home: str | None) -> tuple[str, ...]:
    """Countries other than home (ISO3), then country-less organisations (their keys)."""
    countries = [c for c in event_countries(event) if c != home]
    orgs = [r.key for r in event_refs(event) if r.country is None and not r.key.startswith("person:")]
    return tuple(dict.fromkeys(countries + orgs))


def partner_label(partner: str, record: Record | None = None) -> str:
    """Display name of a partner id: a country's name or an organisation's name."""
    found = gazetteer_country(partner) if len(partner) == 3 and partner.isupper() else None
    if found:
        return found.name
    if record is not None:
        for actor in record.actors:
            if actor.id == partner:
                return actor.name
    return partner


def region_label(partner: str) -> str:
    """The M49 sub-region of a country ("South-eastern Asia"); "multilateral" for an organisation."""
    if len(partner) == 3 and partner.isupper():
        found = region_of(partner)
        return found[1] or found[0] if found else UNKNOWN
    return "multilateral"


def resolve_country(text: str, record: Record | None = None) -> str | None:
    """ISO3 for a country code, name, alias or adjective, or the country of a named actor."""
    found = gazetteer_country(text)
    if found:
        return found.iso3
    if record is not None:
        keys = match_actor_keys(record, text)
        countries = {a.country for a in record.actors if a.id in keys and a.country}
        if len(countries) == 1:
            return countries.pop()
    return None


def match_actor_keys(record: Record, name: str) -> frozenset[str]:
    """Keys of actors whose key, name or an alias is `name` (case and accents ignored),
    or, when none is, whose name contains it."""
    wanted = fold_key(name)
    exact = {a.id for a in record.actors
             if wanted in {fold_key(a.id), fold_key(a.name)} | {fold_key(x) for x in a.aliases}}
    if exact:
        return frozenset(exact)
    return frozenset(a.id for a in record.actors if wanted and wanted in fold_key(a.name))


# ------------------------------------------------------------------ levels
def role_levels(role: str) -> frozenset[str]:
    """Contact levels a role title gives ("Party General Secretary" -> head_of_party).

    A title inside a people's organisation or parliament ("President of the Fatherland
    Front") is that body's level, not the state's.
    """
    kinds = {o.kind for o in find_organizations(role)}
    for kind, level in _LEVEL_OF_ORG_KIND.items():
        if kind in kinds:
            return frozenset({level})
    levels = {_LEVEL_OF_TITLE.get(t.level, t.level) for t in find_titles(role)}
    return frozenset(level for level in levels if level in LEVELS)


def actor_levels(actor: Actor) -> frozenset[str]:
    """Contact levels of an actor: a person's from their roles, a body's from its kind."""
    if actor.type == "person":
        return frozenset().union(*(role_levels(r) for r in actor.roles)) if actor.roles else frozenset()
    return body_levels(actor.id)


def body_levels(key: str) -> frozenset[str]:
    base = key.split(":", 1)[0]
    if base == "org" and ("friendship" in key):
        return frozenset({"people_org"})
    found = organization(base) or organization(key)
    level = _LEVEL_OF_ORG_KIND.get(found.kind) if found else None
    return frozenset({level}) if level else frozenset()


def event_levels(event: MergedEvent, actors: dict[str, Actor]) -> frozenset[str]:
    """Levels at which an event took place: those of every participant (either side)."""
    levels: set[str] = set()
    for ref in event_refs(event):
        actor = actors.get(ref.key)
        levels |= actor_levels(actor) if actor else body_levels(ref.key)
    if event.first.pillar == "people":
        levels.add("people_org")
    return frozenset(levels)


# ------------------------------------------------------------------ dates and selection
def event_day(event: MergedEvent) -> date | None:
    """The day an event counts on: the start of its date."""
    return event.date.start if event.date else None


def latest_day(record: Record) -> date | None:
    days = [d for e in record.events if e.first.modality is None and (d := event_day(e))]
    return max(days) if days else None


def in_period(day: date | None, start: date | None, end: date | None) -> bool:
    """Undated things are in only an unbounded period."""
    if start is None and end is None:
        return True
    if day is None:
        return False
    return (start is None or start <= day) and (end is None or day <= end)


def select_events(record: Record, start: date | None = None, end: date | None = None, home: str | None = None,
                  actor_keys: frozenset[str] | None = None, country: str | None = None,
                  types: frozenset[str] | None = None) -> list[MergedEvent]:
    """Events that happened, involve home, start within [start, end], and match the filters."""
    out = []
    for event in record.events:
        if event.first.modality is not None or not involves(event, home):
            continue
        if not in_period(event_day(event), start, end):
            continue
        if types is not None and event.first.type not in types:
            continue
        if actor_keys is not None and not actor_keys & {r.key for r in event_refs(event)}:
            continue
        if country is not None and country not in event_countries(event):
            continue
        out.append(event)
    return sorted(out, key=lambda e: (event_day(e) or date.min, e.id))


def event_line(event: MergedEvent, home: str | None, actors: dict[str, Actor]) -> EventLine:
    when = event.date
    return EventLine(event.id, event.first.type, event.first.pillar, event.first.mode,
                     when.start if when else None, when.end if when else None, when.text if when else "",
                     tuple(r.name for r in event.actors), tuple(r.name for r in event.counterparts),
                     event_partners(event, home), tuple(sorted(event_levels(event, actors))), tuple(event.sources))


def actor_index(record: Record) -> dict[str, Actor]:
    return {a.id: a for a in record.actors}


# ------------------------------------------------------------------ the report
@dataclass(frozen=True)
class LeaderCount:
    key: str
    name: str
    country: str | None
    roles: tuple[str, ...]
    levels: tuple[str, ...]
    count: Count


@dataclass(frozen=True)
class MembershipLine:
    id: str
    country: str | None
    body: str
    role: str | None
    start: date | None
    end: date | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class IndicatorPoint:
    year: int | None
    value: float
    qualifier: str
    fact_id: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class IndicatorSeries:
    name: str
    country: str | None
    unit: str
    points: tuple[IndicatorPoint, ...]


@dataclass(frozen=True)
class CountCheck:
    """A count the article reported beside the record's own count of the same thing."""

    fact_id: str
    actor_key: str | None
    actor_name: str
    reported: int
    qualifier: str
    unit: str
    period_start: date | None
    period_end: date | None
    period_text: str
    types: tuple[str, ...]
    recorded: Count
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Report:
    home: str | None
    home_name: str
    start: date | None
    end: date | None
    actor: str | None
    country: str | None
    total: Count
    by_type: tuple[Count, ...]
    by_pillar: tuple[Count, ...]
    by_partner: tuple[Count, ...]
    by_region: tuple[Count, ...]
    by_leader: tuple[LeaderCount, ...]
    top_partners: tuple[Count, ...]
    agreements: Count
    memberships: tuple[MembershipLine, ...]
    indicators: tuple[IndicatorSeries, ...]
    reported_counts: tuple[CountCheck, ...]
    events: tuple[EventLine, ...]  # the activities in the period, oldest first
    evidence: tuple[EventLine, ...]  # further events counted only by `reported_counts`


def build_report(record: Record, start: date | None = None, end: date | None = None, actor: str | None = None,
                 country: str | None = None, home: str | None = None, top: int = 10) -> Report:
    """The term review of `home`'s foreign affairs between `start` and `end` (inclusive)."""
    home = home or home_country(record)
    actors = actor_index(record)
    keys = match_actor_keys(record, actor) if actor else None
    events = select_events(record, start, end, home, keys, country)
    lines = tuple(event_line(e, home, actors) for e in events)
    by_partner = _by_partner(events, home, record)
    checks = tuple(c for c in count_checks(record, home) if _overlaps(c, start, end))
    return Report(
        home=home, home_name=partner_label(home) if home else "", start=start, end=end, actor=actor, country=country,
        total=make_count("all", "all activities", (e.id for e in events)),
        by_type=sorted_counts(_group(events, lambda e: [e.first.type])),
        by_pillar=sorted_counts(_group(events, lambda e: [e.first.pillar or UNKNOWN])),
        by_partner=by_partner,
        by_region=sorted_counts(_group(events, lambda e: sorted({region_label(p) for p in event_partners(e, home)}))),
        by_leader=leader_counts(events, home, actors),
        top_partners=by_partner[:top],
        agreements=make_count("agreement", "agreements signed", (e.id for e in events if e.first.type == "agreement")),
        memberships=membership_lines(record, country or home, start, end),
        indicators=indicator_series(record, country, start, end),
        reported_counts=checks,
        events=lines,
        evidence=_extra_lines(record, checks, {e.id for e in events}, home, actors),
    )


def _extra_lines(record: Record, checks: tuple[CountCheck, ...], have: set[str], home: str | None,
                 actors: dict[str, Actor]) -> tuple[EventLine, ...]:
    wanted = {i for c in checks for i in c.recorded.event_ids} - have
    return tuple(event_line(e, home, actors) for e in record.events if e.id in wanted)


def _group(events: Iterable[MergedEvent], keys_of) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for event in events:
        for key in keys_of(event):
            groups[key].append(event.id)
    return groups


def _by_partner(events: list[MergedEvent], home: str | None, record: Record) -> tuple[Count, ...]:
    groups = _group(events, lambda e: event_partners(e, home))
    return sorted_counts(groups, {p: partner_label(p, record) for p in groups})


def leader_counts(events: list[MergedEvent], home: str | None, actors: dict[str, Actor]) -> tuple[LeaderCount, ...]:
    """Home's persons (everyone's when home is None) with the events they took part in."""
    groups: dict[str, list[str]] = defaultdict(list)
    for event in events:
        for ref in event_refs(event):
            if ref.key.startswith("person:") and (home is None or ref.country == home):
                groups[ref.key].append(event.id)
    out = []
    for count in sorted_counts(groups):
        actor = actors.get(count.key)
        name = actor.name if actor else count.key
        roles = tuple(actor.roles) if actor else ()
        levels = tuple(sorted(actor_levels(actor))) if actor else ()
        out.append(LeaderCount(count.key, name, actor.country if actor else None, roles, levels,
                               Count(count.key, name, count.value, count.event_ids)))
    return tuple(out)


def facts_of(record: Record, kind: str) -> list[MergedFact]:
    return record.facts.get(kind, [])


def membership_lines(record: Record, country: str | None, start: date | None, end: date | None
                     ) -> tuple[MembershipLine, ...]:
    """Memberships of `country` (all when None) held at some time in [start, end]."""
    out = []
    for fact in facts_of(record, "membership"):
        m = fact.record
        if not isinstance(m, Membership) or (country is not None and m.country != country):
            continue
        first, last = (m.start or m.as_of), (m.end or m.as_of)
        if (start or end) and first is None and last is None:
            continue
        if (end and first and first > end) or (start and last and last < start):
            continue
        out.append(MembershipLine(fact.id, m.country, m.body, m.role, first, last, tuple(fact.sources)))
    return tuple(sorted(out, key=lambda x: (x.start or date.min, x.body)))


def indicator_series(record: Record, country: str | None = None, start: date | None = None,
                     end: date | None = None) -> tuple[IndicatorSeries, ...]:
    """Indicators grouped by (name, country, unit), each a series over the years."""
    groups: dict[tuple, list[IndicatorPoint]] = defaultdict(list)
    for fact in facts_of(record, "indicator"):
        ind = fact.record
        if not isinstance(ind, Indicator) or (country is not None and ind.country != country):
            continue
        if ind.year is not None and ((start and ind.year < start.year) or (end and ind.year > end.year)):
            continue
        groups[(ind.name, ind.country, ind.unit)].append(
            IndicatorPoint(ind.year, ind.value, ind.qualifier, fact.id, tuple(fact.sources)))
    return tuple(IndicatorSeries(n, c, u, tuple(sorted(p, key=lambda x: (x.year or 0, x.fact_id))))
                 for (n, c, u), p in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2])))


# ------------------------------------------------------------------ reported counts
_UNIT_TYPES = (("multilateral", "conference"), ("conference", "conference"), ("summit", "conference"),
               ("exchange", "exchange"), ("visit", "visit"), ("phone", "phone_call"), ("online", "online_meeting"),
               ("agreement", "agreement"), ("document", "agreement"), ("message", "message"), ("aid", "aid"))


def unit_types(unit: str) -> tuple[str, ...]:
    """The event types a reported unit counts ("multilateral external activities" -> conference);
    all activity types when the unit names none."""
    found = tuple(dict.fromkeys(t for word, t in _UNIT_TYPES if re.search(rf"\b{word}", unit.lower())))
    return found or tuple(sorted(ACTIVITY_TYPES))


def count_checks(record: Record, home: str | None = None) -> tuple[CountCheck, ...]:
    """Every reported count beside the number of matching events in the record.

    Matching: events of the unit's types in which the counted actor takes part (a country
    key matches any participant of that country; no actor means home) and which start within
    the reported period, or on or before the article's date when the period is unknown.
    """
    home = home or home_country(record)
    doc_dates = {d.id: d.date for d in record.documents}
    out = []
    for fact in facts_of(record, "reported_count"):
        rc = fact.record
        if not isinstance(rc, ReportedCount):
            continue
        start, end = (rc.period.start, rc.period.end) if rc.period else (None, _article_day(fact, doc_dates))
        types = unit_types(rc.unit)
        match = _participant_match(rc.actor, home)
        ids = [e.id for e in select_events(record, start, end, None, None, None, frozenset(types)) if match(e)]
        name = rc.actor.name if rc.actor else (partner_label(home) if home else "")
        out.append(CountCheck(fact.id, rc.actor.key if rc.actor else None, name, rc.count, rc.qualifier, rc.unit,
                              start, end, rc.period.text if rc.period else "", types,
                              make_count(fact.id, f"recorded {rc.unit}", ids), tuple(fact.sources)))
    return tuple(out)


def _article_day(fact: MergedFact, doc_dates: dict[str, date | None]) -> date | None:
    days = [d for s in fact.sources if (d := doc_dates.get(s.document))]
    return max(days) if days else None


def _participant_match(actor: ActorRef | None, home: str | None):
    if actor is None or actor.key.startswith("country:"):
        wanted = actor.country if actor else home
        return lambda e: wanted is not None and wanted in event_countries(e)
    return lambda e: actor.key in {r.key for r in event_refs(e)}


def _overlaps(check: CountCheck, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    if (end and check.period_start and check.period_start > end) or (start and check.period_end
                                                                       and check.period_end < start):
        return False
    return True
