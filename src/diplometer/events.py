"""Events: triggers in a sentence, with participants, date, pillar, codes and the rule that fired.

For each trigger the sentence is cut into the trigger's own stretch (from the end of the
previous trigger to the start of the next one), so that two events in one sentence do not
steal each other's dates and partners. A candidate becomes an event only when it is not
negated or hypothetical, is not a generic mention of a form of diplomacy, and has a
counterpart or a time of its own. Planned activities become PLOVER AGREE with the planned
type kept beside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from . import gazetteer
from .records import ActorRef, Article, Event, Mention, Sentence, Source, TimeExpr, When
from .triggers import ANY_TRIGGER, TRIGGERS, Trigger, threatened_act

_NEGATION = re.compile(r"\b(?:not|no|never|n't|neither|nor|denied|denies|deny|cancel(?:l?ed|s)?|"
                       r"postponed|called\s+off|refused\s+to|(?-i:without)|failed\s+to|ruled\s+out)\b"
                       r"(?:(?!\band\s)[^,;]){0,40}$",  # "gave no evidence and described ...": "and" ends the scope
                       re.IGNORECASE)  # "Doctors Without Borders opened ..." is not negated
_HYPOTHETICAL = re.compile(r"\b(?:(?i:would|could|might|if|should|unless|whether|hopes?\s+to|wants?\s+to|proposed|"
                           r"suggested)|may)\b[^,;.]{0,40}$")  # "may" only in lower case: "May 9" is a date
# "X said Yerevan would sign ...": the future of reported speech, not a hypothesis
_SAID_WOULD = re.compile(r"\b(?:said|says|announced|confirmed|stated|declared|added|told\s+[\w.-]+(?:\s+[\w.-]+)?)\s+"
                         r"(?:on\s+\w+\s+)?(?:that\s+)?(?:[\w'\u2019.-]+\s+){0,6}?would\s+(?:\w+\s+)?$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_SPECULATIVE = re.compile(r"\b(?:could|might)\b", re.IGNORECASE)
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|scheduled\s+to|set\s+to|due\s+to|plans?\s+to|"
                     r"planning\s+to|expected\s+to|is\s+going\s+to|invit(?:ed|ation)\b[^.]{0,60}\bto|"
                     r"accepted\s+(?:an\s+|the\s+)?invitation|upcoming|forthcoming|next)\b[^,;.]{0,50}$",
                     re.IGNORECASE)
_GENERIC = re.compile(r"\b(?:such\s+as|through(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))|"
                      r"via|forms?\s+(?:of|such)|including|includes|various|"
                      r"like|by\s+means\s+of|in\s+terms\s+of|regular|frequent|annual|periodic|reciprocal|"
                      r"mutual)\b[^.;]{0,60}$", re.IGNORECASE)
_PLURAL_FORM = re.compile(r"\b(?:talks|visits|meetings|calls|exchanges|workshops|conferences|sessions|"
                          r"receptions|dialogues|agreements|contributions|messages)\b", re.IGNORECASE)
_COMMEMORATED = re.compile(r"\b(?:anniversary|years?|decades?)\s+(?:of|since|after)\s+(?:the\s+)?$", re.IGNORECASE)
_RECEIVED_NAME = re.compile(r"(?!\s+by\b)\s+(?:(?:visiting|his|her|their)\s+)?(?:[a-z]+\s+)?[A-Z\u00C0-\u00DE\u0110]")
_RECEIVED_ROLE = re.compile(r"\s+(?:a|an|the|visiting)\s+(?:[\w-]+\s+){0,4}?(?:delegation|ambassador|envoy|"
                            r"minister|president|chairman|chairwoman|leader|secretary|officials?|guests?)\b",
                            re.IGNORECASE)
_BOTH_SIDES = re.compile(r"\b(?:the\s+two|both)\s+(?:sides|leaders|prime\s+ministers|presidents|ministers|"
                         r"foreign\s+ministers|countries|delegations|parties|heads\s+of\s+(?:state|government)|officials|"
                         r"organi[sz]ations|associations|"
                         r"governments|ministries|agencies|"
                         r"(?=held|met|agreed|signed|discussed|exchanged|witnessed|also|later))\b", re.IGNORECASE)
_COORDINATED = re.compile(r"[^.;]*?(?:,\s*)?\band\s+(?:also\s+|then\s+|later\s+)?(?:\w+\s+){0,2}$")
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s+(?:also\s+|later\s+|then\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_JOINED = re.compile(r"[-\u2013]|(?:['\u2019]s)?(?:\s+[A-Z][\w'\u2019.-]*)*\s*(?:,\s*and|,|and|&)\s+"
                     r"(?:(?:[A-Z][\w'\u2019.-]*|\([^)]{1,12}\)|of|the|his|her|their|counterparts?)\s+)*")
_AND_TITLED = re.compile(r"\s*(?:,\s*)?and\s+(?:[A-Z(][\w'\u2019().-]*\s+|(?:of|the|for|and|de|du|des|la|le)\s+){0,14}")
_LED_BY = re.compile(r"\b(?:led|headed|accompanied)\s+by\s+(?:its\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,4}$")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|which|who|during\s+which|in\s+which|where|saying|adding)\b")
_DURING = re.compile(r"\b(?:during|after|following|on\s+the\s+(?:sidelines|margins)\s+of|at)\s+(?:that|the|this|his|her|"
                     r"their|its)\s+(?:\w+\s+){0,2}(?:visit|trip|talks|meeting|summit|stay|tour|conference|ceremony)\b"
                     r"|\bon\s+the\s+(?:sidelines|margins)\b|\b(?:the\s+same\s+day|on\s+that\s+occasion)\b"
                     r"|\b(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+day\b"
                     r"|\bat\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the|their|that|this|his|her)\s+(?:\w+\s+)?"
                     r"(?:talks|meeting|visit|summit|session|discussions)\b"
                     r"|\b(?:once|when)\s+(?:the|their|that)\s+(?:\w+\s+)?(?:meeting|talks|session|discussions)\s+"
                     r"(?:was|were|had)\s+(?:over|ended|concluded|finished)\b",
                     re.IGNORECASE)
_STAY = re.compile(r"\b(?:visit|trip|stay|tour)\b", re.IGNORECASE)
_THEN = re.compile(r"\b(?:then|afterwards|subsequently|thereafter)\s+$", re.IGNORECASE)  # "... then signed"
_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,]*,\s*$")
_ONGOING = re.compile(r"^(?:is|are)\s+(?:on|paying|making)\b|^visiting\b", re.IGNORECASE)
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those|by|of|for|with|from)\s+"
                             r"(?:(?:two|three|four|five|six|several|many|some|\d+)\s+)?$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+(?:ed|en|wn)")
_CORPORATE = re.compile(r"\b(?:the|its|a|an|U\.S\.|[A-Z][a-z]+)\s+(?:[\w-]+\s+)?(?:company|companies|firm|corporation|"
                        r"insurer|carrier|retailer|maker|manufacturer|producer|lender|bank|exchange|operator|"
                        r"shareholders|investors|analysts|bidders?|buyers?|automaker|drugmaker|chipmaker|steelmaker|carmaker|"
                        r"planemaker|airline|conglomerate|miner)\b,?"
                        r"(?:\s+(?:said|says|has|had|have|is|was|also|then|later|would|will|it))*\s+(?:[\w,]+\s+){0,3}$")
_PHYSICAL_TARGET = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:[A-Z]|town|city|village|base|"
                              r"convoy|positions?|troops|soldiers|police|forces|army|civilians|checkpoint|post|"
                              r"patrol|camp|embassy|vessel|ship)")
_NOMINAL = re.compile(r"\b(?:invasion|attack|shelling|withdrawal|crackdown|extradition|assassination|investigation|"
                      r"probe|inquiry|bombing)\b|(?<!called\s)(?<!calls\s)\b(?:of|on)$|^(?:humanitarian|emergency|relief)\s+\w+\s+to$",
                      re.IGNORECASE)
_JOINED_END = re.compile(r"(?:['\u2019]s)?(?:\s+(?:[a-z-]+|[A-Z][\w-]*)){0,12}\s*")  # "X and Y officials held"
# "agreed to work closely on North Korea issues": a country named as a subject matter
_TOPIC = re.compile(r"\s+(?:-related\s+)?(?:issues?|questions?|affairs|problems?|crisis|matters?|situation|policy|"
                    r"policies|file|portfolio|desk)\b")
# "to support Sudanese refugees" in Chad: displaced people are not their country
_DISPLACED = re.compile(r"\s+(?:refugees|migrants|asylum[\s-]seekers|evacuees|expatriates|diaspora)\b", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*$")
_KILLED_THING = re.compile(r"\s+(?:off\s+)?(?:a|an|the|its|their|his|her)?\s*(?:[$\d.,]+\s+|[\w-]+\s+){0,4}?(?:plans?|deals?|"
                           r"bills?|proposals?|projects?|programs?|programmes?|ideas?|talks|measures?|legislation|"
                           r"mergers?|bids?|sales?|agreements?|hopes?|chances?|momentum|rally|demand)\b", re.IGNORECASE)
_MARKET_BEFORE = re.compile(r"\b(?:stocks?|shares?|prices?|markets?|bonds?|debt|treasur(?:y|ies)|dollar|euro|yen|yuan|"
                            r"sterling|currenc(?:y|ies)|index|indexes|indices|futures|equities|gold|silver|copper|oil|"
                            r"crude|commodities|Dow|Nasdaq|S&P)\b(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)
_WARNED_THAT = re.compile(r"warned\s+that\b", re.IGNORECASE)
_DAY_WORDS = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d")
_REASON_BEFORE = re.compile(r"\b(?:over|for)\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_IN_A_CALL = re.compile(r"\b(?:during|in)\s+(?:the|their|that|this|a)\s+(?:phone\s+|telephone\s+|video\s+)?"
                        r"(?:call|talks|conversation|meeting)\b|\b(?:call|talks|conversation|meeting)\b[^.;]{0,80}?,?\s+"
                        r"(?:during|in)\s+which\b", re.IGNORECASE)
_WRITTEN = re.compile(r"\b(?:messages?|letters?|cables?|cabled|telegrams?)\b", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which)\b[^,;]*")
_RELATIVE_SPAN = re.compile(r",\s+(?:who|which)\b[^,]*,")
_OTHER_VERB = re.compile(r"\b(?:discussed|agreed|reviewed|welcomed|met|expressed|emphasi[sz]ed|highlighted|"
                         r"talked|spoke)\b")
_PREP_NOUN = re.compile(r"\b(?:during|in|after|at)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+)?$")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[\w-]+\s+){0,4}$")
_SINCE = re.compile(r"[^,;]{0,60}\bsince\b")
_FRONTED = re.compile(r"(?:After|Following|During|Before|Ahead\s+of|At)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                      r"(?:[\w-]+\s+)?$")
_NOMINAL_PERSON = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}(?:politician|minister|official|diplomat|visitor|guest|"
                             r"leader|envoy|delegation)\s+(?:was|were|had\s+been)\b")
_REPORTED_CLAIM = re.compile(r"\b(?:report|reports|claims?|rumou?rs?|allegations?)\s+(?:\w+\s+)?(?:claiming|saying|"
                             r"suggesting|alleging)?\s*(?:that\s+)?[^.;]{0,80}$|\bclaiming\s+that\b[^.;]{0,80}$",
                             re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(r"\b(?:is|was|marks|marked|be)\s+(?:[\w'\u2019.-]+\s+){0,6}?(?:second|third|fourth|fifth|"
                             r"sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?$", re.IGNORECASE)
_WITH_END = re.compile(r"\b(?:with|between)$")
_BARE_VISIT = re.compile(r"visit\b(?!\s+(?:to|of|in)\b)")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
_HELD = re.compile(r"(?:held|hold|holds|holding|had|has|have)\b", re.IGNORECASE)
_PASSIVE_BY = re.compile(r"(?:\s+[\w,-]+){0,6}?\s+by\b")
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$")
# "was removed from office and arrested": the second participle is passive too
_BE_AND = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b(?:\s+[\w-]+){0,4}?\s+and\s+$")
_WAS_BEFORE = re.compile(r"\b(?:was|were|being|been|is|are)\s+(?:[\w,]+\s+){0,3}$")
_EVENT_NAME = re.compile(r"\s*(?:\d+\w*\s+)?(?:Summit|Conference|Forum|Plenary|Ministerial|Meeting|Session|Dialogue|"
                         r"Games|Expo|Congress)\b")
_UNTIL_WORDS = re.compile(r"\b(?:wrapped\s+up|concluded|concludes|ended|ends|ending|wound\s+up|winding\s+up)\b",
                          re.IGNORECASE)
_SEPARATE = re.compile(r"\bseparate\s+(?:bilateral\s+)?(?:meetings|talks|calls|phone\s+calls|sessions|receptions|"
                       r"messages|letters)\b|\bseparately\b", re.IGNORECASE)
_N_DAY = re.compile(r"\b(two|three|four|five|six|seven|2|3|4|5|6|7)-day\b", re.IGNORECASE)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}
_UNTIL = re.compile(r"\b(?:through|until|till|to)\s+$", re.IGNORECASE)
_BY = re.compile(r"(?<!led )(?<!chaired )(?<!hosted )(?<!accompanied )(?<!organi[sz]ed )(?<!attended )\bby\b")
_TITLE_GAP = re.compile(r"(?:['\u2019]s)?(?:\s+(?:[A-Z][\w'\u2019.-]*|\([^)]{1,12}\)|of|the|for|and|counterparts?))*\s*")
_DATELINE = re.compile(r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)")
_IN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_REFUGE_IN = re.compile(r"\b(?:refuge|asylum)\s+in\s+$")  # the country asked for refuge is a side
_CONTINUING = re.compile(r"\s*(?:to\s+)?(?:keep|continue|maintain|remain|stay|uphold|persist)\b", re.IGNORECASE)
_SAID_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:said|says|told|reported|added|confirmed|announced|stated)\b")
_LOCATIVE = re.compile(r"\b(?:in|at|from|to|near|via)\s+$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"^(?:He|She)\b")
_COUNTRY_SUBJECT = re.compile(r"\b(?:the\s+country|it|its|the\s+nation)\b", re.IGNORECASE)
_PARTY_WORDS = re.compile(r"\bparty\b|\bparties\b|politburo|central\s+committee|general\s+secretary|"
                          r"external\s+relations", re.IGNORECASE)
_PEOPLE_WORDS = re.compile(r"friendship\s+(?:union|association|organi[sz]ation|society)|people's\s+"
                           r"(?:organi[sz]ation|diplomacy)|fatherland\s+front|youth\s+union|women's\s+union",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What the event finder needs to know about the article around a sentence."""

    article: Article
    home: str | None
    last_person: Mention | None = None
    last_sides: tuple[Mention, ...] = ()  # participants of the article's latest event
    inherited: tuple[Mention, ...] = ()  # actors of the previous verb this one is coordinated with
    last_when: When | None = None  # the time of the article's latest dated event ("during that visit")
    visit_when: When | None = None  # the time of the article's latest dated visit ("during his stay")
    when_sides: tuple[Mention, ...] = ()  # ... and its participants
    dateline_end: int = 0  # times before this offset date the filing, not the events
    dateline_country: str | None = None  # the country of the dateline's city
    # what earlier sentences left open, shared across the article ("In his message, X said"
    # answers a message whose recipients an earlier sentence named)
    memory: dict[str, tuple[Mention, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Hit:
    trigger: Trigger
    start: int
    end: int


def find_events(sentence: Sentence, ctx: Context, mentions: list[Mention],
                times: list[TimeExpr], trace: list[str] | None = None) -> list[Event]:
    """Every event of one sentence (offsets absolute in the article); `trace` collects why each
    trigger did or did not become an event."""
    if not ANY_TRIGGER.search(sentence.text):
        return []
    hits = _hits(sentence)
    events = []
    previous: list[Mention] = []  # the actors of the sentence's last event, for "... and paid"
    for i, hit in enumerate(hits):
        lo = hits[i - 1].end if i else sentence.start
        hi = hits[i + 1].start if i + 1 < len(hits) else sentence.end
        # "... and paid", or a participle after a comma ("delivered a note to X, accusing Y"):
        # the subject of the sentence's last event acts again
        participle = (ctx.article.text[max(sentence.start, hit.start - 2):hit.start] == ", "
                      and ctx.article.text[hit.start:hit.end].split()[0].lower().endswith("ing"))
        shared = previous if previous and (participle or _COORDINATED.fullmatch(ctx.article.text, lo, hit.start)) else []
        outcome = _build(hit, lo, hi, sentence, replace(ctx, inherited=tuple(shared)), mentions, times)
        if isinstance(outcome, list):
            events.extend(outcome)
            sides = [m for m in mentions if m.key in {r.key for r in outcome[0].actors + outcome[0].counterparts}]
            ctx = replace(ctx, last_sides=tuple({m.key: m for m in sides}.values()) or ctx.last_sides)
            previous = [m for m in mentions if m.key in {a.key for a in outcome[0].actors}][:len(outcome[0].actors)]
        if trace is not None:
            what = (f"event {', '.join(e.type for e in outcome)}" if isinstance(outcome, list)
                    else f"dropped: {outcome}")
            trace.append(f"{hit.trigger.name} {ctx.article.text[hit.start:hit.end]!r}: {what}")
    return events + _attended(events, sentence)


# "X met Y on the sidelines of the 43rd ASEAN Summit": X attended the summit
_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?"
                        r"(?:[Ss]ummit|[Cc]onference|[Ff]orum|General\s+Assembly|[Mm]inisterial\s+[Mm]eeting)\b")


def _attended(events: list[Event], sentence: Sentence) -> list[Event]:
    """The attendance a meeting on the sidelines of a summit implies, once per sentence, for the
    meeting's subject at its time (so that two sideline meetings of one leader give one
    attendance); none when the sentence codes the attendance itself."""
    meetings = [e for e in events if e.type in ("meeting", "online_meeting") and e.modality is None
                and e.scope == "international"]
    found = _SIDELINES.search(sentence.text)
    if not meetings or not found or any(e.type == "conference" for e in events):
        return []
    first = meetings[0]
    start, end = sentence.start + found.start(), sentence.start + found.end()
    return [replace(first, type="conference", cameo="043", counterparts=(), actors=first.actors,
                    trigger=sentence.text[found.start():found.end()], rule="trigger:sidelines",
                    confidence=round(first.confidence - 0.1, 2), location=first.location)] if end > start else []


def _hits(sentence: Sentence) -> list[_Hit]:
    """Trigger matches, earlier table entries winning overlaps."""
    kept: list[_Hit] = []
    for trigger in TRIGGERS:
        for match in trigger.pattern.finditer(sentence.text):
            if match.group().isupper() and len(match.group()) > 2:  # tickers and headlines: "MET"
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if not any(start < k.end and k.start < end for k in kept):
                kept.append(_Hit(trigger, start, end))
    return _aid_arrivals(_with_purpose(_with_complements(_with_modes(sorted(kept, key=lambda h: h.start), sentence),
                                                         sentence), sentence), sentence)


# "a contingent of 450 Rwandan peacekeepers arrived in Bangui", "rescue teams from Algeria arrived
# in southern Turkey": who arrives is help, so the arrival is aid given, not a visit paid
_HELPERS = re.compile(r"\b(?:peacekeep\w+|(?:search[\s-]and[\s-])?rescue\s+(?:teams?|workers|units?|personnel)|rescuers|"
                      r"medics|medical\s+teams?|field\s+hospital|relief\s+(?:workers|teams?|convoys?|supplies)|"
                      r"aid\s+(?:workers|convoys?|shipments?|supplies|flights?|planes?)|firefighters|humanitarian\s+"
                      r"(?:aid|supplies|convoys?|workers))\b[^.;]*$", re.IGNORECASE)
_AID = next(t for t in TRIGGERS if t.name == "aid")
_PEACEKEEPING = next(t for t in TRIGGERS if t.name == "peacekeeping")


def _aid_arrivals(hits: list[_Hit], sentence: Sentence) -> list[_Hit]:
    """An arrival whose subject is relief or peacekeepers is the aid they bring."""
    out = []
    for i, hit in enumerate(hits):
        words = sentence.text[hit.start - sentence.start:hit.end - sentence.start].lower()
        lo = hits[i - 1].end if i else sentence.start
        helpers = _HELPERS.search(sentence.text, lo - sentence.start, hit.start - sentence.start)
        if hit.trigger.name == "visit-verb" and words.startswith("arrived") and helpers:
            aid = _PEACEKEEPING if helpers.group().lower().startswith("peacekeep") else _AID
            hit = _Hit(replace(aid, name=f"{aid.name}-arrived"), hit.start, hit.end)
        out.append(hit)
    return out


# "met the ambassador to protest against the boarding": a meeting held to protest is a
# diplomatic protest, which PLOVER codes ACCUSE (disapprove), not a civil PROTEST
_TO_PROTEST = re.compile(r"\bto\s+(?:lodge\s+(?:an?\s+)?(?:\w+\s+)?)?protests?\b(?!\s+(?:march|rally|movement))",
                         re.IGNORECASE)
_ACCUSE = next(t for t in TRIGGERS if t.name == "accuse")
_MEET = next(t for t in TRIGGERS if t.name == "meet")
_CALLED_ON = re.compile(r"called\s+on", re.IGNORECASE)
_ASKED = re.compile(r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+|\bfor\b|\bnot\s+to\b")
_CALLED_PERSON = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){1,6}?(?:[A-Z][\w'.-]*)\b(?:\s+(?:at|in|on|during|before|"
                            r"after)\b|\s*$)")
_DIPLOMATIC_PARTY = re.compile(r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|diplomats?|charg[eé]s?\s+d'affaires|consuls?|"
                               r"counterparts?|representatives?|ministers?|officials?)\b", re.IGNORECASE)


def _with_purpose(hits: list[_Hit], sentence: Sentence) -> list[_Hit]:
    """A meeting with a diplomat or official whose purpose clause is "to protest" is coded as the
    diplomatic protest it was; "called on" someone with nothing asked of them is a courtesy call."""
    out = []
    base = sentence.start
    for i, hit in enumerate(hits):
        if hit.trigger.plover == "REQUEST" and _CALLED_ON.fullmatch(sentence.text, hit.start - base, hit.end - base):
            stop = _CLAUSE_BREAK.search(sentence.text, hit.end - base)
            rest = sentence.text[hit.end - base:stop.start() if stop else len(sentence.text)]
            if not _ASKED.search(rest) and _CALLED_PERSON.match(rest):
                hit = _Hit(replace(_MEET, name="call-on", role="forward"), hit.start, hit.end)
        if hit.trigger.name == "meet":
            stop = hits[i + 1].start if i + 1 < len(hits) else sentence.end
            purpose = _TO_PROTEST.search(sentence.text, hit.end - base, stop - base)
            if (purpose and not _CLAUSE_BREAK.search(sentence.text, hit.end - base, purpose.start())
                    and _DIPLOMATIC_PARTY.search(sentence.text, hit.end - base, purpose.start())):
                hit = _Hit(replace(_ACCUSE, name="accuse-meeting"), hit.start, hit.end)
        out.append(hit)
    return out


# verbs whose infinitive complement is what they are about: "threatened to impose sanctions"
# is a threat, "urged Israel to withdraw" a request, "agreed to hold exercises" an agreement
_GOVERNING = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE"})
_TO_COMPLEMENT = re.compile(r"\s*(?:[\w'\u2019.-]+\s+){0,4}?to\s+(?:[\w-]+\s+){0,2}")
_AFTER_TO = re.compile(r"\s*(?:[\w-]+\s+){0,2}")


def _with_complements(hits: list[_Hit], sentence: Sentence) -> list[_Hit]:
    """Drop a trigger that is the infinitive complement of a governing one before it, so that
    the governing verb keeps the whole stretch (and the partners named in it)."""
    out: list[_Hit] = []
    base = sentence.start
    for hit in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.trigger.plover in _GOVERNING and not prev.trigger.name.startswith("sign"):
            gap = sentence.text[prev.end - base:hit.start - base]
            ends_to = sentence.text[:prev.end - base].rstrip().lower().endswith(" to")
            if (_AFTER_TO if ends_to else _TO_COMPLEMENT).fullmatch(gap):
                continue
        out.append(hit)
    return out


def _with_modes(hits: list[_Hit], sentence: Sentence) -> list[_Hit]:
    """"held talks with X via video link" is one online meeting, not talks plus a video call."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        pair = {prev.trigger.name, hit.trigger.name} if prev is not None else set()
        modes = {"phone", "online"}
        if (prev is not None and "meet" in pair and pair & modes and hit.start - prev.end <= 80
                and not _CLAUSE_BREAK.search(sentence.text, prev.end - sentence.start, hit.start - sentence.start)):
            mode = hit.trigger if hit.trigger.name in modes else prev.trigger
            # keep the meeting's words as the trigger so the partner named after them stays on the right
            out[-1] = _Hit(mode, prev.start, prev.end if prev.trigger.name == "meet" else hit.end)
        else:
            out.append(hit)
    return out


def _build(hit: _Hit, lo: int, hi: int, sentence: Sentence, ctx: Context, mentions: list[Mention],
           times: list[TimeExpr]) -> list[Event] | str:
    """The events of one trigger, or why there are none."""
    text = ctx.article.text
    before = text[sentence.start:hit.start]
    # "said it would meet X if ...": a conditional offer of cooperation is still an AGREE
    said_would = _SAID_WOULD.search(before) and not _SPECULATIVE.search(sentence.text) and (
        hit.trigger.plover in _COOPERATIVE or not _CONDITION.search(sentence.text))
    for name, pattern in (("negated", _NEGATION), ("hypothetical", _HYPOTHETICAL), ("commemorated", _COMMEMORATED)):
        if pattern.search(before) and not (name == "hypothetical" and said_would):
            return name
    words = text[hit.start:hit.end]
    if _PLURAL_FORM.search(words) and not _HELD.match(words) and _GENERIC.search(before):
        return "generic mention"
    if _DETERMINER_END.search(before) and _PARTICIPLE.fullmatch(words):
        return "a participle describing a thing"
    if _PERFECT.search(before) and _SINCE.match(text, hit.end, sentence.end):
        return "an ongoing state, not an event"
    if hit.trigger.plover == "AGREE" and _CONTINUING.match(text, hit.end):
        return "a continuing policy, not an event"
    if _REPORTED_CLAIM.search(before):
        return "a reported claim"
    if hit.trigger.type == "message" and not _WRITTEN.search(words) and _IN_A_CALL.search(sentence.text):
        return "said in a call or talks: part of them, not a message"  # "During the call, X congratulated Y"
    if _ORDINAL_BEFORE.search(before) and hit.trigger.type == "visit":
        return "a count of visits, not a visit"
    if _CORPORATE.search(text, max(lo, hit.start - 60), hit.start):
        return "a company's action"
    if hit.trigger.name == "assault" and words.lower() == "attacked" and not _PHYSICAL_TARGET.match(text, hit.end):
        return "attacked in words"
    if words.lower() == "killed" and _KILLED_THING.match(text, hit.end):
        return "a plan killed, not people"  # "a scandal killed a $23.5 billion plan"
    if words.lower() == "rallied" and _MARKET_BEFORE.search(text, max(sentence.start, hit.start - 50), hit.start):
        return "a market rallied"  # "U.S. stocks rallied", "Treasury debt prices rallied"
    passive = (hit.trigger.role == "host" and _PASSIVE_BY.match(text, hit.end)
               and _WAS_BEFORE.search(text, sentence.start, hit.start))
    if (hit.trigger.plover in _CONFLICT | {"RETREAT", "CONCEDE"}
            and (_BE_BEFORE.search(text, sentence.start, hit.start)
                 or _BE_AND.search(text, max(sentence.start, hit.start - 80), hit.start))
            and not words.lower().endswith("ing")):  # "are demanding" is progressive, not passive
        if not _PASSIVE_BY.match(text, hit.end):
            return "passive without an agent"
        passive = True
    if hit.trigger.role == "host" and not (passive or _RECEIVED_NAME.match(text, hit.end) or "courtesy" in words
                                           or _RECEIVED_ROLE.match(text, hit.end)):
        return "received or welcomed a thing, not a person"
    sides = (_passive_participants(hit, lo, hi, sentence, ctx, mentions) if passive
             else _participants(hit, lo, hi, sentence, ctx, mentions))
    if sides is None:
        return "about a company or private person"
    actors, counterparts = sides
    if hit.trigger.type in ("message", "aid"):
        counterparts = counterparts or list(ctx.memory.get(hit.trigger.type, ()))
        ctx.memory[hit.trigger.type] = tuple(counterparts)
    if hit.trigger.plover in _CONFLICT:
        counterparts = counterparts or _answering(actors, ctx)
        if actors:
            ctx.memory["conflict"] = tuple(actors) + tuple(counterparts)
    if not actors and hit.trigger.role == "mutual" and len(counterparts) >= 2:
        actors, counterparts = counterparts, []
    if not actors:
        return "no actor"
    if (hit.trigger.plover in _CONFLICT | _MATERIAL and not passive and all(a.end <= hit.start for a in actors)
            and a_far(actors, hit, text)):
        return "the subject belongs to another verb"
    if not any(political(a) for a in actors):
        return "no political actor"
    if hit.trigger.role == "mutual" and not counterparts and _WITH_END.search(words) and len(actors) < 2:
        return "talks with someone unnamed"
    if not counterparts and hit.trigger.type == "visit":
        bare = _BARE_VISIT.search(text, hit.start, min(len(text), hit.end + 4))
        counterparts = _visited(actors, sentence, ctx, mentions if bare else [])
    if not counterparts and hit.trigger.name.endswith("-arrived"):  # "peacekeepers arrived in Juba": South Sudan
        own = {a.country for a in actors}
        counterparts = [_home_mention(m.country) for m in mentions if m.type == "place" and m.country
                        and m.country not in own and hit.end <= m.start < hi][:1]
    counterparts = [_placed(m, actors, sentence, ctx, mentions) for m in counterparts]
    international = _international(actors + counterparts, hit, mentions)
    if not international and hit.trigger.plover not in DOMESTIC_CATEGORIES:
        return "not international"
    if not international and not counterparts and hit.trigger.plover in _VERBAL and not _coercive_threat(hit, text):
        return "domestic and without a target"  # but "threatened to impose a curfew" is specific enough
    when, explicit = _when(hit, lo, hi, [t for t in times if t.start >= ctx.dateline_end], ctx.article.date, text)
    if explicit is None and ctx.last_when is not None:
        during = (_DURING.search(text, sentence.start, sentence.end)
                  or _THEN.search(text, max(sentence.start, hit.start - 20), hit.start))
        if during:
            # "during his stay" is the visit's time, not that of the talks told last
            stay = ctx.visit_when if ctx.visit_when and _STAY.search(during.group()) else ctx.last_when
            explicit = TimeExpr(during.start(), during.end(), during.group(), stay)
            when = stay
    if explicit is None and _during_the_dated_event(hit, actors + counterparts, ctx):
        # "X received Y on Tuesday. Y was in Rome on a one-day working visit.": the visit is
        # the one the dated meeting took place in
        explicit = TimeExpr(hit.start, hit.end, text[hit.start:hit.end], ctx.last_when)
        when = ctx.last_when
    if (not counterparts and not explicit and hit.trigger.role != "mutual"
            and not (hit.trigger.plover in _MATERIAL and _done(words, text, hit.end))
            and not _coercive_threat(hit, text)
            and not (hit.trigger.plover in _TOGETHER and len({a.country for a in actors if a.country}) >= 2)):
        return "no counterpart and no time"  # but "Egypt and Sudan agreed to ..." is between the two
    if (not explicit and hit.trigger.plover in _CONFLICT | {"RETREAT", "AID"} and _NOMINAL.search(words)
            and not _PAST_VERB.match(words)):  # "pulled its contingent out of" is a verb, not a noun
        return "background reference without a time of its own"
    if _NOMINAL.search(words) and _REASON_BEFORE.search(text, max(sentence.start, hit.start - 30), hit.start):
        return "the reason for another event"  # "sanctions on Russia over its invasion of Ukraine"
    if hit.trigger.role == "mutual" and len(actors) + len(counterparts) < 2 and not explicit:
        return "one side and no time"
    when = _stretch_days(text[max(sentence.start, hit.start - 30):hit.end], when,
                         text[max(0, explicit.start - 10):explicit.start] if explicit else "")
    ongoing = _ONGOING.search(words)
    planned = not ongoing and hit.trigger.plover != "THREATEN" and (  # a threat is about what may come anyway
        bool(_FUTURE.search(before)) or bool(said_would) or bool(
        explicit and when and ctx.article.date and when.start > ctx.article.date
        and not _done(words, text, hit.end)))  # "expelled ... in late 2002" was done, whatever the article's date
    separate = bool(_SEPARATE.search(sentence.text))
    groups = [[a] for a in actors] if len(actors) > 1 and separate else [actors]
    # one unit sent to one UN mission is one contribution, whatever countries the mission serves
    mission = hit.trigger.name.startswith("peacekeeping")
    targets = ([[m for m in counterparts if m.country] or counterparts] if mission
               else _per_country(counterparts) if hit.trigger.type in ("message", "aid") or (separate and len(groups) == 1)
               else _per_person(counterparts) if hit.trigger.type == "meeting" else [counterparts])
    scope = "international" if international else "domestic"
    return [replace(_event(hit, sentence, ctx, group, target, when, explicit, planned, mentions, lo, hi), scope=scope)
            for group in groups for target in targets]


def _done(words: str, text: str, end: int) -> bool:
    """A past-tense verb in the trigger's words or just after them ("seized", "drone struck",
    "air strikes killed"): the act is reported as done."""
    return any(_PAST_VERB.fullmatch(w) for w in words.split()) or bool(_PAST_VERB.match(text, end + 1)
                                                                      if text[end:end + 1] == " " else False)


_FORCE_WORDS = re.compile(r"\b(?:military|force|intervention|war|sanctions|strikes|retaliat\w*|arrest\w*|jail\w*|"
                          r"prosecut\w*|curfew|blockade)\b", re.IGNORECASE)


def _coercive_threat(hit: _Hit, text: str) -> bool:
    """A threat that names the coercive act it threatens ("will extend the curfew", "threatened
    to call a general strike")."""
    return hit.trigger.name.startswith("threaten-") or (hit.trigger.plover == "THREATEN" and (
        threatened_act(text, hit.end) is not None or bool(_FORCE_WORDS.search(text, hit.start, hit.end))))


def _during_the_dated_event(hit: _Hit, sides: list[Mention], ctx: Context) -> bool:
    """A visit or meeting with no time of its own one of whose people took part in the article's
    latest dated event, itself within a week of the article's date ("Madbouly arrived on
    Sunday. Madbouly was received by the Amir.")."""
    last, day = ctx.last_when, ctx.article.date
    if hit.trigger.type not in ("visit", "meeting") or last is None or day is None or abs((last.start - day).days) > 7:
        return False
    return any(_same_actor(s, t) or _same_actor(t, s) for s in sides if s.type == "person" for t in ctx.when_sides)


def _per_person(counterparts: list[Mention]) -> list[list[Mention]]:
    """One meeting per distinct person met ("received by A and B", "talks with A and with B")."""
    people = [m for m in counterparts if m.type == "person" and m.role]
    if len(people) < 2:
        return [counterparts]
    return [[person] for person in people]


def _per_country(counterparts: list[Mention]) -> list[list[Mention]]:
    """Messages and aid go to each country separately: one event per sender-recipient pair."""
    by_country: dict[str, list[Mention]] = {}
    if any(m.country for m in counterparts):  # peacekeepers "to UNISFA" in Abyei go to the countries
        counterparts = [m for m in counterparts if m.country]
    for mention in counterparts:
        by_country.setdefault(mention.country or mention.key, []).append(mention)
    return list(by_country.values()) or [[]]


_CONFLICT = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "REQUEST", "COERCE", "ASSAULT"})
_TOGETHER = frozenset({"AGREE", "COOPERATE", "CONSULT"})  # what two subjects do with each other
_VERBAL = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# things done rather than said: a past-tense report of one is specific without a partner or a date
_MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "CONCEDE", "RETREAT", "SANCTION"})
_PAST_VERB = re.compile(r"(?:\w+ed|put|set|shut|struck|blew|froze|withheld|sent|held|kept|let|fought|shot|hit|threw|"
                        r"stormed|went|began|took|cut|broke|called|rallied|marched|freed|gave|met|signed|paid)\b", re.IGNORECASE)
