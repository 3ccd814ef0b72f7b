"""Consolidation: one record per real actor, event and fact across sentences and articles.

Extraction is per article; the store keeps it that way so that re-ingesting an article
replaces exactly its own rows. Consolidation runs over the stored extractions when records
are read out (export, look-up) and is deterministic: the same store gives the same ids.

Events merge when they have the same type and participants and compatible dates: equal
days, one interval inside the other, or, when one date is only the article's date, within
`DATE_SLACK_DAYS`. Participants are compared as countries where known, so "Vietnam and
Laos held talks" and "the Lao PM met his Vietnamese counterpart" are one event, while two
meetings on one day with different partners stay two.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from . import leaders
from .mentions import split_roles
from .records import (
    ActorRef,
    Anniversary,
    Article,
    Event,
    Extraction,
    Indicator,
    Membership,
    Mention,
    Policy,
    ReportedCount,
    Source,
    TimeExpr,
    When,
)
from .textutil import fold_key

DATE_SLACK_DAYS = 3
# days between two reported days of one visit by one visitor to one host (the candidate index
# looks DATE_SLACK_DAYS around an event, so this may not exceed it)
VISIT_SLACK_DAYS = DATE_SLACK_DAYS


@dataclass
class Actor:
    id: str
    name: str
    type: str
    country: str | None
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    # (day seen, role): the titles a person held over time, for "the role held on the event's date"
    role_history: list[tuple[date, str]] = field(default_factory=list)

    def role_on(self, day: date | None) -> str | None:
        """The role seen nearest before `day` (else the earliest seen after it)."""
        if not self.role_history:
            return self.roles[0] if self.roles else None
        if day is None:
            return self.role_history[-1][1]
        seen = bisect_right(self.role_history, day, key=lambda item: item[0])  # sorted by day
        return self.role_history[seen - 1 if seen else 0][1]


@dataclass
class MergedEvent:
    id: str
    first: Event
    members: list[Event]
    actors: list[ActorRef]
    counterparts: list[ActorRef]
    date: When | None
    sources: list[Source]
    confidence: float


@dataclass
class MergedFact:
    id: str
    record: object
    sources: list[Source]


@dataclass
class Record:
    """The consolidated record of a whole store."""

    documents: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[MergedEvent] = field(default_factory=list)
    facts: dict[str, list[MergedFact]] = field(default_factory=dict)
    times: list[tuple[str, TimeExpr]] = field(default_factory=list)


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


# ------------------------------------------------------------------ actors
def build_actors(extractions: list[Extraction]) -> tuple[list[Actor], dict[str, str]]:
    """One actor per key, with single-word person keys folded into the one full name they fit."""
    actors: dict[str, Actor] = {}
    # a person whose nationality the mention only assumed takes the one the events placed them in
    # ("received by President X" during a visit abroad)
    placed = {ref.key: ref.country for extraction in extractions for event in extraction.events
              for ref in event.actors + event.counterparts if ref.country}
    for extraction in extractions:
        for mention in extraction.mentions:
            if mention.type in ("place", "other"):
                continue
            if mention.assumed and placed.get(mention.key, mention.country) != mention.country:
                mention = replace(mention, country=placed[mention.key], assumed=False)
            _add_mention(actors, mention, extraction.article.id, extraction.article.date)
    remap = _surname_remap(actors)
    for short, full in remap.items():
        target, source = actors[full], actors.pop(short)
        target.aliases |= source.aliases | {source.name}
        target.roles += [r for r in source.roles if r not in target.roles]
        target.documents |= source.documents
        target.role_history = sorted(set(target.role_history) | set(source.role_history))
    for actor in actors.values():
        actor.aliases.discard(actor.name)
        actor.role_history = sorted(set(actor.role_history))
    return sorted(actors.values(), key=lambda a: (a.type, fold_key(a.name))), remap


def _add_mention(actors: dict[str, Actor], mention: Mention, document: str, day: date | None = None) -> None:
    actor = actors.get(mention.key)
    if actor is None:
        actor = actors[mention.key] = Actor(mention.key, mention.name, mention.type, mention.country)
    if mention.type == "person" and len(mention.name) > len(actor.name):
        actor.aliases.add(actor.name)
        actor.name = mention.name
    if mention.type != "country" or mention.role is None:  # adjectives are not spellings of the name
        actor.aliases.add(mention.text)
    if mention.type == "person" and mention.role:
        actor.roles += [r for r in split_roles(mention.role) if r not in actor.roles]
        if day is not None:
            actor.role_history.append((day, mention.role))  # made distinct and sorted in build_actors
    actor.country = actor.country or mention.country
    actor.documents.add(document)


def _surname_remap(actors: dict[str, Actor]) -> dict[str, str]:
    """Shorter spellings of one person fold into the one longer name that contains them in
    order: "Trọng" and "Phú Trọng" into "Nguyễn Phú Trọng", "Bola Tinubu" into "Bola Ahmed Tinubu"."""
    people = {key: _name_words(key) for key, actor in actors.items() if actor.type == "person" and _name_words(key)}
    remap: dict[str, str] = {}
    for key, words in people.items():
        longer = {other for other, theirs in people.items()
                  if len(theirs) > len(words) and _in_order(words, theirs)
                  and (len(words) > 1 or words[0] in (theirs[0], theirs[-1]))}
        if len(longer) == 1 and leaders.lookup(actors[key].name, None) is None:  # a known office holder is himself
            remap[key] = longer.pop()
    # a longer spelling of a known office holder ("William Samoei Ruto") is that office holder
    known = {key: words for key, words in people.items() if leaders.lookup(actors[key].name, None) is not None}
    for key, words in people.items():
        if key in remap or key in known:
            continue
        shorter = {k for k, theirs in known.items() if len(theirs) >= 2 and len(theirs) < len(words)
                   and _in_order(theirs, words) and theirs[-1] == words[-1]
                   and (theirs[0] == words[0] or words[-len(theirs):] == theirs)}
        if len(shorter) == 1:
            remap[key] = shorter.pop()
    # follow chains ("Tinubu" -> "Bola Tinubu" -> "Bola Ahmed Tinubu") to their end
    for key in list(remap):
        target = remap[key]
        while target in remap:
            target = remap[target]
        remap[key] = target
    return remap


def _name_words(key: str) -> list[str]:
    return key.removeprefix("person:").split()


def _in_order(words: list[str], theirs: list[str]) -> bool:
    it = iter(theirs)
    return all(word in it for word in words)


# ------------------------------------------------------------------ events
def _remap_ref(ref: ActorRef, remap: dict[str, str], actors: dict[str, Actor]) -> ActorRef:
    key = remap.get(ref.key, ref.key)
    actor = actors.get(key)
    if actor is None:
        return ActorRef(key, ref.name, ref.country)
    return ActorRef(key, actor.name, actor.country or ref.country)


def _identity(ref: ActorRef) -> str:
    return f"country:{ref.country}" if ref.country else ref.key


def _signature(event: Event) -> tuple[str, str | None, frozenset[str]]:
    sides = frozenset(_identity(r) for r in event.actors + event.counterparts)
    return event.type, event.modality, sides


def _dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    x, y = a.date, b.date
    if (x.start, x.end) == (y.start, y.end):
        return True
    if a.type == b.type == "visit" and a.modality is None and b.modality is None:
        # a visit lasts days: its arrival on Tuesday and its talks on Wednesday are one visit
        slack = timedelta(days=VISIT_SLACK_DAYS)
        return x.start - slack <= y.end and y.start - slack <= x.end
    if not x.text or not y.text:  # one is only an article date: allow the days around it
        slack = timedelta(days=DATE_SLACK_DAYS)
        return x.start - slack <= y.end and y.start - slack <= x.end
    return (x.start <= y.start and y.end <= x.end) or (y.start <= x.start and x.end <= y.end)


def _people_agree(a: Event, b: Event) -> bool:
    """Two reports that each name a person the other does not are two meetings: the guest's
    talks with Sơn and the guest's call on Trọng the same day are not one event."""
    # within one article an unnamed office holder is a person too: "the Amir sent a cable" and "the
    # Crown Prince sent a similar cable" are two messages (across articles "the Amir" may be a
    # person another report names)
    kinds = ("person:", "office:") if a.source.document == b.source.document else ("person:",)
    people_a = {r.key for r in a.actors + a.counterparts if r.key.startswith(kinds)}
    people_b = {r.key for r in b.actors + b.counterparts if r.key.startswith(kinds)}
    return not (people_a - people_b) or not (people_b - people_a)


