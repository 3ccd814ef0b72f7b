"""Policy documents and policy-making meetings named in a sentence.

Recognised: numbered documents ("Directive No 32-CT/TW", "Resolution 59-NQ/TW", "Decree No
15/2022/ND-CP"), a congress's resolution ("the 13th National Party Congress's Resolution"),
domestic policy conferences ("the first national conference on foreign affairs", "the 32nd
Diplomatic Conference"), plenums ("the seventh plenum of the 13th Party Central Committee"),
numbered congresses ("the 20th CPC National Congress": a party's acronym may stand before
"National"), laws ("the Law on Foreign Investment", "the Investment Law", "... Act"),
strategies ("the National Defence Strategy"), white papers and plans ("master plan",
"National Action Plan").

Titles are as written without the leading article; a spelled-out ordinal before a conference
("the first national conference ...") is left out of the title, a numeric one is kept
("32nd Diplomatic Conference"). A congress inside a resolution's title is not reported apart.

Date: the first time expression after the title that is attached to it: within 40 characters
("dated February 18, 2019", "on May 17", "held in Hanoi on ..."), or up to 250 characters when a
participle follows the title ("held by ... on December 14, 2021"); never one opened by
"to/until/since/from" (the end of a span that merely starts at the policy), except a whole
range opened by "from/between" ("held from Oct. 16 to 22"). No time: None.
"""
from __future__ import annotations

import re

from diplometer.facts._common import ORDINAL, rel, source_of
from diplometer.records import Article, Indicator, Mention, Policy, Sentence, TimeExpr, When

_CAP = r"[A-Z][\w'’-]*(?![\w'’-])"
_AFTER_THE = r"(?:(?<=\bthe\s)|(?<=\bThe\s)|(?<=\bits\s)|(?<='s\s)|(?<=’s\s))"
_DOC_TYPES = r"Directive|Resolution|Decision|Decree|Conclusion|Circular|Regulation|Ordinance|Instruction"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("numbered", re.compile(
        rf"\b(?P<t>(?P<kind>{_DOC_TYPES})\s+(?:No\.?\s*|Number\s+|#)?\d+[\w/.-]*\d?[\w/-]*(?<![.,-]))")),
    ("resolution", re.compile(
        rf"\b(?P<t>{ORDINAL}\s+(?:National\s+)?(?:Party\s+)?Congress(?:['’]s|['’])\s+Resolutions?)"
        rf"|\b(?P<t2>Resolutions?\s+(?:of|adopted\s+(?:at|by))\s+the\s+{ORDINAL}\s+(?:National\s+)?"
        rf"(?:Party\s+)?Congress)", re.IGNORECASE)),
    ("conference", re.compile(
        r"\b(?:the\s+)?(?:(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?"
        r"(?P<t>(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:national|nationwide|Diplomatic|Party|central)\s+)+"
        r"[Cc]onference(?:\s+(?:on|of)\s+(?:(?!held|organi[sz]ed|convened|chaired|in\b|on\b|at\b|by\b"
        r"|was\b|which\b|that\b|with\b)[\w-]+\s*){1,5})?"
        r"|[Cc]onference\s+of\s+(?:Vietnamese\s+|[A-Z]\w+\s+)?(?:Ambassadors|[Hh]eads\s+of\s+[\w\s]+?"
        r"(?:[Mm]issions|[Aa]gencies))\b)", re.IGNORECASE)),
    ("plenum", re.compile(
        rf"\b(?P<t>{ORDINAL}\s+(?:plenum|plenary\s+(?:session|meeting))\s+of\s+the\s+{ORDINAL}\s+"
        rf"(?:{_CAP}\s+){{0,3}}(?:Central\s+Committee|National\s+Assembly|Congress))", re.IGNORECASE)),
    ("session", re.compile(
        rf"\b(?P<t>{ORDINAL}\s+session\s+of\s+the\s+{ORDINAL}\s+National\s+Assembly)", re.IGNORECASE)),
    ("congress", re.compile(
        rf"\b(?P<t>{ORDINAL}\s+(?:[A-Z]{{2,6}}\s+)?(?:National\s+)?(?:Party\s+)?Congress"
        rf"(?:\s+of\s+the\s+(?:{_CAP}\s+){{0,6}}(?:Party|Union|League)(?:\s+of\s+{_CAP})?)?)")),
    ("law", re.compile(
        rf"\b(?P<t>(?:(?:amended|revised|new)\s+)?Law\s+on\s+{_CAP}"
        rf"(?:\s+(?:(?:and|of|on|for|the|in|to)\s+)*(?!(?:Law|Act)\b){_CAP})*(?!\s+(?:Law|Act)\b)"
        rf"|{_AFTER_THE}(?!International\b|Humanitarian\b|Maritime\b){_CAP}(?:\s+{_CAP}){{0,4}}\s+(?:Law|Act)"
        rf"(?!\s+(?:Commission|Committee|School|Faculty|Firm|of)\b))")),
    ("strategy", re.compile(rf"\b(?P<t>{_AFTER_THE}{_CAP}(?:\s+{_CAP}){{0,4}}\s+Strategy)\b")),
    ("white_paper", re.compile(rf"\b(?P<t>{_AFTER_THE}{_CAP}(?:\s+{_CAP}){{0,3}}\s+White\s+Paper)\b")),
    ("plan", re.compile(
        rf"\b(?P<t>{_AFTER_THE}(?:{_CAP}\s+){{0,4}}(?:Master\s+Plan|Action\s+Plan|Plan\s+of\s+Action)"
        rf"|{_AFTER_THE}(?:{_CAP}\s+){{1,4}}Plan(?=\s+(?:for|on|to)\b)|master\s+plan)\b")),
)
_KEYWORDS = {
    "numbered": ("directive", "resolution", "decision", "decree", "conclusion", "circular", "regulation",
                 "ordinance", "instruction"),
    "resolution": ("resolution",), "conference": ("conference",), "plenum": ("plenum", "plenary"),
    "session": ("session",), "congress": ("congress",), "law": ("law", "act"), "strategy": ("strategy",),
    "white_paper": ("white paper",), "plan": ("plan",),
}
_CHEAP = re.compile(r"directive|resolution|decision|decree|conclusion|circular|regulation|ordinance"
                    r"|instruction|conference|plenum|plenary|session|congress|law\b|act\b|strategy|paper"
                    r"|plan\b", re.IGNORECASE)
