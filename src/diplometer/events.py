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
from dataclasses import replace

from . import gazetteer
from .event_context import CLAUSE_BREAK, MATERIAL, Context, Hit, home_mention, is_side, political, relative_clauses
from .event_dates import (
    IN_RESPONSE_TO,
    around_the_report,
    counted_from_the_act_before,
    dated_from_the_told,
    during_the_dated_event,
    ended_then,
    event_time,
    framed_time,
    returned_after,
    stretch_days,
    undated_time,
)
from .event_hits import WHERE_SUBJECT, calls_on_guest, may_have_event, sentence_hits, verb_hits
from .noun_triggers import noun_hits
from .participants import (
    PRONOUN_OBJECT,
    PRONOUN_OPENS,
    a_far,
    answering_sides,
    find_passive_sides,
    find_sides,
    is_international,
    met_abroad,
    names_the_guest,
    per_country,
    per_person,
    placed,
    visited_hosts,
)
from .records import ActorRef, Event, Mention, Sentence, Source, TimeExpr, When
from .triggers import Trigger, threatened_act

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
_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|will)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
_THREATENED_CODES = {"SANCTION": "131", "COERCE": "137", "ASSAULT": "138"}  # CAMEO 13x: what is threatened
_SPECULATIVE = re.compile(r"\b(?:could|might)\b", re.IGNORECASE)
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|scheduled\s+to|set\s+to|due\s+(?:to|in)|plans?\s+to|"
                     r"planning\s+to|expected\s+to|is\s+going\s+to|invit(?:ed|ation)\b[^.]{0,60}\bto|"
                     r"accepted\s+(?:an\s+|the\s+)?invitation|upcoming|forthcoming|next)\b[^,;.]{0,50}$",
                     re.IGNORECASE)
# "will expel five diplomats and has recalled its ambassador": the second predicate is done, not planned
_DUE_IN = re.compile(r"(?:is|are)\s+due\s+in\b", re.IGNORECASE)  # "Iraq's prime minister is due in Tehran on Wednesday"
_AND_PERFECT = re.compile(r"\band\s+(?:has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_GENERIC = re.compile(r"\b(?:such\s+as|through(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))|"
                      r"via|forms?\s+(?:of|such)|including|includes|various|"
                      r"like|by\s+means\s+of|in\s+terms\s+of|regular|frequent|annual|periodic|reciprocal|"
                      r"mutual)\b(?:(?!,\s+(?:after|following|before|during|when|as|amid)\b)[^.;]){0,60}$", re.IGNORECASE)
_PLURAL_FORM = re.compile(r"\b(?:talks|visits|meetings|calls|exchanges|workshops|conferences|sessions|"
                          r"receptions|dialogues|agreements|contributions|messages)\b", re.IGNORECASE)
_COMMEMORATED = re.compile(r"\b(?:anniversary|years?|decades?)\s+(?:of|since|after)\s+(?:the\s+)?$", re.IGNORECASE)
# (but "received the Venezuelan decision": a nationality before a thing said or sent is no person)
_RECEIVED_NAME = re.compile(r"(?!\s+by\b)\s+(?:(?:visiting|his|her|their)\s+)?(?:[a-z]+\s+)?"
                            r"(?![A-Z][\w-]*(?:['\u2019]s)?\s+(?:decision|proposal|note|request|reply|response|statement|offer|plan|demand|position|announcement|invitation|"
                            r"message|letter|report|assurances?|news)\b)[A-Z\u00C0-\u00DE\u0110]|"
                            r"\s+(?:him|her)\s+(?:at|in|on)\b")
_CREDENTIAL_WORDS = r"(?:the\s+)?(?:credentials|letters?\s+of\s+credence)"
_RECEIVED_ROLE = re.compile(r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:headquarters|palace|office|"
                            r"residence|ministry|building|hall)(?:\s+on\s+\w+day)?)?\s+(?:(?:a|an|the|visiting)\s+(?:[\w-]+\s+){0,4}?(?:delegation|ambassador|envoy|"
                            r"minister|president|chairman|chairwoman|leader|secretary|officials?|guests?|mission|team)\b|"
                            r"(?:[\w-]+\s+)?(?:delegations|ambassadors|envoys|ministers|leaders|officials|representatives|"
                            r"negotiators)\s+(?:from|of)\b"
                            # "received the credentials of the newly appointed ambassadors of Indonesia, Mexico and Senegal"
                            rf"|{_CREDENTIAL_WORDS}\s+(?:of|from)\b)",
                            re.IGNORECASE)
_CREDENTIALS = re.compile(rf"\s+{_CREDENTIAL_WORDS}\b", re.IGNORECASE)
# "... and then on Friday signed" acts again, "..., and Wang also held talks" names a subject of its own
_COORDINATED = re.compile(r"[^.;]*?(?:,\s*)?\band\s+(?:also\s+|then\s+|later\s+)?[\"\u201c]?"
                          r"(?:(?!(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)[A-Z])\w+\s+){0,2}$")
_IT_ACCUSES = re.compile(r"\b(?:that|which|whom)?\s*(?:it|they)\s+(?:has\s+|have\s+)?$")
_FOR_VISIT = re.compile(r"(?:for|on)\s+(?:a|an|his|her|their)\s", re.IGNORECASE)
# "arrived in Baghdad on Monday for talks with ...": the talks the traveller came for
# "travelled to Algiers and held more than two hours of talks with": the traveller talks
_AND_HELD = re.compile(r"[^.;]*?\band\s+(?:held|had|conducted)\s+(?:[\w-]+\s+){0,6}$")
_FOR_TALKS = re.compile(r"[^.;,]*?\bfor\s+(?:(?:a|two|three|fresh|further|new|more|another|round\s+of|days?\s+of)\s+){0,3}$")
_DURING = re.compile(r"\b(?:during|after|following|on\s+the\s+(?:sidelines|margins)\s+of|at)\s+(?:that|the|this|his|her|"
                     r"their|its)\s+(?:\w+\s+){0,2}(?:visit|trip|talks|meeting|summit|stay|tour|conference|ceremony|"
                     r"negotiations|discussions|conversation|signing|reception)\b"
                     r"|\bon\s+the\s+(?:sidelines|margins)\b|\b(?:the\s+same\s+day|on\s+(?:that|this|the)\s+occasion)\b"
                     r"|\b(?:that|the)\s+same\s+(?:night|evening|morning|afternoon)\b|\bthat\s+(?:night|evening)\b"
                     r"|\b(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+day\b"
                     r"|\b(?:hours|minutes)\s+(?:later|earlier|afterwards)\b"
                     r"|\b(?:hours|minutes)\s+(?:before|after)\s+(?:that|the|this)\s+(?:\w+\s+)?(?:meeting|talks|visit|session)\b"
                     r"|\bat\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the|their|that|this|his|her)\s+(?:\w+\s+)?"
                     r"(?:talks|meeting|visit|summit|session|discussions)\b"
                     r"|\b(?:once|when)\s+(?:the|their|that)\s+(?:\w+\s+)?(?:meeting|talks|session|discussions)\s+"
                     r"(?:was|were|had)\s+(?:over|ended|concluded|finished)\b"
                     r"|\b(?:after|following)\s+(?:about|almost|nearly|some|more\s+than|over)?\s*(?:an?|one|two|three|four)\s+"
                     r"(?:and\s+a\s+half\s+)?hours?\s+(?:and\s+a\s+half\s+)?of\s+(?:talks|discussions|negotiations)\b",
                     re.IGNORECASE)
# what "during his stay", "following the talks", "after the summit" refer to
_NOUN_TYPES = {"visit": ("visit",), "trip": ("visit",), "stay": ("visit",), "tour": ("visit",),
               "talks": ("talks", "meeting", "online_meeting", "phone_call"), "meeting": ("meeting", "online_meeting"),
               "summit": ("conference",), "conference": ("conference",), "ceremony": ("agreement", "meeting"),
               "session": ("meeting", "online_meeting"), "negotiations": ("talks", "meeting", "online_meeting"),
               "discussions": ("talks", "meeting", "online_meeting", "phone_call"), "conversation": ("phone_call", "meeting"),
               "signing": ("agreement",), "reception": ("meeting",)}
_DURING_NOUN = re.compile(r"\b(?:" + "|".join(_NOUN_TYPES) + r")\b", re.IGNORECASE)
# the rules of a call paid on a host, whose time is not that of "the talks" ("was received by the Speaker")
RECEPTION_RULES = frozenset({"trigger:receive", "trigger:host-hosting", "trigger:host-visit"})
_IN_THE_DAY = re.compile(r"\b(?:later|earlier)\s+in\s+the\s+day\b", re.IGNORECASE)
# nouns of one kind of act, whose time is only that of an act of the kind told before
_NAMED_ONLY = frozenset({"negotiations", "discussions", "conversation", "signing"})
# "... then signed", "The two leaders then attended the signing ceremony"
_THEN = re.compile(r"\b(?:then|afterwards|subsequently|thereafter|later)\s+(?:(?:attended|witnessed|oversaw|presided\s+over)\s+"
                   r"(?:the\s+|a\s+)?)?$", re.IGNORECASE)
_ONGOING = re.compile(r"^(?:is|are)\s+(?:on|paying|making)\b|^visiting\b", re.IGNORECASE)
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those|by|of|for|with|from)\s+"
                             r"(?:(?:two|three|four|five|six|several|many|some|\d+)\s+)?$|"
                             r"\b[a-z]+ing\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+$",
                             re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+(?:ed|en|wn)")
# "among the 49 Ivorian troops detained since July": a transitive verb's participle after the noun it describes
_HELD_PARTICIPLE = re.compile(r"(?:detained|arrested|held|jailed|imprisoned|killed|captured|wounded|seized|abducted|"
                              r"kidnapped|deported|expelled|released|freed|stationed|deployed|sentenced|convicted)")
_PLURAL_BEFORE = re.compile(r"\b(?:the|of|among|with|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|"
                            r"hundreds|thousands|some|several|other)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:troops|soldiers|people|activists|protesters|journalists|civilians|prisoners|migrants|"
                            r"fishermen|sailors|nationals|officers|members|workers|students|demonstrators|refugees|"
                            r"hostages|detainees|militants|fighters|diplomats)\s+$", re.IGNORECASE)
# "Alireza Akbari, a British-Iranian dual national convicted of spying": a participle describing one person
_ONE_PERSON_BEFORE = re.compile(r"\ban?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:national|citizen|man|woman|journalist|activist|"
                                r"businessman|businesswoman|researcher|academic|official|officer|soldier|worker|student|"
                                r"employee|tourist|diplomat|dissident|blogger|lawyer|priest|missionary)\s+$", re.IGNORECASE)
_PREPOSITION_AFTER = re.compile(r"\s+(?:since|in|on|at|during|after|for|near|last|earlier|over|under|without|"
                                r"while|when|following|across|inside|outside)\b")
_CORPORATE = re.compile(r"\b(?:the|its|a|an|U\.S\.|[A-Z][a-z]+)\s+(?:[\w-]+\s+)?(?:company|companies|firm|corporation|"
                        r"insurer|carrier|retailer|maker|manufacturer|producer|lender|bank|exchange|operator|"
                        r"shareholders|investors|analysts|bidders?|buyers?|automaker|drugmaker|chipmaker|steelmaker|carmaker|"
                        r"planemaker|airline|conglomerate|miner)\b,?"
                        r"(?:\s+(?:said|says|has|had|have|is|was|also|then|later|would|will|it))*\s+(?:[\w,]+\s+){0,3}$")
_PHYSICAL_TARGET = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:[A-Z]|town|city|village|base|"
                              r"convoy|positions?|troops|soldiers|police|forces|army|civilians|checkpoint|post|"
                              r"patrol|camp|embassy|vessel|ship)")
_NOMINAL = re.compile(r"\b(?:invasion|attack|shelling|withdrawal|crackdown|extradition|assassination|investigation|expulsion|"
                      r"probe|inquiry|bombing)\b|(?<!called\s)(?<!calls\s)\b(?:of|on)$|^(?:humanitarian|emergency|relief)\s+\w+\s+to$",
                      re.IGNORECASE)
_KILLED_THING = re.compile(r"\s+(?:off\s+)?(?:a|an|the|its|their|his|her)?\s*(?:[$\d.,]+\s+|[\w-]+\s+){0,4}?(?:plans?|deals?|"
                           r"bills?|proposals?|projects?|programs?|programmes?|ideas?|talks|measures?|legislation|"
                           r"mergers?|bids?|sales?|agreements?|hopes?|chances?|momentum|rally|demand)\b", re.IGNORECASE)
