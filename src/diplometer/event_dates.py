"""The time of an event: the nearest time expression in its trigger's stretch, a stay of "a
two-day visit", and the time of the dated event a visit or meeting belongs to."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .event_context import ON_A_TRIP, Context, Hit, relative_clauses, same_actor
from .records import Event, Mention, Sentence, TimeExpr, When
from .timex import find_times

_BRACKETED = re.compile(r"\([^()]*$")
_DAY_WORDS = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d")
_UNTIL_WORDS = re.compile(r"\b(?:wrapped\s+up|wrapping\s+up|wraps\s+up|rounding\s+off|rounded\s+off|completed|completing|"
                          r"concluded|concludes|concluding|ended|ends|ending|wound\s+up|winding\s+up|"
                          r"(?:at|by)\s+the\s+(?:close|end|conclusion)\s+of)\b", re.IGNORECASE)
_N_DAY = re.compile(r"\b(two|three|four|five|six|seven|2|3|4|5|6|7)-day\b", re.IGNORECASE)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}
# "returned home on Saturday after a four-day tour of": the day of return ends the stay
_RETURNED_AFTER = re.compile(r"\breturned\s+(?:home\s+|to\s+[A-Z][\w-]+\s+)?(?:[\w]+\s+){0,3}?after\s+"
                            r"(?:an?|his|her|their|the)\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:through|until|till|to|closed|ended|concluded)\s+(?:on\s+)?$", re.IGNORECASE)
_WHICH_ENDED = re.compile(r"[^,.;]{0,60},\s+which\s+(?:closed|ended|concluded|wrapped\s+up)\b")
_BREAK_BEFORE_TIME = re.compile(r"[,;.]")
_NEXT_CLAUSE_OPENS = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:(?:the|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                                r"(?:(?:on|in|late\s+on|early\s+on|at)\s+)?$|;")
_AND_VERB_BEFORE = re.compile(r"\band\s+(?:later\s+|then\s+|also\s+)?(?:was|were)\s+(?:(?:later|then|also)\s+)?$")
# "said on Wednesday": when it was told, not when it was done
_SAID_BEFORE = re.compile(r"\b(?:said|told|announced|reported|confirmed)\s+(?:\w+\s+){0,2}$")
_NAMING_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!and\b|to\b|or\b)[a-z][\w-]+")
_TRIP = re.compile(ON_A_TRIP)
_FRONTED_CLAUSE = re.compile(r"\W*(?:After|Before|Following|Upon|Having|While)\b[^,;.]{0,100},")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|already|just|formally|officially|\w+ly)\s+)?$")


def during_the_dated_event(hit: Hit, sides: list[Mention], ctx: Context) -> bool:
    """A visit or meeting with no time of its own one of whose people took part in the article's
    latest dated event, itself within a week of the article's date ("Madbouly arrived on
    Sunday. Madbouly was received by the Amir.")."""
    last, day = ctx.last_when, ctx.article.date
    if hit.trigger.type not in ("visit", "meeting") or last is None or day is None or abs((last.start - day).days) > 7:
        return False
    return any(same_actor(s, t) or same_actor(t, s) for s in sides if s.type == "person" for t in ctx.when_sides)


def stretch_days(words: str, when: When | None, before_time: str, returned: bool = False,
                 ended: bool = False) -> When | None:
    """"a two-day visit through Friday" spans Thursday and Friday; "began a three-day visit on
    Friday" spans Friday to Sunday; "returned home on Saturday after a four-day tour" spans the four
    days before Saturday."""
    days = _N_DAY.search(words)
    if when is None or days is None or when.precision != "day" or when.start != when.end:
        return when
    span = timedelta(days=_NUMBER_WORDS.get(days.group(1).lower(), 1) - 1)
    if returned:
        return When(when.start - span - timedelta(days=1), when.end - timedelta(days=1), "range", when.text)
    if _UNTIL.search(before_time) or _UNTIL_WORDS.search(words) or ended:
        return When(when.start - span, when.end, "range", when.text)
    return When(when.start, when.end + span, "range", when.text)


def ended_then(text: str, end: int) -> bool:
    """"the two-day meeting of the SCO Council, which closed today": the stay ended on the day told."""
    return bool(_WHICH_ENDED.match(text, end))


