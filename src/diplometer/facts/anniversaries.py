"""Anniversaries of relations: "the 60th anniversary of diplomatic ties with Laos".

A head is "the Nth (founding) anniversary of ..." or "N years of/since ...". Its relation is
read from the words after it (up to the next head or a clause break). Its partner is, in this
order: a non-home country (or, for `other`, an organisation/party) named inside the relation
phrase ("Vietnam-Laos ties", "the Lao People's Revolutionary Party"), the nearest following
"with <country>" / "between A and B" (non-home side), or, when the sentence holds a single
head, the only non-home country of the sentence. Heads without a partner are dropped, and so
are "N years of <something that is not a relation>" ("30 years of renewal").
The year marked is the latest year among the sentence's time expressions spanning at most a
year ("this year", "in 2022", "next year", "on May 5"), else the article's year.
"""
from __future__ import annotations

import re

from diplometer.facts._common import (
    CARDINAL,
    ORDINAL,
    article_year,
    country_ref,
    is_country,
    ref_of,
    rel,
    source_of,
    span_days,
    word_number,
)
from diplometer.records import ActorRef, Anniversary, Article, Indicator, Mention, Sentence, TimeExpr

_CHEAP = re.compile(r"anniversar|years\s+(?:of|since)", re.IGNORECASE)
_HEAD = re.compile(
    rf"\b(?:(?P<ord>{ORDINAL})(?:\s+(?:founding|establishment|signing|diplomatic|glorious))?\s+"
    rf"anniversary\s+(?:of|since)\b"
    rf"|(?P<card>{CARDINAL})\s+years\s+(?:of|since)\b)",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    r"[,;:()]|\s(?:with|between|this|next|last|in|on|which|that|while|was|were|is|are|will)\s", re.IGNORECASE)
_RELATIONS = (
    ("treaty", re.compile(r"\btreaty\b|\bsigning\s+of\s+the\s+[A-Z]", re.IGNORECASE)),
    ("party_ties", re.compile(r"\bpart(?:y|ies)\b.*\b(?:ties|relations?|relationship)\b"
                              r"|\b(?:ties|relations?)\s+between\s+the\s+(?:two\s+)?parties"
                              r"|\binter-party\b|\bparty-to-party\b", re.IGNORECASE)),
    ("partnership", re.compile(r"\bpartnership\b", re.IGNORECASE)),
    ("diplomatic_ties", re.compile(r"\b(?:ties|relations|relationship)\b", re.IGNORECASE)),
)
_LINK = re.compile(r"\b(?:with|between)\b", re.IGNORECASE)
_ORG_TYPES = {"organization", "party", "government_body"}


def find_anniversaries(sentence: Sentence, article: Article, mentions: list[Mention],
                       times: list[TimeExpr], home: str | None,
                       previous: list[Indicator] | None = None) -> list[Anniversary]:
    """Every anniversary of a relation marked in `sentence` (several when coordinated)."""
    text = sentence.text
    if not _CHEAP.search(text):
        return []
    heads = list(_HEAD.finditer(text))
    if not heads:
        return []
    year = _marked_year(times, article)
    if year is None:
        return []
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Anniversary] = []
    for i, head in enumerate(heads):
        number = word_number(head.group("ord") or head.group("card"))
        if not number or number > 1000:
            continue
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        phrase_end = _phrase_end(text, head.end(), stop)
        relation = _relation(text[head.end():phrase_end])
        if relation == "other" and head.group("card"):
            continue  # "30 years of renewal": only a named relation counts for "N years of"
        partner = _partner(sentence, ordered, home, head.end(), phrase_end, relation, len(heads) == 1)
        if partner is None:
            continue
        out.append(Anniversary(partner, relation, number, year, year - number, source_of(sentence, article)))
    return out


def _phrase_end(text: str, begin: int, stop: int) -> int:
    """Where the relation phrase after a head ends: a clause break, a linking word or the next head."""
    brk = _PHRASE_END.search(text, begin, stop)
    end = brk.start() if brk else stop
    # "... diplomatic ties and 45 years of ..." -> drop the trailing conjunction
    return min(end, begin + 160)


def _relation(phrase: str) -> str:
    for name, pattern in _RELATIONS:
        if pattern.search(phrase):
            return name
    return "other"


def _marked_year(times: list[TimeExpr], article: Article) -> int | None:
    """The latest year among short time expressions (at most a year long), else the article's."""
    years = [t.value.end.year for t in times if span_days(t.value) <= 366]
    return max(years) if years else article_year(article)


def _partner(sentence: Sentence, mentions: list[Mention], home: str | None, begin: int, end: int,
             relation: str, single: bool) -> ActorRef | None:
    """Bind a head's partner (see the module docstring for the order)."""
    inside = [m for m in mentions if begin <= rel(sentence, m.start) < end + 1]
    if relation == "other":
        orgs = [m for m in inside if m.type in _ORG_TYPES]
        if orgs:
            return ref_of(orgs[0])
    foreign = [m for m in inside if is_country(m) and m.country != home]
    if foreign:
        return country_ref(foreign[0])
    linked = _linked_country(sentence, mentions, home, begin)
    if linked is not None:
        return linked
    if single:
        others = {m.country: m for m in mentions if is_country(m) and m.country != home}
        if len(others) == 1:
            return country_ref(next(iter(others.values())))
    return None


def _linked_country(sentence: Sentence, mentions: list[Mention], home: str | None,
                    begin: int) -> ActorRef | None:
    """The country named by the nearest "with <country>" / "between A and B" after `begin`."""
    text = sentence.text
    for link in _LINK.finditer(text, begin):
        if ";" in text[begin:link.start()]:
            return None
        near = [m for m in mentions if is_country(m)
                and 0 <= rel(sentence, m.start) - link.end() <= 60]
        if link.group(0).lower() == "with":
            near = [m for m in near if rel(sentence, m.start) - link.end() <= 30][:1]
        else:
            near = near[:2]
        if not near:
            continue
        chosen = [m for m in near if m.country != home]
        if chosen:
            # with home unknown, "between A and B" gives B (A is usually the reporting side)
            return country_ref(chosen[-1] if home is None else chosen[0])
    return None