def _two_acts(a: Event, b: Event) -> bool:
    """One sentence telling two acts of one kind in different words is two events: "police
    arrested 15 people and the government declared a state of emergency the same day"."""
    return (a.source.document == b.source.document and a.source.start == b.source.start
            and a.cameo != b.cameo and a.trigger != b.trigger and a.plover in _DISTINCT_ACTS)


def _opposed(a: Event, b: Event) -> bool:
    """Two acts of one hostile kind the same day in opposite directions are two events: Islamabad
    accusing Kabul and Kabul protesting to Islamabad (a clash told as mutual by one report and as
    one side's act by another shares a side, and stays one)."""
    if a.plover not in _DISTINCT_ACTS:
        return False
    actors_a, actors_b = {_identity(r) for r in a.actors}, {_identity(r) for r in b.actors}
    return bool(actors_a and actors_b and a.counterparts and b.counterparts) and not (actors_a & actors_b)


# kinds whose different codes in one sentence are different acts; a meeting or visit is often told
# twice in one sentence ("held talks ... during which the two sides discussed")
_DISTINCT_ACTS = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def merge_events(events: list[Event]) -> list[MergedEvent]:
    """Group events of one real happening; keep the order of first appearance.

    An event joins the earliest-made group of its signature whose every member agrees with it.
    Candidates come from `_Candidates`, an index of groups by the days their first event covers,
    so consolidation stays near-linear even when one signature has an event every day."""
    groups: list[list[Event]] = []
    candidates: dict[tuple, _Candidates] = defaultdict(_Candidates)
    for event in events:
        index = candidates[_signature(event)]
        for group in index.near(event):
            if all(_dates_agree(event, other) and _people_agree(event, other) and not _two_acts(event, other)
                   and not _opposed(event, other) for other in group):
                group.append(event)
                break
        else:
            group = [event]
            index.add(group, len(groups))
            groups.append(group)
    groups = _absorb_partial(groups)
    merged, seen = [], set()
    for one in map(_merged, groups):
        if one.id in seen:  # a second act of one kind told in the same sentence: its words tell it apart
            one = replace(one, id=stable_id("evt", one.id, one.first.cameo, one.first.trigger))
        seen.add(one.id)
        merged.append(one)
    return merged


