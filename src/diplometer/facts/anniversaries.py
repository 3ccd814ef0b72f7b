"""Anniversaries of relations: "the 60th anniversary of diplomatic ties with Laos".

A head is "the Nth (founding) anniversary of ..." or "N years of/since ...". Its relation is
read from the words after it (up to the next head or a clause break). Its partner is, in this
order: a non-home country (or, for `other`, an organisation/party) named inside the relation
phrase ("Vietnam-Laos ties", "the Lao People's Revolutionary Party"), the nearest following
"with <country>" / "between A and B" (non-home side), or the only non-home country of the
sentence (with several heads, only for a named relation: "the two countries celebrate the 50th
anniversary of ties and the 10th anniversary of their partnership", Singapore). Heads still without a partner whose relation is
bilateral by nature (diplomatic ties, partnership; treaty or party ties when the sentence says
"the two countries/sides", "bilateral", "their") take, with `home` known, the only non-home
country the sentence names anywhere (also inside a name such as "the Viet Nam-Japan Friendship
Association"), else the non-home country the article names most often up to this sentence
(else in the whole article): "the two countries", "the former enemies" refer back to it. This
fallback is the one place where an extractor reads the gazetteer (`find_places`), and only for
a head left without a partner. Heads without a partner are dropped, and so are "N years of
<something that is not a relation>" ("30 years of renewal"). The partner is never `home`.

The year marked is the latest year among the sentence's time expressions spanning at most a
year ("this year", "in 2022", "next year", "on May 5"), leaving out the start of the relation:
a time after "launched/established/signed/set up/forged/since", the first end of a range
("(September 21, 1973 - 2023)") or a year far enough back to be the start (year + ordinal is
the article's year, give or take). With only a start, the year is start + ordinal; with no time
at all, the article's year.
"""
from __future__ import annotations

import re
from collections import Counter

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
from diplometer.gazetteer import country, find_places
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
_START_CUE = re.compile(
    r"\b(?:launch|establish|set\s+up|found|forg|sign|ink|inaugurat|start|beg[au]n|since)\w*"
    r"(?:\s+(?:in|on))?\s*(?:the\s+year\s+)?$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to)\s*")
_PAIR_CUE = re.compile(r"\b(?:two|both)\s+(?:countries|nations|sides|parties|states)\b|\bbilateral\b|\btheir\b",
                       re.IGNORECASE)
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
        year = _marked_year(sentence, times, article, number)
        if year is None:
            continue
        partner = _partner(sentence, ordered, home, head.end(), phrase_end, relation, len(heads) == 1)
        if partner is None and _bilateral(relation, text):
            partner = _implied_partner(sentence, article, home)
        if partner is None or (partner.country == home and relation != "other"):
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


def _marked_year(sentence: Sentence, times: list[TimeExpr], article: Article, ordinal: int) -> int | None:
    """The year marked (see the module docstring): the latest short time that is not the start."""
    short = sorted((t for t in times if span_days(t.value) <= 366), key=lambda t: t.start)
    starts = [t for t in short if _is_start(sentence, t, short, article_year(article), ordinal)]
    marked = [t.value.end.year for t in short if t not in starts]
    if marked:
        return max(marked)
    if starts:
        return min(t.value.start.year for t in starts) + ordinal
    return article_year(article)


def _is_start(sentence: Sentence, time: TimeExpr, times: list[TimeExpr], year: int | None,
              ordinal: int) -> bool:
    """Whether a time expression gives the year the relation began rather than the year marked."""
    text = sentence.text
    if _START_CUE.search(text, max(0, rel(sentence, time.start) - 40), rel(sentence, time.start)):
        return True
    tail = text[rel(sentence, time.end):]
    if any(t.start > time.start and _RANGE_GAP.fullmatch(tail[:rel(sentence, t.start) - rel(sentence, time.end)])
           for t in times):
        return True
    began = time.value.start.year
    return year is not None and began <= year - 2 and year - 1 <= began + ordinal <= year + 2


def _bilateral(relation: str, text: str) -> bool:
    """Whether a head without a named partner may take the article's counterpart."""
    if relation in ("diplomatic_ties", "partnership"):
        return True
    return relation != "other" and bool(_PAIR_CUE.search(text))


def _implied_partner(sentence: Sentence, article: Article, home: str | None) -> ActorRef | None:
    """The non-home country the sentence, else the article so far, else the article names."""
    if home is None:
        return None
    here = {p.iso3 for p in find_places(sentence.text) if p.iso3 != home}
    if len(here) == 1:
        return _country_ref(here.pop())
    if here:
        return None
    for scope in (article.text[:sentence.end], article.text):
        counts = Counter(p.iso3 for p in find_places(scope) if p.iso3 != home)
        if counts:
            return _country_ref(counts.most_common(1)[0][0])
    return None


def _country_ref(iso3: str) -> ActorRef:
    found = country(iso3)
    return ActorRef(f"country:{iso3}", found.name if found else iso3, iso3)


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
    if single or relation != "other":
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