_ATTACH_NEAR = re.compile(r"^[\s,]*(?:(?:dated|issued|signed|adopted|approved|promulgated|held|organi[sz]ed"
                          r"|convened|opened|took\s+place|passed|on|in|at|of)\b[^,;]*?)?$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"^[\s,]*(?:held|organi[sz]ed|convened|hosted|chaired|co-chaired|opened|took\s+place"
                         r"|that\s+took\s+place|which\s+(?:was\s+held|took\s+place))\b", re.IGNORECASE)
_OPEN_END = re.compile(r"\b(?:to|until|till|through|since|from|before|after)\s*$", re.IGNORECASE)


def find_policies(sentence: Sentence, article: Article, mentions: list[Mention],
                  times: list[TimeExpr], home: str | None,
                  previous: list[Indicator] | None = None) -> list[Policy]:
    """Every policy document or policy-making meeting named in `sentence`, deduplicated."""
    text = sentence.text
    if not _CHEAP.search(text):
        return []
    found: list[tuple[int, int, str, str]] = []
    lower = text.lower()
    for kind, pattern in _PATTERNS:
        if not any(word in lower for word in _KEYWORDS[kind]):
            continue
        for m in pattern.finditer(text):
            group = "t" if m.group("t") else "t2"
            start, end = m.span(group)
            title = _tidy(m.group(group))
            ptype = m.group("kind").lower() if kind == "numbered" else kind
            if any(s <= start and end <= e for s, e, _, _ in found):
                continue  # inside a longer title already found ("Congress's Resolution")
            found.append((start, end, ptype, title))
    out: list[Policy] = []
    seen: set[tuple[str, str]] = set()
    for _start, end, ptype, title in sorted(found):
        key = (ptype, title.lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(Policy(ptype, title, _date(sentence, end, times), source_of(sentence, article)))
    return out


def _tidy(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip().rstrip(",.;:")
    return re.sub(r"^(?:the|The)\s+", "", title)


def _whole_range(gap: str, time: TimeExpr) -> bool:
    """ "held from Oct. 16 to 22": a range that itself spans the meeting, not an open end."""
    return bool(re.search(r"\b(?:from|between)\s*$", gap, re.IGNORECASE)) and time.value.start != time.value.end \
        and bool(re.search(r"\bto\b|\band\b|[-–]", time.text))


def _date(sentence: Sentence, end: int, times: list[TimeExpr]) -> When | None:
    """The time expression attached to a title ending at `end` (relative), or None."""
    text = sentence.text
    for t in sorted(times, key=lambda x: x.start):
        start = rel(sentence, t.start)
        if start < end:
            continue
        gap = text[end:start]
        if ";" in gap or (_OPEN_END.search(gap) and not _whole_range(gap, t)):
            return None
        if len(gap) <= 40 and _ATTACH_NEAR.match(gap):
            return t.value
        if len(gap) <= 250 and _PARTICIPLE.match(gap) and "." not in gap.replace("No.", ""):
            return t.value
        return None
    return None
