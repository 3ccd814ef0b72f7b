"""Find and normalise time expressions (TIMEX3 DATE and TIME) in dated news text.

Design
------
The grammar is a fixed tuple of compiled regular expressions (`_RULES`), one per family of
expressions (full dates, month periods, years, seasons, weekdays, relative units, ...). Each
rule has a named group ``t`` holding the words of the expression (context words such as the
preposition in "in May" sit outside it), an optional `accept` check on the surrounding text
and a `resolve` function that turns the match into an interval of days.

Speed: a rule's full pattern (with its optional leading words) is slow to scan everywhere, so
each rule also has a `trigger`, a plain literal alternation of its key words ("May",
"Tuesday", "week", a four-digit year, ...) that `re` scans at C speed; the full pattern is
only tried in a short window around each trigger. That keeps the whole pass at several MB of
news text per second.

`find_times` keeps the longest non-overlapping candidates, then resolves them left to right
so that anaphoric expressions ("the following day", "that year", "two days later") can lean
on the most recent earlier expression of fine enough grain, anaphoric ones included, so a
narrative chains ("On May 3 ... the following day ... two days later" = May 3, 4, 6); with
none, they use the article date. A clock time right next to a day ("Tuesday at 3 p.m.") is
merged into it; a bare one takes the day of a day expression just before it in the same
sentence, else the article date.

Choices
-------
* Intervals are closed ranges of days. Precision: "day" for single days (clock times too),
  "month" for a calendar month and for parts of one ("early July" = 1-10, "mid-March" =
  11-20, "late May" / "the end of June" = 21-end, "the beginning of June" = 1-10, first
  half = 1-15), "part_of_year" for seasons, quarters, halves and parts of a year ("early
  2023" = Jan-Apr, "mid-2023" = May-Aug, "late 2022" = Sep-Dec, "the end of 2022" = Nov-Dec,
  "the beginning of 2023" = Jan-Feb), "year" for a calendar year and "range" for anything
  else (weeks, weekends, day and year ranges, decades, "earlier this month").
* Weeks run Monday to Sunday; a weekend is that week's Saturday and Sunday.
* Seasons are northern-hemisphere meteorological: spring Mar-May, summer Jun-Aug, autumn /
  fall Sep-Nov, winter Dec of the previous year to the end of February ("winter 2021" =
  2020-12-01..2021-02-28).
* Decades: "the 1990s" = 1990-1999; early = years 0-3, mid = 3-6, late = 7-9.
  "the past decade / year / month / week" = the trailing window ending on the article date.
* "N days/weeks/months/years ago" is the day / Monday-Sunday week / month / year that far
  back; "a year ago" is therefore last calendar year. "in N weeks" is only read as a date in
  a future sentence and not after "first ... in" ("the first visit in 20 years" is a
  duration).
* Years are left out when the month (or day) has none: the article's year, except that in a
  future sentence ("will", "to visit", "next", "scheduled", ...) a date already past moves to
  next year, and in a past sentence a date more than 60 days ahead (183 without any cue)
  moves to last year. The tense cue is searched within 80 characters either side, cut at
  sentence ends. Bare weekdays are the latest such day on or before the article date, or the
  first on or after it in a future sentence; "last X" / "next X" are strictly before / after.
  Bare seasons ("this winter") are the one containing the article date, else the nearest.
* Without an article date, expressions that need one are skipped; absolute ones remain.
* Bare four-digit numbers are years only in 1800-2100, not next to digits, currency or
  commas, not after count words ("about", "more than", "No.", "Resolution") and not before a
  unit noun ("2000 troops"). Durations ("for two years") are not emitted.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

from diplometer.records import TimeExpr, When

__all__ = ["find_times", "parse_when", "times_in"]

Interval = tuple[date, date]
Span = tuple[date, date, str]  # start, end, precision

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_MON = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}\.?)(?![A-Za-z])"
# "Jul", "Sept. 3", "May 16": a month's name, with a day or not (the mention reader drops datelines' months)
MONTH_DAY = re.compile(rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}\.?)(?:\s+\d{{1,2}})?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![A-Za-z])"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)(?!\d)"
# "in July last year", "on March 3 next year": the year named relative to the article's
_YEAR_REL = r"\s+(?:of\s+)?(?P<yrel>(?i:last|this|next))\s+year(?![\w-])"
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
_PART = (r"(?i:\b(?:early|mid|late|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of"
         r"|the\s+(?:first|second|latter)\s+half\s+of"
         r"|the\s+(?:first|second|third|fourth|final|last)\s+quarter\s+of))")
_NUM = (r"(?i:a\s+couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|fifteen|twenty|thirty|forty|fifty|\d{1,3})")
_THROUGH_BEFORE = re.compile(r"\b(?:through|until|till|by)\s+$", re.IGNORECASE)  # "visiting through Friday"
_UNIT_REL = (r"(?i:earlier\s+(?:this|in\s+the)|later\s+(?:this|in\s+the)|this\s+past|this\s+coming|the\s+coming|the\s+current"
             r"|the\s+past|the\s+last|the\s+previous|the\s+preceding|the\s+following|the\s+next"
             r"|the\s+same|this|last|next|that|the)")

_MONTHS: Final[Mapping[str, int]] = MappingProxyType({
    name: number for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)})
_WEEKDAYS: Final[Mapping[str, int]] = MappingProxyType({
    name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))})
_NUMBERS: Final[Mapping[str, int]] = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2})
_PART_ALIASES: Final[Mapping[str, str]] = MappingProxyType({
    "start": "beginning", "middle": "mid", "close": "end", "latter half": "second half",
    "first quarter": "q1", "second quarter": "q2", "third quarter": "q3", "fourth quarter": "q4",
    "final quarter": "q4", "last quarter": "q4", "h1": "first half", "h2": "second half"})
# Parts as (first, last) month of a year, day of a month, weekday of a week, year of a decade.
_YEAR_PARTS: Final[Mapping[str, tuple[int, int]]] = MappingProxyType({
    "early": (1, 4), "mid": (5, 8), "late": (9, 12), "beginning": (1, 2), "end": (11, 12),
    "first half": (1, 6), "second half": (7, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9),
    "q4": (10, 12)})
_MONTH_PARTS: Final[Mapping[str, tuple[int, int]]] = MappingProxyType({
    "early": (1, 10), "mid": (11, 20), "late": (21, 31), "beginning": (1, 10), "end": (21, 31),
    "first half": (1, 15), "second half": (16, 31)})
_WEEK_PARTS: Final[Mapping[str, tuple[int, int]]] = MappingProxyType({
    "early": (0, 1), "beginning": (0, 1), "mid": (2, 3), "late": (4, 6), "end": (4, 6),
    "first half": (0, 3), "second half": (3, 6)})
_DECADE_PARTS: Final[Mapping[str, tuple[int, int]]] = MappingProxyType({
    "early": (0, 3), "mid": (3, 6), "late": (7, 9)})
_SEASONS: Final[Mapping[str, int]] = MappingProxyType({  # first month; winter starts the year before
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12})
_MONTHS_IN: Final[Mapping[str, int]] = MappingProxyType({
    "month": 1, "quarter": 3, "year": 12, "decade": 120})
_PRECISION: Final[Mapping[str, str]] = MappingProxyType({
    "day": "day", "week": "range", "weekend": "range", "month": "month",
    "quarter": "part_of_year", "year": "year", "decade": "range"})
_REL_STEP: Final[Mapping[str, int]] = MappingProxyType({
    "this": 0, "the current": 0, "the": 0, "last": -1, "this past": -1, "the past": -1, "the last": -1,
    "next": 1, "the coming": 1, "this coming": 1})
_ANAPHORIC_STEP: Final[Mapping[str, int]] = MappingProxyType({
    "the following": 1, "the next": 1, "the previous": -1, "the preceding": -1, "the same": 0,
    "that": 0})

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|would|won't|going\s+to|(?:is|are)\s+(?:set\s+|due\s+)?to|due\s+to|(?:is|are)\s+due\s+in|expected\s+to"
    r"|plans?\s+to|planning\s+to|planned|scheduled|upcoming|forthcoming|ahead\s+of|next"
    r"|to\s+(?:visit|attend|host|hold|meet|travel|sign|take\s+place|be\s+held))\b|'ll\b", re.IGNORECASE)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|ago|last|earlier|previously|arrived|left|departed|returned|flew|travel(?:l)?ed|called|"
    r"spoke|talked|urged|accused|rejected|condemned|sent|congratulated|launched|ended|wrapped\s+up|"
    r"visited|met|held|signed|attended|hosted"
    r"|received|concluded|took\s+place|began|started|ended|opened|paid|welcomed|announced|agreed"
    r"|said|told|discussed|adopted|marked|celebrated|joined|reached|launched|issued|passed)\b", re.IGNORECASE)
# any other verb in the simple past ("boycotted", "shelled"): lower case only, so that "United"
# is no cue; participles that look forward or describe are left out
_PAST_ED = re.compile(r"\b(?!(?:planned|scheduled|expected|proposed|intended|based|related|concerned|interested|"
                      r"needed|required|called|named|titled|aimed|designed|dedicated)\b)[a-z]{3,}ed\b")
_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\b|;")
_BOUNDARY = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])")
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:about|some|nearly|almost|approximately|roughly|more\s+than|fewer\s+than|less\s+than"
    r"|at\s+least|up\s+to|total\s+of|No|Nos|number|Resolution|Decree|Decision|Article|Law|Circular"
    r"|Directive|Route|Flight|Room|Highway|page|pages|Section)\.?\s*|[$€£¥#]\s*)$", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"\s*(?:people|persons|troops|soldiers|personnel|workers|students|tonnes|tons|km|kilometres"
    r"|kilometers|miles|metres|meters|hectares|ha|units|vehicles|members|cases|deaths|refugees"
    r"|migrants|families|households|projects|companies|firms|enterprises|delegates|participants"
    r"|visitors|tourists|officials|times|votes|seats|dollars|euros|yuan|dong|USD|VND|million"
    r"|billion|thousand|hundred|percent|per\s+cent|hours|hrs|GMT|MW|kW|GW|kg)\b", re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|last|highest|lowest|largest|biggest|worst|best|most|least|only|time|ever)\b[^.]{0,40}$",
    re.IGNORECASE)
_CLOCK_GAP = re.compile(r"[\s,]*(?:(?:at|on|of)\s+)?")


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------------------------

def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _from_index(index: int, last: bool = False) -> date:
    """The first (or last) day of the month numbered `index` = year * 12 + month - 1."""
    year, month = divmod(index, 12)
    return _month_end(year, month + 1) if last else date(year, month + 1, 1)


def _shift_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _period(day: date, unit: str, step: int = 0) -> Interval:
    """The day / week / weekend / month / quarter / year / decade holding `day`, moved `step` units."""
    if unit == "day":
        moved = day + timedelta(days=step)
        return moved, moved
    if unit in ("week", "weekend"):
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=step)
        first = monday + timedelta(days=5 if unit == "weekend" else 0)
        return first, monday + timedelta(days=6)
    size = _MONTHS_IN[unit]
    index = day.year * 12 + day.month - 1
    first_index = index - index % size + step * size
    return _from_index(first_index), _from_index(first_index + size - 1, last=True)


def _trailing(anchor: date, unit: str) -> Interval:
    """"the past year": the window of one unit that ends on the article date."""
    if unit == "week":
        return anchor - timedelta(days=6), anchor
    return _shift_months(anchor, -_MONTHS_IN[unit]) + timedelta(days=1), anchor


def _part_key(raw: str) -> str:
    words = [w for w in raw.lower().replace("-", " ").split() if w not in ("the", "very", "of")]
    key = " ".join(words)
    return _PART_ALIASES.get(key, key)


def _apply_part(part: str, interval: Interval, unit: str) -> Span | None:
    """Narrow a period to "early", "mid", "the end of", a half or a quarter of it."""
    start, end = interval
    key = _part_key(part)
    if unit == "year" and key in _YEAR_PARTS:
        first, last = _YEAR_PARTS[key]
        return date(start.year, first, 1), _month_end(start.year, last), "part_of_year"
    if unit == "month" and key in _MONTH_PARTS:
        first, last = _MONTH_PARTS[key]
        return start.replace(day=first), start.replace(day=min(last, end.day)), "month"
    if unit == "week" and key in _WEEK_PARTS:
        first, last = _WEEK_PARTS[key]
        return start + timedelta(days=first), start + timedelta(days=last), "range"
    if unit == "decade" and key in _DECADE_PARTS:
        first, last = _DECADE_PARTS[key]
        return date(start.year + first, 1, 1), date(start.year + last, 12, 31), "range"
    return None


def _season(name: str, year: int) -> Interval:
    first = _SEASONS[name.lower()]
    start_year = year - 1 if first == 12 else year
    index = start_year * 12 + first - 1
    return _from_index(index), _from_index(index + 2, last=True)


def _distance(interval: Interval, anchor: date) -> int:
    if interval[0] > anchor:
        return (interval[0] - anchor).days
    return max(0, (anchor - interval[1]).days)


def _occurrence(make: Callable[[int], Interval | None], anchor: date, tense: str | None) -> Interval | None:
    """Place a month or day given without a year: the article's year unless the tense says otherwise."""
    this = make(anchor.year)
    if this is None:
        return None
    if tense == "future":
        return this if this[1] >= anchor else make(anchor.year + 1)
    slack = timedelta(days=60 if tense == "past" else 183)
    return make(anchor.year - 1) if this[0] > anchor + slack else this