def returned_after(text: str, lo: int, start: int, end: int) -> bool:
    """"returned home on Saturday after a four-day tour of": the stay ended with the return."""
    days = _N_DAY.search(text, max(lo, start - 20), end)
    return bool(days and _RETURNED_AFTER.search(text, max(lo, days.start() - 90), days.start()))


# a stand-in anchor: only whether an expression is there matters, not the day it names
_STAND_IN = date(2000, 1, 1)


def undated_time(text: str, lo: int, hi: int) -> TimeExpr | None:
    """In a report without a date, a time expression of the stretch ("on Monday", "last week")
    cannot be resolved to a day, but it still marks the act as one dated occasion, not a habit
    or a background fact. Returned without a value of its own (the stand-in anchor's reading)."""
    found = find_times(text[lo:hi], _STAND_IN)
    return replace(found[0], start=found[0].start + lo, end=found[0].end + lo) if found else None


# a trigger reporting a finished act by its past tense, not one that announces another to come
# "announced a grant for this winter, after talks with X": what the news came after was done before it
_AFTER_TALKS = re.compile(r"\b(?:after|following)\s+(?:the\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)
_DONE_ACT = re.compile(r"(?!(?:scheduled|planned|expected|slated|invited|agreed|pledged|promised|vowed|decided|announced|"
                       r"offered|proposed|threatened|warned|prepared|asked|urged|called|demanded|requested|appealed|"
                       r"ordered|instructed|set|due)\b)(?:[a-z]+ed|met|held|sent|made|gave|took|paid|led|began|spoke|told|"
                       r"fought|brought|withdrew|froze|broke|flew|went|came)\b(?!\s+(?:to|for)\b)")


# "in response to", "in retaliation for": what an act answers (events.py reads it too)
IN_RESPONSE_TO = r"in\s+(?:response|reaction|retaliation|reply)\s+(?:to|for)"
_ANSWERED_BEFORE = re.compile(rf"\b{IN_RESPONSE_TO}\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_IN_RESPONSE = re.compile(rf"\b{IN_RESPONSE_TO}\b", re.IGNORECASE)


# "accused Amman of ignoring the attack launched by Hamas on October 7", "summoned the ambassador over
# remarks made last week by": what a statement is about, told with its own participle, has its own time
_COMMENTED = re.compile(r"\b(?:attacks?|strikes?|bombings?|offensive|invasion|raids?|killings?|assault|coup|decision|"
                        r"sanctions|ban|measures|deal|agreement|accord|resolution|remarks|statements?|comments|seizure|"
                        r"arrests?|detention|execution|tests?|launch|elections?|massacre|shelling)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:launched|carried\s+out|staged|committed|perpetrated|made|taken|signed|announced|imposed|"
                        r"adopted|held|conducted|issued|ordered)(?:\s+(?:on\s+|in\s+)?[\w-]+){0,2}?\s+by\b", re.IGNORECASE)
# "signed a document under which China will write off loans that fell due by the end of 2023": the terms' times
_UNDER_WHICH = re.compile(r"\b(?:under|by)\s+which\b|\bwhereby\b", re.IGNORECASE)
_CAUSED_BY = re.compile(r"\b(?:damaged|destroyed|hit|struck|devastated|affected|caused|triggered|flattened|ravaged|"
                        r"displaced|uprooted|battered|flooded)\s+by\b", re.IGNORECASE)
_SPOKEN = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "CONCEDE"})
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")
_DURING_BEFORE = re.compile(r"\bduring\s+$", re.IGNORECASE)
_SEQUEL_BEFORE = re.compile(r"\b(?:following|after|since|amid|over|in\s+the\s+wake\s+of|in\s+response\s+to|"
                            r"ahead\s+of|before)\s+(?:last\s+|this\s+)?$", re.IGNORECASE)


_COVERED_BEFORE = re.compile(r"\b(?:for|covering|spanning)\s+(?:the\s+)?(?:years?\s+|period\s+(?:of\s+)?)?$", re.IGNORECASE)
_COVERING_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:programmes?|programs?|plans?|period|strategy|budget|term|framework)\b",
                            re.IGNORECASE)


