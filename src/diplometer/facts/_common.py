"""Small helpers shared by the fact extractors: sources, refs, numbers, qualifiers, offsets."""
from __future__ import annotations

import re
from datetime import date

from diplometer.records import ActorRef, Article, Mention, Sentence, Source, TimeExpr, When

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}

_TENS_RX = "|".join(_TENS)
_ORD_WORD_RX = (
    rf"(?:(?:{_TENS_RX})[- ](?:{'|'.join(_ORD_UNITS)})|{'|'.join(_ORD_TENS)}|{'|'.join(_ORD_UNITS)}"
    r"|one[- ]hundredth)"
)
_CARD_WORD_RX = rf"(?:(?:{_TENS_RX})(?:[- ](?:{'|'.join(k for k in _UNITS if _UNITS[k] < 10)}))?|" \
    rf"{'|'.join(_UNITS)}|(?:one|a) hundred)"

ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORD_WORD_RX})"
"""Regex source for an ordinal: "60th", "sixtieth", "forty-fifth"."""
CARDINAL = rf"(?:\d{{1,3}}|{_CARD_WORD_RX})"
"""Regex source for a small cardinal: "60", "sixty", "forty-five"."""

QUALIFIER = (
    r"(?:more\s+than|over|above|surpass\w*|exceed\w*|topp?\w*|in\s+excess\s+of|upwards\s+of|at\s+least"
    r"|nearly|almost|under|less\s+than|below|close\s+to|up\s+to|fewer\s+than"
    r"|about|around|approximately|roughly|some|an?\s+estimated|estimated\s+at)"
)
_QUAL_RX = re.compile(rf"\b{QUALIFIER}\b", re.IGNORECASE)
_MORE = re.compile(r"more|over|above|surpass|exceed|top|excess|upwards|least", re.IGNORECASE)
_LESS = re.compile(r"nearly|almost|under|less|below|close|up\s+to|fewer", re.IGNORECASE)


def source_of(sentence: Sentence, article: Article) -> Source:
    """The Source record of a fact read from `sentence`."""
    return Source(article.id, sentence.start, sentence.end, sentence.text)


def ref_of(mention: Mention) -> ActorRef:
    """An ActorRef for any mention, keeping its own key."""
    return ActorRef(mention.key, mention.name, mention.country)


def country_ref(mention: Mention) -> ActorRef:
    """An ActorRef keyed on the mention's country ("country:LAO")."""
    iso = mention.country or mention.key.split(":", 1)[-1]
    return ActorRef(f"country:{iso}", mention.name, iso)


def is_country(mention: Mention) -> bool:
    return mention.type == "country" and bool(mention.country)


def word_number(text: str) -> int | None:
    """Read "60", "60th", "sixty", "sixtieth", "forty-five", "forty-fifth", "one hundredth"."""
    text = text.strip().lower().replace("-", " ")
    digits = re.match(r"(\d+)", text)
    if digits:
        return int(digits.group(1))
    parts = text.split()
    if parts[:2] in (["one", "hundred"], ["a", "hundred"], ["one", "hundredth"]):
        return 100
    total = 0
    for part in parts:
        value = _UNITS.get(part, _TENS.get(part, _ORD_UNITS.get(part, _ORD_TENS.get(part))))
        if value is None:
            return None
        total += value
    return total or None


def parse_number(text: str) -> float:
    """A plain number from "1,200", "4.3", "31"."""
    return float(text.replace(",", ""))


def qualifier_of(window: str) -> str:
    """The qualifier named by the last qualifier word in `window` (the words before a figure)."""
    found = last_match(_QUAL_RX, window)
    if found is None:
        return "exact"
    word = found.group(0)
    if _LESS.match(word):
        return "less_than"
    if _MORE.match(word):
        return "more_than"
    return "about"


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last non-overlapping match of `pattern` in `text`, or None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the loop variable is the result
        pass
    return found


def rel(sentence: Sentence, pos: int) -> int:
    """An absolute offset made relative to the sentence."""
    return pos - sentence.start


def article_year(article: Article) -> int | None:
    return article.date.year if article.date else None


def span_days(when: When) -> int:
    return (when.end - when.start).days


def combine(start: When, end: When, text: str) -> When:
    """One closed interval from the start of one expression to the end of another."""
    return When(start.start, max(end.end, start.start), "range", text)


def year_range(text: str) -> tuple[date, date] | None:
    """A fallback for a bare "2023-2025" / "2020–2021" span when no time expression covers it."""
    match = re.search(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b", text)
    if not match:
        single = re.search(r"\b((?:19|20)\d\d)\b", text)
        if not single:
            return None
        year = int(single.group(1))
        return date(year, 1, 1), date(year, 12, 31)
    first, last = match.group(1), match.group(2)
    if len(last) == 2:
        last = first[:2] + last
    if int(last) < int(first):
        return None
    return date(int(first), 1, 1), date(int(last), 12, 31)


def times_after(times: list[TimeExpr], pos: int) -> list[TimeExpr]:
    """Time expressions starting at or after absolute offset `pos`, in order."""
    return sorted((t for t in times if t.start >= pos), key=lambda t: t.start)
