"""Counts of diplomatic activities the article reports: "chaired 98 external activities".

A count is a number (digits, or a small number word not after "the/these/both") followed by an
activity noun phrase ("external activities", "foreign delegations", "overseas trips"). Money,
percentages, years and other nouns ("500 people") never match. A coordinated noun phrase is one
unit: "more than 20 delegation exchanges and experience exchanges" is one count of 20.

Actor: the subject of the clause. The subject part runs from the sentence start (or after the
last "that"/"said"/"wrote" before the count) to the verb chain before the count; a leading
adverbial ("from X to Y, ", "In the first half of the year, ") is cut off at its comma. The first
person, organisation, party or government body mention in it is the actor, else the first
country mention, else None. A passive "... were chaired by X" gives X.

Period: "from A to B" with two time expressions -> A.start..B.end (precision "range"); one time
expression opened by "to/until/till" whose start is not a time ("from the 13th Congress to
early July") -> an open-start period, which is reported as that end expression's When with its
text prefixed by the linking word (the start is unknown: read it as "up to"); otherwise the time
expression nearest to the count in the sentence. No time expression: None.
"""
from __future__ import annotations

import re
from itertools import pairwise

from diplometer.facts._common import (
    QUALIFIER,
    combine,
    is_country,
    qualifier_of,
    ref_of,
    rel,
    source_of,
    word_number,
)
from diplometer.records import (
    ActorRef,
    Article,
    Indicator,
    Mention,
    ReportedCount,
    Sentence,
    TimeExpr,
    When,
)

_NOUNS = (r"activities|delegations|trips|visits|meetings|events|missions|talks|contacts|receptions"
          r"|phone\s+(?:calls|talks)|working\s+sessions|tours|engagements|exchanges|programmes|programs")
_ADJ = (r"external|foreign|diplomatic|international|overseas|bilateral|multilateral|official|high-level"
        r"|online|in-person|people-to-people|party|state|incoming|outgoing|working|ministerial|summit"
        r"|defence|defense|economic|cultural|friendship|state-level|leader-level|delegation|experience"
        r"|theory|exchange|party-to-party|high-ranking|reciprocal|inter-party|people's|youth")
_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
_COUNT = re.compile(
    rf"(?<![\w$€£¥.,])(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?!\.\d)|(?:{_WORDS})"
    rf"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+"
    rf"(?P<unit>(?:(?:{_ADJ})\s+){{0,3}}(?:{_NOUNS})(?:\s+(?:and|or)\s+(?:(?:{_ADJ})\s+){{0,3}}(?:{_NOUNS}))?)\b",
    re.IGNORECASE,
)
_CHEAP = re.compile(rf"\b(?:{_NOUNS})\b", re.IGNORECASE)
_REPORT = re.compile(r"\b(?:that|said|says|wrote|noted|added|stated|reported|according\s+to\s+[^,]+,)\s",
                     re.IGNORECASE)
_VERBS = re.compile(
    r"(?:\b(?:also|has|have|had|successfully|actively|directly|personally|so\s+far)\s+)*"
    r"\b(?:chair(?:ed|s|ing)|engag(?:ed|es|ing)|presid(?:ed|es|ing)|join(?:ed|s|ing)|h[oe]ld|holds|holding"
    r"|receiv(?:ed|es|ing)|made|makes|making|conduct(?:ed|s|ing)|host(?:ed|s|ing)|organi[sz](?:ed|es|ing)"
    r"|participat(?:ed|es|ing)|attend(?:ed|s|ing)|carr\w+\s+out|paid|pays|paying|undert\w*|welcom(?:ed|es|ing)"
    r"|took\s+part|led|sent|sends|sending|had|has|have|totall?ed|totals|reached|numbered|recorded|completed"
    r"|performed)\b",
    re.IGNORECASE)
_LEAD_ADVERBIAL = re.compile(
    r"\s*(?:from|in|since|during|after|before|over|between|by|at|as\s+of|within|through|throughout|last"
    r"|this|following|so\s+far|up\s+to|until)\b[^,]*,", re.IGNORECASE)