_DESCRIBED_THING = re.compile(r"\b(?!(?:was|were|been|being|is|are|be|had|has|have|and|or|who|which|that)\b)[a-z][\w-]*s\s+"
                              r"(?:[a-z]+ed|caught|held|taken|seen|shot|sunk|stolen|brought)\s+(?:on|in|during|since)?\s*$")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w'\u2019-]+\s+){1,4}?(?:on|in)\s+$", re.IGNORECASE)


def event_time(hit: Hit, lo: int, hi: int, times: list[TimeExpr], published: date | None,
          text: str = "", opens: int | None = None) -> tuple[When | None, TimeExpr | None]:
    """The trigger's own time: the nearest expression in its stretch, one after it counting a
    little nearer than one before ("met on Monday" / "on Monday met"); an expression in
    brackets is a gloss, not the time; else the article date. `opens` is where the trigger's
    sentence begins (a fronted clause there keeps its own time)."""
    def distance(t: TimeExpr) -> float:
        return t.start - hit.end if t.start >= hit.end else 1.5 * (hit.start - t.end)

    # a time inside the trigger's own words counts ("talks on Monday with"); one straddling its edge does not
    usable = [t for t in times if (not (hit.start < t.end and t.start < hit.end)
                                   or (hit.start <= t.start and t.end <= hit.end and _DAY_WORDS.search(t.text)))
              and not _BRACKETED.search(text, max(0, t.start - 40), t.start)]
    # "... of the late Amir, who died on Saturday": the time of a relative clause the trigger
    # is not in belongs to that clause's verb
    spans = relative_clauses(text, max(0, lo - 150), hi)
    clauses = [(a, b) for a, b in spans if lo <= a and not a <= hit.start < b]
    usable = [t for t in usable if not any(a <= t.start and t.end <= b for a, b in clauses)]
    # "arrived on Thursday from Manila, where he had held talks a day earlier": a trigger inside a
    # relative clause takes the clause's own time when it has one
    # (not an appositive trip: "X, on his first trip abroad since ..., arrived in Y on Sunday" is dated by its verb)
    inside = [t for t in usable if any(a <= hit.start < b and a <= t.start and t.end <= b and not _TRIP.match(text, a)
                                       for a, b in spans)]
    usable = inside or usable
    # "X, who arrived in Hanoi on Sunday, held talks on Monday": the rest of a relative clause
    # that opened before the stretch and holds the previous trigger is that trigger's, when this
    # one has a time of its own ("X, who arrived that morning, held talks" shares it)
    held = [(lo, b) for a, b in spans if a < lo < b <= hit.start]
    own = [t for t in usable if lo <= t.start and t.end <= hi and not any(a <= t.start and t.end <= b for a, b in held)]
    if held and own:
        usable = [t for t in usable if not any(a <= t.start and t.end <= b for a, b in held)]
    # "declared X persona non grata in response to Chisinau's expulsion of a diplomat last week":
    # the time of what the act answers; "a package to rebuild schools damaged by twin cyclones in March":
    # the time of what a participle after the act tells is that participle's; for words spoken, the
    # time of the act they comment on; for an agreement, the times of its terms
    for after in (_IN_RESPONSE, _CAUSED_BY, _COMMENTED if hit.trigger.plover in _SPOKEN else None,
                  _UNDER_WHICH if hit.trigger.type == "agreement" else None):
        found = after.search(text, hit.end, hi) if after is not None else None
        if found:
            usable = [t for t in usable if not (found.start() <= t.start < hi)]
    # "is providing aid following Tuesday's earthquake": the day of what the act follows is not the act's
    usable = [t for t in usable if not (_POSSESSIVE_AFTER.match(text, t.end)
                                        and _SEQUEL_BEFORE.search(text, max(0, t.start - 25), t.start))]
    # "an executive programme for the years 2019-2021": a span of years something covers is not when
    # an act was done
    usable = [t for t in usable if not (t.value.end.year > t.value.start.year
                                        and (_COVERED_BEFORE.search(text, max(0, t.start - 30), t.start)
                                             or _COVERING_NOUN.match(text, t.end)))]
    if _DONE_ACT.match(text, hit.start) or _AFTER_TALKS.search(text, max(0, hit.start - 12), hit.start):
        # "condemned the suspension and said the party would strike on August 10": a past act does
        # not take a date after the report's
        usable = [t for t in usable if not t.future]
    # "barred candidates from standing in September's election": a time in the possessive after the
    # act names the thing the act is about, not the act's day
    # ("fired tear gas during Tuesday's demonstrations" is of that day)
    usable = [t for t in usable if not (t.start >= hit.end and _POSSESSIVE_AFTER.match(text, t.end)
                                        and not _DURING_BEFORE.search(text, max(0, t.start - 8), t.start))]
    # "his role in the 1994 genocide": a year naming which thing is meant is not when the act was done
    usable = [t for t in usable if not (t.value.precision == "year" and _NAMING_BEFORE.search(text, max(0, t.start - 12), t.start)
                                        and _NOUN_AFTER.match(text, t.end))]
    # "his first trip since taking office on April 3": the day of what "since" counts from is not the act's
    usable = [t for t in usable
              if not _SINCE_BEFORE.search(text, max(hit.end if t.start >= hit.end else 0, t.start - 40), t.start)]
    # "sentenced the captains of two boats seized in April": the time of a participle describing a thing
    # the act is about is that participle's
    usable = [t for t in usable if not (t.start > hit.end and (found := _DESCRIBED_THING.search(text, hit.end, t.start))
                                        and found.start() > hit.end)]
    if _ANSWERED_BEFORE.search(text, max(0, hit.start - 40), hit.start):
        # "summoned X on Wednesday in response to the expulsion of ...": the day before is the answer's
        usable = [t for t in usable if t.start >= hit.end]
    # "The coast guard seized two boats ..., and the government on Thursday asked Beijing to ...": a time told after
    # the next coordinated clause opens is that clause's verb's
    usable = [t for t in usable if not (t.start >= hit.end and _NEXT_CLAUSE_OPENS.search(text, hit.end, t.start))]
    candidates = [t for t in usable if lo <= t.start and t.end <= hi]
    # "After arriving in Canberra on Sunday, the premier held talks with X on Monday": the fronted clause's
    # time is its own when the main clause tells one
    fronted = _FRONTED_CLAUSE.match(text, lo if opens is None else opens)
    if fronted and fronted.end() <= hit.start and any(t.start >= fronted.end() for t in candidates):
        candidates = [t for t in candidates if t.start >= fronted.end()]
    own_after = [t for t in candidates if t.start >= hit.end and not _BREAK_BEFORE_TIME.search(text, hit.end, t.start)]
    if _AND_VERB_BEFORE.search(text, max(0, hit.start - 25), hit.start) and own_after:
        # "held talks with X on Saturday evening and was received by Y on Sunday": the time before "and" is the
        # first verb's (not "... and held talks, the ministry said on Tuesday": that is when it was told)
        candidates = own_after
    if not candidates:  # coordinated verbs share the clause's time: "on Thursday ordered X and extended Y"
        candidates = [t for t in usable if t.end <= lo][-1:]
    chosen = min(candidates, key=distance) if candidates else None
    if (chosen is not None and chosen.start >= hit.end and _PERFECT_BEFORE.search(text, max(0, hit.start - 25), hit.start)
            and _SAID_BEFORE.search(text, max(0, chosen.start - 30), chosen.start)):
        # "has arrived in Haiti, the police said on Wednesday": done by the day it was said, not on it
        day = chosen.value.end
        return When(day - timedelta(days=1), day, "range", ""), None
    if chosen is not None:
        return chosen.value, chosen
    if published is None:
        return None, None
    return When(published, published, "day", ""), None