# categories a foreign-affairs office follows inside a country too (unrest, crackdowns, fighting)
DOMESTIC_CATEGORIES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "CONCEDE", "RETREAT", "ACCUSE", "REJECT",
                                 "THREATEN", "REQUEST", "SANCTION"})


def _answering(actors: list[Mention], ctx: Context) -> list[Mention]:
    """"X rejected the protest": the other side of the article's last dispute, when foreign."""
    own = {a.country for a in actors}
    if None in own:  # a side of unknown country cannot tell who is foreign to it
        return []
    # the other side is foreign: another country's, or an international organisation ("the EU's measures")
    return [m for m in ctx.memory.get("conflict", ())
            if (m.country and m.country not in own) or (m.country is None and m.type == "organization")]


def a_far(actors: list[Mention], hit: _Hit, text: str) -> bool:
    """The nearest actor is separated from the trigger by another reporting or main verb."""
    nearest = max((a for a in actors if a.end > 0), key=lambda a: a.end, default=None)
    return nearest is not None and bool(_OTHER_VERB.search(text, nearest.end, hit.start))


def _passive_participants(hit: _Hit, lo: int, hi: int, sentence: Sentence, ctx: Context,
                          mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """"X was received by A and B": the hosts after "by" act, the guest before is received."""
    text = ctx.article.text
    stop = _CLAUSE_BREAK.search(text, hit.end, hi)
    end = stop.start() if stop else hi
    agent_types = ("person", "organization", "government_body", "party") + (
        ("country",) if hit.trigger.role != "host" else ())
    hosts = [m for m in mentions if hit.end <= m.start and m.end <= end and m.type in agent_types]
    def guest(m: Mention) -> bool:
        return (m.type == "person" or hit.trigger.role != "host") and m.type not in ("other", "place")

    guests = [m for m in mentions if lo <= m.start and m.end <= hit.start and guest(m)]
    guests = guests or [m for m in mentions if sentence.start <= m.start and m.end <= hit.start and guest(m)][:1]
    if not guests and ctx.last_person is not None and _NOMINAL_PERSON.search(text, sentence.start, hit.start):
        guests = [ctx.last_person]  # "the Green politician was received by ..."
    if not hosts:
        return None
    return _dedupe(hosts), guests[-1:] or _subject([], sentence, ctx, hit, [])


def _placed(person: Mention, actors: list[Mention], sentence: Sentence, ctx: Context,
            mentions: list[Mention]) -> Mention:
    """A counterpart of unknown nationality is of the one other country the sentence names
    ("arrived in the Philippine capital ... held talks with Gilberto Teodoro"), else of the
    country the wire is filed from, when that differs from the actors'."""
    if person.type != "person" or person.country:
        return person
    own = {a.country for a in actors}
    named = {m.country for m in mentions if m.country and m.country not in own and m.type in ("country", "place")}
    if len(named) == 1:
        return replace(person, country=named.pop())
    if ctx.dateline_country and ctx.dateline_country not in own:
        return replace(person, country=ctx.dateline_country)
    return person


def _visited(actors: list[Mention], sentence: Sentence, ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """A visit that names no destination goes to the host named in the sentence, else to the
    dateline's country ("TOKYO - ... Yoon, who is on a two-day visit")."""
    own = {a.country for a in actors}
    hosts = [m for m in mentions if m.type in ("person", "country") and m.country and m.country not in own
             and not (m.role == "adjective" and _glued(m, mentions, ctx.article.text))]
    if hosts:
        return hosts[:1]
    if ctx.dateline_country and ctx.dateline_country not in own:
        return [_home_mention(ctx.dateline_country)]
    return []


def _stretch_days(words: str, when: When | None, before_time: str) -> When | None:
    """"a two-day visit through Friday" spans Thursday and Friday; "began a three-day visit on
    Friday" spans Friday to Sunday."""
    days = _N_DAY.search(words)
    if when is None or days is None or when.precision != "day" or when.start != when.end:
        return when
    span = timedelta(days=_NUMBER_WORDS.get(days.group(1).lower(), 1) - 1)
    if _UNTIL.search(before_time) or _UNTIL_WORDS.search(words):
        return When(when.start - span, when.end, "range", when.text)
    return When(when.start, when.end + span, "range", when.text)


def _participants(hit: _Hit, lo: int, hi: int, sentence: Sentence, ctx: Context,
                  mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """Who acts and who is acted on, by position around the trigger; None when the words are
    about a company or a private person rather than a political actor."""
    text = ctx.article.text
    usable = [p for p in (_as_participant(m, text, hit.trigger) for m in mentions
                          if not (m.type == "country" and (_glued(m, mentions, text) or _TOPIC.match(text, m.end)
                                                           or (m.role == "adjective" and _DISPLACED.match(text, m.end))))
                          and not _restated(m, text))
              if p and p.type != "place"]
    usable = [m for m in usable if not (m.type == "organization" and _EVENT_NAME.match(text, m.end)
                                        and hit.trigger.type != "conference")]
    left = [m for m in usable if lo <= m.start and m.end <= hit.start]
    stop = _CLAUSE_BREAK.search(text, hit.end, hi)
    first_word = hit.start + len(text[hit.start:hit.end].split()[0])
    right = [m for m in usable if first_word < m.start and m.end <= (stop.start() if stop else hi)]
    # a named thing given as aid is what is given, not a company ("deployed its Disaster Assistance
    # and Rescue Team (SMART) to Turkey")
    after = [m for m in right if not (hit.trigger.type == "aid" and m.type == "other")]
    # a state's force acting on a named thing ("the coalition eased its blockade of Hodeidah", "the
    # government shut down access to Facebook") is still the state's act
    acted_on = (hit.trigger.plover in _MATERIAL and bool(left) and left[-1].type != "other"
                and political(left[-1]) and left[-1].role != "adjective")
    if (after and after[0].type == "other" and after[0].start - hit.end <= 40 and not acted_on
            and not _IN_AT.search(text, max(0, after[0].start - 8), after[0].start)):  # "surrendered in Soroti"
        return None
    by = _BY.search(text, hit.end, min(hi, hit.end + 45))
    by = by if by and "," not in text[hit.end:by.start()] else None
    by_actor = [m for m in right if by and by.end() <= m.start and m.start - by.end() <= 60
                and m.type in ("person", "country", "party", "government_body", "organization")]
    if by_actor and not _finite_with_subject(hit, left, text):
        # "the visit to China by General Secretary X", not "X rejected calls by Y"
        rest = [m for m in right if m is not by_actor[0] and not _same_actor(m, by_actor[0])]
        return [by_actor[0]], _dedupe([m for m in rest if _side(m)])
    if left and left[-1].type == "other" and not _IN_AT.search(text, max(0, left[-1].start - 8), left[-1].start):
        return None
    earlier = [m for m in usable if sentence.start <= m.start and m.end <= hit.start and m.type == "person"]
    subject = _subject([m for m in left if _side(m)], sentence, ctx, hit, earlier)
    if not subject and _FRONTED.match(text, sentence.start, hit.start):
        # "After talks with X, Y said ...": the talks are Y's
        later = [m for m in usable if m.start >= hit.end and m.type in ("person", "country") and political(m)]
        foreign = {m.country for m in right}
        subject = [m for m in later if m not in right and m.country not in foreign][:1]
        right = [m for m in right if m not in subject]
    if (not subject and hit.trigger.type == "message" and hit.start == sentence.start
            and "message" in text[hit.start:hit.end].lower()):
        # "In his message on Sunday, X, general secretary of ..., said ...": X is the sender (a
        # fronted "In a letter to the Council" is as often a complaint as a greeting: not taken)
        subject = [m for m in right if m.type == "person" and political(m)][:1]
        own = {m.country for m in subject}
        right = [m for m in right if m not in subject and m.country not in own]
    if not subject and lo > sentence.start and _RELATIVE.search(text, sentence.start, hit.start):
        before_all = [m for m in usable if sentence.start <= m.start and m.end <= hit.start and _side(m)]
        subject = _subject(before_all[:1], sentence, ctx, hit, earlier)
    right = [m for m in right if _side(m) and not _attribution(m, hit, text)]
    if _WARNED_THAT.match(text, hit.start):  # "warned that the Government would act": the doer, not a target
        right = [m for m in right if m.start >= hit.end]
    if hit.trigger.type == "message":  # "conveyed greetings from Cuban leaders to ..."
        senders = [m for m in right if _FROM.search(text, max(0, m.start - 12), m.start)]
        subject, right = _dedupe(subject + senders), [m for m in right if m not in senders]
    if hit.trigger.role == "host":
        return subject, _dedupe(right)
    return subject, _dedupe([m for m in right if not any(_same_actor(m, s) for s in subject)])


def _attribution(mention: Mention, hit: _Hit, text: str) -> bool:
    """", the foreign ministry said": who reports the event is not a side of it."""
    return "," in text[hit.end:mention.start] and bool(_SAID_AFTER.match(text, mention.end))


def _finite_with_subject(hit: _Hit, left: list[Mention], text: str) -> bool:
    """The trigger is a past-tense verb with a side before it in the same clause."""
    return text[hit.start:hit.end].split()[0].lower().endswith("ed") and any(
        _side(m) and "," not in text[m.end:hit.start] for m in left)


def _international(participants: list[Mention], hit: _Hit, sentence_mentions: list[Mention]) -> bool:
    """Foreign affairs need two countries, or an international organisation, among the sides;
    a summit or conference is international when the sentence names another country or one."""
    pool = participants + (sentence_mentions if hit.trigger.type == "conference" else [])
    countries = {m.country for m in pool if m.country and m.type != "place"}
    return len(countries) >= 2 or any((m.type == "organization" and not m.country)
                                      or (m.type == "person" and not m.country and _INTERNATIONAL_ROLE.search(m.role or ""))
                                      for m in pool)


# the office of an international organisation: "UN Secretary-General", "NATO Secretary General"
_INTERNATIONAL_ROLE = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations|NATO|EU|European\s+Union|African\s+Union|AU|ASEAN|"
                                 r"OSCE|WHO|IAEA|IMF|World\s+Bank|WTO|UNHCR|UNICEF|OPEC|ECOWAS|Arab\s+League)\b|"
                                 r"Secretary[\s-]General")


def _side(mention: Mention) -> bool:
    """Anything but a company or other unknown body can be a side of a diplomatic event."""
    return mention.type != "other"


def political(mention: Mention) -> bool:
    """Countries, parties, public bodies, and persons with a title or a known country."""
    if mention.type == "person":
        return bool(mention.role or mention.country)
    return mention.type in ("country", "party", "government_body", "organization")


def _glued(mention: Mention, mentions: list[Mention], text: str) -> bool:
    """A nationality adjective that belongs to the title and name right after it
    ("Chinese Foreign Minister Wang Yi"), not a side of its own ("the Russian minister")."""
    following = [m for m in mentions if m.start >= mention.end and m.type == "person"]
    if not following:
        return False
    nxt = min(following, key=lambda m: m.start)
    return bool(_TITLE_GAP.fullmatch(text[mention.end:nxt.start]))


def _restated(mention: Mention, text: str) -> bool:
    """"the Republic of Korea (RoK)": the bracketed short form is not another side."""
    return text[mention.start - 1:mention.start] == "(" and text[mention.end:mention.end + 1] == ")"


def _as_participant(mention: Mention, text: str, trigger: Trigger) -> Mention | None:
    """Capitals stand for their country ("Manila accused ...") unless they are where it happened;
    a country after "in" or "at" is where a meeting happened, not a side of it."""
    if mention.type == "country" and mention.role is None and trigger.type not in ("visit", "aid"):
        before = text[max(0, mention.start - 16):mention.start]
        return None if _IN_AT.search(before) and not _REFUGE_IN.search(before) else mention
    if mention.type != "place" or mention.role != "capital":
        return mention
    before = text[max(0, mention.start - 6):mention.start]
    if _DATELINE.match(text, mention.end) or mention.text.isupper():
        return None
    if _LOCATIVE.search(before) and not (trigger.type == "visit" and before.rstrip().endswith(("to", "in"))):
        return None
    return Mention(mention.start, mention.end, mention.text, f"country:{mention.country}",
                   _country_name(mention.country), "country", mention.country)


def _country_name(iso3: str | None) -> str:
    entry = gazetteer.country(iso3) if iso3 else None
    return entry.name if entry else (iso3 or "")


def _subject(left: list[Mention], sentence: Sentence, ctx: Context, hit: _Hit,
             earlier: list[Mention]) -> list[Mention]:
    """The acting side: a coordinated verb's subject, a pronoun's person, the named sides
    before the trigger, "the two sides", or the home country for "the country"/"it"."""
    text = ctx.article.text
    if ctx.inherited:
        return list(ctx.inherited)
    if _PREP_NOUN.search(text, max(sentence.start, hit.start - 30), hit.start) or (
            text[max(sentence.start, hit.start - 2):hit.start] == ", " and text[hit.start:hit.end].endswith("ing")):
        main = [m for m in earlier if political(m)]  # "X thanked Y during a phone call with Z": X calls
        if main:
            run = main[:1]  # "X and Y discussed trade in a video call": both call
            while (hit.trigger.role == "mutual" and len(run) < len(main)
                   and _JOINED.fullmatch(text, run[-1].end, main[len(run)].start)):
                run.append(main[len(run)])
            return run
    if _PRONOUN_BEFORE.search(text, sentence.start, hit.start):
        earlier = earlier or ([ctx.last_person] if ctx.last_person else [])
        if earlier:
            return [earlier[-1]]
    both = list(_BOTH_SIDES.finditer(text, sentence.start, hit.start))
    if ctx.last_sides and both and not any(m.start >= both[-1].end() for m in left):
        return list(ctx.last_sides)  # "X hosted Y, followed by talks in which the two leaders agreed"
    inside = [(m.start(), m.end()) for m in _RELATIVE_SPAN.finditer(text, sentence.start, hit.start)]
    left = [m for m in left if not any(s <= m.start < e for s, e in inside)]
    joined = _joined_run(left, text)
    if len(joined) >= 2 and _JOINED_END.fullmatch(text[left[-1].end:hit.start]):
        return _dedupe(joined)
    left = [m for m in left if not _LED_BY.search(text, max(0, m.start - 40), m.start)] or left
    people = [m for m in left if m.type == "person"]
    if (len(people) >= 2 and hit.trigger.role == "mutual"
            and _AND_TITLED.fullmatch(text, people[-2].end, people[-1].start)):
        # "President of the VFF X and President of the LFND Y co-chaired an exchange": both sides
        return people[-2:]
    if people:
        return [people[-1]]
    if left:
        return [left[-1]]
    clause = text[sentence.start:hit.start]
    if _BOTH_SIDES.search(clause) and ctx.last_sides:
        return list(ctx.last_sides)
    if _PRONOUN_SUBJECT.match(sentence.text) and ctx.last_person is not None:
        return [ctx.last_person]
    if ctx.home and _COUNTRY_SUBJECT.search(clause):
        return [_home_mention(ctx.home)]
    return []


def _joined_run(left: list[Mention], text: str) -> list[Mention]:
    """The sides listed together just before the trigger: "India, the US and the EU"."""
    run = left[-1:]
    for mention in reversed(left[:-1]):
        if not _JOINED.fullmatch(text[mention.end:run[0].start]):
            break
        run.insert(0, mention)
    return run


def _home_mention(iso3: str) -> Mention:
    entry = gazetteer.country(iso3)
    return Mention(0, 0, "", f"country:{iso3}", entry.name if entry else iso3, "country", iso3)


def _same_actor(a: Mention, b: Mention) -> bool:
    return a.key == b.key or (a.type == "country" and b.type != "country" and a.country == b.country)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for mention in mentions:
        if mention.key not in seen:
            seen.add(mention.key)
            out.append(mention)
    return out


def _when(hit: _Hit, lo: int, hi: int, times: list[TimeExpr], published: date | None,
          text: str = "") -> tuple[When | None, TimeExpr | None]:
    """The trigger's own time: the nearest expression in its stretch, one after it counting a
    little nearer than one before ("met on Monday" / "on Monday met"); an expression in
    brackets is a gloss, not the time; else the article date."""
    def distance(t: TimeExpr) -> float:
        return t.start - hit.end if t.start >= hit.end else 1.5 * (hit.start - t.end)

    # a time inside the trigger's own words counts ("talks on Monday with"); one straddling its edge does not
    usable = [t for t in times if (not (hit.start < t.end and t.start < hit.end)
                                   or (hit.start <= t.start and t.end <= hit.end and _DAY_WORDS.search(t.text)))
              and not _BRACKETED.search(text, max(0, t.start - 40), t.start)]
    # "... of the late Amir, who died on Saturday": the time of a relative clause the trigger
    # is not in belongs to that clause's verb
    clauses = [m.span() for m in _RELATIVE_CLAUSE.finditer(text, lo, hi) if not m.start() <= hit.start < m.end()]
    usable = [t for t in usable if not any(a <= t.start and t.end <= b for a, b in clauses)]
    candidates = [t for t in usable if lo <= t.start and t.end <= hi]
    if not candidates:  # coordinated verbs share the clause's time: "on Thursday ordered X and extended Y"
        candidates = [t for t in usable if t.end <= lo][-1:]
    chosen = min(candidates, key=distance) if candidates else None
    if chosen is not None:
        return chosen.value, chosen
    if published is None:
        return None, None
    return When(published, published, "day", ""), None


def _event(hit: _Hit, sentence: Sentence, ctx: Context, actors: list[Mention], counterparts: list[Mention],
           when: When | None, explicit: TimeExpr | None, planned: bool, mentions: list[Mention],
           lo: int, hi: int) -> Event:
    trigger = hit.trigger
    kind, plover, cameo, modality = trigger.type, trigger.plover, trigger.cameo, None
    if planned:
        kind, plover, cameo, modality = "agree", "AGREE", "036", f"planned:{trigger.type}"
        if explicit is None:
            when = None
    if trigger.role == "host" and trigger.type == "meeting" and trigger.name == "host-visit":
        cameo = "043"
    if trigger.plover == "THREATEN" and cameo == "130":  # "threatened to impose a curfew": 132
        cameo = threatened_act(ctx.article.text, hit.end) or cameo
    confidence = 0.5 + 0.2 * bool(counterparts) + 0.15 * bool(explicit) + 0.1 * any(
        m.type == "person" for m in actors)
    return Event(
        type=kind, plover=plover, cameo=cameo, mode=None if planned else trigger.mode,
        actors=tuple(_ref(m) for m in actors), counterparts=tuple(_ref(m) for m in counterparts),
        date=when, source=Source(ctx.article.id, sentence.start, sentence.end, sentence.text),
        trigger=ctx.article.text[hit.start:hit.end], rule=f"trigger:{trigger.name}",
        confidence=round(min(confidence, 0.95), 2), location=_location(trigger, counterparts, mentions, lo, hi),
        pillar=_pillar(actors + counterparts, sentence.text), context=trigger.context, modality=modality,
    )


def _ref(mention: Mention) -> ActorRef:
    return ActorRef(mention.key, mention.name, mention.country)


def _location(trigger: Trigger, counterparts: list[Mention], mentions: list[Mention], lo: int, hi: int) -> str | None:
    places = [m for m in mentions if m.type == "place" and lo <= m.start < hi]
    if places:
        return places[0].name
    if trigger.type == "visit" and counterparts and counterparts[0].country:
        entry = gazetteer.country(counterparts[0].country)
        return entry.name if entry else counterparts[0].country
    return None


def _pillar(participants: list[Mention], sentence: str) -> str:
    """Party when a participant holds a party role or is a party; people for people's bodies."""
    for mention in participants:
        if mention.type == "party" or (mention.role and _PARTY_WORDS.search(mention.role)):
            return "party"
        if mention.role == "people" or _PEOPLE_WORDS.search(mention.name):
            return "people"
    if _PEOPLE_WORDS.search(sentence):
        return "people"
    return "state"
