"""The extraction pipeline: article -> sentences -> mentions and times -> events and facts.

`extract_all` streams: spaCy's `nlp.pipe` gets the accent-folded texts in batches with the
article riding along (`as_tuples`), and each article leaves as one `Extraction` before the
next batch is read, so memory does not grow with the corpus.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from . import facts, gazetteer
from .event_context import one_country, relative_clauses
from .event_dates import opening_time, paragraph_start, redate_restated, restated_time
from .events import RECEPTION_RULES, Context, find_events
from .mentions import find_mentions
from .records import Article, Event, Extraction, Mention, Sentence, TimeExpr
from .sentences import headline_end, split_sentences
from .textutil import fold_same_length
from .timex import find_times


@dataclass(frozen=True)
class PipelineConfig:
    """Settings that travel with the work (to Dask workers too): no module globals."""

    batch_size: int = 32
    use_ner: bool = True


def extract(article: Article, doc: Doc | None, trace: list[str] | None = None) -> Extraction:
    """Everything diplometer reads from one article; `doc` is spaCy's parse of the folded text;
    `trace` (for debugging) collects, per sentence, why each trigger did or did not count."""
    found, home = find_mentions(article.text, doc, article.date)
    body = headline_end(article.text)
    dateline_end = body + dateline_length(article.text[body:])
    times = find_times(article.text, filing_day(article, body, dateline_end))
    out = Extraction(article=article, mentions=found.actors + found.places, times=times)
    last_person: Mention | None = None
    last_sides: tuple[Mention, ...] = ()
    last_when = None
    when_by_type: dict = {}
    when_sides: tuple[Mention, ...] = ()
    memory: dict = {}
    dateline_country = next((p.country for p in found.places if body <= p.start < max(dateline_end, body + 1)
                             and p.country), None) or dateline_place(article.text[body:dateline_end])
    previous_indicators: list = []
    domestic = one_country(found.actors)
    mentions_in, times_in = _Spans(found.actors + found.places), _Spans(times)
    lead_start: int | None = None  # where the first sentence of the body starts: None before the lead
    for sentence in split_sentences(article.text):
        if sentence.end <= body:  # the headline: its events are told in full in the body
            continue
        if sentence.start < body:  # a headline the splitter ran into the first sentence
            rest = article.text[body:sentence.end]
            start = sentence.end - len(rest.lstrip())
            sentence = Sentence(start, sentence.end, article.text[start:sentence.end])
        inside = mentions_in.within(sentence.start, sentence.end)
        when = times_in.within(sentence.start, sentence.end)
        ctx = Context(article, home, last_person, last_sides, last_when=last_when, when_by_type=dict(when_by_type),
                      when_sides=when_sides,
                      dateline_end=dateline_end,
                      dateline_country=dateline_country, memory=memory, domestic=domestic, lead=lead_start is None)
        lead_start = sentence.start if lead_start is None else lead_start
        framed = opening_time(sentence, when)
        if framed is not None:  # "On Monday, protesters burned tyres. Police fired tear gas ...": Monday's
            memory["frame"] = (paragraph_start(article.text, sentence.start), framed)
        lines: list[str] | None = [] if trace is not None else None
        found_events = find_events(sentence, ctx, sorted(inside, key=lambda m: m.start), when, lines)
        if trace is not None and lines:
            trace.append(f"- {sentence.text[:200]}")
            trace.append("   mentions: " + ", ".join(f"{m.text}<{m.type}:{m.country or ''}:{m.role or ''}>"
                                                     for m in inside))
            trace.append("   times: " + ", ".join(f"{t.text}={t.value.start}..{t.value.end}" for t in when))
            trace.extend(f"    {line}" for line in lines)
        restated = restated_time(article.text, sentence.start, sentence.text, when)
        if restated is not None:
            out.events = redate_restated(out.events, lead_start, *restated)
        out.events.extend(found_events)
        if found_events:
            told = [e for e in found_events if e.rule != "trigger:sidelines"] or found_events  # not the implied attendance
            # "X held talks with Y, who arrived on Sunday": "the two ministers" after are the talks' two sides,
            # not the visit's one
            told_sides = [(e, _sides(e, inside)) for e in told]
            last, sides = next((pair for pair in reversed(told_sides) if _two_countries(pair[1])), told_sides[-1])
            if not any(r.key.startswith("group::") for r in last.actors):  # "unidentified attackers": no side
                # "the two presidents" are still the two of the talks after one side's remark ("X expressed
                # support for Seoul's efforts")
                if _two_countries(sides) or not _two_countries(last_sides):
                    last_sides = sides or last_sides
            # the time "following the talks" refers to is that of something that happened, not a plan
            dated = [e for e in found_events if e.date is not None and e.date.text and e.modality is None
                     and not _background(e, sentence) and not (article.date and e.date.start > article.date)]
            if dated:
                last_when, when_sides = dated[-1].date, _sides(dated[-1], inside)
                if article.date and (article.date - dated[-1].date.end).days <= 3:
                    memory["news_day"] = dated[-1].date  # the day of the latest news, not of a recalled act
            when_by_type.update({e.type: e.date for e in dated})
            # "Following the negotiations, ... signed": the time of the talks, not of a reception told since
            talks = [e for e in dated if e.type in ("meeting", "online_meeting") and e.rule not in RECEPTION_RULES]
            if talks:
                when_by_type["talks"] = talks[-1].date
        if not last_sides:  # no event yet: the sides the story opens with are "the two ministers"
            last_sides = _opening_sides(inside)
        _facts(out, sentence, article, inside, when, home, previous_indicators)
        people = [m for m in inside if m.type == "person"]
        # "conveyed the greetings of Prime Minister X": one whose words are carried is not who "he" is next
        speaking = [m for m in people if not _CARRIED_FROM.search(article.text, max(0, m.start - 60), m.start)]
        last_person = speaking[-1] if speaking else last_person
        memory["people"] = (*memory.get("people", ()), *people)  # everyone named so far, for "the minister"
    out.events = without_event_content(out.events)
    return out


_CARRIED_FROM = re.compile(r"\b(?:greetings|message|letter|invitation|regards|wishes|congratulations|behalf)\s+(?:of|from)\s+"
                           r"(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,6}$")


# rules whose events are things said: inside a reported meeting they are what the meeting said
STATEMENT_RULES = frozenset({"trigger:agree", "trigger:agree-cooperate", "trigger:agree-will", "trigger:support",
                             "trigger:support-more", "trigger:support-front", "trigger:support-front-2",
                             "trigger:request", "trigger:message-conveyed"})


def without_event_content(events: list[Event]) -> list[Event]:
    """Drop statements ("agreed to", "thanked", "urged") made by the sides of another event of the
    article: they are what that talk or call contained, not events of their own."""
    happenings = [e for e in events if e.rule not in STATEMENT_RULES]
    return [e for e in events if e.rule not in STATEMENT_RULES or e.modality or not any(
        _sides_of(e) <= _sides_of(h) | {None} and not _told_after(h, e) and not _other_days(h, e) for h in happenings)]


def _other_days(happening: Event, statement: Event) -> bool:
    """"asked Indonesia on Thursday to release them" is not what Sunday's call contained: both told
    with days of their own, and the days apart."""
    a, b = happening.date, statement.date
    if not (a and b and a.text and b.text and a.precision == b.precision == "day" and (a.end < b.start or b.end < a.start)):
        return False
    text = statement.source.text  # the statement's own day: said "on Thursday", not "over the firing on Saturday night"
    at, day = text.find(statement.trigger), text.find(b.text)
    if at < 0 or day < 0 or _OF_ANOTHER_ACT.search(text, max(0, day - 30), day):
        return False
    gap = at - (day + len(b.text))
    return 0 <= gap <= 40 or (gap > 0 and bool(_SAID_ON.search(text, max(0, day - 30), day))) or (
        0 <= day - (at + len(statement.trigger)) <= 25)


_OF_ANOTHER_ACT = re.compile(r"\b(?:over|after|following|since|about|against|amid|for)\b")
_SAID_ON = re.compile(r"\b(?:said|told|announced|stated)\s+(?:\w+\s+)?(?:on|late\s+on|early\s+on)?\s*$")


def _told_after(happening: Event, statement: Event) -> bool:
    """"called on both sides to halt air strikes": an act named after the statement in its own
    sentence is what the statement is about, not the talk that contained it."""
    if (happening.source.document, happening.source.start) != (statement.source.document, statement.source.start):
        return False
    text = statement.source.text
    return text.find(happening.trigger) > text.find(statement.trigger) >= 0


def _sides_of(event: Event) -> set[str | None]:
    return {r.country for r in event.actors + event.counterparts}


_DATELINE = re.compile(
    r"\s*(?!(?:On|In|At|By|The|Last|Since|From|Until|Before|After|Early|Late|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)[A-Z\u00C0-\u1EF9][\w\u00C0-\u1EF9 .'-]{1,30},(?:\s+[A-Z][\w .'-]{1,30},)?"
    r"\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,\s*\d{4})?\s*(?:\([^)]{1,40}\)|[A-Z][a-z]+)?\s*(?:—|–|--|-)?")


def _background(event: Event, sentence: Sentence) -> bool:
    """An event told in a relative clause ("Anwar, who arrived on Monday night, said ...") is
    background: "later in the day" does not count from it."""
    at = sentence.text.find(event.trigger)
    return at > 0 and any(a <= at < b for a, b in relative_clauses(sentence.text, 0, len(sentence.text)))


def filing_day(article: Article, body: int, dateline_end: int) -> date | None:
    """The day "today" and weekdays count from: the dateline's day ("LIMA, Nov 15 (Bernama) --")
    when it is one of the three days before publication, else the publication date."""
    if article.date is None or dateline_end <= body:
        return article.date
    days = [t.value for t in find_times(article.text[body:dateline_end], article.date) if t.value.precision == "day"]
    if days and days[0].start == days[0].end and timedelta(0) <= article.date - days[0].start <= timedelta(days=3):
        return days[0].start
    return article.date


def dateline_length(text: str) -> int:
    """Length of a dateline such as "HÀ NỘI, January 9 (VNA) —" at the top, else 0."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def dateline_place(dateline: str) -> str | None:
    """The country of a dateline's city that the model did not read as a place ("MARRAKECH, Sept 11")."""
    city = dateline.split(",")[0].strip()
    found = gazetteer.place_country(city.title()) if city else None
    if found:
        return found[0]
    # "KUWAIT, Oct 15 (KUNA)", "SINGAPORE, May 2": a city named as its country
    named = [p.iso3 for p in gazetteer.find_places(city) if p.kind == "name" and p.start == 0 and p.end == len(city)]
    return named[0] if named else None