def around_the_report(day: date) -> When:
    """An act a report gives no time for happened on the report's day or the day before (wire copy
    files overnight, and "has suspended" tells of yesterday as often as of today): both days, not
    the report's day passed off as the act's."""
    return When(day - timedelta(days=1), day, "range", "")


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "The visit came four days after a patrol boat opened fire ...": what follows is dated from what came
# "three days after", "a week before", "hours after": how far apart two acts are, and which came first
_APART = r"(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|hours)\s*(days?|weeks?)?\s+(after|before)"
_CAME_AFTER = re.compile(r"\b(?:The|the|This|this)\s+(visit|trip|meeting|talks|call|move|launch|decision|attack|"
                         r"announcement|summons|protest|statement|arrests?|strike|sanctions?|expulsions?|suspension|"
                         r"closure|ruling|ban|release|clashes)\s+(?:came|comes|took\s+"
                         r"place|was\s+held|followed)\s+(?:just\s+|only\s+)?" + _APART + r"\s+(?:[^,;.]{0,120})$")
_NOUN_KINDS = {"visit": ("visit",), "trip": ("visit",), "meeting": ("meeting",), "talks": ("talks", "meeting", "phone_call"),
               "call": ("phone_call",), "expulsion": ("sanction",), "expulsions": ("sanction",),
               "suspension": ("sanction",), "summons": ("accuse",), "release": ("retreat",)}