_DISASTER_BEFORE = re.compile(r"\b(?:storms?|cyclones?|typhoons?|hurricanes?|earthquakes?|quakes?|floods?|flooding|"
                              r"landslides?|mudslides?|avalanches?|tsunamis?|droughts?|heatwaves?|wildfires?|fires?|blazes?|"
                              r"crash(?:es)?|accidents?|collisions?|outbreaks?|epidemics?|virus|disease|famine|"
                              r"collapses?|stampedes?|derailments?|waves)\s+(?:[\w-]+\s+){0,3}$|"
                              # "the dam collapse in Tangerang last month, which killed"
                              r"\b(?:collapses?|earthquakes?|quakes?|floods?|landslides?|cyclones?|typhoons?|hurricanes?|"
                              r"tsunamis?|fires?|crash(?:es)?|accidents?|stampedes?)\b[^.;]{0,50},\s+(?:which|that)\s+$",
                              re.IGNORECASE)
_MARKET_BEFORE = re.compile(r"\b(?:stocks?|shares?|prices?|markets?|bonds?|debt|treasur(?:y|ies)|dollar|euro|yen|yuan|"
                            r"sterling|currenc(?:y|ies)|index|indexes|indices|futures|equities|gold|silver|copper|oil|"
                            r"crude|commodities|Dow|Nasdaq|S&P)\b(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)
_CORPORATE_OFFICE = re.compile(r"\b(?:chief\s+(?:\w+\s+)?officer|chief\s+executive|CEO|chairman|chairwoman|"
                               r"directors?|board|executives?|compan(?:y|ies)|firm|bank|Inc|Corp|Ltd)\b", re.IGNORECASE)
_REASON_BEFORE = re.compile(r"\b(?:over|for)\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_IN_A_CALL = re.compile(r"\b(?:during|in)\s+(?:the|their|that|this|a)\s+(?:phone\s+|telephone\s+|video\s+)?"
                        r"(?:call|talks|conversation|meeting)\b|\b(?:call|talks|conversation|meeting)\b[^.;]{0,80}?,?\s+"
                        r"(?:during|in)\s+which\b|"
                        r"\b(?:phone\s+|telephone\s+)?call\s+(?:on\s+\w+\s+)?from\b[^.;]{0,80}?,\s+who\b", re.IGNORECASE)
_WRITTEN = re.compile(r"\b(?:messages?|letters?|cables?|cabled|telegrams?)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[\w-]+\s+){0,4}$")
# (not the "since" of another participle: "released three soldiers among the troops detained since July")
_SINCE = re.compile(r"(?:(?!\b[a-z]+ed\b)[^,;]){0,60}\bsince\b")
_SINCE_FIRST = re.compile(r"\s*Since\b")  # "Since 2014, the department has deployed 11 rotations"
# (not "in waters where the claims of the two countries overlap and asked Indonesia to": claims to land or sea)
_REPORTED_CLAIM = re.compile(r"\b(?:report|reports|(?<!the\s)(?<!their\s)(?<!its\s)(?<!rival\s)claims?|rumou?rs?|allegations?)\s+"
                             r"(?:\w+\s+)?(?:claiming|saying|suggesting|alleging)?\s*(?:that\s+)?[^.;]{0,80}$"
                             r"|\b(?:the|their|its)\s+claims?\s+(?:that|saying)\b[^.;]{0,80}$"
                             r"|\bclaim(?:ing|ed)\s+(?:on\s+\w+\s+|\w+day\s+)?that\b[^.;]{0,80}$", re.IGNORECASE)
# "sentenced on charges of ... over an alleged bomb attack on a mosque": the act a charge names
_ALLEGED_ACT = re.compile(r"\b(?:an?|the|his|her|their|its)\s+(?:alleged|purported|suspected)\s+(?:[\w-]+\s+){0,2}$",
                          re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(r"\b(?:is|was|marks|marked|be)\s+(?:[\w'\u2019.-]+\s+){0,6}?(?:second|third|fourth|fifth|"
                             r"sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?$"
                             # "arrived on Monday for a visit, his first trip to Japan since ...": the visit counted
                             r"|,\s+(?:his|her|their|its)\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+"
                             r"(?:\w+\s+)?$", re.IGNORECASE)
_WITH_END = re.compile(r"\b(?:with|between)$")
_WHERE_AFTER = re.compile(WHERE_SUBJECT)
_BARE_VISIT = re.compile(r"visit\b(?!\s+(?:to|of|in)\b)")
# "X and Y (also) discussed": the named subject right before the verb, not "where the two sides discussed"
_RIGHT_BEFORE = re.compile(r"(?:\s+(?:also|have|had|jointly|further|then|later|on\s+\w+|\w+ly))*\s+")
_BOUND_OR_IN = re.compile(r"\b(?:(?:left|departed|set\s+off|headed|leaves|departs)\s+for|(?:landed|arrived|is|was)\s+in)\s+$")
_HELD = re.compile(r"(?:held|hold|holds|holding|had|has|have)\b", re.IGNORECASE)
_PASSIVE_BY = re.compile(r"(?:\s+[\w,-]+){0,6}?\s+by\b")
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$")
# "was removed from office and arrested": the second participle is passive too
_BE_AND = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b(?:\s+[\w-]+){0,4}?\s+and\s+$")
_WAS_BEFORE = re.compile(r"\b(?:was|were|being|been|is|are)\s+(?:[\w,]+\s+){0,3}$")
# (not "Separately, X met ...": a sentence opening on the word turns to another story)
_SEPARATE = re.compile(r"\bseparate\s+(?:bilateral\s+|phone\s+|telephone\s+)?(?:meetings|talks|calls|conversations|sessions|"
                       r"receptions|messages|letters)\b|\b(?-i:separately)\b", re.IGNORECASE)
_AND_WITH = re.compile(r"\band\s+(?:later\s+|also\s+|then\s+|separately\s+)?with\s+(?:the\s+|his\s+|her\s+)?(?-i:[A-Z])",
                       re.IGNORECASE)
_CONTINUING = re.compile(r"\s*(?:to\s+)?(?:keep|continue|maintain|remain|stay|uphold|persist)\b", re.IGNORECASE)
_PARTY_WORDS = re.compile(r"\bparty\b|\bparties\b|politburo|central\s+committee|general\s+secretary|"
                          r"external\s+relations", re.IGNORECASE)
_PEOPLE_WORDS = re.compile(r"friendship\s+(?:union|association|organi[sz]ation|society)|people's\s+"
                           r"(?:organi[sz]ation|diplomacy)|fatherland\s+front|youth\s+union|women's\s+union",
                           re.IGNORECASE)


def find_events(sentence: Sentence, ctx: Context, mentions: list[Mention],
                times: list[TimeExpr], trace: list[str] | None = None) -> list[Event]:
    """Every event of one sentence (offsets absolute in the article); `trace` collects why each
    trigger did or did not become an event."""
    if not may_have_event(sentence):
        return []
    hits = _without_objects(sentence_hits(sentence), ctx.article.text)
    events = _events_of(hits, sentence, ctx, mentions, times, trace)
    if not events and hits and not hits[0].trigger.name.startswith("verb-"):
        # every phrasing of the table was dropped: the acts named by a noun, then the verb lexicon,
        # get their turn ("Tehran acceded to European demands", where "demands" alone is no event)
        spare = [h for h in ([] if hits[0].trigger.name.startswith("noun-") else noun_hits(sentence)) + verb_hits(sentence)
                 if not any(h.start < k.end and k.start < h.end for k in hits)]
        events = _events_of(spare[:1], sentence, ctx, mentions, times, trace)
    return _conceded(events, sentence) + _attended(events, sentence)


# "bowing to weeks of protests", "acceding to a central demand of the strikers": what the sentence
# tells its subject doing is a concession, and the pressure named after the cue is its reason
_CONCESSION_CUE = re.compile(r"(?:bow|yield|acced|cav|gave\s|giving\s|in\s+(?:a\s+)?concession|meeting\s)", re.IGNORECASE)
_PRESSURE = frozenset({"PROTEST", "ASSAULT", "COERCE", "REQUEST", "THREATEN", "SANCTION"})


def _conceded(events: list[Event], sentence: Sentence) -> list[Event]:
    """A sentence with a concession cue: the acts of pressure after the cue lose confidence, a promise
    of the cue's actor before it is CONCEDE, and the cue itself is left out when that actor's
    concession or retreat is told before it."""
    cue = next((e for e in events if e.plover == "CONCEDE" and e.rule.startswith("trigger:concede")
                and _CONCESSION_CUE.match(e.trigger)), None)
    if cue is None:
        return events
    at, keys = sentence.text.find(cue.trigger), {a.key for a in cue.actors}
    out = []
    for event in events:
        where = sentence.text.find(event.trigger)
        if event is cue:
            pass
        elif where > at and event.plover in _PRESSURE:  # the protests bowed to: told, not the day's act
            event = replace(event, confidence=round(max(0.1, event.confidence - 0.3), 2))
        elif where < at and event.plover == "AGREE" and {a.key for a in event.actors} == keys:
            # "agreed to withdraw the decree, bowing to ...": a concession promised is CONCEDE (the manual)
            event = replace(event, type="concede", plover="CONCEDE", cameo="083")
        out.append(event)
    told = any(e is not cue and e.plover in ("CONCEDE", "RETREAT") and sentence.text.find(e.trigger) < at
               and {a.key for a in e.actors} == keys for e in out)
    return [e for e in out if not (told and e is cue)]


# "rejected calls for his release", "gave in to student demands": the demand is what the act is
# about, not an act of its own, and the time after it is the act's
_ANSWERS = frozenset({"REJECT", "CONCEDE", "AGREE", "SUPPORT", "ACCUSE", "RETREAT"})
_DEMAND_NOUN = re.compile(r"(?:calls?|demands?|appeals?|requests?|pleas?)\b", re.IGNORECASE)
_OBJECT_GAP = re.compile(r"\s+(?:(?!(?:and|but|while|as|after|before|when)\b)[\w'\u2019-]+\s+){0,3}")


# what a statement is about: "condemned [Russia's] invasion of", "denounced the [Israeli air] strike on"
_ABOUT_AN_ACT = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST"})
_TOPIC_GAP = re.compile(r"\s+(?:the\s+|an?\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\w'\u2019.-]+\s+){0,3}")


_BACKED_BY = re.compile(r"(?:backed|supported)\s+by\b")
_BE_JUST_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|also\s+)?$", re.IGNORECASE)
# "agreed on a ceasefire and on the withdrawal of": a second thing agreed
_AGREED_ALSO = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:and|as\s+well\s+as)\s+(?:on\s+|to\s+)?"
                          r"(?:a\s+|an\s+|the\s+)?")


def _without_objects(hits: list[Hit], text: str) -> list[Hit]:
    kept: list[Hit] = []
    for hit in hits:
        if (hit.trigger.plover == "SUPPORT" and _BACKED_BY.match(text, hit.start)
                and not _BE_JUST_BEFORE.search(text, max(0, hit.start - 24), hit.start)):
            continue  # "Ethiopian forces backed by militiamen attacked": who backs a side, not an act
        if (kept and kept[-1].trigger.plover in _ANSWERS and hit.trigger.plover == "REQUEST"
                and _DEMAND_NOUN.match(text, hit.start) and _OBJECT_GAP.fullmatch(text, kept[-1].end, hit.start)):
            continue
        if (kept and kept[-1].trigger.plover in _ABOUT_AN_ACT and _NOMINAL.match(text, hit.start)
                and _TOPIC_GAP.fullmatch(text, kept[-1].end, hit.start)):
            continue  # "denounced Russia's invasion of Ukraine": the act spoken of, not an act of the day
        if (kept and kept[-1].trigger.plover in ("REJECT", "THREATEN") and not text[kept[-1].end:hit.start].strip()
                and hit.trigger.plover in ("RETREAT", "CONCEDE", "SANCTION", "AGREE", "COOPERATE", "AID")
                and re.match(r"[a-z]+ing\b", text[hit.start:hit.end])):
            continue  # "ruled out lifting sanctions on Russia": the act ruled out, no act of its own
        if (kept and kept[-1].trigger.plover == "AGREE" and hit.trigger.plover in ("RETREAT", "CONCEDE")
                and _NOMINAL.match(text, hit.start) and _AGREED_ALSO.fullmatch(text, kept[-1].end, hit.start)):
            continue  # "agreed on a ceasefire and on the withdrawal of reinforcements": what was agreed
        kept.append(hit)
    return kept