def _sides(event, mentions: list[Mention]) -> tuple[Mention, ...]:
    """The mentions behind an event's participants, for "the two sides" in later sentences."""
    keys = {r.key for r in event.actors + event.counterparts}
    chosen: dict[str, Mention] = {}
    for mention in mentions:
        if mention.key in keys:
            chosen.setdefault(mention.key, mention)
    return tuple(chosen.values())


def _two_countries(mentions: Iterable[Mention]) -> bool:
    return len({m.country for m in mentions if m.country}) >= 2


def _opening_sides(mentions: list[Mention]) -> tuple[Mention, ...]:
    """The first two political sides of different countries named in a sentence told before any
    event ("X conveyed to his counterpart Y that ..."), for "the two ministers" after it."""
    sides: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: (m.type != "person", m.start)):
        if mention.type in ("person", "country", "government_body") and mention.country:
            sides.setdefault(mention.country, mention)
    return tuple(list(sides.values())[:2]) if len(sides) >= 2 else ()


class _Spans:
    """Items with `start`/`end` offsets, found by the stretch they lie in without scanning them
    all (an article of many sentences would otherwise cost sentences x mentions)."""

    def __init__(self, items: list) -> None:
        self._items = items
        self._order = sorted(range(len(items)), key=lambda i: items[i].start)
        self._starts = [items[i].start for i in self._order]

    def within(self, start: int, end: int) -> list:
        """The items inside [start, end], in their original order."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end, lo=first)
        hits = sorted(i for i in self._order[first:last] if self._items[i].end <= end)
        return [self._items[i] for i in hits]


def _facts(out: Extraction, sentence: Sentence, article: Article, mentions: list[Mention],
           times: list[TimeExpr], home: str | None, previous: list) -> None:
    out.anniversaries.extend(facts.find_anniversaries(sentence, article, mentions, times, home))
    found = facts.find_indicators(sentence, article, mentions, times, home, previous or None)
    out.indicators.extend(found)
    if found:
        previous[:] = found
    out.memberships.extend(facts.find_memberships(sentence, article, mentions, times, home))
    out.policies.extend(facts.find_policies(sentence, article, mentions, times, home))
    out.counts.extend(facts.find_counts(sentence, article, mentions, times, home))


def extract_all(articles: Iterable[Article], nlp: Language | None,
                config: PipelineConfig = PipelineConfig()) -> Iterator[Extraction]:
    """Stream extractions; with `nlp=None` persons come from titles only (no statistical NER)."""
    if nlp is None or not config.use_ner:
        for article in articles:
            yield extract(article, None)
        return
    pairs = ((fold_same_length(a.text), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=config.batch_size):
        yield extract(article, doc)