def dated_from_the_told(text: str, start: int, hit_start: int, ctx: Context) -> When | None:
    """The day of an act told after "The visit came four days after ..." (or "a day before"):
    counted from the day of the visit, meeting or latest dated act the sentence opens with."""
    found = _CAME_AFTER.search(text, start, hit_start)
    if not found:
        return None
    kinds = _NOUN_KINDS.get(found.group(1).lower(), ())
    told = next((ctx.when_by_type[k] for k in kinds if k in ctx.when_by_type), ctx.last_when)
    if told is None or told.precision != "day" or told.start != told.end:
        return None
    if found.group(2).lower() == "hours":
        return told
    day = _counted_day(told.start, found.group(2), found.group(3), found.group(4))
    return When(day, day, "day", found.group())


def _counted_day(told: date, count: str, unit: str | None, direction: str) -> date:
    """The day `count` days or weeks ("hours": the same day) after or before the one told."""
    count, unit = count.lower(), (unit or "").lower()
    days = 0 if count == "hours" else (_COUNTS.get(count) or int(count)) * (7 if unit.startswith("week") else 1)
    return told - timedelta(days=days) if direction == "after" else told + timedelta(days=days)


# "imposed sanctions on Friday, a day after Pyongyang test-fired a missile": the act told after "a day
# after" in the same sentence is counted back from the act the sentence told before it
_COUNTED_BACK = re.compile(r",\s+(?:just\s+|only\s+|barely\s+)?" + _APART + r"\s+[^,;.]{0,80}$")


def counted_from_the_act_before(text: str, lo: int, hit_start: int, before: When | None) -> When | None:
    """The day of an act told as ", a day after X did ..." after an act of a known day."""
    found = _COUNTED_BACK.search(text, lo, hit_start)
    if found is None or before is None or before.precision != "day" or before.start != before.end:
        return None
    day = _counted_day(before.start, found.group(1), found.group(2), found.group(3))
    return When(day, day, "day", found.group().lstrip(", "))


# "The decision was taken on Saturday", "The assault began before dawn on Tuesday", "The officers
# landed ... on Tuesday afternoon": a sentence that gives the time of an act told before without one
_RESTATED = re.compile(
    r"(?:The|That|This|Their|His|Her|Its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>decision|move|step|order|announcement|"
    r"attacks?|assault|offensive|strikes?|raids?|bombings?|shelling|ambush|incursion|talks|meeting|call|conversation|"
    r"visit|agreement|deal|accord|memorandum|signing|release|exchange|swap|handover|expulsion|summons|protests?|"
    r"march|rally|demonstrations?|arrests?|detentions?|seizure|launch|test|exercises?|drills?|deployment|"
    r"officers|troops|soldiers|contingent|delegation|peacekeepers)\b[^.;:]{0,40}?\b"
    r"(?:(?:was|were)\s+(?:taken|made|announced|reached|signed|held|launched|carried\s+out|staged|conducted|"
    r"released|freed|deployed|handed\s+over|completed)|came|took\s+place|happened|occurred|began|started|"
    r"landed|arrived|unfolded)\b")
# the nouns that may restate an act of any kind, but only one of the lead's
_ANY_ACT = frozenset({"decision", "move", "step", "order", "announcement", "officers", "troops", "soldiers",
                      "contingent", "delegation", "peacekeepers"})