def _events_of(hits: list[Hit], sentence: Sentence, ctx: Context, mentions: list[Mention],
               times: list[TimeExpr], trace: list[str] | None) -> list[Event]:
    events = []
    previous: list[Mention] = []  # the actors of the sentence's last event, for "... and paid"
    made = False  # whether the last trigger made an event
    stretch_lo = sentence.start  # where the last trigger's stretch began
    clauses = relative_clauses(ctx.article.text, sentence.start, sentence.end)
    for i, hit in enumerate(hits):
        lo = hits[i - 1].end if i else sentence.start
        if i and ctx.article.text[hits[i - 1].start:hits[i - 1].end] == "visiting":
            # "X and his visiting counterpart Y witnessed the signing": the attributive "visiting" names a
            # side of this act too and does not cut off the sides before it
            lo = hits[i - 2].end if i >= 2 else sentence.start
        if (i and not made and _COORDINATED.fullmatch(ctx.article.text, lo, hit.start)
                and _PAST_VERB.match(ctx.article.text, hit.start)):
            # "X's council held an emergency meeting and condemned ...": a dropped act before does not
            # cut this one off from the subject the two share
            lo = stretch_lo
        stretch_lo = lo
        opened = next((a for a, b in clauses if i and a <= hits[i - 1].start < b <= hit.start), None)
        if opened is not None:
            # "Dahal, who arrived on a four-day visit, ..., called on President Murmu": the subject before
            # the relative clause is this verb's, not cut off by the clause's own trigger
            lo = max([h.end for h in hits[:i] if h.end <= opened], default=sentence.start)
        # "talks between X and visiting Minister Y": an attributive "visiting" names a side of this
        # trigger as well as a visit of its own, and does not end this trigger's stretch
        # and "visited Seoul on a state visit in December 2019" is one visit told twice: its time is the first's
        later = [h for h in hits[i + 1:] if ctx.article.text[h.start:h.end] != "visiting"
                 and not (hit.trigger.type == h.trigger.type == "visit" and h.start - hit.end <= 40)
                 and not _told_at_length(hit, h, ctx.article.text)
                 and not _attributive(h, ctx.article.text)]  # "extradited nine jailed traffickers to the US"
        hi = later[0].start if later else sentence.end
        # "... and paid", or a participle after a comma ("delivered a note to X, accusing Y"):
        # the subject of the sentence's last event acts again
        participle = _participle_after_comma(ctx.article.text, sentence, hit)
        after_passive = bool(i and made and _received_in_the_passive(hits[i - 1], ctx.article.text)
                             and _AND_NEXT.search(ctx.article.text, lo, hit.start))
        if after_passive:
            lo = hit.start  # "he was received by X and later met Y": the one received acts, not the host
        shared = previous if previous and (participle or after_passive or _acts_again(hit, lo, events, ctx.article.text)) else []
        if i and made and _told_at_length(hits[i - 1], hit, ctx.article.text):
            outcome: list[Event] | str = "the act just made, told at length"
        elif (hit.trigger.plover == "THREATEN" and events and events[-1].plover == "SANCTION"
                and _TO_LEAVE.search(ctx.article.text, hit.start, min(sentence.end, hit.end + 12))):
            outcome = "the deadline of the expulsion just told"  # "declared X persona non grata and gave him 72 hours to leave"
        elif (hit.trigger.plover == "ACCUSE" and events and events[-1].plover in ("SANCTION", "COERCE")
                and _IT_ACCUSES.search(ctx.article.text, lo, hit.start)):
            # "imposed sanctions on five entities it accuses of supplying drones": the sanction's reason
            outcome = "the reason a sanction or arrest gives"
        else:
            outcome = _build(hit, lo, hi, sentence, replace(ctx, inherited=tuple(shared)), mentions, times)
        if isinstance(outcome, list) and events:
            outcome = _counted_back(outcome, events[-1], ctx.article.text, lo, hit.start)
        if isinstance(outcome, list) and participle and events and _restated(events[-1], outcome):
            # "condemned the decision, accusing the EU of ...": one accusation, whose target the participle names
            both = events[-1].counterparts + outcome[0].counterparts
            events[-1] = replace(events[-1], counterparts=tuple({r.key: r for r in both}.values()))
            outcome = "the act before it told again by a participle"
        made = isinstance(outcome, list)
        if made:
            events.extend(outcome)
            told = {r.key for r in outcome[0].actors + outcome[0].counterparts}
            sides = [m for m in mentions if m.key in told]
            # "On the same day, he held talks with X, after which the two ministers signed": "he" is named before
            if PRONOUN_OPENS.match(sentence.text):
                sides += [m for m in (*ctx.memory.get("people", ()), ctx.last_person) if m is not None and m.key in told
                          and m.key not in {s.key for s in sides}]
            # "X's visit to Havana, when the two governments signed": the capital stood for its country
            sides += [home_mention(r.country) for r in outcome[0].actors + outcome[0].counterparts
                      if r.key.startswith("country:") and r.country and r.key not in {s.key for s in sides}
                      and any(m.type == "place" and m.country == r.country for m in mentions)]
            ctx = replace(ctx, last_sides=tuple({m.key: m for m in sides}.values()) or ctx.last_sides)
            keys = {a.key for a in outcome[0].actors}  # a capital acted for its country ("Hanoi yielded ... and withdrew")
            if _received_in_the_passive(hit, ctx.article.text):
                keys = {a.key for a in outcome[0].counterparts}  # "he was received by X and later met Y": the guest acts
            previous = [m if m.key in keys else replace(home_mention(m.country), start=m.start, end=m.end, text=m.text)
                        for m in mentions if m.key in keys or (m.type == "place" and m.role == "capital"
                                                               and f"country:{m.country}" in keys)][:len(keys)]
            # "On Tuesday she held talks with X and announced ...": the one "she" stood for acts again
            if not previous and PRONOUN_OPENS.match(sentence.text):
                previous = [m for m in ctx.memory.get("subject", ()) if m.key in keys]
        if trace is not None:
            what = (f"event {', '.join(e.type for e in outcome)}" if isinstance(outcome, list)
                    else f"dropped: {outcome}")
            trace.append(f"{hit.trigger.name} {ctx.article.text[hit.start:hit.end]!r}: {what}")
    return _one_event_for_two_acts(_shared_targets(events))


_NEGATED_BETWEEN = re.compile(r"\b(?:no|not|never|nor)\b|n['\u2019]t\b", re.IGNORECASE)


def _attributive(hit: Hit, text: str) -> bool:
    """"nine jailed traffickers", "the detained activist": a participle describing a noun, no act."""
    return bool(_PARTICIPLE.fullmatch(text, hit.start, hit.end)
                and _COUNTED_BEFORE.search(text, max(0, hit.start - 40), hit.start)
                and re.match(r"\s+[a-z]", text[hit.end:hit.end + 3]))


_COUNTED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
                             r"dozens\s+of|hundreds\s+of|several|some|many)\s+$", re.IGNORECASE)


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been)\s+$")
_TO_LEAVE = re.compile(r"\bto\s+leave\b")
_LATER = r"later|then|afterwards|subsequently"  # one act after another
_AND_NEXT = re.compile(rf"\band\s+(?:(?:{_LATER}|also)\s+)?$")
_AND_LATER = re.compile(rf"\band\s+(?:{_LATER})\s+$")
_ANSWERED = re.compile(rf"\b(?:{IN_RESPONSE_TO}|after|following)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)


def _told_at_length(hit: Hit, after: Hit, text: str) -> bool:
    """"sent naval ships carrying medical teams and relief supplies to Sri Lanka", "pledged that
    Islamabad would supply ... to Afghanistan": a second phrasing of the same act close after the
    first does not end the first one's stretch (its recipient is named after the second), and is no
    second event ("summoned Myanmar's ambassador and lodged a strong protest": one protest)."""
    between = text[hit.end:after.start]
    return (after.trigger.type == hit.trigger.type and after.trigger.plover == hit.trigger.plover
            and after.start - hit.end <= 60 and not CLAUSE_BREAK.search(between) and "." not in between
            and not _NEGATED_BETWEEN.search(between)  # "said no meeting with X was planned"
            # "will expel 12 officials and has recalled its ambassador": two measures, told by their codes
            and not (hit.trigger.plover == "SANCTION" and hit.trigger.cameo != after.trigger.cameo)
            # "declared X persona non grata in response to the expulsion of a Russian diplomat": what it answers
            and not _ANSWERED.search(between)
            # "was received by President X and later met Speaker Y": a second act, one after the other
            and not _AND_LATER.search(between)
            # "was received by President X and held talks with the foreign minister": the guest's second act
            and not (_received_in_the_passive(hit, text) and _AND_NEXT.search(between)))


def _timed_in_its_clause(hit: Hit, text: str, sentence: Sentence, times: list[TimeExpr]) -> bool:
    """A time expression after the act, before its clause ends ("detained in April", not "..., and on Monday")."""
    stop = _CLAUSE_END.search(text, hit.end, sentence.end)
    return any(hit.end <= t.start < (stop.start() if stop else sentence.end) for t in times)


def _received_in_the_passive(hit: Hit, text: str) -> bool:
    """"he was received by X": the host acts, the one received is the sentence's subject."""
    return hit.trigger.role == "host" and bool(_PASSIVE_BEFORE.search(text, max(0, hit.start - 12), hit.start))


def _acts_again(hit: Hit, lo: int, events: list[Event], text: str) -> bool:
    """The subject of the sentence's last event acts again: "... and paid", "arrived in Baghdad for
    talks with ...", "arrived in Kuala Lumpur on Tuesday for a three-day official visit"."""
    return bool(_COORDINATED.fullmatch(text, lo, hit.start)
                or (hit.trigger.type == "meeting" and (_FOR_TALKS.fullmatch(text, lo, hit.start)
                                                       or _AND_HELD.fullmatch(text, lo, hit.start)))
                or (hit.trigger.type == "visit" and events and events[-1].type == "visit" and _FOR_VISIT.match(text, hit.start)))


def _counted_back(made: list[Event], before: Event, text: str, lo: int, hit_start: int) -> list[Event]:
    """"imposed sanctions on Friday, a day after Pyongyang test-fired a missile": the acts told after
    "a day after" take the day counted back from the act before them, unless they have a time of their
    own (not one the act before lent them); a stay begun then lasts into that act's day."""
    counted = counted_from_the_act_before(text, lo, hit_start, before.date)
    if counted is None or before.date is None:
        return made
    stay = replace(counted, end=max(counted.end, before.date.end))
    return [replace(e, date=stay if e.type == "visit" else counted)
            if e.date is not None and (not e.date.text or e.date == before.date) else e for e in made]


def _restated(before: Event, now: list[Event]) -> bool:
    return (len(now) == 1 and now[0].plover == before.plover and now[0].modality is None and before.modality is None
            and {a.key for a in now[0].actors} == {a.key for a in before.actors} and bool(now[0].counterparts))


def _shared_targets(events: list[Event]) -> list[Event]:
    """"ordered its standby force on alert and extended sanctions to the junta": hostile acts of
    one subject in one sentence are aimed at the one target the sentence names for any of them."""
    hostile = _CONFLICT | {"MOBILIZE"}
    out = []
    for event in events:
        if event.plover in hostile and not event.counterparts and event.modality is None:
            keys = {a.key for a in event.actors}
            donor = next((o for o in events if o.plover in hostile and o.counterparts and o.modality is None
                          and {a.key for a in o.actors} == keys), None)
            if donor is not None:
                event = replace(event, counterparts=donor.counterparts)
        out.append(event)
    return out


def _one_event_for_two_acts(events: list[Event]) -> list[Event]:
    """"police fired tear gas and water cannon at students", "fired tear gas and arrested 14
    demonstrators": one side's force against a crowd told with two acts of one sentence (an assault and
    a coercion, on the same day) is one event, and so is a summons told with its note of protest; the
    more certain of the two stands for it (the earlier on a tie), and takes the other's target when it
    names none."""
    out: list[Event] = []
    for event in events:
        same = next((i for i, o in enumerate(out) if ({o.plover, event.plover} == {"ASSAULT", "COERCE"}
                                                       and _one_force(o, event)) or _one_protest(o, event)), None)
        if same is None:
            out.append(event)
            continue
        kept, other = (event, out[same]) if event.confidence > out[same].confidence else (out[same], event)
        out[same] = kept if kept.counterparts else replace(kept, counterparts=other.counterparts)
    return out


def _one_protest(a: Event, b: Event) -> bool:
    """"The ambassador was summoned to the ministry, where the deputy minister handed him a note of
    protest": two words of one protest between the same two states."""
    return (a.plover == b.plover == "ACCUSE" and a.modality is None and b.modality is None
            and len(_states(a)) == 2 and _states(a) == _states(b)
            and {r.country for r in a.actors} == {r.country for r in b.actors}  # not the protest and what it answers
            and a.date is not None and b.date is not None and a.date.start <= b.date.end and b.date.start <= a.date.end)


def _states(event: Event) -> set[str]:
    return {r.country for r in event.actors + event.counterparts if r.country is not None}


def _one_force(a: Event, b: Event) -> bool:
    """Two acts of force by one side: a shared actor, or actors of one country neither of which the
    other act is aimed at (the police who fired and "the Interior Ministry" that told of the arrests)."""
    if a.modality is not None or b.modality is not None or a.date is None or b.date is None:
        return False
    if a.date.start > b.date.end or b.date.start > a.date.end:
        return False
    keys_a, keys_b = {r.key for r in a.actors}, {r.key for r in b.actors}
    if keys_a & keys_b:
        return True
    countries = {r.country for r in a.actors + b.actors}
    aimed = keys_a & {r.key for r in b.counterparts} or keys_b & {r.key for r in a.counterparts}
    return len(countries) == 1 and None not in countries and not aimed


# "X met Y on the sidelines of the 43rd ASEAN Summit": X attended the summit
_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w'\u2019()-]+\s+){0,8}?"
                        r"(?:[Ss]ummit|[Cc]onference|[Ff]orum|General\s+Assembly|[Mm]inisterial\s+[Mm]eeting|"
                        r"Leaders['\u2019]?\s+Meeting)\b")


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


