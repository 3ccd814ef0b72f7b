"""Memberships and offices in multilateral bodies.

A membership needs a known body (a fixed table of UN organs, regional groupings and agencies;
the body is exported under its full name, with the acronym in brackets where the acronym is the
usual name) and a cue tying a country to it: a role before it ("non-permanent member of",
"membership term at", "elected to", "chair of", "joined"), a role after it ("the ASEAN
chairmanship", "ASEAN Chair"), or a listing ("secured roles in ... such as A, B and C": one
membership per body, role None).

"Joined" is an accession only when the body is its object: "joined other ASEAN leaders at the
summit" (the body names people or a meeting) is not a membership.

Period: the first time expression within 60 characters after the body (before the next body),
else, when the sentence holds a single membership, the nearest time expression of the sentence;
a bare "2023-2025" not covered by a time expression is read too. Accession ("joined",
"admitted to", "became a member of") gives a start and no end. Country: the nearest country
mention before the cue in the sentence (outside body names), else `home`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from diplometer.facts._common import is_country, rel, source_of, year_range
from diplometer.records import Article, Indicator, Membership, Mention, Sentence, TimeExpr

_UN = r"(?:U\.?N\.?|United\s+Nations)\s+"
_BODIES = (
    (rf"(?<!National\s)(?<!State\s)(?<!Defence\s)(?<!Defense\s)(?:{_UN})?Security\s+Council|UNSC",
     "United Nations Security Council"),
    (rf"(?:{_UN})?Human\s+Rights\s+Council|UNHRC", "United Nations Human Rights Council"),
    (rf"(?<!AIPA\s)(?:{_UN})?General\s+Assembly(?!\s+of\s+(?:the\s+)?(?!United)[A-Z])|UNGA",
     "United Nations General Assembly"),
    (rf"(?:{_UN})?Economic\s+and\s+Social\s+Council|ECOSOC", "United Nations Economic and Social Council"),
    (rf"(?:{_UN})?Peacebuilding\s+Commission", "United Nations Peacebuilding Commission"),
    (r"International\s+Law\s+Commission", "International Law Commission"),
    (rf"(?:{_UN})?Commission\s+on\s+International\s+Trade\s+Law|UNCITRAL",
     "United Nations Commission on International Trade Law (UNCITRAL)"),
    (r"UNESCO(?:'s)?\s+Executive\s+Board", "UNESCO Executive Board"),
    (r"UNESCO|United\s+Nations\s+Educational,\s+Scientific\s+and\s+Cultural\s+Organi[sz]ation",
     "United Nations Educational, Scientific and Cultural Organization (UNESCO)"),
    (r"IAEA\s+Board\s+of\s+Governors", "IAEA Board of Governors"),
    (r"WHO\s+Executive\s+Board", "WHO Executive Board"),
    (r"ASEAN\s+Inter-Parliamentary\s+Assembly|AIPA", "ASEAN Inter-Parliamentary Assembly (AIPA)"),
    (r"ASEAN|Association\s+of\s+Southeast\s+Asian\s+Nations", "Association of Southeast Asian Nations (ASEAN)"),
    (r"APEC|Asia-Pacific\s+Economic\s+Cooperation", "Asia-Pacific Economic Cooperation (APEC)"),
    (r"WTO|World\s+Trade\s+Organi[sz]ation", "World Trade Organization (WTO)"),
    (r"Inter-Parliamentary\s+Union|IPU", "Inter-Parliamentary Union (IPU)"),
    (r"Non-Aligned\s+Movement|NAM", "Non-Aligned Movement (NAM)"),
    (r"Mekong\s+River\s+Commission", "Mekong River Commission"),
    (r"Shanghai\s+Cooperation\s+Organi[sz]ation|SCO", "Shanghai Cooperation Organisation (SCO)"),
    (r"G20|Group\s+of\s+(?:Twenty|20)", "Group of Twenty (G20)"),
    (r"G7|Group\s+of\s+(?:Seven|7)", "Group of Seven (G7)"),
    (r"BRICS", "BRICS"),
    (r"European\s+Union|EU", "European Union (EU)"),
    (r"African\s+Union|AU", "African Union (AU)"),
    (r"NATO|North\s+Atlantic\s+Treaty\s+Organi[sz]ation", "North Atlantic Treaty Organization (NATO)"),
    (r"OPEC", "Organization of the Petroleum Exporting Countries (OPEC)"),
    (r"CPTPP|Comprehensive\s+and\s+Progressive\s+Agreement\s+for\s+Trans-Pacific\s+Partnership",
     "Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)"),
    (r"Francophonie", "International Organisation of La Francophonie"),
    (r"Commonwealth(?:\s+of\s+Nations)?", "Commonwealth of Nations"),
    (r"Organi[sz]ation\s+of\s+American\s+States|OAS", "Organization of American States (OAS)"),
    (r"Arab\s+League|League\s+of\s+Arab\s+States", "Arab League"),
    (r"(?:United\s+Nations|U\.?N\.?)(?=\s*(?:[,.;()]|$|\s(?:in|for|since|from|on|and|at|as|with|during)\b))",
     "United Nations"),
)
_BODY_RX = re.compile(
    "(?=[A-Z])(?:" + "|".join(rf"(?P<b{i}>\b(?:{rx})(?![\w-]))" for i, (rx, _) in enumerate(_BODIES)) + ")")
_CHEAP = re.compile(r"member|chair|presiden|elected|seat|roles?\b|positions|joined|accession|admitted"
                    r"|observer", re.IGNORECASE)
_ROLE_BEFORE = re.compile(
    r"(?P<role>(?:(?:two-year|three-year|rotating|current|new)\s+)*(?:non-permanent|permanent|full|founding"
    r"|observer|associate)?\s*(?:member(?:ship)?|chair(?:man|woman|person|manship)?|presidency|president"
    r"|vice[- ](?:president|chair)\w*|observer|seat)(?:\s+(?:term|status))?"
    r"|elected\s+(?:as\s+an?\s+\w+(?:\s+\w+)?\s+)?(?:to|as\s+a\s+member\s+of)|joined|accession\s+to"
    r"|admitted\s+to|became\s+(?:a|an|the)\s+(?:\w+\s+)?member\s+of|chair(?:s|ed|ing)|preside[sd]?\s+over)"
    r"\s+(?:(?:of|at|in|on|to|for|over|within)\s+)?(?:the\s+)?(?:\w+\s+){0,2}?$",
    re.IGNORECASE)
_ROLE_AFTER = re.compile(
    r"^(?:'s)?\s+(?P<role>chair(?:man|woman|person|manship)?|presidency|membership|vice[- ]chair\w*)\b", re.IGNORECASE)
_LISTING = re.compile(r"\b(?:roles|positions|seats|posts|memberships)\s+(?:in|on|at)\b", re.IGNORECASE)
_ACCESSION = re.compile(r"joined|accession|admitted|became", re.IGNORECASE)
_MODIFIER = re.compile(  # the body names a group of people or a meeting: "joined other ASEAN leaders"
    r"\s+(?:leaders?|summits?|meetings?|ministers?|foreign\s+ministers?|counterparts?|delegations?|delegates"
    r"|members|member\s+(?:states|countries|nations|economies)|countries|nations|partners|officials|secretariat|forum"
    r"|sessions?)\b", re.IGNORECASE)
_PERSON_TITLE = re.compile(r"\s*(?:Vice[- ])?(?:President|Chair(?:man|woman|person)?)\b")
_STOP = re.compile(r"[;.]\s|\bwhile\b|\bwhich\b", re.IGNORECASE)


@dataclass
class _Hit:
    start: int
    end: int
    body: str
    role: str | None
    cue: int  # where the cue starts, relative to the sentence
    accession: bool = False


def find_memberships(sentence: Sentence, article: Article, mentions: list[Mention],
                     times: list[TimeExpr], home: str | None,
                     previous: list[Indicator] | None = None) -> list[Membership]:
    """Every membership or office in a multilateral body that `sentence` gives a country."""
    text = sentence.text
    if not _CHEAP.search(text):
        return []
    hits = _hits(text)
    out: list[Membership] = []
    seen: set[tuple[str, str | None]] = set()
    for i, hit in enumerate(hits):
        if (hit.body, hit.role) in seen:
            continue
        seen.add((hit.body, hit.role))
        limit = hits[i + 1].start if i + 1 < len(hits) else len(text)
        start, end = _period(sentence, hit, times, limit, single=len(hits) == 1)
        if hit.accession:
            end = None
        out.append(Membership(_country(sentence, mentions, hit, hits, home), hit.body, hit.role,
                              start, end, source_of(sentence, article),
                              as_of=article.date if start is None and end is None else None))
    return out


def _hits(text: str) -> list[_Hit]:
    """Bodies with a membership cue, in reading order."""
    listing = _LISTING.search(text)
    hits: list[_Hit] = []
    for m in _BODY_RX.finditer(text):
        body = _BODIES[int((m.lastgroup or "b0")[1:])][1] or _clean(m.group(0))
        before = _ROLE_BEFORE.search(text, max(0, m.start() - 90), m.start())
        after = _ROLE_AFTER.match(text[m.end():])
        if before and _PERSON_TITLE.match(before.group(0)):
            continue  # "the President of the General Assembly": a person's office
        if before and _ACCESSION.match(before.group(0)) and _MODIFIER.match(text, m.end()):
            continue  # "joined other ASEAN leaders at the summit": not an accession
        if before and not _STOP.search(text, before.start(), m.start()):
            hits.append(_Hit(m.start(), m.end(), body, _role(before.group("role") or before.group(0)),
                             before.start(), bool(_ACCESSION.match(before.group(0)))))
        elif after:
            hits.append(_Hit(m.start(), m.end(), body, _role(after.group("role")), m.start()))
        elif (listing and 0 <= m.start() - listing.end() <= 150
              and not _STOP.search(text, listing.end(), m.start())
              and not any(h.body == body for h in hits)):
            hits.append(_Hit(m.start(), m.end(), body, None, listing.start()))
    return hits


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^(?:U\.?N\.?)\s", "United Nations ", text)


def _role(cue: str) -> str | None:
    """A normalised role from the cue words."""
    cue = cue.lower()
    for pattern, role in (
        (r"non-permanent", "non-permanent member"), (r"\bpermanent", "permanent member"),
        (r"vice[- ]president", "vice president"), (r"vice[- ]chair", "vice chair"),
        (r"presiden", "president"), (r"chair|preside", "chair"), (r"observer", "observer"),
        (r"associate", "associate member"), (r"founding", "founding member"),
    ):
        if re.search(pattern, cue):
            return role
    return "member"


def _period(sentence: Sentence, hit: _Hit, times: list[TimeExpr], limit: int,
            single: bool) -> tuple[date | None, date | None]:
    """The start and end of a membership (see the module docstring)."""
    local = sorted(times, key=lambda t: t.start)
    after = [t for t in local if hit.end <= rel(sentence, t.start) <= min(hit.end + 60, limit)]
    if after:
        return after[0].value.start, after[0].value.end
    bare = year_range(sentence.text[hit.end:min(hit.end + 60, limit)])
    if bare:
        return bare
    if single and local:
        near = min(local, key=lambda t: abs(rel(sentence, t.start) - hit.start))
        return near.value.start, near.value.end
    return None, None


def _country(sentence: Sentence, mentions: list[Mention], hit: _Hit, hits: list[_Hit],
             home: str | None) -> str | None:
    """The subject country: the nearest country mention before the cue, outside body names."""
    spans = [(h.start, h.end) for h in hits]
    before = [m for m in mentions if is_country(m) and rel(sentence, m.end) <= hit.cue
              and not any(s <= rel(sentence, m.start) < e for s, e in spans)]
    if before:
        return max(before, key=lambda m: m.start).country
    return home