_NOUN_CATEGORIES = {
    **dict.fromkeys(("attack", "attacks", "assault", "offensive", "strike", "strikes", "raid", "raids", "bombing",
                     "bombings", "shelling", "ambush", "incursion"), {"ASSAULT", "COERCE"}),
    **dict.fromkeys(("talks", "meeting", "call", "conversation", "visit"), {"CONSULT"}),
    **dict.fromkeys(("agreement", "deal", "accord", "memorandum", "signing"), {"AGREE", "COOPERATE"}),
    **dict.fromkeys(("release", "exchange", "swap", "handover"), {"RETREAT", "CONCEDE"}),
    **dict.fromkeys(("expulsion", "summons"), {"SANCTION", "ACCUSE", "COERCE"}),
    **dict.fromkeys(("protest", "protests", "march", "rally", "demonstration", "demonstrations"), {"PROTEST"}),
    **dict.fromkeys(("arrest", "arrests", "detention", "detentions", "seizure"), {"COERCE"}),
    **dict.fromkeys(("launch", "test", "exercise", "exercises", "drill", "drills", "deployment"), {"MOBILIZE", "AID"}),
}


def restated_time(text: str, sentence_start: int, sentence_text: str, times: list[TimeExpr]) -> tuple[str, When] | None:
    """The noun and the time of a sentence opening with an act told before and its time ("The
    decision was taken on Saturday"); None for any other sentence, or one whose only time is
    when someone said it."""
    found = _RESTATED.match(sentence_text)
    if found is None:
        return None
    own = [t for t in times if t.start >= sentence_start + found.start("noun") and t.value.text
           and not _SAID_BEFORE.search(text, max(0, t.start - 30), t.start)]
    if not own:
        return None
    counted = _CAME_COUNTED.match(sentence_text, found.end())
    when = own[0].value
    if counted and when.precision == "day" and when.start == when.end:
        # "The expulsion came three days after the Moldovan authorities declared ... on Monday": Thursday
        day = _counted_day(when.start, counted.group(1), counted.group(2),
                           "before" if counted.group(3).lower() == "after" else "after")
        when = When(day, day, "day", counted.group().strip())
    return found["noun"].lower(), when


_CAME_COUNTED = re.compile(r"\s+(?:just\s+|only\s+|barely\s+)?" + _APART + r"\b", re.IGNORECASE)


def redate_restated(events: list[Event], lead_start: int, noun: str, when: When) -> list[Event]:
    """Give the time a restatement tells to the act it restates: for "the decision" or "the
    officers", the lead's first act with no time of its own; for "the assault", the latest earlier
    assault with none (but not an act recalled from further back than a week before that time)."""
    undated = [i for i, e in enumerate(events) if e.date is not None and not e.date.text and not e.modality]
    if noun in _ANY_ACT:
        chosen = [i for i in undated if events[i].source.start == lead_start][:1]
    else:
        chosen = [i for i in undated if events[i].plover in _NOUN_CATEGORIES.get(noun, ())][-1:]
    for i in chosen:
        if events[i].date.start - timedelta(days=7) <= when.start <= events[i].date.end:
            events[i] = replace(events[i], date=when)
    return events


# "On Monday, ...", "Late on Tuesday, ...": a time that opens a sentence frames what its paragraph tells next
_OPENING = re.compile(r"(?:(?:Late|Early|Earlier|Later)\s+)?(?:On|on)\s+$|^$")


def opening_time(sentence: Sentence, times: list[TimeExpr]) -> When | None:
    """The day a sentence opens with ("On Monday, protesters ..."), when it is one day."""
    first = next((t for t in times if sentence.start <= t.start), None)
    if (first is None or first.start - sentence.start > 14 or first.value.precision != "day"
            or first.value.start != first.value.end
            or not _OPENING.search(sentence.text[:first.start - sentence.start])
            or not sentence.text[first.end - sentence.start:].startswith(",")):
        return None
    return first.value


def paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def framed_time(text: str, sentence: Sentence, hit: Hit, memory: dict) -> When | None:
    """The day the paragraph opened with, for a past act told after it in that paragraph with no
    time of its own ("On Monday, protesters blocked roads. Police fired tear gas to disperse them")."""
    frame = memory.get("frame")
    if frame is None or frame[0] != paragraph_start(text, sentence.start):
        return None
    if _PERFECT_BEFORE.search(text, max(sentence.start, hit.start - 40), hit.start) or not _PAST.match(text, hit.start):
        return None
    return frame[1]


_PAST = re.compile(r"[A-Za-z]+ed\b|(?:shot|hit|threw|fought|struck|held|met|sent|gave|took|began|went|broke|cut|froze|"
                   r"set|shut|put|kept|let|stormed|burned|burnt|seized)\b", re.IGNORECASE)