# "was received at the airport by", "received the guest at Hanoi's Noi Bai airport"
_AT_THE_AIRPORT = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?at\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?airport\b", re.IGNORECASE)
_WELCOMED = re.compile(r"(?:received|receiving|receives|welcomed|welcoming|greeted|greeting|met)\b", re.IGNORECASE)


def _build(hit: Hit, lo: int, hi: int, sentence: Sentence, ctx: Context, mentions: list[Mention],
           times: list[TimeExpr]) -> list[Event] | str:
    """The events of one trigger, or why there are none."""
    text = ctx.article.text
    before = text[sentence.start:hit.start]
    # "said it would meet X if ...": a conditional offer of cooperation is still an AGREE
    said_would = _SAID_WOULD.search(before) and not _SPECULATIVE.search(sentence.text) and (
        hit.trigger.plover in _COOPERATIVE or not _CONDITION.search(sentence.text))
    threat = _THREATENED_CODES.get(hit.trigger.plover)
    modal = _MODAL_BEFORE.search(before) if threat else None
    if modal and _CONDITION.search(text, hit.end, sentence.end) and not _NEGATION.search(before):
        # "Yerevan could quit the CSTO if the bloc ...", "organisers would be ... arrested if the protests turned
        # violent": a hostile act on a condition is a threat of it (the manual: THREATEN, not the act + hypothetical)
        hit = replace(hit, trigger=replace(hit.trigger, name=f"threaten-{hit.trigger.name}", type="threaten",
                                           plover="THREATEN", cameo=threat))
        before = before[:modal.start()]
    for name, pattern in (("negated", _NEGATION), ("hypothetical", _HYPOTHETICAL), ("commemorated", _COMMEMORATED)):
        if pattern.search(before) and not (name == "hypothetical" and said_would):
            return name
    words = text[hit.start:hit.end]
    claimed = ctx.memory.get("attack")
    if claimed and claimed[0] <= hit.start < claimed[1]:
        return "the attack a passive act was told in"  # "were killed in an Israeli air strike": one attack
    if _PLURAL_FORM.search(words) and not _HELD.match(words) and _GENERIC.search(before):
        return "generic mention"
    if _PARTICIPLE.fullmatch(words) and (_DETERMINER_END.search(before) or (
            _HELD_PARTICIPLE.fullmatch(words) and (_PLURAL_BEFORE.search(before) or _ONE_PERSON_BEFORE.search(before))
            and (_PREPOSITION_AFTER.match(text, hit.end) or text.startswith(" of ", hit.end)))):
        # "the jailed activist", "among the 49 Ivorian troops detained since July"
        return "a participle describing a thing"
    if _PERFECT.search(before) and (_SINCE.match(text, hit.end, sentence.end) or _SINCE_FIRST.match(before)):
        return "an ongoing state, not an event"
    if hit.trigger.plover == "AGREE" and _CONTINUING.match(text, hit.end):
        return "a continuing policy, not an event"
    if _REPORTED_CLAIM.search(before):
        return "a reported claim"
    if hit.trigger.plover in ("ASSAULT", "COERCE", "THREATEN") and _ALLEGED_ACT.search(before):
        return "an alleged act a charge names"
    if (hit.trigger.plover in ("COERCE", "ASSAULT") and _WHO_DID.search(text, max(sentence.start, hit.start - 40), hit.start)
            and not _timed_in_its_clause(hit, text, sentence, times)):
        return "a description of who is meant"  # "gave the soldiers who seized power in Niger one week to"
    if _PAST_PERFECT_RELATIVE.search(before):
        return "background told in a relative clause"  # "forces, which had occupied the town, evacuated"
    if hit.trigger.type == "meeting" and _WELCOMED.match(words) and _AT_THE_AIRPORT.match(text, hit.end, sentence.end):
        return "a welcome at the airport: part of the arrival"  # "was received at the airport by the prime minister"
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
    if hit.trigger.plover == "ASSAULT" and _DISASTER_BEFORE.search(text, max(lo, hit.start - 60), hit.start):
        return "a disaster or accident, not an attack"  # "back-to-back cyclones killed hundreds"
    if words.lower() == "rallied" and _MARKET_BEFORE.search(text, max(sentence.start, hit.start - 50), hit.start):
        return "a market rallied"  # "U.S. stocks rallied", "Treasury debt prices rallied"
    if _HAD_BEEN_CLAUSE.search(text, max(sentence.start, hit.start - 40), hit.start) or (
            hit.trigger.plover == "COERCE" and _WERE_HELD_CLAUSE.search(text, max(sentence.start, hit.start - 20), hit.start)):
        # "handed over two residents who had been detained during the clash": what befell them before,
        # unless the clause dates it ("fishermen who had been arrested in April")
        if not _timed_in_its_clause(hit, text, sentence, times):
            return "background told in a relative clause"
    passive = (hit.trigger.role == "host" and _PASSIVE_BY.match(text, hit.end)
               and _WAS_BEFORE.search(text, sentence.start, hit.start))
    unnamed: tuple[list[Mention], list[Mention]] | None = None
    if (hit.trigger.plover in _CONFLICT | {"RETREAT", "CONCEDE"}
            and (_BE_BEFORE.search(text, sentence.start, hit.start)
                 or _BE_AND.search(text, max(sentence.start, hit.start - 80), hit.start))
            and not re.match(r"[a-z]+ing\b", words.lower())):  # "are demanding" is progressive, not passive
        if _PASSIVE_BY.match(text, hit.end):
            passive = True
        else:
            unnamed = (_counted_arrest(hit, words, sentence, ctx, mentions) or _summoned_envoy(hit, sentence, ctx, mentions)
                       or _unnamed_attack(hit, sentence, ctx, mentions)
                       or _unnamed_agent(hit, words, sentence, ctx, mentions))
            if unnamed is None:
                return "passive without an agent"
    if hit.trigger.type == "meeting" and _MET_BY_FORCE.match(text, hit.end) and _BE_BEFORE.search(text, lo, hit.start):
        return "met by a crowd or by force, not a meeting"  # "police ... were met by protesters armed with stones"
    if hit.trigger.role == "host" and not (passive or _RECEIVED_NAME.match(text, hit.end) or "courtesy" in words
                                           or _RECEIVED_ROLE.match(text, hit.end)):
        return "received or welcomed a thing, not a person"
    guest = _visiting(hit, words, sentence, ctx, mentions)
    sides = (unnamed if unnamed is not None else guest if guest is not None
             else find_passive_sides(hit, lo, hi, sentence, ctx, mentions) if passive
             else find_sides(hit, lo, hi, sentence, ctx, mentions))
    if sides is None:
        return "about a company or private person"
    actors, counterparts = sides
    if hit.trigger.type in _CONTACTS:
        everyone = actors + counterparts
        actors, counterparts = met_abroad(actors, everyone, ctx), met_abroad(counterparts, everyone, ctx)
    if hit.trigger.name == "call-on" and not counterparts and calls_on_guest(text, hit.end):
        counterparts = list(ctx.memory.get("guest", ()))  # "called on the visiting leader at his hotel"
    if hit.trigger.type in ("message", "aid"):
        own = {a.country for a in actors}
        placed_at = [home_mention(m.country) for m in mentions if m.type == "place" and m.country and m.country not in own
                     and hit.end <= m.start < hi] if hit.trigger.type == "aid" and _ARRIVAL.search(text, hit.start, hi) else []
        counterparts = (counterparts or placed_at[:1] or _honoured(words, ctx, {a.country for a in actors})
                        or list(ctx.memory.get(hit.trigger.type, ())))
        ctx.memory[hit.trigger.type] = tuple(counterparts)
    # who is visiting: "the guest later met ..." is them
    guests = actors if hit.trigger.type == "visit" else counterparts if hit.trigger.role == "host" else []
    # ("The Jordanian minister ... was received": the guest is known by nationality alone)
    if any(m.type == "person" or m.country for m in guests) and not names_the_guest(sentence, hit):
        ctx.memory["guest"] = tuple(m for m in guests if m.type == "person") or tuple(m for m in guests if m.country)
    received = [m for m in counterparts if m.type == "person"] if _received_in_the_passive(hit, text) else []
    if received:
        ctx.memory["subject"] = (received[0],)  # "he was received by X": the one received is the sentence's subject
    elif actors and actors[0].type == "person":
        ctx.memory["subject"] = (actors[0],)  # "She also met ...": who acted last, not who was named last
    told_before = ctx.memory.get("actor", ())  # who acted before this act
    if actors:
        ctx.memory["actor"] = (actors[0],)  # "The Chilean president arrived ..., where he had held talks"
        ctx.memory["actor_in"] = (sentence.start,)  # ... told in this sentence: "he" is them, not one named before
    if hit.trigger.plover in _CONFLICT | {"MOBILIZE"}:  # a missile launch is a dispute's act too, with no one answering
        own = {a.country for a in actors}
        struck = next((m for m in mentions if m.type == "place" and m.country and m.country not in own
                       and hit.end <= m.start < min(hi, hit.end + 60) and _AT_PLACE.search(text, hit.end, m.start)), None)
        if struck is not None and hit.trigger.plover == "ASSAULT" and struck.country not in {c.country for c in counterparts}:
            counterparts = [home_mention(struck.country), *counterparts]  # "air strike on the Jabalia camp in Gaza"
        counterparts = counterparts or answering_sides(actors, ctx)  # forces moved in a dispute face its other side
        if not counterparts and hit.trigger.plover == "THREATEN" and None not in own:
            # "Bagheri warned that if the deadline was not met, Iran's forces would act": a threat is made at someone,
            # the other side of the article's last act when no dispute was told before
            counterparts = [m for m in ctx.last_sides if m.country and m.country not in own][:1]
        if actors:
            ctx.memory["conflict"] = tuple(actors) + tuple(counterparts)
    if not actors and hit.trigger.role == "mutual" and len(counterparts) >= 2:
        actors, counterparts = counterparts, []
    actors = actors or _unnamed_actors(hit, words, text, mentions, lo, hi, ctx.dateline_country)
    if not actors and hit.trigger.name == "coerce-restrict-passive":
        # "a curfew was imposed across the country": by the authorities of the place told, else the dateline's
        told = [m.country for m in mentions if m.country and sentence.start <= m.start < sentence.end]
        where = next((c for c in told if c != ctx.home), None) or ctx.dateline_country or ctx.home
        actors = [Mention(hit.start, hit.end, words, f"group:{where}:authorities", "authorities", "organization", where,
                          role="group")] if where else []
        counterparts = [home_mention(where)] if where else []
    if (hit.trigger.type == "aid" and ctx.home and ctx.dateline_country and ctx.dateline_country != ctx.home and actors
            and all(a.country == ctx.dateline_country for a in actors)
            and any(m.country == ctx.dateline_country and m.start >= hit.end for m in mentions + counterparts)):
        # "APIA (Kyodo) - the government decided to extend aid to Samoa": no state gives itself aid; the
        # unmarked government of an agency filing from abroad is its own
        actors = [home_mention(ctx.home)]
        counterparts = [home_mention(ctx.dateline_country), *counterparts]
    if not actors and hit.trigger.name == "aid-team-arrived":
        # "A team of Australian doctors ... arrived Thursday", "A tanker carrying diesel supplied under an Indian line
        # of credit had docked": the giver is named inside the words of what arrived
        inside = [m for m in mentions if hit.start <= m.start and m.end <= hit.end and m.country
                  and m.type in ("country", "organization", "government_body") and m.country != ctx.dateline_country]
        actors = [home_mention(inside[0].country)] if inside else []
        givers = {a.country for a in actors}
        counterparts = [m for m in counterparts if not hit.start <= m.start < hit.end and m.country not in givers]
    if not actors:
        return "no actor"
    if (hit.trigger.plover in _CONFLICT | MATERIAL and not passive and not ctx.inherited
            and all(a.end <= hit.start for a in actors)
            and a_far(actors, hit, text)):
        return "the subject belongs to another verb"
    if not any(political(a) for a in actors):
        # "Militants loyal to X's frontman Y said they ...": the body further left in the clause acts,
        # not the private person named nearest the verb (but "India" in "the India A squad" is no body,
        # and where a company is named, the business it does is no political act)
        further = [m for m in mentions if lo <= m.start and m.end <= hit.start and political(m) and is_side(m)
                   and m.type not in ("place", "country", "person") and not CLAUSE_BREAK.search(text, m.end, hit.start)]
        if not further or not all(a.type == "person" for a in actors) or any(m.type == "other" for m in mentions):
            return "no political actor"
        actors = further[-1:]
    if (hit.trigger.plover == "COERCE" and _OBSTRUCT.match(words)
            and all(a.role == "group" and (_CROWD.search(a.name) or _CIVIL.search(a.name)) for a in actors)):
        # protesters blockading a port or occupying a square obstruct in protest (CAMEO 144), they
        # do not coerce as a state does
        hit = Hit(replace(hit.trigger, type="protest", plover="PROTEST", cameo="144", context="political"),
                  hit.start, hit.end)
    if hit.trigger.name == "retreat-resign" and (
            not (any(a.type == "person" and a.role for a in actors) or _office_before(text, sentence, hit))
            or _CORPORATE_OFFICE.search(text, max(sentence.start, hit.start - 100), min(sentence.end, hit.end + 60))):
        return "a resignation from no public office"
    if (hit.trigger.role == "mutual" and not counterparts and _WITH_END.search(words) and _THE_GUEST.match(text, hit.end)
            and ctx.memory.get("guest")):
        counterparts = [m for m in ctx.memory["guest"] if m.key not in {a.key for a in actors}]  # "met with the guest"
    if (hit.trigger.role == "mutual" and not counterparts and _WITH_END.search(words) and PRONOUN_OBJECT.match(text, hit.end)
            and actors):
        # "He flew to Tunis on Sunday night. On Monday, Tunisian President Kais Saied met with him": the one told of
        # before, of another country
        own = {a.country for a in actors}
        counterparts = [m for m in (*ctx.memory.get("guest", ()), *ctx.memory.get("subject", ()))
                        if m.type == "person" and m.country and m.country not in own][:1]
    if hit.trigger.role == "mutual" and not counterparts and _WITH_END.search(words) and len(actors) < 2:
        return "talks with someone unnamed"
    if not counterparts and hit.trigger.name == "visit-arrived-where":  # "In Niamey, where he arrived on Sunday"
        there = [m for m in mentions if m.type == "place" and m.country and m.end <= hit.start
                 and _WHERE_AFTER.fullmatch(text, m.end, hit.start)]
        host = there[-1].country if there else None
        # "where the minister arrived", "where he arrived": the story's first named person (a tour's traveller),
        # else the visitor told of, not the place or its host
        told = [*(m for m in ctx.memory.get("people", ()) if m is not None), *ctx.memory.get("guest", ())]
        guest = [m for m in told if host and m.country and m.country != host]
        if guest:
            actors = guest[:1]
        counterparts = [home_mention(host)] if host and host not in {a.country for a in actors} else []
    if not counterparts and hit.trigger.type == "visit":
        # "left for Beijing on Monday for a three-day state visit", "landed in Riyadh on his eighth trip": the place one
        # set off for or is in, else the host told
        own = {a.country for a in actors}
        bound = [m for m in mentions if m.type in ("place", "country") and m.country and m.country not in own
                 and sentence.start <= m.start < hit.start and _BOUND_OR_IN.search(text, max(0, m.start - 20), m.start)]
        bare = _BARE_VISIT.search(text, hit.start, min(len(text), hit.end + 4))
        places = [m for m in mentions if m.type == "place" and hit.end <= m.start <= hit.end + 12]  # "visited Tokyo's"
        counterparts = ([home_mention(bound[-1].country)] if bound
                        else visited_hosts(actors, sentence, ctx, mentions if bare else [], places))
    arrived = hit.trigger.name.endswith("-arrived") or (
        hit.trigger.type == "aid" and bool(_ARRIVAL.search(text, hit.start, min(hi, hit.end + 60))))
    if not counterparts and arrived:  # "peacekeepers arrived in Juba": South Sudan
        own = {a.country for a in actors}
        # (inside the words too: "docked in Colombo on Tuesday with 100 tonnes of rice")
        counterparts = [home_mention(m.country) for m in mentions if m.type == "place" and m.country
                        and m.country not in own and hit.start <= m.start < hi][:1]
        if not counterparts and hit.trigger.type == "aid" and ctx.dateline_country and ctx.dateline_country not in own:
            counterparts = [home_mention(ctx.dateline_country)]  # "MARRAKECH - A British team arrived on Sunday"
    counterparts = [placed(m, actors, sentence, ctx, mentions) for m in counterparts]
    if hit.trigger.type == "visit" and counterparts and counterparts[0].country and not any(a.assumed for a in actors):
        # where a titled person met next is likely from (unless the visitor's own nationality was only assumed)
        ctx.memory["visit_host"] = (counterparts[0].country,)
    if not counterparts and hit.trigger.plover == "SANCTION" and _ENVOY_WORD.search(words):
        # "after Canberra withdrew its ambassador in April in protest at Indonesia's execution of ...": the other
        # state the sentence names is the one the envoy was posted to
        own = {a.country for a in actors}
        others = [m for m in mentions if max(sentence.start, ctx.dateline_end) <= m.start < sentence.end and m.country
                  and m.country not in own and m.type in ("country", "place")]
        counterparts = [home_mention(others[0].country)] if others else []
    which = _WHICH_THEY.search(text, sentence.start, hit.start)
    if not counterparts and hit.trigger.plover in ("ACCUSE", "REJECT", "SUPPORT", "REQUEST") and which:
        # "the attitude of the United States government, which he accused of hindering": what "which" stands for
        named = [m for m in mentions if sentence.start <= m.start and m.end <= which.start() and political(m)
                 and m.key not in {a.key for a in actors}]
        counterparts = named[-1:]
    if not counterparts and hit.trigger.plover in ("REJECT", "SUPPORT", "ACCUSE") and _THE_OFFER.match(text, hit.end):
        # "Leaders of the Socialist Party turned down the invitation": the one who made it, told before
        counterparts = [m for m in told_before if political(m) and m.key not in {a.key for a in actors}]
    sides = frozenset(m.country for m in actors + counterparts if m.country)
    # "X discussed trade with Y" after their meeting is told, but a call after talks is another contact
    same_mode = {"phone_call": {"phone_call"}, "online_meeting": {"online_meeting"}}.get(
        hit.trigger.type, {"meeting", "visit", "conference"})
    if hit.trigger.name == "discussed-jointly":  # "X and Y discussed ..." after their call: what the call was about
        same_mode = {"phone_call", "online_meeting", "meeting", "visit", "conference"}
    if hit.trigger.name.startswith("discussed-") and any(sides <= told and kind in same_mode
                                                         for kind, told in ctx.memory.get("talks", ())):
        return "the talks told before, told again"
    if hit.trigger.name == "discussed-jointly" and not _named_pair(actors, counterparts, sentence, hit, text):
        return "discussed by one side or by sides told before: no meeting told"
    if hit.trigger.type in _TALKS and len(sides) >= 2:
        ctx.memory["talks"] = (*ctx.memory.get("talks", ()), (hit.trigger.type, sides))
    international = is_international(actors + counterparts, hit, mentions, words)
    if not international and hit.trigger.plover not in DOMESTIC_CATEGORIES and (
            hit.trigger.type == "visit"  # a minister visiting a plant
            or not ((_two_sides(actors, counterparts, text, hit.trigger.plover == "CONSULT")
                     and (not _interest_group(sentence.text) or _state_and_unions(actors, counterparts, sentence.text)))
                    or _home_affairs(hit, actors, counterparts, sentence, ctx, mentions))):
        return "not international"
    if (not international and not counterparts and hit.trigger.plover in _VERBAL and not _coercive_threat(hit, text)
            and (_SELF_THREAT.match(text, hit.end) or _UNNAMED_PARTIES.match(text, hit.end)
                 or not _home_affairs(hit, actors, counterparts, sentence, ctx, mentions))):
        return "domestic and without a target"  # but "threatened to impose a curfew" is specific enough
    when, explicit = event_time(hit, lo, hi, [t for t in times if t.start >= ctx.dateline_end], ctx.article.date, text,
                                sentence.start)
    if explicit is None and ctx.last_when is not None:
        during = (_DURING.search(text, sentence.start, sentence.end)
                  or _THEN.search(text, max(sentence.start, hit.start - 45), hit.start))
        stay = _time_referred_to(during.group(), ctx) if during else None
        if stay is not None:
            explicit, when = TimeExpr(during.start(), during.end(), during.group(), stay), stay
    if (explicit is None and hit.trigger.type in _CONTACTS and len(sides) >= 2
            and _TALKS_REFERRED.search(text, max(sentence.start, hit.start - 30), hit.start)):
        # "In his talks with Putin, Modi told ...": the talks told before with a day of their own
        told = next((day for kind, pair, day in reversed(ctx.memory.get("talk_days", ()))
                     if kind == hit.trigger.type and sides <= pair), None)
        if told is not None:
            explicit, when = TimeExpr(hit.start, hit.end, text[hit.start:hit.end], told), told
    counted = dated_from_the_told(text, sentence.start, hit.start, ctx) if explicit is None else None
    if counted is not None:  # "The visit came four days after a patrol boat opened fire"
        explicit, when = TimeExpr(hit.start, hit.end, counted.text, counted), counted
    if explicit is None and during_the_dated_event(hit, actors + counterparts, ctx):
        # "X received Y on Tuesday. Y was in Rome on a one-day working visit.": the visit is
        # the one the dated meeting took place in
        explicit = TimeExpr(hit.start, hit.end, text[hit.start:hit.end], ctx.last_when)
        when = ctx.last_when
    if explicit is None and hit.trigger.plover in ("COERCE", "ASSAULT") and "protest" in ctx.when_by_type and (
            _THE_CROWD.search(text, sentence.start, sentence.end)):
        # "Supporters rallied on Saturday. Police fired tear gas to disperse the crowd and detained
        # 23 people": the force used on the protest told last is of its day
        when = ctx.when_by_type["protest"]
        explicit = TimeExpr(hit.start, hit.end, text[hit.start:hit.end], when)
    framed = framed_time(text, sentence, hit, ctx.memory) if explicit is None and not ctx.lead else None
    if framed is not None:
        explicit, when = TimeExpr(hit.start, hit.end, text[hit.start:hit.end], framed), framed
    if explicit is None and ctx.article.date is None:
        explicit = undated_time(text, lo, hi)  # "on Monday" of an undated report still marks an occasion
    if (not counterparts and not explicit and not ctx.lead and hit.trigger.role != "mutual"
            and not (hit.trigger.plover in MATERIAL and _done(words, text, hit.end))
            and not _coercive_threat(hit, text)
            and not (hit.trigger.plover in _TOGETHER and len({a.country for a in actors if a.country}) >= 2)):
        return "no counterpart and no time"  # but "Egypt and Sudan agreed to ..." is between the two
    if (not explicit and hit.trigger.plover in _CONFLICT | {"RETREAT", "AID"} and _NOMINAL.search(words)
            and not _PAST_VERB.match(words)  # "pulled its contingent out of" is a verb, not a noun
            # "announced their immediate withdrawal from ECOWAS": an act announced, not a background reference
            and not _ANNOUNCED_BEFORE.search(text, max(sentence.start, hit.start - 40), hit.start)
            and not _MODAL_FIRST.match(words)):  # "would respond firmly to any attack": a threat, said now
        return "background reference without a time of its own"
    if _NOMINAL.search(words) and _REASON_BEFORE.search(text, max(sentence.start, hit.start - 30), hit.start):
        return "the reason for another event"  # "sanctions on Russia over its invasion of Ukraine"
    if hit.trigger.role == "mutual" and len(actors) + len(counterparts) < 2 and not explicit:
        return "one side and no time"
    # "Qureshi, who arrived ... for a two-day visit, held talks": the clause before the comma is not the talks'
    lead_in = text[max(sentence.start, hit.start - 40):hit.start]
    when = stretch_days(lead_in[lead_in.rfind(",") + 1:] + text[hit.start:hit.end], when,
                         text[max(0, explicit.start - 10):explicit.start] if explicit else "",
                         returned_after(text, sentence.start, hit.start, hit.end), ended_then(text, hit.end))
    ongoing = _ONGOING.search(words)
    planned = not ongoing and hit.trigger.plover != "THREATEN" and (  # a threat is about what may come anyway
        (bool(_FUTURE.search(before)) and not _AND_PERFECT.search(before)) or bool(said_would)
        or bool(hit.trigger.plover in ("RETREAT", "CONCEDE") and _WILL_IN.match(words))
        or bool(hit.trigger.type == "visit" and _DUE_IN.match(words)) or bool(
        explicit and when and ctx.article.date and when.start > ctx.article.date
        and not _done(words, text, hit.end)))  # "expelled ... in late 2002" was done, whatever the article's date
    if explicit is None and not planned and when is not None and when.start == when.end == ctx.article.date:
        when = around_the_report(when.start)  # no time of its own: the report's day or the day before
    if planned and hit.trigger.type == "aid" and counterparts and (_SUM.search(words)
                                                                   or _SUM.search(text[hit.end:min(hi, hit.end + 40)])):
        # "will provide $10 million in relief to X": a sum for a named recipient is aid (the manual
        # makes only broad promises of aid AGREE)
        planned = False
    if hit.trigger.type == "conference" and words.lower().startswith(("attend ", "join ")) and not planned:
        return "the purpose of a trip, not an attendance"  # "arrived on Monday to attend the summit"
    # "received the credentials of the ambassadors of Indonesia, Mexico and Senegal": one audience each
    separate = bool(_SEPARATE.search(sentence.text)) or (hit.trigger.role == "host" and bool(_CREDENTIALS.match(text, hit.end)))
    # "had spoken by telephone with the Emir of Qatar and with the Saudi Crown Prince": two calls
    separate = separate or (hit.trigger.type in ("phone_call", "online_meeting") and bool(_AND_WITH.search(text, hit.end, hi)))
    groups = [[a] for a in actors] if len(actors) > 1 and separate else [actors]
    if hit.trigger.name == "message-received":  # each sender's message to the receiver
        groups = per_country(actors)
    if hit.trigger.type == "aid":
        # "aid to Chad for refugees who crossed from Sudan": the country people came from receives nothing
        counterparts = [m for m in counterparts if not (m.end and _ORIGIN.search(text, max(0, m.start - 40), m.start))
                        ] or counterparts
    # one unit sent to one UN mission is one contribution, whatever countries the mission serves
    mission = hit.trigger.name.startswith("peacekeeping")
    targets = ([[m for m in counterparts if m.country] or counterparts] if mission
               else per_country(counterparts) if hit.trigger.type in ("message", "aid") or (separate and len(groups) == 1)
               else per_person(counterparts) if hit.trigger.type == "meeting" else [counterparts])
    own = {a.country for a in actors}
    if len(targets) > 1:  # "a message to Privert expressing the solidarity of the Cuban people": not to Cuba
        targets = [t for t in targets if not all(m.country in own for m in t)] or targets
    if explicit is not None and not planned and when is not None and hit.trigger.type in _CONTACTS and len(sides) >= 2:
        ctx.memory["talk_days"] = (*ctx.memory.get("talk_days", ()), (hit.trigger.type, sides, when))
    scope = "international" if international else "domestic"
    return [replace(_event(hit, sentence, ctx, group, target, when, explicit, planned, mentions, lo, hi), scope=scope)
            for group in groups for target in targets]