def _nearest(cands: list[Interval], anchor: date, tense: str | None, rel: str) -> Interval:
    """Pick among yearly occurrences (seasons): containing, else last/next by rel or tense, else nearest."""
    before = [c for c in cands if c[1] < anchor]
    after = [c for c in cands if c[0] > anchor]
    if rel in ("last", "this past", "the past", "past", "previous"):
        return before[-1]
    if rel in ("next", "this coming", "the coming", "coming"):
        return after[0]
    inside = [c for c in cands if c[0] <= anchor <= c[1]]
    if inside:
        return inside[0]
    if tense is not None:
        return after[0] if tense == "future" else before[-1]
    return min(before[-1], after[0], key=lambda c: _distance(c, anchor))


def _weekday_near(anchor: date, weekday: int, direction: int, strict: bool) -> date:
    """The nearest `weekday` before (direction -1) or after (+1) the anchor; the anchor too unless strict."""
    gap = ((weekday - anchor.weekday()) * direction) % 7
    if gap == 0 and strict:
        gap = 7
    return anchor + timedelta(days=gap * direction)


def _number(raw: str) -> int:
    raw = " ".join(raw.lower().split())
    return int(raw) if raw.isdigit() else _NUMBERS[raw]


# ---------------------------------------------------------------------------------------------
# Resolution context
# ---------------------------------------------------------------------------------------------