_DAY_SPAN = 62  # a first event spanning more days is indexed by month
_MONTH_SPAN = 25  # ... and one spanning more months is checked against every event


class _Candidates:
    """The groups of one signature, found by date: every group whose first event could agree
    with a given event (equal, nested or within `DATE_SLACK_DAYS`), in the order made."""

    def __init__(self) -> None:
        self.by_day: dict[date, list[tuple[int, list[Event]]]] = defaultdict(list)
        self.by_month: dict[tuple[int, int], list[tuple[int, list[Event]]]] = defaultdict(list)
        self.wide: list[tuple[int, list[Event]]] = []  # and the undated ones
        self.all: list[tuple[int, list[Event]]] = []

    def add(self, group: list[Event], order: int) -> None:
        item = (order, group)
        self.all.append(item)
        when = group[0].date
        if when is None or _months(when.start, when.end) > _MONTH_SPAN:
            self.wide.append(item)
        elif (when.end - when.start).days > _DAY_SPAN:
            for month in _month_keys(when.start, when.end):
                self.by_month[month].append(item)
        else:
            for n in range((when.end - when.start).days + 1):
                self.by_day[when.start + timedelta(days=n)].append(item)

    def near(self, event: Event) -> list[list[Event]]:
        when = event.date
        if when is None:
            return [g for _, g in self.wide if g[0].date is None]
        slack = timedelta(days=DATE_SLACK_DAYS)
        start, end = when.start - slack, when.end + slack
        if _months(start, end) > _MONTH_SPAN:
            return [g for _, g in self.all]
        found: dict[int, list[Event]] = {}
        if (end - start).days <= 4 * 366:
            for n in range((end - start).days + 1):
                for order, group in self.by_day.get(start + timedelta(days=n), ()):
                    found[order] = group
        for month in _month_keys(start, end):
            for order, group in self.by_month.get(month, ()):
                found[order] = group
        for order, group in self.wide:
            found[order] = group
        return [found[k] for k in sorted(found)]