def _named_pair(actors: list[Mention], counterparts: list[Mention], sentence: Sentence, hit: Hit, text: str) -> bool:
    """"Kenyan President X and Ethiopian Prime Minister Y discussed ...": two sides of two countries named in
    the sentence right before the verb (not "EU ministers discussed sanctions on Russia", nor "where the two
    sides discussed", told before or a part of another act)."""
    return (not counterparts and len({a.country for a in actors if a.country}) >= 2
            and all(sentence.start <= a.start < hit.start for a in actors)
            and bool(_RIGHT_BEFORE.fullmatch(text, max(a.end for a in actors), hit.start)))


_CONTACTS = ("meeting", "phone_call", "online_meeting")  # talks held, in person or at a distance
_TALKS = (*_CONTACTS, "visit", "conference")
_SUM = re.compile(r"[$\u20ac\u00a3\u00a5]\s?\d|(?<![\d.,])\d[\d.,]*\s*(?:million|billion|bn)\b|"
                  r"\b(?:dollars|euros|pounds|yen|yuan)\b",
                  re.IGNORECASE)
_ORIGIN = re.compile(r"\b(?:from|fled|fleeing|escaping|out\s+of)\s+(?:(?:the|neighbou?ring|war-torn|conflict|war|fighting|"
                     r"violence|civil|in)\s+){0,4}$", re.IGNORECASE)