_PASSIVE = re.compile(r"\s*(?:were|was|have\s+been|had\s+been)\s+\w+(?:\s+(?:and|or)\s+\w+)?\s+by\s", re.IGNORECASE)
_ACTOR_TYPES = {"person", "organization", "party", "government_body"}
_LINK_BEFORE = re.compile(r"\b(?P<w>to|until|till|through)\s*$", re.IGNORECASE)
_FROM_TO = re.compile(r"^\s*(?:to|until|till|through|and|-|–)\s*$", re.IGNORECASE)


def find_counts(sentence: Sentence, article: Article, mentions: list[Mention], times: list[TimeExpr],
                home: str | None, previous: list[Indicator] | None = None) -> list[ReportedCount]:
    """Every reported number of diplomatic activities in `sentence`."""
    text = sentence.text
    if not _CHEAP.search(text):
        return []
    out = []
    for m in _COUNT.finditer(text):
        number = _number(m.group("num"), text, m.start("num"))
        if number is None:
            continue
        unit = re.sub(r"\s+", " ", m.group("unit")).lower()
        qualifier = qualifier_of(m.group("qual") or "")
        actor = _actor(sentence, mentions, m.start(), m.end())
        out.append(ReportedCount(actor, number, qualifier, unit, _period(sentence, times, m.start()),
                                 source_of(sentence, article)))
    return out


def _number(raw: str, text: str, pos: int) -> int | None:
    """The count, or None for years and for number words that refer back ("the two visits")."""
    if raw[0].isdigit():
        value = int(raw.replace(",", ""))
        if re.fullmatch(r"(?:19|20)\d\d", raw) or value == 0:
            return None
        return value
    if re.search(r"\b(?:the|these|those|both|its|their|his|her|all)\s+$", text[max(0, pos - 8):pos], re.IGNORECASE):
        return None
    return word_number(raw)


def _actor(sentence: Sentence, mentions: list[Mention], start: int, end: int) -> ActorRef | None:
    """The subject of the count's clause (see the module docstring)."""
    text = sentence.text
    passive = _PASSIVE.match(text, end)
    if passive:
        after = [m for m in mentions if passive.end() <= rel(sentence, m.start) < passive.end() + 40]
        picked = _pick(after)
        if picked:
            return picked
    begin = 0
    for r in _REPORT.finditer(text, 0, start):
        begin = r.end()
    verb = _VERBS.search(text, begin, start)
    stop = verb.start() if verb else start
    lead = _LEAD_ADVERBIAL.match(text, begin, stop)
    if lead:
        begin = lead.end()
    return _pick([m for m in mentions if begin <= rel(sentence, m.start) and rel(sentence, m.end) <= stop])


def _pick(mentions: list[Mention]) -> ActorRef | None:
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in ordered:
        if m.type in _ACTOR_TYPES:
            return ref_of(m)
    for m in ordered:
        if is_country(m):
            return ref_of(m)
    return None


def _period(sentence: Sentence, times: list[TimeExpr], pos: int) -> When | None:
    """The period a count covers (see the module docstring)."""
    text = sentence.text
    ordered = sorted(times, key=lambda t: t.start)
    for a, b in pairwise(ordered):
        gap = text[rel(sentence, a.end):rel(sentence, b.start)]
        head = text[max(0, rel(sentence, a.start) - 12):rel(sentence, a.start)]
        if _FROM_TO.match(gap) and re.search(r"\b(?:from|between)\s*$", head, re.IGNORECASE):
            span = text[rel(sentence, a.start) - len(head.split()[-1]) - 1:rel(sentence, b.end)]
            return combine(a.value, b.value, span.strip())
    if not ordered:
        return None
    near = min(ordered, key=lambda t: abs(rel(sentence, t.start) - pos))
    link = _LINK_BEFORE.search(text, 0, rel(sentence, near.start))
    if link and re.search(r"\bfrom\b", text[max(0, link.start() - 80):link.start()], re.IGNORECASE):
        v = near.value
        return When(v.start, v.end, v.precision, f"{link.group('w')} {near.text}")
    return near.value