@dataclass
class _Ctx:
    """What a resolver may look at: the text, the article date and the expressions already read."""

    text: str
    anchor: date | None
    found: list[tuple[TimeExpr, str]] = field(default_factory=list)

    def tense(self, m: re.Match[str]) -> str | None:
        return _tense(self.text, m.start("t"), m.end("t"))

    def ref(self, unit: str) -> date | None:
        """The start of the most recent earlier expression fine enough for `unit`, else the anchor."""
        for expr, _kind in reversed(self.found):
            if _fine_enough(expr.value, unit):
                return expr.value.start
        return self.anchor


def _fine_enough(value: When, unit: str) -> bool:
    if unit in ("day", "week", "weekend"):
        return value.precision == "day"
    if unit == "month":
        return value.precision in ("day", "month")
    if unit == "quarter":
        return value.precision in ("day", "month", "part_of_year")
    return unit == "decade" or value.start.year == value.end.year


def _tense(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None from cue words within 80 characters, inside the same sentence:
    the cue nearest before the expression decides ("arrived on Monday to attend" is past);
    without one, the first cue after it."""
    before = text[max(0, start - 80):start]
    cuts = list(_BOUNDARY.finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    after = text[end:end + 80]
    cut = _BOUNDARY.search(after)
    if cut:
        after = after[:cut.start() + 1]
    joined = _NEXT_CLAUSE.search(after)  # "co-chaired ... in January, and the next one is scheduled": another clause's
    if joined:
        after = after[:joined.start()]
    cues = [(m.end(), "future") for m in _FUTURE_CUE.finditer(before)]
    cues += [(m.end(), "past") for pattern in (_PAST_CUE, _PAST_ED) for m in pattern.finditer(before)]
    if cues:
        return max(cues)[1]
    cues = [(m.start(), "future") for m in _FUTURE_CUE.finditer(after)]
    cues += [(m.start(), "past") for pattern in (_PAST_CUE, _PAST_ED) for m in pattern.finditer(after)]
    return min(cues)[1] if cues else None


# ---------------------------------------------------------------------------------------------
# Resolvers: one per rule, each returning (start, end, precision) or None
# ---------------------------------------------------------------------------------------------

def _month_of(m: re.Match[str], group: str = "mon") -> int:
    return _MONTHS[m[group][:3].lower()]


def _day_of(raw: str) -> int:
    return int(raw.rstrip("stndrh"))


def _days_maker(month: int, day: int, day2: int | None) -> Callable[[int], Interval | None]:
    def make(year: int) -> Interval | None:
        try:
            start, end = date(year, month, day), date(year, month, day2 or day)
        except ValueError:
            return None
        return (start, end) if end >= start else None
    return make


def _fit_weekday(span: Interval, weekday: str | None, make: Callable[[int], Interval | None]) -> Interval:
    """For "Tuesday, May 2" without a year: move a year either way if that makes the weekday agree."""
    if weekday is None or span[0].weekday() == _WEEKDAYS[weekday[:3].lower()]:
        return span
    for year in (span[0].year - 1, span[0].year + 1):
        other = make(year)
        if other and other[0].weekday() == _WEEKDAYS[weekday[:3].lower()]:
            return other
    return span


def _named_year(m: re.Match[str], ctx: _Ctx) -> int | None:
    """The year written after a month: "2023", or "last year" counted from the article's."""
    if m["year"]:
        return int(m["year"])
    rel = m.groupdict().get("yrel")
    if rel and ctx.anchor is not None:
        return ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[rel.lower()]
    return None


def _resolve_day_month(m: re.Match[str], ctx: _Ctx) -> Span | None:
    day2 = _day_of(m["day2"]) if m["day2"] else None
    make = _days_maker(_month_of(m), _day_of(m["day"]), day2)
    if (year := _named_year(m, ctx)) is not None:
        span = make(year)
    elif ctx.anchor is None:
        return None
    else:
        span = _occurrence(make, ctx.anchor, ctx.tense(m))
        span = span and _fit_weekday(span, m["wd"], make)
    return (span[0], span[1], "range" if day2 else "day") if span else None


def _resolve_iso(m: re.Match[str], ctx: _Ctx) -> Span | None:
    try:
        day = date(int(m["year"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return day, day, "day"


def _month_maker(month: int) -> Callable[[int], Interval]:
    return lambda year: (date(year, month, 1), _month_end(year, month))


def _place_month(m: re.Match[str], ctx: _Ctx, make: Callable[[int], Interval]) -> Interval | None:
    """A month named without a year: "this/last/next May" or the tense rule."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    rel = " ".join(m["rel"].lower().split()) if m["rel"] else ""
    this = make(anchor.year)
    if rel in ("last", "this past"):
        return this if this[1] < anchor else make(anchor.year - 1)
    if rel in ("next", "this coming"):
        return this if this[0] > anchor else make(anchor.year + 1)
    return _occurrence(make, anchor, ctx.tense(m))


def _resolve_month(m: re.Match[str], ctx: _Ctx) -> Span | None:
    make = _month_maker(_month_of(m))
    year = _named_year(m, ctx)
    span = make(year) if year is not None else _place_month(m, ctx, make)
    if span is None:
        return None
    return _apply_part(m["part"], span, "month") if m["part"] else (span[0], span[1], "month")


def _accept_month(m: re.Match[str], text: str) -> bool:
    if len(m["mon"].rstrip(".")) <= 4 and m["mon"] not in ("May", "June", "July") and not m["year"]:
        return False
    return bool(m["pre"] or m["part"] or m["rel"] or m["year"] or m["yrel"])


def _resolve_month_range(m: re.Match[str], ctx: _Ctx) -> Span | None:
    first, last = _month_of(m), _month_of(m, "mon2")
    if m["year2"]:
        year2 = int(m["year2"])
        year1 = int(m["year"]) if m["year"] else (year2 - 1 if first > last else year2)
    elif ctx.anchor is None:
        return None
    else:
        span = _occurrence(_month_maker(last), ctx.anchor, ctx.tense(m))
        year2 = span[1].year if span else ctx.anchor.year
        year1 = year2 - 1 if first > last else year2
    start, end = date(year1, first, 1), _month_end(year2, last)
    return (start, end, "range") if start < end else None


def _accept_month_range(m: re.Match[str], text: str) -> bool:
    if m["sep"].strip() == "and" and (m["pre"] or "").lower() != "between":
        return False
    return bool(m["pre"] or m["year2"])


def _resolve_year(m: re.Match[str], ctx: _Ctx) -> Span | None:
    year = int(m["year"])
    interval = (date(year, 1, 1), date(year, 12, 31))
    part = m["part"] or m["q"]
    return _apply_part(part, interval, "year") if part else (interval[0], interval[1], "year")


def _accept_year(m: re.Match[str], text: str) -> bool:
    if m["part"] or m["q"]:
        return True
    start, end = m.span("year")
    if _COUNT_BEFORE.search(text, max(0, start - 25), start) or _NAMED_BEFORE.search(text, max(0, start - 12), start):
        return False
    return not _UNIT_AFTER.match(text, end)


# "the Finance Act 2023", "Vision 2030", "Expo 2020": a year inside a name is no time of anything told
_NAMED_BEFORE = re.compile(r"\b(?:Act|Law|Bill|Agenda|Vision|Expo|Cup|Games|Olympics|Budget|Strategy|Programme|Program|"
                           r"Euro|Plan)\s+$")


def _range_years(m: re.Match[str]) -> tuple[int, int]:
    first, second = int(m["y1"]), m["y2"]
    return first, int(second) if len(second) == 4 else first // 100 * 100 + int(second)


def _resolve_year_range(m: re.Match[str], ctx: _Ctx) -> Span | None:
    first, last = _range_years(m)
    return date(first, 1, 1), date(last, 12, 31), "range"


def _accept_year_range(m: re.Match[str], text: str) -> bool:
    sep = m["sep"].strip().lower()
    if sep == "and" and (m["pre"] or "").lower() != "between":
        return False
    first, last = _range_years(m)
    return first < last <= first + 100 and (len(m["y2"]) == 4 or sep in "-–—/")


def _resolve_decade(m: re.Match[str], ctx: _Ctx) -> Span | None:
    decade = int(m["dec"]) if m["dec"] else 1900 + int(m["short"] or m["short2"])
    interval = (date(decade, 1, 1), date(decade + 9, 12, 31))
    if m["part"]:
        return _apply_part(m["part"], interval, "decade")
    return interval[0], interval[1], "range"


def _accept_decade(m: re.Match[str], text: str) -> bool:
    return bool(m["dec"] or m["the"])


def _resolve_season(m: re.Match[str], ctx: _Ctx) -> Span | None:
    name = m["season"].lower()
    if m["year"]:
        span = _season(name, int(m["year"]))
    elif ctx.anchor is None:
        return None
    else:
        rel = " ".join((m["rel"] or "").lower().split())
        if rel in ("the following", "the previous", "that"):
            return _resolve_season_anaphor(name, rel, ctx)
        years = range(ctx.anchor.year - 1, ctx.anchor.year + 3)
        span = _nearest([_season(name, y) for y in years], ctx.anchor, ctx.tense(m), rel)
    return _season_part(m, span)


def _resolve_season_anaphor(name: str, rel: str, ctx: _Ctx) -> Span | None:
    base = ctx.ref("year")
    if base is None:
        return None
    year = base.year + {"the following": 1, "the previous": -1}.get(rel, 0)
    span = _season(name, year + 1 if name == "winter" else year)
    return span[0], span[1], "part_of_year"


def _season_part(m: re.Match[str], span: Interval) -> Span:
    if not m["part"]:
        return span[0], span[1], "part_of_year"
    key = _part_key(m["part"])
    first_month = span[0].year * 12 + span[0].month - 1
    offset = {"early": 0, "mid": 1, "late": 2}[key]
    return _from_index(first_month + offset), _from_index(first_month + offset, last=True), "part_of_year"


def _accept_season(m: re.Match[str], text: str) -> bool:
    after = text[m.end("t"):m.end("t") + 40]
    if not m["year"] and re.match(r"\s+of\s+(?!\d)", after):
        return False
    if m["season"][0].isupper() and not m["year"] and re.match(r"\s+[A-Z]", after):
        return False
    return bool(m["pre"] or m["rel"] or m["part"] or m["year"])


def _resolve_unit(m: re.Match[str], ctx: _Ctx) -> Span | None:
    rel = " ".join(m["rel"].lower().split()).replace(" in the", " this")
    unit = _unit_of(m)
    if rel in _ANAPHORIC_STEP:
        base = ctx.ref(unit)
        span = _period(base, unit, _ANAPHORIC_STEP[rel]) if base else None
    elif ctx.anchor is None:
        return None
    elif rel in ("earlier this", "later this"):
        return _partial_period(ctx.anchor, unit, rel == "later this")
    elif unit == "weekend":
        span = _weekend(ctx.anchor, rel, ctx.tense(m))
    elif rel in ("the past", "the last"):
        return (*_trailing(ctx.anchor, unit), "range")
    elif _year_in_review(rel, unit, ctx, m):
        span = _period(ctx.anchor, unit, -1)
    else:
        span = _period(ctx.anchor, unit, _REL_STEP[rel])
    if span is None:
        return None
    return _apply_part(m["part"], span, unit) if m["part"] else (span[0], span[1], _PRECISION[unit])


def _year_in_review(rel: str, unit: str, ctx: _Ctx, m: re.Match[str]) -> bool:
    """"this year" in the past tense in an article of early January is the year just ended:
    the year-end reviews published then ("celebrated ... this year") look back on it."""
    assert ctx.anchor is not None
    if not (rel == "this" and unit == "year" and ctx.anchor.month == 1 and ctx.anchor.day <= 15):
        return False
    cuts = list(_BOUNDARY.finditer(ctx.text, 0, m.start("t")))
    clause = ctx.text[cuts[-1].end() if cuts else 0:m.start("t")]
    return bool(_PAST_CUE.search(clause)) and not _FUTURE_CUE.search(clause)


def _partial_period(anchor: date, unit: str, later: bool) -> Span:
    start, end = _period(anchor, unit)
    if later:
        return min(anchor + timedelta(days=1), end), end, "range"
    return start, anchor, "range"


def _weekend(anchor: date, rel: str, tense: str | None) -> Interval:
    weekend_now = anchor.weekday() >= 5
    if rel == "the":
        step = 0 if tense == "future" or weekend_now else -1
    elif rel in ("the coming", "this coming"):
        step = 1 if anchor.weekday() == 6 else 0
    else:
        step = _REL_STEP[rel]
    return _period(anchor, "weekend", step)


def _unit_of(m: re.Match[str]) -> str:
    """"the same afternoon" is a day; parts of a day count as the day."""
    unit = m["unit"].lower()
    return "day" if unit in ("morning", "afternoon", "evening") else unit


def _accept_unit(m: re.Match[str], text: str) -> bool:
    rel = " ".join(m["rel"].lower().split()).replace(" in the", " this")
    if m["unit"].lower() in ("morning", "afternoon", "evening") and rel not in ("the same", "that", "the following",
                                                                                  "the next", "the previous"):
        return False
    unit = _unit_of(m)
    if unit == "day":
        return rel in _ANAPHORIC_STEP and not m["part"]
    if rel in ("earlier this", "later this", "the past", "the last"):
        return not m["part"]
    if rel == "the":
        return bool(m["part"]) or unit == "weekend"
    return unit != "decade" or not m["part"]


def _resolve_relative_day(m: re.Match[str], ctx: _Ctx) -> Span | None:
    if ctx.anchor is None:
        return None
    words = m["t"].lower()
    if "before yesterday" in words:
        offset = -2
    elif "after tomorrow" in words:
        offset = 2
    elif words.startswith(("yesterday", "last")):
        offset = -1
    else:
        offset = 1 if words.startswith("tomorrow") else 0
    day = ctx.anchor + timedelta(days=offset)
    return day, day, "day"


def _resolve_ago(m: re.Match[str], ctx: _Ctx) -> Span | None:
    unit, direction = m["unit"].lower(), m["dir"].lower()
    base = ctx.anchor if direction == "ago" else ctx.ref(unit)
    if base is None:
        return None
    step = _number(m["n"]) * (1 if direction == "later" else -1)
    return (*_period(base, unit, step), _PRECISION[unit])


def _resolve_in_future(m: re.Match[str], ctx: _Ctx) -> Span | None:
    if ctx.anchor is None:
        return None
    unit = m["unit"].lower()
    return (*_period(ctx.anchor, unit, _number(m["n"])), _PRECISION[unit])


def _accept_in_future(m: re.Match[str], text: str) -> bool:
    start = m.start("t")
    if _SUPERLATIVE_BEFORE.search(text, max(0, start - 60), start):
        return False
    return _tense(text, start, m.end("t")) == "future"


def _resolve_weekday(m: re.Match[str], ctx: _Ctx) -> Span | None:
    weekday = _WEEKDAYS[m["wd"][:3].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in ("the following", "the next", "the previous"):
        base = ctx.ref("day")
        direction = -1 if rel == "the previous" else 1
        day = _weekday_near(base, weekday, direction, strict=True) if base else None
    elif ctx.anchor is None:
        return None
    elif rel == "this":
        day = _period(ctx.anchor, "week")[0] + timedelta(days=weekday)
    elif rel:
        direction = -1 if rel in ("last", "this past") else 1
        day = _weekday_near(ctx.anchor, weekday, direction, strict=True)
    else:
        ongoing = _THROUGH_BEFORE.search(ctx.text, max(0, m.start("t") - 12), m.start("t"))
        direction = 1 if ongoing or ctx.tense(m) == "future" else -1
        day = _weekday_near(ctx.anchor, weekday, direction, strict=False)
    return (day, day, "day") if day else None


def _resolve_clock(m: re.Match[str], ctx: _Ctx) -> Span | None:
    """A bare clock time: the day of an earlier day expression in the same sentence, else the anchor."""
    if ctx.found:
        last = ctx.found[-1][0]
        if last.value.precision == "day" and not _BOUNDARY.search(ctx.text, last.end, m.start("t")):
            return last.value.start, last.value.end, "day"
    return (ctx.anchor, ctx.anchor, "day") if ctx.anchor else None


def _accept_clock(m: re.Match[str], text: str) -> bool:
    return bool(m["h"] or m["h24"] or m["pre"])


def _resolve_unit_around(m: re.Match[str], ctx: _Ctx) -> Span | None:
    """"the day before", "the year after": one unit either side of the previous expression."""
    unit = m["unit"].lower()
    base = ctx.ref(unit)
    if base is None:
        return None
    step = -1 if m["dir"].lower() in ("before", "earlier") else 1
    return (*_period(base, unit, step), _PRECISION[unit])


def _resolve_bare_part(m: re.Match[str], ctx: _Ctx) -> Span | None:
    """"the third quarter", "the first half" with no year: the article's year."""
    if ctx.anchor is None:
        return None
    return _apply_part(m["part"], _period(ctx.anchor, "year"), "year")


# ---------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------

def _always(m: re.Match[str], text: str) -> bool:
    return True


@dataclass(frozen=True)
class _Rule:
    """A family of expressions: `trigger` finds its key word fast, `regex` reads the whole phrase
    in a window around each trigger, `accept` vets the context and `resolve` gives the interval."""

    kind: str
    trigger: re.Pattern[str]
    regex: re.Pattern[str]
    resolve: Callable[[re.Match[str], _Ctx], Span | None]
    accept: Callable[[re.Match[str], str], bool] = _always
    back: int = 48  # how far the phrase may start before its key word



def _trigger(*words: str) -> re.Pattern[str]:
    """A fast literal alternation of key words, each also capitalised (no flags, so re can skip ahead)."""
    forms = sorted({form for word in words for form in (word, word[0].upper() + word[1:])}, key=len,
                   reverse=True)
    return re.compile("|".join(re.escape(form) for form in forms))


_T_MONTH = _trigger("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_T_WEEKDAY = _trigger("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_T_YEAR = re.compile(r"1[89]\d\d|20\d\d|2100")
_T_DECADE = re.compile(r"0'?s")
_T_SEASON = _trigger("spring", "summer", "autumn", "fall", "winter")
_T_UNIT = _trigger("day", "week", "month", "quarter", "year", "decade", "morning", "afternoon", "evening")
_T_DAY = _trigger("today", "tonight", "yesterday", "tomorrow", "night", "morning", "afternoon", "evening")
_T_AGO = _trigger("ago", "earlier", "later")
_T_AROUND = _trigger("before", "after", "earlier", "later")
_T_HALF = _trigger("quarter", "half")
_T_CLOCK = re.compile(r"\d ?[aApP]\.?[mM]|\d[:.]\d\d|noon|midnight|Noon|Midnight")
_AHEAD = 40  # how far a phrase (and its look-ahead) may run past its key word

_DAY_RANGE = rf"(?:\s*(?:-|–|\bto\b|\band\b)\s*(?P<day2>{_DAY}))?"
_WD_PREFIX = rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?"
_PRE_MONTH = (r"(?i:in|back\s+to|during|since|until|till|by|from|through|throughout|before|after|of|for|between"
              r"|around|as\s+of|starting)")
_PRE_SEASON = r"(?i:in|during|since|until|till|by|over|through|throughout|before|after|from|for|this\s+past)"

_RULES: Final[tuple[_Rule, ...]] = (
    _Rule("date", _T_MONTH, re.compile(
        rf"(?P<t>{_WD_PREFIX}(?P<mon>{_MON})\s+(?P<day>{_DAY}){_DAY_RANGE}(?:,?\s+(?P<year>{_YEAR})|{_YEAR_REL})?)"
        r"(?![.,]?\d|\s*(?:million|billion))"), _resolve_day_month, back=14),
    _Rule("date", _T_MONTH, re.compile(
        rf"(?P<t>{_WD_PREFIX}(?:(?i:the)\s+)?(?<![\d,.$£€])(?P<day>{_DAY}){_DAY_RANGE}"
        rf"\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?)"), _resolve_day_month, back=36),
    _Rule("date", _T_YEAR, re.compile(
        rf"(?P<t>(?<![\d/-])(?P<year>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d/-]))"),
        _resolve_iso, back=0),
    _Rule("month", _T_MONTH, re.compile(
        rf"(?:\b(?P<pre>{_PRE_MONTH})\s+)?(?P<t>(?:(?P<part>{_PART})(?:-|\s+))?"
        rf"(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next))\s+)?"
        rf"(?P<mon>{_MON})(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})|{_YEAR_REL})?)(?!\s*\d)"),
        _resolve_month, _accept_month, back=48),
    _Rule("month", _T_MONTH, re.compile(
        rf"(?P<t>(?:(?P<pre>(?i:from|between))\s+)?(?P<mon>{_MONTH_FULL})(?:\s+(?P<year>{_YEAR}))?"
        rf"\s*(?P<sep>[-–]|\s(?:to|and|until|through)\s)\s*(?P<mon2>{_MONTH_FULL})"
        rf"(?:,?\s+(?P<year2>{_YEAR}))?)(?!\s*\d)"), _resolve_month_range, _accept_month_range, back=32),
    _Rule("year", _T_YEAR, re.compile(
        rf"(?P<t>(?:(?P<part>{_PART})(?:-|\s+)|(?P<q>\b(?:Q[1-4]|H[12]))(?:\s+|-)?)?"
        rf"(?<![\w$€£¥#,./])(?P<year>{_YEAR}))(?![\w%]|[.,/]\d)"), _resolve_year, _accept_year, back=28),
    _Rule("year", _T_YEAR, re.compile(
        rf"(?P<t>(?:(?P<pre>(?i:from|between))\s+)?(?<![\w$€£¥#.,/])(?P<y1>{_YEAR})"
        rf"\s*(?P<sep>[-–—/]|\s(?:to|and|until|till|through)\s)\s*(?P<y2>{_YEAR}|\d\d(?!\d)))"
        r"(?![\w%]|[.,/]\d)"), _resolve_year_range, _accept_year_range, back=24),
    _Rule("year", _T_DECADE, re.compile(
        r"(?P<t>(?:(?P<the>(?i:the))\s+)?(?:(?P<part>(?i:early|mid|late))(?:-|\s+))?"
        r"(?:(?<!\d)(?P<dec>1[89]\d0|20\d0)|'(?P<short>\d0)|(?<![\w'])(?P<short2>[1-9]0))'?s)(?![\w'])"),
        _resolve_decade, _accept_decade, back=16),
    _Rule("season", _T_SEASON, re.compile(
        rf"(?:\b(?P<pre>{_PRE_SEASON})\s+(?:the\s+)?)?(?P<t>(?:(?P<rel>(?i:this\s+past|this\s+coming"
        r"|the\s+coming|the\s+past|the\s+following|the\s+previous|this|last|next|coming|that))\s+"
        rf"|(?P<part>(?i:early|mid|late))(?:-|\s+))?(?P<season>{_SEASON})"
        rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?)(?![\w-])"), _resolve_season, _accept_season, back=32),
    _Rule("unit", _T_UNIT, re.compile(
        rf"(?P<t>(?:(?P<part>{_PART})(?:-|\s+))?\b(?P<rel>{_UNIT_REL})\s+"
        r"(?P<unit>(?i:day|weekend|week|month|quarter|year|decade|morning|afternoon|evening)))(?![\w-])(?!\s+of\b)"),
        _resolve_unit, _accept_unit, back=40),
    _Rule("day", _T_DAY, re.compile(
        r"(?<!USA )(?<!Russia )(?<!China )(?P<t>\b(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight"
        r"|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))"
        r"(?:\s+(?i:morning|afternoon|evening|night))?)(?!\w)"), _resolve_relative_day, back=16),
    _Rule("unit", _T_AGO, re.compile(
        rf"(?P<t>\b(?P<n>{_NUM})\s+(?P<unit>(?i:day|week|month|year|decade))s?\s+"
        r"(?P<dir>(?i:ago|earlier|later)))(?!\w)"), _resolve_ago, back=24),
    _Rule("unit", _T_UNIT, re.compile(
        rf"(?P<t>\b(?i:in)\s+(?P<n>{_NUM})\s+(?P<unit>(?i:day|week|month|year))s?(?:['’]?\s+time)?)(?!\w)"),
        _resolve_in_future, _accept_in_future, back=20),
    _Rule("unit", _T_AROUND, re.compile(
        r"(?P<t>\b(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<dir>(?i:before|after|earlier|later)))"
        r"(?!\w)(?!\s+(?:yesterday|tomorrow|last|the|a|an|his|her|its|their|this|that|[A-Z0-9]))"),
        _resolve_unit_around, back=12),
    _Rule("weekday", _T_WEEKDAY, re.compile(
        r"(?P<t>(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|the\s+following"
        r"|the\s+previous|the\s+next))\s+)?(?<!Black )(?<!Good )(?<!Bloody )(?<!Super )(?<!Cyber )"
        rf"(?<!Easter )(?<!Holy )(?<!Palm )(?<!Ash )(?P<wd>{_WEEKDAY})"
        r"(?:\s+(?i:morning|afternoon|evening|night))?)(?!\w)(?!\s+(?:Times|Telegraph|Express|Mirror|Herald"
        r"|Post|Mail|Independent|Observer|Tribune|Star|Guardian)\b)"), _resolve_weekday, back=16),
    _Rule("clock", _T_CLOCK, re.compile(
        r"(?:\b(?P<pre>(?i:at|by|before|after|until|around))\s+)?(?P<t>(?<![\d:.,])"
        r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?i:a\.m\.|p\.m\.|am\b|pm\b)"
        r"|(?P<h24>[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:GMT|UTC|local\s+time|[A-Z]{2,4}T\b|hrs\b|h\b))"
        r"|(?i:noon|midnight)\b))"), _resolve_clock, _accept_clock, back=16),
    _Rule("year", _T_HALF, re.compile(
        r"(?P<t>\b(?i:the)\s+(?P<part>(?i:first|second|third|fourth|final)\s+quarter"
        r"|(?i:first|second|latter)\s+half))(?![\w-])(?!\s+of\b)"), _resolve_bare_part, back=14),
)


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------

_Candidate = tuple[int, int, int, re.Match[str]]  # start, end, rule index, match


def _matches(rule: _Rule, text: str) -> dict[tuple[int, int], re.Match[str]]:
    """Matches of the rule that contain one of its key words, read in a window around the key word."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    reached = -1
    for hit in rule.trigger.finditer(text):
        if hit.start() < reached or (hit.start() and text[hit.start() - 1].isalpha()):
            continue
        for m in rule.regex.finditer(text, max(0, hit.start() - rule.back), hit.end() + _AHEAD):
            if m.start() > hit.start():
                break
            if m.end() >= hit.end():
                found[m.span()] = m
                reached = m.end()
                break
    return found


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for index, rule in enumerate(_RULES):
        for m in _matches(rule, text).values():
            if m.end("t") > m.start("t") and rule.accept(m, text):
                found.append((m.start("t"), m.end("t"), index, m))
    return found


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then leftmost, then rule order; drop anything overlapping what is kept."""
    starts: list[int] = []
    kept: list[_Candidate] = []
    for cand in sorted(cands, key=lambda c: (c[0] - c[1], c[0], c[2])):
        i = bisect_left(starts, cand[0])
        if i < len(kept) and kept[i][0] < cand[1]:
            continue
        if i > 0 and kept[i - 1][1] > cand[0]:
            continue
        starts.insert(i, cand[0])
        kept.insert(i, cand)
    return kept


def _merge_clocks(found: list[tuple[TimeExpr, str]], text: str) -> list[TimeExpr]:
    """Join a clock time to a day expression right next to it ("Tuesday at 3 p.m.")."""
    out: list[tuple[TimeExpr, str]] = []
    for expr, kind in found:
        if out and _mergeable(out[-1], (expr, kind), text):
            prev, prev_kind = out.pop()
            day = expr if prev_kind == "clock" else prev
            words = text[prev.start:expr.end]
            value = replace(day.value, text=words)
            out.append((TimeExpr(prev.start, expr.end, words, value, day.future), "merged"))
        else:
            out.append((expr, kind))
    return [expr for expr, _kind in out]


def _mergeable(left: tuple[TimeExpr, str], right: tuple[TimeExpr, str], text: str) -> bool:
    kinds = {left[1], right[1]}
    if "clock" not in kinds or kinds == {"clock"} or "merged" in kinds:
        return False
    day = left[0] if right[1] == "clock" else right[0]
    gap = _CLOCK_GAP.fullmatch(text, left[0].end, right[0].start)
    return gap is not None and day.value.precision == "day"


def find_times(text: str, anchor: date | None) -> list[TimeExpr]:
    """Every date or time expression in `text`, normalised against the article date `anchor`."""
    ctx = _Ctx(text, anchor)
    for start, end, index, m in _select(_candidates(text)):
        rule = _RULES[index]
        try:
            span = rule.resolve(m, ctx)
        except (ValueError, OverflowError):  # "last year" of an anchor in year 1: before the calendar
            span = None
        if span is None:
            continue
        words = text[start:end]
        value = When(span[0], span[1], span[2], words)
        future = anchor is not None and value.start > anchor
        ctx.found.append((TimeExpr(start, end, words, value, future), rule.kind))
    return _merge_clocks(ctx.found, text)


def times_in(times: list[TimeExpr], start: int, end: int) -> list[TimeExpr]:
    """The expressions lying wholly inside the character span start..end."""
    return [t for t in times if t.start >= start and t.end <= end]


def parse_when(text: str, anchor: date | None) -> When | None:
    """Normalise one short phrase: the value of the first time expression in it, if any."""
    times = find_times(text, anchor)
    return times[0].value if times else None