# the key and name of the authors of an attack the report does not name
_UNIDENTIFIED = ("group::attackers", "unidentified attackers")


_FORCES_SAID = re.compile(r",\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|"
                          r"army|armed\s+forces|military|general\s+staff)(?:\s+spokes(?:man|woman|person))?\s+"
                          r"(?:said|says|announced|reported)\b", re.IGNORECASE)


_FROM_THERE = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?from\s+(?:the\s+)?")


def _unnamed_actors(hit: Hit, words: str, text: str, mentions: list[Mention], lo: int, hi: int,
                    dateline: str | None = None) -> list[Mention]:
    """The actor PLOVER gives an act whose authors the report does not name: "unidentified
    attackers" for "a suicide bomber blew himself up", "two car bombs exploded" or "a bomb ripped
    through" (told in the trigger's stretch before it), and the place's protesters for "riots broke
    out in Dakar" (not the country they march against; with no place named, the dateline's)."""
    before = text[lo:hit.start]
    if hit.trigger.plover == "ASSAULT" and (_UNNAMED_ATTACK.search(words) or _UNNAMED_SUBJECT.search(before)):
        key, noun, country = *_UNIDENTIFIED, None
    elif hit.trigger.plover == "PROTEST" and (_UNNAMED_UNREST.search(words) or _UNNAMED_CROWD.search(before)):
        where = [m.country for m in mentions if m.country and m.type in ("place", "country") and lo <= m.start < hi
                 and not _AGAINST.search(text, max(lo, m.start - 12), m.start)]
        noun, country = "protesters", where[0] if where else dateline
        key = f"group:{country or ''}:{noun}"
    elif hit.trigger.plover == "SANCTION" and words.lower().startswith("expulsion") and (where := next(
            (m for m in mentions if m.type in ("place", "country") and m.country and hit.end <= m.start < hi
             and _FROM_THERE.fullmatch(text, hit.end, m.start)), None)):
        # "the expulsion of a Russian diplomat from Riga": the state he was expelled from
        return [home_mention(where.country)]
    elif hit.trigger.plover == "MOBILIZE" and (said := _FORCES_SAID.search(text, hit.end, hi)):
        # "Hundreds of soldiers were deployed to the border, Lithuania's defence ministry said": the
        # forces of the state whose defence ministry or army reports the deployment
        owner = [m.country for m in mentions if m.country and said.start() <= m.start < said.end()]
        country = owner[0] if owner else dateline
        if country is None:
            return []
        key, noun = f"group:{country}:government", "government"
    else:
        return []
    return [Mention(hit.start, hit.end, words, key, noun, "organization", country, role="group")]


def _counted_arrest(hit: Hit, words: str, sentence: Sentence, ctx: Context,
                    mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """"27 people were arrested", "hundreds of protesters were detained", "a missionary was arrested
    in Lebanon", "the opposition leader was placed under house arrest in Islamabad": the authorities
    of the place did it, to those held; and "who was released without charge" is their letting go of
    the one held; None for any other passive act without an agent."""
    text = ctx.article.text
    freed = hit.trigger.name == "retreat-freed-held"  # "who was released without charge": let go by those who held them
    if not ((hit.trigger.plover == "COERCE" and _HELD_WORDS.match(words)) or freed):
        return None
    counted = _COUNTED_PEOPLE.search(text, max(sentence.start, hit.start - 90), hit.start)
    held = [m for m in mentions if sentence.start <= m.start < hit.start
            and (m.type == "organization" or (not counted and m.type == "person"))]
    # where it was done ("arrested in Lebanon"), before any other place the sentence names ("a
    # missionary from Calgary")
    # (a country or its capital: "arrested in Arizona" is as often a private person's arrest by the police)
    there = [m.country for m in mentions if m.type in ("place", "country") and m.country and hit.end <= m.start < sentence.end
             and m.role not in ("city", "region") and _IN_BEFORE.search(text, max(0, m.start - 12), m.start)]
    if not counted and not (held and (there or freed)):
        return None
    where = (there[0] if there else None) or next((m.country for m in mentions if m.type in ("place", "country") and m.country
                                                   and sentence.start <= m.start < sentence.end), None) or (
        ctx.dateline_country or ctx.home)
    authorities = Mention(hit.start, hit.end, words, f"group:{where or ''}:authorities", "authorities",
                          "organization", where, role="group")
    if counted and not held:  # "A French tourist was arrested in Iran": the held one's country
        held = [home_mention(m.country) for m in mentions if m.type == "country" and m.role == "adjective"
                and counted.start() <= m.start < hit.start and m.country != where]
    return [authorities], held[-1:]


# "were killed in an Israeli air strike", "died in a suicide bombing": the attack the passive act was part of
# (also with no article before the attackers' name: "killed in BSF firing", "in Israeli air strikes")
_IN_AN_ATTACK = re.compile(r"\s+(?:[\w,-]+\s+){0,6}?(?:in|by)\s+(?:(?:an?|the|a\s+series\s+of|two|three|twin)\s+|(?-i:(?=[A-Z])))"
                           r"((?:[\w.'\u2019-]+\s+){0,4}?)(?:bombings?|attacks?|explosions?|blasts?|ambush(?:es)?|"
                           r"air\s*strikes?|airstrikes?|drone\s+strikes?|missile\s+strikes?|shelling|raids?|rocket\s+fire|"
                           r"mortar\s+fire|gun\s+attack|face-off|clash(?:es)?|fighting|skirmish(?:es)?|gunfight|firefight|"
                           r"crossfire|firing|gunfire)\b", re.IGNORECASE)

# "were killed when a truck packed with explosives blew up at an intersection"
_WHEN_A_BLAST = re.compile(r"\s+(?:[\w,-]+\s+){0,6}?when\s+(?:an?|the|two|three|twin)\s+((?:[\w.'\u2019-]+\s+){0,3}?)"
                           r"(?:(?:car|truck|roadside|suicide)\s+)?(?:bombs?|explosives?|devices?|trucks?|cars?|vehicles?|"
                           r"bombers?)\s+(?:[\w-]+\s+){0,4}?(?:exploded|blew\s+up|went\s+off|detonated|ripped\s+through|"
                           r"tore\s+through)", re.IGNORECASE)


def _unnamed_attack(hit: Hit, sentence: Sentence, ctx: Context,
                    mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """"Three civilians were killed in an Israeli air strike": that country's forces attacked; "were
    killed in a suicide bombing": attackers the report does not name. Those hurt are the target."""
    if hit.trigger.plover != "ASSAULT":
        return None
    text = ctx.article.text
    found = _IN_AN_ATTACK.match(text, hit.end, sentence.end) or _WHEN_A_BLAST.match(text, hit.end, sentence.end)
    if not found:
        return None
    lo, hi = found.start(1), found.end(1)
    national = next((m for m in mentions if (m.type == "country" or (m.type == "government_body" and m.country))
                     and lo <= m.start and m.end <= hi), None)
    key, name, country = ((f"group:{national.country}:forces", f"{national.text} forces", national.country) if national
                          else (*_UNIDENTIFIED, None))
    attackers = Mention(found.start(1), found.end(), text[found.start(1):found.end()].strip(), key, name, "organization",
                        country, role="group")
    ctx.memory["attack"] = (found.start(1), found.end())  # the attack's own noun is this event, not another
    hurt = [m for m in mentions if sentence.start <= m.start and m.end <= hit.start and political(m)]
    return [attackers], hurt[-1:]


# "the former prime minister was shot dead", "was charged with": acts on a named person whose
# authors the report leaves out: unidentified attackers, or the prosecutors of the person's country
_ON_A_PERSON = {"ASSAULT": re.compile(r"(?:assassinated|shot(?:\s+dead)?|gunned\s+down|stabbed(?:\s+to\s+death)?|kidnapped|"
                                      r"abducted|murdered|beaten(?:\s+to\s+death)?)$", re.IGNORECASE),
                "ACCUSE": re.compile(r"(?:charged|indicted)\b", re.IGNORECASE),
                "COERCE": re.compile(r"(?:arrested|detained|jailed|imprisoned|placed\s+under\s+house\s+arrest)$",
                                     re.IGNORECASE)}


_ENVOY_WORD = re.compile(r"\b(?:ambassadors?|envoys?|high\s+commissioners?)\b", re.IGNORECASE)
_WHICH_THEY = re.compile(r",\s+(?:which|whom)\s+(?:he|she|it|they)\s+(?:also\s+|then\s+)?$")
_WHO_DID = re.compile(r"\b(?:the|those)\s+(?:[\w-]+\s+)?(?:soldiers|officers|troops|men|militants|gunmen|rebels|"
                      r"fighters|people|protesters|attackers|officials|forces)\s+(?:who|that)\s+(?:had\s+)?$")
_MODAL_FIRST = re.compile(r"(?:would|will)\s[^.;]*?\bto\s+(?:any|every)\b", re.IGNORECASE)
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announced|declared|ordered|confirmed)\s+(?:its|their|his|her|the)\s+"
                               r"(?:[\w-]+\s+)?$")
