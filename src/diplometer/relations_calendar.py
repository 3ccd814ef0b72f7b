"""The relationship calendar: round anniversaries of ties, treaties and partnerships.

Relations come from three places, each with its evidence:
- anniversary facts (partner, relation, since);
- agreement events whose sentences name a treaty (relation "treaty", since = the signing year);
- dated establishments in the articles' sentences ("the strategic partnership, established in
  2013"), read with a small pattern; sentences that speak of an anniversary are left to the facts.

A relation is between two sides. The side an anniversary fact does not name is read from its
sentence (the other country named there) and is home otherwise ("the two countries"); an
establishment sentence naming no partner takes the document's most frequent partner. For a
year Y the calendar lists relations whose (Y - since) is a positive multiple of 5, marks the
multiples of 10, and when one relation has several since-years lists them all (conflict).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .consolidate import Record
from .gazetteer import find_places
from .records import Anniversary, Source
from .reports import event_countries, event_partners, facts_of, home_country, partner_label
from .sentences import split_sentences

ROUND = 5
_RELATION_WORDS = (("treaty", "treaty"), ("diplomatic", "diplomatic_ties"), ("partnership", "partnership"),
                   ("party", "party_ties"), ("parties", "party_ties"))
_ESTABLISHED = re.compile(r"\b(?:establish\w*|launched|set\s+up|forged|signed|inked)\b[^.;]{0,40}?"
                          r"\b(?:in|on|since)?\s*(?:[A-Z][a-z]+\s+\d{1,2},?\s+)?(?P<year>1[89]\d\d|20\d\d)\b")
_ANNIVERSARY = re.compile(r"anniversar|\b\d+(?:st|nd|rd|th)\b", re.I)


@dataclass(frozen=True)
class Since:
    """One reading of when a relation began, with where it was read."""

    since: int
    origin: str  # anniversary | treaty_signing | established
    ref: str  # the fact or event id, or the document id for an establishment sentence
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Relation:
    """A relation between two sides (ISO3 or organisation key) and every since-year seen for it."""

    sides: tuple[str, str]
    relation: str
    sinces: tuple[Since, ...]

    @property
    def conflict(self) -> bool:
        return len({s.since for s in self.sinces}) > 1


@dataclass(frozen=True)
class CalendarEntry:
    partner: str
    partner_name: str
    other: str  # the other side: home, or a third country for relations seen between others
    relation: str
    year: int
    since: int
    ordinal: int
    decennial: bool  # a multiple of 10 years
    evidence: tuple[Since, ...]  # the readings giving this since-year
    conflict: bool
    alternatives: tuple[Since, ...]  # readings giving other since-years for the same relation


@dataclass(frozen=True)
class Calendar:
    home: str | None
    year: int
    entries: tuple[CalendarEntry, ...]


def relations(record: Record, home: str | None = None) -> tuple[Relation, ...]:
    """Every relation seen in the record, grouped by (sides, relation)."""
    home = home or home_country(record)
    found: dict[tuple[tuple[str, str], str], list[Since]] = defaultdict(list)
    for sides, relation, since in (*_from_anniversaries(record, home), *_from_treaties(record, home),
                                   *_from_establishments(record, home)):
        found[(sides, relation)].append(since)
    out = [Relation(sides, rel, tuple(sorted(s, key=lambda x: (x.since, x.origin, x.ref))))
           for (sides, rel), s in found.items()]
    return tuple(sorted(out, key=lambda r: (r.sides, r.relation)))


def _pair(a: str, b: str | None) -> tuple[str, str] | None:
    if b is None or a == b:
        return None
    x, y = sorted((a, b))
    return (x, y)


def _other_side(text: str, partner: str, home: str | None) -> str | None:
    named = [p.iso3 for p in find_places(text) if p.iso3 != partner]
    if not named:
        return home
    return home if home in named else named[0]


def _from_anniversaries(record: Record, home: str | None):
    for fact in facts_of(record, "anniversary"):
        ann = fact.record
        if not isinstance(ann, Anniversary):
            continue
        partner = ann.partner.country or ann.partner.key
        other = next((o for s in fact.sources if (o := _other_side(s.text, partner, home)) not in (None, partner)), None)
        sides = _pair(partner, other)
        if sides:
            yield sides, ann.relation, Since(ann.since, "anniversary", fact.id, tuple(fact.sources))


def _from_treaties(record: Record, home: str | None):
    for event in record.events:
        if event.first.type != "agreement" or event.first.modality is not None or event.date is None:
            continue
        if not any("treaty" in s.text.lower() for s in event.sources):
            continue
        countries = event_countries(event)
        first = home if home in countries else (countries[0] if countries else None)
        for partner in event_partners(event, first):
            sides = _pair(partner, first)
            if sides:
                yield sides, "treaty", Since(event.date.start.year, "treaty_signing", event.id, tuple(event.sources))


def _relation_word(text: str) -> str | None:
    lower = text.lower()
    return next((rel for word, rel in _RELATION_WORDS if word in lower), None)


def _from_establishments(record: Record, home: str | None):
    doc_partner = _document_partners(record, home)
    for doc in record.documents:
        for sentence in split_sentences(doc.text):
            if _ANNIVERSARY.search(sentence.text):
                continue
            match = _ESTABLISHED.search(sentence.text)
            relation = _relation_word(sentence.text) if match else None
            if not match or relation is None:
                continue
            year = int(match.group("year"))
            if doc.date and year >= doc.date.year:
                continue
            named = list(dict.fromkeys(p.iso3 for p in find_places(sentence.text)))
            partner = next((c for c in named if c != home), doc_partner.get(doc.id))
            other = home if home not in (None, partner) else next((c for c in named if c != partner), None)
            sides = _pair(partner, other) if partner else None
            if sides:
                source = Source(doc.id, sentence.start, sentence.end, sentence.text)
                yield sides, relation, Since(year, "established", doc.id, (source,))


def _document_partners(record: Record, home: str | None) -> dict[str, str]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for event in record.events:
        for source in event.sources:
            counts[source.document].update(p for p in event_partners(event, home) if len(p) == 3)
    return {doc: min(c, key=lambda p: (-c[p], p)) for doc, c in counts.items() if c}


def calendar(record: Record, year: int, home: str | None = None, partner: str | None = None,
             home_only: bool = False) -> Calendar:
    """Round anniversaries falling in `year` (optionally only with `partner`, only home's)."""
    home = home or home_country(record)
    entries = []
    for rel in relations(record, home):
        if home_only and home not in rel.sides:
            continue
        for entry in _entries(rel, year, home, record):
            if partner is None or partner in (entry.partner, entry.other):
                entries.append(entry)
    return Calendar(home, year, tuple(sorted(entries, key=lambda e: (e.partner_name, e.relation, e.since))))


def _entries(rel: Relation, year: int, home: str | None, record: Record) -> list[CalendarEntry]:
    partner, other = (rel.sides[1], rel.sides[0]) if rel.sides[0] == home else rel.sides
    out = []
    for since in sorted({s.since for s in rel.sinces}):
        years = year - since
        if years <= 0 or years % ROUND:
            continue
        evidence = tuple(s for s in rel.sinces if s.since == since)
        alternatives = tuple(s for s in rel.sinces if s.since != since)
        out.append(CalendarEntry(partner, partner_label(partner, record), other, rel.relation, year, since, years,
                                 years % (2 * ROUND) == 0, evidence, rel.conflict, alternatives))
    return out


def upcoming(record: Record, first_year: int, years: int = 5, home: str | None = None,
             partner: str | None = None) -> tuple[CalendarEntry, ...]:
    """Round anniversaries from `first_year` through `first_year + years - 1`."""
    out: list[CalendarEntry] = []
    for year in range(first_year, first_year + years):
        out.extend(calendar(record, year, home, partner, home_only=True).entries)
    return tuple(out)