def _months(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _month_keys(start: date, end: date) -> list[tuple[int, int]]:
    return [((start.month - 1 + n) // 12 + start.year, (start.month - 1 + n) % 12 + 1) for n in range(_months(start, end))]


def _absorb_partial(groups: list[list[Event]]) -> list[list[Event]]:
    """Within one sentence, an event naming fewer sides joins the fuller one of the same type."""
    kept: list[list[Event]] = []
    # _contains only ever matches groups of one type within one document: index them so
    # that the pass stays linear in the number of events
    by_document: dict[tuple, list[list[Event]]] = defaultdict(list)
    for group in sorted(groups, key=lambda g: -len(_signature(g[0])[2])):
        place = (group[0].type, group[0].modality, group[0].source.document)
        home = next((k for k in by_document[place] if _contains(k, group)), None)
        if home is not None:
            home.extend(group)
        else:
            kept.append(group)
            for document in {e.source.document for e in group}:
                by_document[(group[0].type, group[0].modality, document)].append(group)
    order = {id(g[0]): i for i, g in enumerate(groups)}
    return sorted(kept, key=lambda g: min(order.get(id(e), 1 << 30) for e in g))


def _contains(big: list[Event], small: list[Event]) -> bool:
    """Does `small` retell `big`? Within one sentence when it names fewer sides; within one
    article when it has no time of its own and shares two sides ("during the lunch meeting")."""
    b, s = _signature(big[0]), _signature(small[0])
    if b[:2] != s[:2] or not all(_people_agree(x, y) and not _two_acts(x, y) for x in big for y in small):
        return False
    same_sentences = {(e.source.document, e.source.start) for e in small} <= {
        (e.source.document, e.source.start) for e in big}
    if s[2] <= b[2] and same_sentences and all(_dates_agree(x, y) for x in big for y in small):
        return True
    same_document = {e.source.document for e in small} <= {e.source.document for e in big}
    undated = all(e.date is None or not e.date.text for e in small)
    # "Paris would respond firmly to any attack" is no retelling of ECOWAS's ultimatum to Niger's junta: a
    # threat is what one side says, and a state the threat told first does not name says another
    told = {r.country for e in big for r in e.actors + e.counterparts}
    speakers = {r.country for e in small for r in e.actors if r.country}
    other_speaker = big[0].plover == "THREATEN" and bool(speakers) and not speakers & told
    return same_document and undated and len(s[2] & b[2]) >= 2 and not other_speaker


def _merged(group: list[Event]) -> MergedEvent:
    best = max(group, key=lambda e: (e.confidence, bool(e.date and e.date.text)))
    actors, counterparts = _union([e.actors for e in group]), _union([e.counterparts for e in group])
    actor_ids = {_identity(a) for a in actors}
    counterparts = [c for c in counterparts if _identity(c) not in actor_ids]
    sources = list({(s.document, s.start): s for s in (e.source for e in group)}.values())
    dated = [e.date for e in group if e.date is not None and e.date.text]
    # no report gives a time: the event happened by the first report's date
    undated = [e.date for e in group if e.date is not None]
    when = (min(dated, key=lambda w: (w.end - w.start, w.start)) if dated
            else min(undated, key=lambda w: w.start) if undated else best.date)
    confidence = min(0.99, best.confidence + 0.03 * (len({s.document for s in sources}) - 1))
    first = group[0]
    ident = stable_id("evt", first.type, first.modality, sorted(_signature(first)[2]),
                      when.start if when else None, first.source.document, first.source.start,
                      sorted(r.key for r in first.actors + first.counterparts))
    return MergedEvent(ident, best, group, actors, counterparts, when, sources, round(confidence, 2))


def _union(lists: Iterable[tuple[ActorRef, ...]]) -> list[ActorRef]:
    seen: dict[str, ActorRef] = {}
    for refs in lists:
        for ref in refs:
            seen.setdefault(ref.key, ref)
    return list(seen.values())


# ------------------------------------------------------------------ facts
def _fact_key(kind: str, record: object) -> tuple:
    if isinstance(record, Anniversary):
        return (record.partner.country or record.partner.key, record.relation, record.ordinal, record.year)
    if isinstance(record, Indicator):
        return (record.name, record.year, record.unit, record.country, round(record.value, 2), record.qualifier)
    if isinstance(record, Membership):
        return (record.country, fold_key(record.body), record.start, record.end)
    if isinstance(record, Policy):
        return (fold_key(record.title), record.date.start if record.date else None)
    if isinstance(record, ReportedCount):
        return (record.actor.key if record.actor else None, record.count, fold_key(record.unit))
    raise TypeError(f"not a fact: {kind}")


def merge_facts(kind: str, records: list) -> list[MergedFact]:
    merged: dict[tuple, MergedFact] = {}
    for record in records:
        key = _fact_key(kind, record)
        if key not in merged:
            merged[key] = MergedFact(stable_id(kind[:4], kind, *key), record, [])
        if all((s.document, s.start) != (record.source.document, record.source.start)
               for s in merged[key].sources):
            merged[key].sources.append(record.source)
    return list(merged.values())


FACT_FIELDS = {"anniversary": "anniversaries", "indicator": "indicators", "membership": "memberships",
               "policy": "policies", "reported_count": "counts"}


def consolidate(extractions: Iterable[Extraction]) -> Record:
    """The whole record: documents, actors, merged events and facts."""
    items = list(extractions)
    actors, remap = build_actors(items)
    by_key = {a.id: a for a in actors}
    events = []
    for extraction in items:
        for event in extraction.events:
            events.append(_with_refs(event, remap, by_key))
    record = Record(documents=[x.article for x in items], actors=actors, events=merge_events(events))
    for kind, attr in FACT_FIELDS.items():
        records = [_fact_refs(r, remap, by_key) for x in items for r in getattr(x, attr)]
        record.facts[kind] = merge_facts(kind, records)
    record.times = [(x.article.id, t) for x in items for t in x.times]
    return record


def _with_refs(event: Event, remap: dict[str, str], actors: dict[str, Actor]) -> Event:
    return replace(event, actors=tuple(_remap_ref(r, remap, actors) for r in event.actors),
                   counterparts=tuple(_remap_ref(r, remap, actors) for r in event.counterparts))


def _fact_refs(record: object, remap: dict[str, str], actors: dict[str, Actor]) -> object:
    if isinstance(record, ReportedCount) and record.actor is not None:
        return replace(record, actor=_remap_ref(record.actor, remap, actors))
    return record


def day_or_none(value: date | None) -> str | None:
    return value.isoformat() if value else None