_THE_GUEST = re.compile(r"\s+the\s+(?:guest|visitor|visiting\s+(?:[\w-]+\s+)?(?:leader|president|premier|minister|"
                        r"prime\s+minister|official|delegation))\b", re.IGNORECASE)
_ENVOY_SUBJECT = re.compile(r"\b(?:ambassador|envoy|charg[e\u00e9]\s+d['\u2019]affaires|diplomats?|consul|high\s+commissioner)\b"
                            r"(?:\s+[\w.'\u2019-]+){0,4}?\s+(?:was|were|had\s+been|has\s+been)\s+$", re.IGNORECASE)


def _summoned_envoy(hit: Hit, sentence: Sentence, ctx: Context,
                    mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """"US Ambassador Jeff Flake was invited to the Foreign Ministry": the host state (the ministry's,
    else the dateline's) summoned the envoy, who stands for the state named with him."""
    text = ctx.article.text
    envoy = _ENVOY_SUBJECT.search(text, sentence.start, hit.start)
    if hit.trigger.name not in ("accuse-summoned", "accuse-envoy-summoned") or envoy is None:
        return None
    named = [m for m in mentions if max(sentence.start, envoy.start() - 40) <= m.start < hit.start and m.country
             and m.type in ("person", "country")]
    if not named:
        return None
    guest = named[-1]
    ministry = [m for m in mentions if hit.end <= m.start < sentence.end and m.type == "government_body" and m.country]
    host = ministry[0].country if ministry else ctx.dateline_country or ctx.home
    if host is None or host == guest.country:
        return None
    return [home_mention(host), *ministry[:1]], [guest]


def _unnamed_agent(hit: Hit, words: str, sentence: Sentence, ctx: Context,
                   mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    pattern = _ON_A_PERSON.get(hit.trigger.plover)
    if pattern is None or not pattern.match(words):
        return None
    person = [m for m in mentions if sentence.start <= m.start and m.end <= hit.start and m.type == "person" and political(m)]
    if not person or not person[-1].country:
        return None
    if hit.trigger.plover == "ASSAULT":
        key, name, country = *_UNIDENTIFIED, None
    elif hit.trigger.plover == "COERCE":  # "the opposition mayor was detained": by the authorities of the country
        key, name, country = f"group:{person[-1].country}:authorities", "authorities", person[-1].country
    else:
        key, name, country = f"group:{person[-1].country}:prosecutors", "prosecutors", person[-1].country
    return [Mention(hit.start, hit.end, words, key, name, "organization", country, role="group")], person[-1:]


def _visiting(hit: Hit, words: str, sentence: Sentence, ctx: Context,
              mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """"talks between X and visiting Foreign Secretary Y": an attributive "visiting" is Y's visit, to
    the country of the other side named (else the dateline's); None for "is visiting" and the rest."""
    text = ctx.article.text
    if words.lower() != "visiting" or _BE_BEFORE.search(text, sentence.start, hit.start):
        return None
    after = [m for m in mentions if hit.end < m.start <= hit.end + 80 and m.end <= sentence.end and political(m)
             and m.type in ("person", "country", "organization", "government_body")]
    visitor = next((m for m in after if m.type == "person"), None) or next(iter(after), None)
    if visitor is None:
        return None
    hosts = [m for m in mentions if sentence.start <= m.start < sentence.end and m.country and m.country != visitor.country
             and m.type in ("person", "country") and not (m.role == "adjective" and hit.end < m.start < visitor.start)]
    if not hosts and ctx.dateline_country and ctx.dateline_country != visitor.country:
        hosts = [home_mention(ctx.dateline_country)]
    return [visitor], hosts[:1]


# "conveyed to His Majesty a written message": the monarch told of before, else the host's state
_HONORIFIC = re.compile(r"\b(?:His|Her|Their)\s+(?:Majesty|Highness|Royal\s+Highness|Excellency)\b")
_MONARCH = re.compile(r"\b(?:King|Queen|Sultan|Emir|Amir|Crown\s+Prince|Majesty|Highness)\b")


def _honoured(words: str, ctx: Context, own: set) -> list[Mention]:
    if not _HONORIFIC.search(words):
        return []
    monarchs = [m for m in reversed(ctx.memory.get("people", ())) if m.country not in own and _MONARCH.search(m.role or "")]
    if monarchs:
        return monarchs[:1]
    there = ctx.dateline_country
    return [home_mention(there)] if there and there not in own else []


def _time_referred_to(phrase: str, ctx: Context) -> When | None:
    """The time of what "during his stay", "following the negotiations" or "earlier in the day"
    refers to: the latest act of the kind the noun names, else the latest dated act, or the
    report's day for "earlier in the day"."""
    noun = _DURING_NOUN.search(phrase)
    kinds = _NOUN_TYPES.get(noun.group().lower(), ()) if noun else ()
    told = next((ctx.when_by_type[k] for k in kinds if k in ctx.when_by_type), None)
    if told is not None:
        return told
    if noun and noun.group().lower() in _NAMED_ONLY:
        return None  # "during the telephone conversation" when no call was told (the lead's "conveyed to Wang Yi")
    if _IN_THE_DAY.search(phrase):
        return ctx.memory.get("news_day") or ctx.last_when  # the report's day, not a recalled one's
    return ctx.last_when


def _two_sides(actors: list[Mention], counterparts: list[Mention], text: str, meeting: bool = False) -> bool:
    """Two political sides of one country dealing with each other ("the government and the rebels
    agreed", "the president met the opposition leader", "soldiers gave food to villagers"): a domestic
    event PLOVER codes too; a crowd is not the one who agrees or meets."""
    if not counterparts and len(actors) >= 2:  # "the government and the rebels agreed"
        actors, counterparts = actors[:1], actors[1:]
    counterparts = [m for m in counterparts if political(m)  # not a hall the model took for a person
                    # engineers and workers met at a site are no side, a delegation of farmers is
                    and not (meeting and m.role == "group" and _CROWD.search(m.name) and not _UNIONS.search(m.name)
                             and not _DELEGATION.search(text, max(0, m.start - 40), m.start))]
    return (bool(actors) and bool(counterparts) and all(political(m) for m in actors)
            and any(m.country for m in actors + counterparts)  # the country whose politics they are
            and not any(m.role == "group" and _CROWD.search(m.name) for m in actors)  # "people offered to"
            and not any(_one_side(a, b) or _one_side(b, a) for a in actors for b in counterparts))


# "resumed wage talks with public sector unions": labour's side of a government's dealings
_UNIONS = re.compile(r"\b(?:trade\s+|labou?r\s+|public[\s-]sector\s+|teachers'?\s+|workers'?\s+)?unions?\b|"
                     r"\blabou?r\s+(?:congress|federation)\b", re.IGNORECASE)
_BUSINESS = re.compile(r"\b(?:compan(?:y|ies)|firms?|business(?:es)?|investors|shareholders|employers|industry|"
                       r"[Cc]hambers?\s+of|contracts?|commercial|hotels?)\b")


def _state_and_unions(actors: list[Mention], counterparts: list[Mention], sentence: str) -> bool:
    """A government dealing with unions ("resumed wage talks with public sector unions") is a domestic
    political event, where a company's talks with its union are business."""
    state = any(m.type in ("country", "government_body") or (m.type == "person" and m.role)
                or (m.role == "group" and "government" in m.name.lower()) for m in actors + counterparts)
    return state and bool(_UNIONS.search(sentence)) and not _BUSINESS.search(sentence)


def _home_affairs(hit: Hit, actors: list[Mention], counterparts: list[Mention], sentence: Sentence, ctx: Context,
                  mentions: list[Mention]) -> bool:
    """In an article about one country's own affairs, a pledge, meeting or thanks of its state is a
    domestic event ("the president promised to lift the state of emergency"); in one about several
    countries, such an event with one country in it is more likely an international one whose other
    side was missed, and is left out. Business is not the state's affairs: not when a company, a union
    or a trade association is in the sentence, nor what "will" merely happen next ("the Labor
    Department will release the price index"). The actor is named in the sentence itself: "its
    chief executive met investors" is not the country's act."""
    if (not ctx.domestic or hit.trigger.name == "agree-will" or any(m.type == "other" for m in mentions)
            or any(m.role == "group" and _CROWD.search(m.name) for m in actors + counterparts)
            or _interest_group(sentence.text)):
        return False
    named = {(m.start, m.end) for m in mentions}  # a capital stands for its state ("Colombo brushed aside")
    return any((m.start, m.end) in named and (
        m.type in ("country", "government_body", "party")
        or (m.type == "organization" and m.role != "media")
        or (m.type == "person" and bool(m.role) and not _CORPORATE_OFFICE.search(m.role))) for m in actors)


def _one_side(a: Mention, b: Mention) -> bool:
    """A country and its own ministry are one side, not two ("Cuba's Ministry of Tourism")."""
    return a.key == b.key or (a.type == "country" and b.type == "government_body" and a.country == b.country)


# "threatened to resign": a threat against no one
_SELF_THREAT = re.compile(r"(?:\s+\w+){0,3}?\s+to\s+(?:resign|quit|step\s+down|stand\s+down|leave\s+office)\b", re.IGNORECASE)
# "urged both sides to settle": the parties are named elsewhere, and without them there is no target
_UNNAMED_PARTIES = re.compile(r"\s*(?:both|the\s+two|all|the)\s+(?:sides|parties)\b", re.IGNORECASE)


def _interest_group(sentence: str) -> bool:
    """A company, union or trade body in the sentence; a hotel where talks are held is a venue
    ("huddled in a Khartoum hotel"), not business."""
    return bool(_INTEREST_GROUP.search(_VENUE.sub(" ", sentence)))


_VENUE = re.compile(r"\b(?:in|at)\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,3}?hotel\b")
_INTEREST_GROUP = re.compile(r"\b(?:[Aa]ssociations?|[Ff]ederations?|[Cc]hambers?\s+of|[Uu]nions?|employers|investors|"
                             r"shareholders|compan(?:y|ies)|firms?|business(?:es)?|industry|contracts?|commercial|hotels?)\b")
# a count of people before a passive act: "27 people were arrested", "hundreds of protesters have been detained"
_COUNTED_PEOPLE = re.compile(r"\b(?:\d[\d,]*|dozens|hundreds|thousands|scores|several|two|three|four|five|six|seven|eight|nine|"
                             r"ten|twenty|fifty)\s+(?:of\s+)?(?:[\w-]+\s+){1,3}?(?:were|have\s+been|had\s+been)\s+"
                             r"(?:\w+ly\s+)?$|"
                             # "A Christian missionary from Calgary was arrested in Lebanon": one person the report
                             # does not name
                             r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=-\s)|(?<=\u2014\s))\W*(?:An?|One)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:national|citizen|missionary|journalist|reporter|"
                             r"activist|tourist|student|businessman|businesswoman|aid\s+worker|priest|dissident|blogger|"
                             r"lawyer|researcher|academic|pilot|sailor|fisherman)(?:\s+(?:from|of)\s+(?:[\w'\u2019-]+\s+){1,3}?)?"
                             r"\s*(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_HELD_WORDS = re.compile(r"(?:arrested|detained|jailed|imprisoned|rounded\s+up|deported|held|placed\s+under\s+house\s+arrest)\b",
                         re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_DELEGATION = re.compile(r"\b(?:delegations?|representatives|leaders|envoys|negotiators)\s+(?:of|from)\s+(?:the\s+)?"
                         r"(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE)
_OBSTRUCT = re.compile(r"(?:blockad|occup|besieg|block|barricad|sealed\s+off|stormed)", re.IGNORECASE)
_CIVIL = re.compile(r"\b(?:protesters|protestors|demonstrators|activists|truckers|strikers|rioters|opposition\s+supporters|"
                    r"supporters|fishermen)\b", re.IGNORECASE)
# the protest told before, referred back to ("to disperse the crowd", "people who tried to block traffic")
_THE_CROWD = re.compile(r"\bthe\s+(?:crowds?|protesters|protestors|demonstrators|rally|march|marchers|protest|gathering|"
                        r"sit-in|rallies|protests)\b|\b(?:people|protesters|demonstrators|marchers|youths|activists)\s+who\s+"
                        r"(?:had\s+)?(?:tried|attempted|tried\s+to|sought|blocked|marched|rallied|gathered)\b", re.IGNORECASE)
_MET_BY_FORCE = re.compile(r"\s+(?:with\s+|by\s+)(?:[\w,-]+\s+){0,4}?(?:protesters|demonstrators|crowds?|mobs?|stones|"
                           r"rocks|gunfire|resistance|tear\s+gas|rioters|militants|fire)\b", re.IGNORECASE)
_CROWD = re.compile(r"\b(?:people|crowds|residents|villagers|workers|drivers|teachers|doctors|nurses|miners|"
                    r"dockworkers|farmers|students|unions?|refugees|victims|survivors|evacuees|displaced|prisoners|inmates|"
                    r"pastoralists|engineers|executives)\b", re.IGNORECASE)


def _done(words: str, text: str, end: int) -> bool:
    """A past-tense verb in the trigger's words or just after them ("seized", "drone struck",
    "air strikes killed"): the act is reported as done."""
    return any(_PAST_VERB.fullmatch(w) for w in words.split()) or bool(_PAST_VERB.match(text, end + 1)
                                                                      if text[end:end + 1] == " " else False)


_UNNAMED_ATTACK = re.compile(r"\b(?:bomb\w*|explosions?|blasts?|suicide|roadside|ambush\w*|attack\w*|gunmen|"
                             r"air\s*strikes?|shelling|rockets?|mortars?|drones?|assassinat\w*)\b", re.IGNORECASE)
# "a bomb ripped through", "a roadside bombing near Samarra on Sunday killed"
# (not "blast" or "explosion" alone: a refinery blast that killed workers is an accident)
_UNNAMED_SUBJECT = re.compile(r"\b(?:bomb(?:ing)?|grenade|explosive\s+device|rocket|mortar|shell|missile|drone|landmine|"
                              r"mine|minefield)s?\b", re.IGNORECASE)
_UNNAMED_UNREST = re.compile(r"\b(?:riots?|protests?|demonstrations?|unrest)\s+(?:broke\s+out|erupted|flared)", re.IGNORECASE)
# "Thousands marched in Caracas", "On Sunday, tens of thousands of people rallied": a crowd the report
# does not name protests as the place's protesters
_UNNAMED_CROWD = re.compile(r"(?:^|[,;]\s*)\s*(?:(?:tens|hundreds)\s+of\s+thousands|thousands|hundreds|dozens|scores|"
                            r"(?:large\s+|huge\s+|angry\s+)?crowds|(?:more\s+than|over|some|about|nearly|at\s+least)\s+[\d,]+)"
                            r"(?:\s+(?:more|of\s+(?:[\w-]+\s+)?(?:people|residents|demonstrators|protesters|citizens|supporters|mourners|"
                            r"students|workers|women|farmers|villagers|activists|relatives|families|worshippers|fans|"
                            r"refugees|teachers|miners|youths)))?\s*$", re.IGNORECASE)
_AGAINST = re.compile(r"\bagainst\s+(?:the\s+)?$", re.IGNORECASE)  # "chanting against Turkey": the target
_PAST_PERFECT_RELATIVE = re.compile(r",\s+(?:who|which)\s+had\s+(?:\w+ly\s+|long\s+|already\s+)?$", re.IGNORECASE)
_FORCE_WORDS = re.compile(r"\b(?:military|force|intervention|war|sanctions|strikes|retaliat\w*|arrest\w*|jail\w*|"
                          r"prosecut\w*|curfew|blockade)\b", re.IGNORECASE)


def _coercive_threat(hit: Hit, text: str) -> bool:
    """A threat that names the coercive act it threatens ("will extend the curfew", "threatened
    to call a general strike")."""
    return hit.trigger.name.startswith("threaten-") or (hit.trigger.plover == "THREATEN" and (
        threatened_act(text, hit.end) is not None or bool(_FORCE_WORDS.search(text, hit.start, hit.end))
        or bool(_THREATENED_NOUN.match(text, hit.end))))


# "threatened a nationwide strike", "threatened reprisals": the threatened act named as a noun
_THREATENED_NOUN = re.compile(r"\s+(?:an?\s+|the\s+|fresh\s+|new\s+|more\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|protests?|"
                              r"boycotts?|walkouts?|sanctions|retaliation|reprisals|war|military\s+action|legal\s+action|"
                              r"mass\s+resignations?)\b", re.IGNORECASE)


_CONFLICT = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "REQUEST", "COERCE", "ASSAULT"})
_TOGETHER = frozenset({"AGREE", "COOPERATE", "CONSULT"})  # what two subjects do with each other
_VERBAL = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
def _office_before(text: str, sentence: Sentence, hit: Hit) -> bool:
    """"Lebanon's prime minister stepped down": an office named just before the resignation, its
    holder unnamed."""
    before = max(sentence.start, hit.start - 40)
    return any(t.level not in ("official", "military") and _GAP_TO_VERB.fullmatch(text, before + t.end, hit.start)
               for t in gazetteer.find_titles(text[before:hit.start]))


_GAP_TO_VERB = re.compile(r"\s*(?:on\s+\w+\s+|has\s+|had\s+)?")


def _participle_after_comma(text: str, sentence: Sentence, hit: Hit) -> bool:
    """"delivered a note to X, accusing Y of ...": a participle opening a clause after a comma."""
    return (text[max(sentence.start, hit.start - 2):hit.start] == ", "
            and text[hit.start:hit.end].split()[0].lower().endswith("ing"))


def _subordinate(hit: Hit, text: str, sentence: Sentence) -> bool:
    """The trigger is not the sentence's main act: a participle after a comma ("closed its embassy,
    accusing Sudan of ..."), or a noun after a preposition or an infinitive ("over the invasion of
    Kuwait", "called on both to halt air strikes", "after a visit to Taipei")."""
    words = text[hit.start:hit.end]
    if _participle_after_comma(text, sentence, hit):
        return True
    if _RELATIVE_OPEN.search(text, max(sentence.start, hit.start - 30), hit.start):
        return True  # "accusing Sudan of backing rebels who raided the town"
    return not _PAST_VERB.match(words) and bool(_GOVERNED.search(text, max(sentence.start, hit.start - 40), hit.start))


_RELATIVE_OPEN = re.compile(r"\b(?:who|which|that|whose\s+\w+)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)


# a noun governed by a preposition or an infinitive
_GOVERNED = re.compile(r"\b(?:over|into|for|against|after|following|amid|despite|during|before|of|about|"
                       r"to\s+(?:halt|stop|end|free|release|allow|resume|hold|discuss|prevent|protest))\s+"
                       r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+|this\s+)?(?:[\w'\u2019-]+\s+){0,2}$",
                       re.IGNORECASE)
# "In his talks with Putin", "while his talks with the Iranian president focused on": talks referred to
_TALKS_REFERRED = re.compile(r"(?:\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:the|his|her|their)|\b(?:his|her|their))\s+(?:[\w-]+\s+)?$")
_CLAUSE_END = re.compile(r"[,;.]")
# "Twenty fishermen who were arrested by the navy ... have been released": those held, told of before
_WERE_HELD_CLAUSE = re.compile(r"\b(?:who|whom)\s+(?:were|was)\s+$", re.IGNORECASE)
_HAD_BEEN_CLAUSE = re.compile(r"\b(?:who|whom|which|that)\s+had\s+(?:earlier\s+|previously\s+)?been\s+(?:\w+\s+)?$",
                              re.IGNORECASE)
_PAST_VERB = re.compile(r"(?:\w+ed|put|set|shut|struck|blew|froze|withheld|sent|held|kept|let|fought|shot|hit|threw|"
                        r"stormed|went|began|took|cut|broke|called|rallied|marched|freed|gave|met|signed|paid)\b", re.IGNORECASE)
# categories a foreign-affairs office follows inside a country too (unrest, crackdowns, fighting)
DOMESTIC_CATEGORIES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "CONCEDE", "RETREAT", "ACCUSE", "REJECT",
                                 "THREATEN", "REQUEST", "SANCTION"})


# "turned down the invitation", "welcomed the offer": what the one told before made
_THE_OFFER = re.compile(r"\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:invitation|offer|proposal|plan|call|appeal|ultimatum)\b",
                        re.IGNORECASE)
# the preposition of an attack's target place ("an air strike on the Jabalia refugee camp")
_AT_PLACE = re.compile(r"\b(?:on|at|against|into|in)\b")
# relief told arriving, whose destination is the place named after it or the dateline's
_ARRIVAL = re.compile(r"\b(?:arrived|arriving|landed|landing|reached|docked|touched\s+down|combing|searching)\b", re.IGNORECASE)
# a retreat that carries its own future ("will step down", "troops will leave"): the manual's CONCEDE
_WILL_IN = re.compile(r"(?:[\w-]+\s+)?(?:will|would|shall)\s+(?!not\b)", re.IGNORECASE)


def _event(hit: Hit, sentence: Sentence, ctx: Context, actors: list[Mention], counterparts: list[Mention],
           when: When | None, explicit: TimeExpr | None, planned: bool, mentions: list[Mention],
           lo: int, hi: int) -> Event:
    trigger = hit.trigger
    kind, plover, cameo, modality = trigger.type, trigger.plover, trigger.cameo, None
    if planned and trigger.plover in ("RETREAT", "CONCEDE"):  # the manual: an announced retreat is CONCEDE
        kind, plover, cameo, modality = "concede", "CONCEDE", "0356", f"planned:{trigger.type}"
    elif planned:
        kind, plover, cameo, modality = "agree", "AGREE", "036", f"planned:{trigger.type}"
        if explicit is None:
            when = None
    if trigger.role == "host" and trigger.type == "meeting" and trigger.name == "host-visit":
        cameo = "043"
    mode = trigger.mode
    if trigger.name == "talk-with" and not planned:
        # "spoke with X" told with no place and no gathering is a call; where they were, talks
        together = _IN_PERSON.search(sentence.text) or any(
            m.type == "place" and sentence.start <= m.start < sentence.end for m in mentions)
        kind, mode = ("meeting", "in_person") if together else ("phone_call", "phone")
    if trigger.plover == "THREATEN" and cameo == "130":  # "threatened to impose a curfew": 132
        cameo = threatened_act(ctx.article.text, hit.end) or cameo
    # two named sides acting together are as specific as an actor and a counterpart
    confidence = 0.5 + 0.2 * bool(counterparts or len({m.key for m in actors}) >= 2) + 0.15 * bool(explicit) + 0.1 * any(
        m.type == "person" for m in actors) - 0.2 * _subordinate(hit, ctx.article.text, sentence)
    return Event(
        type=kind, plover=plover, cameo=cameo, mode=None if planned else mode,
        actors=tuple(_ref(m) for m in actors), counterparts=tuple(_ref(m) for m in counterparts),
        date=when, source=Source(ctx.article.id, sentence.start, sentence.end, sentence.text),
        trigger=ctx.article.text[hit.start:hit.end], rule=f"trigger:{trigger.name}",
        confidence=round(min(confidence, 0.95), 2), location=_location(trigger, counterparts, mentions, lo, hi),
        pillar=_pillar(actors + counterparts, sentence.text), context=trigger.context, modality=modality,
    )


# words that put two sides in one place ("spoke with X on the sidelines of the summit")
_IN_PERSON = re.compile(r"\b(?:sidelines|margins|visit(?:ing|ed|s)?|met|meeting|summit|talks\s+in|during\s+(?:his|her|their)\s+"
                        r"(?:stay|trip|tour)|in\s+person|face[- ]to[- ]face)\b", re.IGNORECASE)


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
