"""Who acts and who is acted on in a trigger's stretch: the subject before it (a coordinated
verb's, a pronoun's, "the two sides"), the counterparts after it, passive agents after "by", and
whether the sides make the event international."""
from __future__ import annotations

import re
from dataclasses import replace

from . import gazetteer
from .event_context import CLAUSE_BREAK, MATERIAL, ON_A_TRIP, Context, Hit, dedupe, home_mention, is_side, political, same_actor
from .records import Mention, Sentence
from .triggers import Trigger

_BOTH_SIDES = re.compile(r"\bthe\s+heads\s+of\s+(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}?(?:ministries|delegations|governments|"
                         r"countries|sides|agencies)\b|"
                         r"\b(?:the|their)\s+(?:ministers|leaders|presidents|prime\s+ministers|foreign\s+ministers|"
                         r"delegations)\s+"
                         r"(?=(?:also\s+|then\s+|later\s+)?(?:witnessed|signed|held|agreed|met|exchanged))|"
                         r"\bthe\s+(?:pair|duo)\s+(?=(?:also\s+|then\s+|later\s+)?(?:witnessed|signed|held|agreed|met|"
                         r"exchanged|discussed|spoke|talked))|"
                         r"\b(?:the\s+two|both)\s+(?:government\s+|state\s+|party\s+|foreign\s+|defen[cs]e\s+)?(?:vice\s+|deputy\s+)?"
                         r"(?:sides|leaders|prime\s+ministers|PMs|FMs|presidents|ministers|"
                         r"foreign\s+ministers|countries|delegations|parties|heads\s+of\s+(?:state|government)|officials|"
                         r"organi[sz]ations|associations|neighbou?rs|nations|allies|"
                         r"governments|ministries|agencies|armies|militaries|navies|defen[cs]e\s+ministers|"
                         r"(?=held|met|agreed|signed|discussed|exchanged|witnessed|also|later|spoke|talked))\b", re.IGNORECASE)
# a sentence that opens on the event's noun and names its sides after it
_OPENING_PHRASE = re.compile(r"\W*(?:during|in|at|after|following|throughout)\s+(?:the|their|a)\s+(?:[\w-]+\s+){0,2}",
                             re.IGNORECASE)
_TO_SUBJECT = re.compile(r"(?:\s+(?:on|in|at|with)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,\s*")
_PREPOSITION_BEFORE = re.compile(r"\b(?:between|among|with|to|for|of|by|from|on|against)\s+$", re.IGNORECASE)
_HONOUR_OPENS = re.compile(r"\W*(?:His|Her)\s+(?:Majesty|(?:Royal\s+)?Highness)\s+(?:also\s+|later\s+)?[a-z]")
_HEAD_ROLE = re.compile(r"\b(?:King|Queen|Sultan|Emir|Amir|President|Crown\s+Prince)\b")
_AND_COUNTERPART = re.compile(r",?\s+and\s+(?:his|her)\s+(?:[A-Z][\w-]+\s+)?counterpart\s+(?:also\s+|then\s+|later\s+)?$")
# "They later witnessed ...", "At the end of the meeting, they signed ..."
_THEY_OPENS = re.compile(r"\W*(?:They|(?:At|After|Following|During|Later|Afterwards|Subsequently)\b[^,.;]{0,40},\s+they)\s+"
                         r"(?:also\s+|later\s+|then\s+)?\w+")
_THEY_BEFORE = re.compile(r"\b(?:when|as|after|before|where|and)\s+(?:they|the\s+two)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a sentence opening on "He" or "She", after a phrase of time ("On Tuesday she held talks")
# "On Thursday, before the leaders' retreat, he met": one more phrase between commas may follow the opener
PRONOUN_OPENS = re.compile(r"(?:(?:In|On|At|Later|Earlier|Afterwards|Meanwhile)\b[^,.]{0,30}?,?(?:\s+(?:before|after|during|"
                           r"at|in|on|ahead\s+of|following)\s+[^,.]{0,40}?,)?\s+(?:He|She|he|she)|He|She)\b")
_INVITED = re.compile(r"\binvited\s+(?:[\w.'\u2019-]+\s+){1,6}?to\s+(?:[\w-]+\s+){0,3}$")
_PRONOUN_AND = re.compile(r"\W*(?:He|She)\s+and\s+")
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s+(?:also\s+|later\s+|then\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# "the army and the rebels", "Sudanese government soldiers and former southern rebels", "Iraqi army units and
# Kurdish peshmerga forces": sides listed together, with the head nouns and modifiers of collectives
_JOINED = re.compile(r"[-\u2013]|(?:['\u2019]s)?(?:\s+[A-Z][\w'\u2019.-]*)*(?:\s+(?:peace|negotiating|units|officials|forces|"
                     r"troops|leaders|soldiers|negotiators|delegates|delegations?|representatives|engineers|commanders|"
                     r"authorities|members|fighters|team)){0,2}\s*(?:,\s*and|,|and|&)\s+"
                     r"(?:(?:[A-Z][\w'\u2019.-]*|\([^)]{1,12}\)|of|the|his|her|their|counterparts?,?|former|rival|opposition|"
                     r"representatives|delegates|negotiators|envoys|members|"
                     r"armed|southern|northern|eastern|western|central|local|tribal|ethnic|leftist|rightist|separatist|"
                     r"two|three|several|senior|top|village|government|state|visiting)\s+)*")
_AND_TITLED = re.compile(r"\s*(?:,\s*)?and\s+(?:[A-Z(][\w'\u2019().-]*\s+|(?:of|the|for|and|de|du|des|la|le)\s+){0,14}")
_LED_BY = re.compile(r"\b(?:led|headed|accompanied)\s+by\s+(?:its\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,4}$")
_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,]*,\s*$")
# "X and Y officials held", "X and Y (CGSA) met"
# (or the comma closing an apposition: "X and his Guatemalan counterpart, Mario Bucaro, spoke")
_JOINED_END = re.compile(r"(?:['\u2019]s)?(?:,\s*|(?:\s+(?:[a-z-]+|[A-Z][\w-]*|\([A-Z][\w-]{1,12}\))){0,12}\s*)")
# "agreed to work closely on North Korea issues": a country named as a subject matter
_BOUND_FOR = re.compile(r"\b(?:leaves?|leaving|left|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|flew|fl(?:y|ies|ying)|"
                        r"travel(?:s|led|ed|ling|ing)?|bound|set\s+off|returns?|returned|returning)\s+(?:\w+\s+)?(?:for|to)\s+$",
                        re.IGNORECASE)
# "hit out at Bolivia", "lashed out at Seoul", "a swipe at Paris": whom the words aim at, not where
_AT_TARGET = re.compile(r"\b(?:out|aimed|directed|swipe|jabs?|fired|finger|barbs?|potshots?|digs?|anger|outrage|scoffed|"
                        r"sneered|snapped|lashed|balked|bristled)\s+at\s+$", re.IGNORECASE)
_TOPIC = re.compile(r"\s+(?:-related\s+)?(?:issues?|questions?|affairs|problems?|crisis|matters?|situation|policy|"
                    r"policies|file|portfolio|desk)\b")
# "a launch that violates U.N. Security Council resolutions": the body whose rules are broken is no side
_RULES_OF = re.compile(r"\s+(?:resolutions?|rules|charter|law|norms|conventions?)\b")
_BREAKS = re.compile(r"\b(?:violat\w*|breach\w*|flout\w*|def(?:y|ies|ied|ying)|contraven\w*|under|in\s+line\s+with)\s+"
                     r"(?:the\s+|several\s+|multiple\s+|successive\s+)?(?:[\w.]+\s+){0,2}$", re.IGNORECASE)
# "efforts toward the complete denuclearization of North Korea": a country a process is about is no side
_TOPIC_OF = re.compile(r"\b(?:denucleari[sz]ation|reunification|reconstruction|rebuilding|stabili[sz]ation|"
                       r"democrati[sz]ation|demilitari[sz]ation|partition|future)\s+of\s+(?:the\s+)?$")
# "to support Sudanese refugees" in Chad: displaced people are not their country
_DISPLACED = re.compile(r"\s+(?:refugees|migrants|asylum[\s-]seekers|evacuees|expatriates|diaspora)\b", re.IGNORECASE)
_WARNED_THAT = re.compile(r"warned\s+(?:on\s+\w+\s+)?that\b", re.IGNORECASE)
_RELATIVE_SPAN = re.compile(r",\s+(?:who|which)\b[^,]*,|" + ON_A_TRIP + r"[^,]*,")
_OTHER_VERB = re.compile(r"\b(?:discussed|agreed|reviewed|welcomed|met|expressed|emphasi[sz]ed|highlighted|"
                         r"talked|spoke)\b")
# "during a phone call with", "after talks with": the act told in a phrase is the sentence subject's
_PREP_NOUN = re.compile(r"\b(?:(?:during|in|after|at)\s+(?:a|an|the|their|his|her)|after|following|during)\s+(?:[\w-]+\s+)?$")
_FRONTED = re.compile(r"(?:After|Following|During|Before|Ahead\s+of|At|In)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                      r"(?:[\w-]+\s+)?$")
_NOMINAL_PERSON = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}(?:politician|minister|official|diplomat|visitor|guest|"
                             r"leader|envoy|delegation|[Pp]resident|[Pp]remier|[Pp]rime\s+[Mm]inister|[Cc]hancellor|"
                             r"[Hh]ead\s+of\s+[Ss]tate)\s+(?:was|were|had\s+been)\b")
_OWNED_TITLE = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}(?:minister|envoy|delegation|[Pp]resident|[Pp]remier|"
                          r"[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Hh]ead\s+of\s+[Ss]tate)\s+(?:was|were|had\s+been)\b")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}$")  # "from Sultan Qaboos"
_EVENT_NAME = re.compile(r"\s*(?:\d+\w*\s+)?(?:Summit|Conference|Forum|Plenary|Ministerial|Meeting|Session|Dialogue|"
                         r"Games|Expo|Congress)\b")
# "over remarks by X", "respond harshly to any attempt by Lithuania": what another said or tried, not this act's agent
_SPOKEN_NOUN_END = re.compile(r"\b(?:remarks|comments|statements?|criticism|claims?|allegations?|words|speech|attempts?)\s+$")
_BY = re.compile(r"(?<!\bled )(?<!chaired )(?<!hosted )(?<!accompanied )(?<!organi[sz]ed )(?<!attended )\bby\b")
_TITLE_GAP = re.compile(r"(?:['\u2019]s)?(?:\s+(?:[A-Z][\w'\u2019.-]*|\([^)]{1,12}\)|of|the|for|and|counterparts?))*\s*")
_DATELINE = re.compile(r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)")
# "will deliver an additional IRIS-T air defence system", "launched their annual Varuna exercise": a name
# before a common noun names a weapon, an exercise, a site or a people the state acts with or on ("gave Tigrayan
# leaders 72 hours"), not a company it deals with
_APPOSED = re.compile(r",[^.;,]*(?:,[^.;,]*){0,3}")
_NAME_OF_A_THING = re.compile(
    r"(?:-\w+)?\s+(?:[a-z][\w-]*\s+){0,2}(?:(?:air[- ])?defen[cs]e|missiles?|fighters?|jets?|tanks?|aircraft|planes?|"
    r"helicopters?|drones?|systems?|batter(?:y|ies)|launchers?|rockets?|howitzers?|vessels?|ships?|frigates?|"
    r"submarines?|satellites?|probes?|spacecraft|exercises?|drills?|manoeuvres|maneuvers|temple|dam|pipelines?|"
    r"bridge|corridor|railway|vaccines?|data|agreements?|accords?|treat(?:y|ies)|pacts?|conventions?|declarations?|"
    r"partnerships?|initiatives?|"
    r"leaders|forces|troops|rebels|communit(?:y|ies)|representatives|tribes?|people)\b")
# "in Soroti", "at the Colon Theatre", "marched through Amedi" (but "called in Chile's envoy" summons)
_IN_AT = re.compile(r"(?<!called\s)\b(?:in|at|through|across|outside|near)\s+(?:the\s+)?$")
# "take control of Manbij", "the rebel-held suburb of Moadamiya", "an exercise off Crete": a place the model took for a body
_SPATIAL_BEFORE = re.compile(r"\b(?:into|off|towards?|(?:control|town|city|suburb|region|province|district|village|port|"
                             r"island|islands|outskirts|capital)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# the country asked for refuge, or wanting the suspects, is a side
_REFUGE_IN = re.compile(r"\b(?:refuge|asylum|wanted)\s+in\s+$")
# "I" speaking in a quote ('"I spoke with ...', '... and I also thanked him'), and the quote's end
_FIRST_PERSON = re.compile(r"\bI\s+(?:(?:also|have|had|then|just|personally|today|yesterday)\s+){0,2}$")
_QUOTE_CLOSE = re.compile(r"[\"\u201d\u2019]")
_QUOTE_OPEN = re.compile(r"[\"\u201c]")
_SAID_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:said|says|told|reported|added|confirmed|announced|stated)\b")
# where it happened ("talks in Hanoi", "flew to Moscow"), but not to whom ("protested to Beijing")
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|via)\s+$|\b(?:travel\w*|fl(?:[eo]w|y)\w*|return\w*|went|go\w*|head\w*|mov\w*|"
                       r"c[ao]me|back|trip|journey|way|route|arriv\w*|bound|en\s+route|deploy\w*|sent|dispatch\w*)\s+"
                       r"(?:\w+\s+){0,3}?to\s+$", re.IGNORECASE)
# "recalled its ambassador in Madrid": where one's own diplomat is posted; "the Chinese ambassador to
# Nepal": the posting, not the diplomat's country; "received her at the palace": a person told before
_DIPLOMAT = r"(?:ambassadors?|envoys?|consuls?(?:\s+general)?|charg[eé]s?\s+d'affaires)"
_POSTING = re.compile(rf"\b(?:its|their|his|her|our|my)\s+(?:[\w-]+\s+)?(?:{_DIPLOMAT}|embass(?:y|ies)|diplomats?)"
                      r"\s+(?:in|from|to)\s+$", re.IGNORECASE)
_POSTED_TO = re.compile(rf"\b{_DIPLOMAT}\s+to\s+(?:the\s+)?$", re.IGNORECASE)
PRONOUN_OBJECT = re.compile(r"\s+(?:him|her)\b")
# "balked at Washington's demand", "yielded to Beijing's pressure": after "at" or "to", a place
# owning a demand or an act is a side, not where it happened ("at Moscow's airport" is a place)
_OWNED_ACT = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:demands?|requests?|proposals?|calls?|offers?|plans?|insistence|"
                        r"invitation|behest|urging|accusations?|claims?|criticism|pressure|ultimatum|threats?|refusal|"
                        r"decision|appeals?|warnings?|initiative)\b")
_VERB_FIRST = re.compile(r"\w+(?:ed|ew|ot|ung|ept|ade|ave|ook|ent)\b", re.IGNORECASE)
_PARTICIPLE_END = re.compile(r"\s\w+(?:ed|made|led|held|taken|given|set|put|done|built|sent|brought|drawn|written|shown)\s*$")
_FROM_BOTH_SIDES = re.compile(r"\s+(?:from|of)\s+(?:both\s+(?:sides|countries)|the\s+two\s+(?:sides|countries))\b")
_WITH_THE_SUBJECT = re.compile(r"\b(?:backed|supported|aided|joined|accompanied|escorted|flanked)\s+by\s+"
                               r"(?:the\s+|some\s+|local\s+|allied\s+|their\s+)?(?:[\w-]+\s+)?$")
_POSSESSIVE_GAP = re.compile(r"['\u2019]s?\s+(?:(?:state|government|official|national)\s+)?")  # "Saudi Arabia's KSrelief"
_FIGHTING = re.compile(r"(?:exchanged|traded)\s+(?:gun)?fire|clashed|fought")  # acts of two sides, whatever the table says
_EXERCISE_END = re.compile(r"(?:exercises?|drills?|operation|manoeuvres|maneuvers|war\s+games)$", re.IGNORECASE)
_ADJECTIVES_AND = re.compile(r",?\s+and\s+")
_GROUP_MODIFIERS = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+")  # "Afghan border forces"
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_AT_OR_TO = re.compile(r"\b(?:at|to)\s+$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)?$")
# a sentence's opening phrase of time or place before its subject ("In Tripoli, the minister ...",
# "Later, he ...")
_OPENER = (r"^(?:(?:In|On|At|Later|Earlier|Afterwards|Subsequently|Meanwhile|Separately|Before|After|Upon|While)\b"
           r"[^,.]{0,30},\s+)?")
_PRONOUN_SUBJECT = re.compile(_OPENER
                              + r"(?:(?:He|he|She|she)\b|[Tt]he\s+(?:[\w-]+\s+)?(minister|president|premier|king|emir|amir|"
                              r"chancellor|secretary|ambassador|envoy|leader|prime\s+minister|vice\s+president)\b)")
# "The Turkish President arrived ...": an office written capitalised after a nationality
_NATIONAL_OFFICE_OPENS = re.compile(_OPENER + r"[Tt]he\s+(?-i:[A-Z][\w-]*)\s+((?i:prime\s+minister|vice\s+president|minister|"
                                    r"president|premier|king|emir|amir|chancellor))\b")
_PREMISES = re.compile(r"\s+(?:headquarters|head\s+office|offices|building|compound|premises|secretariat|guesthouse|"
                       r"guest\s+house)\b", re.IGNORECASE)
_GUEST_SUBJECT = re.compile(_OPENER
                            + r"[Tt]he\s+(?:guest|visitor|visiting\s+(?:[\w-]+\s+)?(?:leader|president|premier|minister|"
                            r"prime\s+minister|head\s+of\s+state|dignitary|official|envoy))\b")
# "as part of her official visit to Laos": the visit is the sentence subject's
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_POSSESSIVE_OPENS = re.compile(r"\W*(?:His|Her)\s+(?:(?:first|last|previous|latest|recent|earlier|official|state|working|"
                               r"two-day|three-day)\s+){0,2}")  # "His previous visit to"
# "on Wednesday, the second and final day of an official visit to": a part of the visit of the sentence's subject
_PART_OF = re.compile(r"\b(?:day|days|leg|stop|stage|part|start|end|close)\s+of\s+(?:a|an|the|their|its)\s+"
                      r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_COUNTRY_SUBJECT = re.compile(r"\b(?:the\s+country|it|its|the\s+nation)\b", re.IGNORECASE)


def per_person(counterparts: list[Mention]) -> list[list[Mention]]:
    """One meeting per distinct person met ("received by A and B", "talks with A and with B")."""
    people = [m for m in counterparts if m.type == "person" and m.role]
    if len(people) < 2:
        return [counterparts]
    return [[person] for person in people]


def per_country(counterparts: list[Mention]) -> list[list[Mention]]:
    """Messages and aid go to each country separately: one event per sender-recipient pair."""
    by_country: dict[str, list[Mention]] = {}
    if any(m.country for m in counterparts):  # peacekeepers "to UNISFA" in Abyei go to the countries
        counterparts = [m for m in counterparts if m.country]
    for mention in counterparts:
        by_country.setdefault(mention.country or mention.key, []).append(mention)
    return list(by_country.values()) or [[]]


def answering_sides(actors: list[Mention], ctx: Context) -> list[Mention]:
    """"X rejected the protest": the other side of the article's last dispute, when foreign."""
    own = {a.country for a in actors}
    if None in own:  # a side of unknown country cannot tell who is foreign to it
        return []
    # the other side is foreign: another country's, or an international organisation ("the EU's measures")
    return [m for m in ctx.memory.get("conflict", ())
            if (m.country and m.country not in own) or (m.country is None and m.type == "organization")]


def a_far(actors: list[Mention], hit: Hit, text: str) -> bool:
    """The nearest actor is separated from the trigger by another reporting or main verb."""
    nearest = max((a for a in actors if a.end > 0), key=lambda a: a.end, default=None)
    return nearest is not None and bool(_OTHER_VERB.search(text, nearest.end, hit.start))


_WENT_TO = re.compile(r"\b(?:went|go|goes|going|headed|travelled|traveled|drove|flew|moved|proceeded|returned)\s+"
                      r"(?:on\s+|back\s+|then\s+)?to\s+(?:the\s+)?$")
_AND_WAS = re.compile(r",?\s+and\s+(?:was|were)\s+(?:\w+\s+)?$")


def find_passive_sides(hit: Hit, lo: int, hi: int, sentence: Sentence, ctx: Context,
                          mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """"X was received by A and B": the hosts after "by" act, the guest before is received."""
    text = ctx.article.text
    stop = CLAUSE_BREAK.search(text, hit.end, hi)
    end = stop.start() if stop else hi
    agent_types = ("person", "organization", "government_body", "party") + (
        ("country",) if hit.trigger.role != "host" else ())
    hosts = [m for m in mentions if hit.end <= m.start and m.end <= end and m.type in agent_types]
    # "received by X at the foreign ministry": where, not who
    hosts = [m for m in hosts if not (m.type in ("government_body", "organization") and m.start > hosts[0].start
                                      and _IN_AT.search(text, max(0, m.start - 8), m.start))]
    def guest(m: Mention) -> bool:
        return (m.type == "person" or hit.trigger.role != "host") and m.type not in ("other", "place")

    guests = [m for m in mentions if lo <= m.start and m.end <= hit.start and guest(m)]
    guests = guests or [m for m in mentions if sentence.start <= m.start and m.end <= hit.start and guest(m)][:1]
    if _AND_WAS.search(text, sentence.start, hit.start):
        # "X met Y at the ministry and was later received by Z": the guest is the sentence's subject
        guests = [m for m in mentions if sentence.start <= m.start < hit.start and m.type == "person"][:1] or guests
    nominal = _NOMINAL_PERSON.search(text, sentence.start, hit.start)
    if not guests and ctx.last_person is not None and nominal and all(
            m.country == ctx.last_person.country for m in mentions
            if m.type == "country" and nominal.start() <= m.start < nominal.end()):
        guests = [ctx.last_person]  # "the Green politician was received by ...", "The Kazakh President was welcomed by"
    if not guests:  # no one told of before: "Cambodia's foreign minister was received by", "The Lao minister was received"
        guests = [m for m in mentions if sentence.start <= m.start < hit.start and m.type == "country" and (
            _OWNED_TITLE.match(text, m.end) or (nominal is not None and nominal.start() <= m.start < nominal.end()))][:1]
    if not hosts:
        return None
    return dedupe(hosts), guests[-1:] or _subject([], sentence, ctx, hit, [])


def placed(person: Mention, actors: list[Mention], sentence: Sentence, ctx: Context,
            mentions: list[Mention]) -> Mention:
    """A counterpart of unknown nationality (or only assumed to be the actors') is of the one other
    country the sentence names ("arrived in the Philippine capital ... held talks with Gilberto
    Teodoro"); else an assumed one is of the country the latest visit went to, and an unknown one
    of the country the wire is filed from, when that differs from the actors'."""
    own = {a.country for a in actors}
    if person.type != "person" or (person.country and not (person.assumed and person.country in own)):
        return person
    named = {m.country for m in mentions if m.country and m.country not in own and m.type in ("country", "place")}
    if len(named) == 1:
        return replace(person, country=named.pop(), assumed=False)
    if person.assumed:  # "The minister then travelled to Ljubljana ... On Friday, he was received by President X"
        host = _visited(ctx)
        return replace(person, country=host, assumed=False) if host and host not in own else person
    if ctx.dateline_country and ctx.dateline_country not in own:
        return replace(person, country=ctx.dateline_country)
    return person


def _visited(ctx: Context) -> str | None:
    """The country the article's latest visit (by someone of sure nationality) went to."""
    return next(iter(ctx.memory.get("visit_host", ())), None)


def met_abroad(sides: list[Mention], everyone: list[Mention], ctx: Context) -> list[Mention]:
    """A titled person whose nationality was only assumed to be the reporting country's, met by
    someone surely of that country, is of the country the latest visit went to ("The minister then
    travelled to Ljubljana. ... On Friday, he was received by President Natasa Pirc Musar"); not of
    a country merely named ("met on the sidelines of the summit in Dubai")."""
    sure = {m.country for m in everyone if m.country and not m.assumed}
    if not any(m.assumed and m.country in sure for m in sides):
        return sides
    where = _visited(ctx)
    if where is None or where in sure:
        return sides
    return [replace(m, country=where, assumed=False) if m.assumed and m.country in sure else m for m in sides]


def names_the_guest(sentence: Sentence, hit: Hit) -> bool:
    """Whether the hit is the "visiting" of a sentence opening "The visiting official ...", which
    names the guest told before rather than telling a visit."""
    opening = _GUEST_SUBJECT.match(sentence.text)
    return bool(opening) and hit.start - sentence.start < opening.end()


def visited_hosts(actors: list[Mention], sentence: Sentence, ctx: Context, mentions: list[Mention],
                  places: tuple[Mention, ...] | list[Mention] = ()) -> list[Mention]:
    """A visit that names no destination goes to the host named in the sentence, else to the
    dateline's country ("TOKYO - ... Yoon, who is on a two-day visit")."""
    own = {a.country for a in actors}
    hosts = [m for m in mentions if m.type in ("person", "country") and m.country and m.country not in own
             and not (m.role == "adjective" and _glued(m, mentions, ctx.article.text))]
    if hosts:
        return hosts[:1]
    # "Koizumi repeatedly visited Tokyo's Yasukuni shrine" filed from Cebu: a place at home is no visit abroad
    at_home = any(m.type == "place" and m.country in own for m in places)
    if ctx.dateline_country and ctx.dateline_country not in own and not at_home:
        return [home_mention(ctx.dateline_country)]
    return []


def find_sides(hit: Hit, lo: int, hi: int, sentence: Sentence, ctx: Context,
                  mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """Who acts and who is acted on, by position around the trigger; None when the words are
    about a company or a private person rather than a political actor."""
    text = ctx.article.text
    usable = [p for p in (_as_participant(m, text, hit.trigger, hit.end) for m in mentions
                          if not (m.type == "country" and (_glued(m, mentions, text) or _TOPIC.match(text, m.end)
                                                           or _TOPIC_OF.search(text, max(0, m.start - 40), m.start)
                                                           or (m.role == "adjective" and _DISPLACED.match(text, m.end))))
                          and not (m.type == "organization" and _RULES_OF.match(text, m.end)
                                   and _BREAKS.search(text, max(0, m.start - 40), m.start))
                          and not _restated(m, text))
              if p and p.type != "place"]
    usable = [m for m in usable if not (m.type == "organization" and _EVENT_NAME.match(text, m.end)
                                        and hit.trigger.type != "conference")]
    # an embassy is where the diplomat acted on works, not who acts ("declared an employee of the
    # Moldovan embassy persona non grata")
    left = [m for m in usable if lo <= m.start and m.end <= hit.start and m.role != "embassy"]
    # "the Chinese ambassador to Nepal met ...": the country a diplomat is posted to is not who acts
    posted = [m for m in left if m.type == "country" and _POSTED_TO.search(text, max(0, m.start - 30), m.start)]
    left = [m for m in left if m not in posted] if len(posted) < len(left) else left
    # "the two government leaders witnessed": a word inside "the two ... leaders" is no side of its own
    left = [m for m in left if not any(b.start() <= m.start and m.end <= b.end()
                                       for b in _BOTH_SIDES.finditer(text, max(lo, m.start - 20), min(hit.start, m.end + 30)))]
    # "Ethiopian forces backed by militiamen attacked": who backs or goes with the subject does not act
    left = [m for m in left if not (any(k.start < m.start for k in left)
                                    and _WITH_THE_SUBJECT.search(text, max(lo, m.start - 30), m.start))]
    stop = CLAUSE_BREAK.search(text, hit.end, hi)
    first_word = hit.start + len(text[hit.start:hit.end].split()[0])
    right = [m for m in usable if first_word < m.start and m.end <= (stop.start() if stop else hi)]
    # a named thing given as aid is what is given, not a company ("deployed its Disaster Assistance
    # and Rescue Team (SMART) to Turkey")
    after = [m for m in right if not (hit.trigger.type == "aid" and m.type == "other")
             # "addressed the World Government Summit": the gathering's own name inside the trigger's words
             and not (hit.trigger.type == "conference" and m.type == "other" and m.end <= hit.end)
             and not _attribution(m, hit, text)]  # ", the BTA reported": who reports is not what is acted on
    # a state's force acting on a named thing ("the coalition eased its blockade of Hodeidah", "the
    # government shut down access to Facebook") is still the state's act
    acted_on = (bool(left) and left[-1].type != "other" and political(left[-1])
                and (left[-1].role != "adjective" or bool(_STATE_AGENTS.match(text, left[-1].end)))
                and (hit.trigger.plover in MATERIAL or (hit.trigger.plover in ("ACCUSE", "COOPERATE", "AID")
                                                         and left[-1].type != "person")))
    if (after and after[0].type == "other" and after[0].start - hit.end <= 40 and not acted_on
            and not _where(after[0], text)  # "surrendered in Soroti", "signed at Bogota's Colon Theatre"
            and not (left and political(left[-1]) and _NAME_OF_A_THING.match(text, after[0].end))
            # "kicked off their bilateral exercise Varuna": the exercise's own name, not a company
            and not (after[0].start - hit.end <= 1 and _EXERCISE_END.search(text, hit.start, hit.end))):
        return None
    by = _BY.search(text, hit.end, min(hi, hit.end + 45))
    # "condemned the blockade imposed by Washington": the agent of another participle is not this act's,
    # but "a general strike called by the opposition" is the strike's
    verbal = bool(_VERB_FIRST.match(text, hit.start))
    by = by if by and "," not in text[hit.end:by.start()] and not (
        verbal and _PARTICIPLE_END.search(text, hit.end, by.start())) and not (
        _SPOKEN_NOUN_END.search(text, max(0, by.start() - 20), by.start())) else None  # "over remarks by X": X spoke
    by_actor = [m for m in right if by and by.end() <= m.start and m.start - by.end() <= 60
                and "," not in text[by.end():m.start]  # "by the end of the year, Minister X said": no agent
                and m.type in ("person", "country", "party", "government_body", "organization")]
    if by_actor and not _finite_with_subject(hit, left, text):
        # "the visit to China by General Secretary X", not "X rejected calls by Y"
        rest = [m for m in right if m is not by_actor[0] and not same_actor(m, by_actor[0])]
        return [by_actor[0]], dedupe([m for m in rest if is_side(m)])
    if left and left[-1].type == "other" and _NAMED_ACT.fullmatch(text, left[-1].end, hit.start) and (
            not _VERB_FIRST.match(text, hit.start) and text[hit.start].islower()):
        left = left[:-1]  # "began the biennial ATLASUR joint exercise": the name of the act, not a company
    if (len(left) >= 2 and left[-1].type == "other" and left[-2].type == "person"
            and _APPOSED.fullmatch(text, left[-2].end, left[-1].start) and text.startswith(",", left[-1].end)):
        left = left[:-1]  # "Sheikh Mohammed bin Rashid, Vice President and Ruler of Dubai, led": a title, not a company
    if (hit.trigger.plover == "AID" and len(left) >= 2 and left[-1].type == "other" and left[-2].type == "country"
            and left[-2].role != "adjective" and _POSSESSIVE_GAP.fullmatch(text, left[-2].end, left[-1].start)):
        left = left[:-1]  # "Saudi Arabia's KSrelief distributed food baskets": a state's relief agency gives for it
    if (left and left[-1].type == "other" and not _where(left[-1], text)
            and not _WENT_TO.search(text, max(0, left[-1].start - 20), left[-1].start)  # "went to the Palacio de López"
            and not _owner_of_group(left, text)):
        return None
    earlier = [m for m in usable if sentence.start <= m.start and m.end <= hit.start and m.type == "person"]
    subject = _subject([m for m in left if is_side(m)], sentence, ctx, hit, earlier)
    if (left and _FROM_BOTH_SIDES.match(text, left[-1].end) and not ctx.inherited
            and len({m.country for m in ctx.last_sides if m.country}) >= 2):
        subject = list(ctx.last_sides)  # "military commanders from both sides met": the two sides told of
    if not subject and _FRONTED.match(text, sentence.start, hit.start):
        # "After talks with X, Y said ...": the talks are Y's
        later = [m for m in usable if m.start >= hit.end and m.type in ("person", "country") and political(m)]
        comma = text.find(",", hit.end, sentence.end)  # "In his talks with Putin, Modi told ...": the phrase ends there
        fronted = [m for m in right if comma < 0 or m.start < comma] or right
        foreign = {m.country for m in fronted}
        subject = [m for m in later if m not in fronted and m.country not in foreign][:1]
        right = [m for m in (fronted if subject else right) if m not in subject]
    if not subject and hit.start == sentence.start and text[hit.start:hit.end].split()[0].lower().endswith("ing"):
        # "Bowing to weeks of protests, President X said ...": an opening participle is the main clause's subject's
        comma = text.find(",", hit.end, sentence.end)
        if comma > 0 and (apposed := _APPOSED_NAME.match(text, comma)):
            comma = apposed.end() - 1  # "Receiving the Mexican ambassador, Luisa Carrillo Medina, the head of state said"
        subject = [m for m in usable if comma > 0 and m.start > comma and political(m) and is_side(m)
                   and m.type in ("person", "country", "government_body", "party")][:1]
        right = [m for m in right if m not in subject]
    if not subject and _FIRST_PERSON.search(text, sentence.start, hit.start):
        # '"I spoke with Prime Minister X yesterday," Mr Peters said': the one quoted acts
        subject = [m for m in usable if m.start >= hit.end and m.type == "person" and political(m)
                   and _SAID_AFTER.match(text, m.end) and _QUOTE_CLOSE.search(text, hit.end, m.start)][:1]
        subject = subject or ([ctx.last_person] if ctx.last_person is not None else [])
        right = [m for m in right if m not in subject]
    if not subject and hit.trigger.plover == "THREATEN" and _QUOTE_OPEN.match(text, sentence.start) and (
            close := _QUOTE_CLOSE.search(text, hit.end, sentence.end)):
        # '"Such hostile actions will not go unanswered," spokeswoman X said': a threat with no subject in
        # the quote is the speaker's
        subject = [m for m in usable if m.start > close.start() and political(m) and _SAID_AFTER.match(text, m.end)
                   and m.type in ("person", "government_body", "country")][:1]
        right = [m for m in right if m.end <= close.start()] if subject else right
    if (not subject and hit.trigger.type == "message" and hit.start == sentence.start
            and "message" in text[hit.start:hit.end].lower()):
        # "In his message on Sunday, X, general secretary of ..., said ...": X is the sender (a
        # fronted "In a letter to the Council" is as often a complaint as a greeting: not taken)
        subject = [m for m in right if m.type == "person" and political(m)][:1]
        own = {m.country for m in subject}
        right = [m for m in right if m not in subject and m.country not in own]
    if not subject and lo > sentence.start and _RELATIVE.search(text, sentence.start, hit.start):
        before_all = [m for m in usable if sentence.start <= m.start and m.end <= hit.start and is_side(m)]
        subject = _subject(before_all[:1], sentence, ctx, hit, earlier)
    right = [m for m in right if is_side(m) and not _attribution(m, hit, text)]
    if hit.trigger.role == "mutual" and subject and all(any(same_actor(m, s) for s in subject) for m in right):
        # "X raised the killings with President Y in a telephone call": Y, told before the call, is
        # the one X talked with (and "X told Y in a phone call that X's country ...": X's country is no other side)
        right = [m for m in left if m.start > subject[-1].end and is_side(m) and political(m)
                 and not any(same_actor(m, s) for s in subject)
                 and (_WITH_TITLE_BEFORE.search(text, max(sentence.start, m.start - 80), m.start)
                      # "Erdogan told Putin in a phone call": the one told
                      or (hit.trigger.type == "phone_call" and _TOLD_BEFORE.fullmatch(text, subject[-1].end, m.start)))][:1]
    if (not right and hit.trigger.role == "host" and ctx.last_person is not None and PRONOUN_OBJECT.match(text, hit.end)
            and not any(same_actor(ctx.last_person, s) for s in subject)):
        right = [ctx.last_person]  # "President Joko Widodo received her at the palace": the one told of before
    if _WARNED_THAT.match(text, hit.start):  # "warned that the Government would act": the doer, not a target
        right = [m for m in right if m.start >= hit.end]
    if hit.trigger.name in ("message-received", "aid-received"):
        # "X received cables from A and B": A and B wrote to X; "Ukraine received military aid from Germany": Germany gives
        senders = [m for m in right if m.type in ("person", "country", "organization", "government_body")
                   and not any(same_actor(m, s) for s in subject)]
        return dedupe(senders), subject
    if hit.trigger.type == "message":  # "conveyed greetings from Cuban leaders to ..."
        senders = [m for m in right if _FROM.search(text, max(0, m.start - 40), m.start)]
        subject, right = dedupe(subject + senders), [m for m in right if m not in senders]
    right = _without_topics(right, hit, text)
    # "broke off relations with Ecuador on Saturday 'in solidarity' with Mexico": the one stood by is no side
    right = [m for m in right if not _SOLIDARITY_WITH.search(text, max(0, m.start - 30), m.start)]
    # "met with X here on Thursday, the last stop of an African tour that also took him to A, B and C": the tour's
    # other stops are no side of the meeting
    stop_of = _STOP_OF.search(text, hit.end, right[-1].start) if right else None
    right = [m for m in right if stop_of is None or m.start < stop_of.start()]
    if hit.trigger.role == "host":
        return subject, dedupe(right)
    own = {s.country for s in subject if s.country}
    return subject, dedupe([m for m in right if not any(same_actor(m, s) for s in subject) and not (
        m.role == "group" and m.country in own and _OWN_BEFORE.search(text, max(0, m.start - 30), m.start))])


_SOLIDARITY_WITH = re.compile(r"\bin\s+[\"\u201c]?solidarity['\"\u201d]?\s+with\s+(?:the\s+)?$")
_STOP_OF = re.compile(r",\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:first|second|third|fourth|last|final|next|latest)\s+"
                     r"(?:stop|leg|destination)\s+(?:of|on)\s+(?:an?|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|swing)\s+"
                     r"(?:that|which)\s+(?:also\s+)?(?:took|takes|has\s+taken|included|includes)\b")
# "held talks with Prime Minister Justin Trudeau on support for Ukraine, critical minerals and next month's
# NATO summit": where what the talks were about begins (not "on Monday", "on the sidelines", "on the phone")
_TOPIC_START = re.compile(r"\s(?:on|about|regarding|concerning)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                          r"the\s+(?:sidelines|phone|telephone|margins|eve|occasion|invitation)\b|"
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d|behalf\b|his\s+|her\s+)")


def _without_topics(right: list[Mention], hit: Hit, text: str) -> list[Mention]:
    """The states and bodies a contact was about, told after the one it was held with, are no sides."""
    if hit.trigger.type not in ("meeting", "phone_call", "online_meeting") or len(right) < 2:
        return right
    start = _TOPIC_START.search(text, right[0].end, right[-1].start)
    if start is None:
        return right
    return [m for m in right if m.start < start.start() or m.type == "person"]


# ", Luisa Carrillo Medina,": a name apposed between commas
_APPOSED_NAME = re.compile(r",\s+(?:[A-Z][\w'\u2019.-]*\s+){1,4}?[A-Z][\w'\u2019.-]*,")
# "will pull its 300 soldiers out of Mali", "would respond to anyone who attacked its soldiers": the
# actor's own forces are what it moves or defends, not a side
_OWN_BEFORE = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w,-]+\s+){0,2}$")


# "Indian tax officials", "Chinese coast guard vessels": a nationality's agents of the state
_STATE_AGENTS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:officials|authorities|police|troops|forces|agents|officers|"
                           r"inspectors|prosecutors|investigators|soldiers|navy|army|coast\s+guard|border\s+guards)\b")
# "with" and a title before a name ("with Turkish President", "with Vietnamese Deputy Prime Minister and
# Foreign Minister")
_TOLD_BEFORE = re.compile(r"\s+(?:told|informed|assured|briefed|urged|asked|thanked|congratulated|reassured)\s+"
                          r"(?:[\w.'\u2019-]+\s+){0,6}?")
_WITH_TITLE_BEFORE = re.compile(r"\bwith\s+(?:[\w.'\u2019-]+\s+){0,8}$")


def _attribution(mention: Mention, hit: Hit, text: str) -> bool:
    """", the foreign ministry said", "in a statement issued by the National Security Council": who
    reports the event is not a side of it."""
    return ("," in text[hit.end:mention.start] and bool(_SAID_AFTER.match(text, mention.end))) or bool(
        _ISSUED_BY.search(text, max(hit.end, mention.start - 60), mention.start))


# "in a statement issued by", "a communique released by": the one who reports
_ISSUED_BY = re.compile(r"\b(?:statement|communiqu[eé]|release|note|report)\s+(?:was\s+)?(?:issued|released|published|"
                        r"posted|read\s+out)\s+(?:on\s+\w+\s+)?by\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,3}$", re.IGNORECASE)


def _finite_with_subject(hit: Hit, left: list[Mention], text: str) -> bool:
    """The trigger is a past-tense verb with a side before it in the same clause."""
    return text[hit.start:hit.end].split()[0].lower().endswith("ed") and any(
        is_side(m) and "," not in text[m.end:hit.start] for m in left)


_GATHERING = re.compile(r"\b(?:summits?|conferences?|forums?)\b", re.IGNORECASE)


def is_international(participants: list[Mention], hit: Hit, sentence_mentions: list[Mention], words: str = "") -> bool:
    """Foreign affairs need two countries, or an international organisation, among the sides;
    a summit or conference (also one held online: "addressed the G20 virtual summit", `words` being the
    trigger's) is international when the sentence names another country or one."""
    gathering = hit.trigger.type == "conference" or (hit.trigger.type == "online_meeting" and _GATHERING.search(words))
    pool = participants + (sentence_mentions if gathering else [])
    countries = {m.country for m in pool if m.country and m.type != "place"}
    # a collective ("refugees") or a movement the gazetteer lacks is not an international body
    return len(countries) >= 2 or any((m.type == "organization" and not m.country
                                       and m.role not in ("group", "movement"))
                                      or (m.type == "person" and not m.country and _international_office(m.role))
                                      for m in pool)


def _international_office(role: str | None) -> bool:
    """The office of an international organisation the gazetteer knows ("UN Secretary-General")."""
    return bool(role) and any(o.country is None for o in gazetteer.find_organizations(role))


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


# "signed by officials in the presence of the two ministers"
_IN_PRESENCE = re.compile(r"\s+(?:by\s+(?:[\w-]+\s+){0,3})?in\s+the\s+presence\s+of\s+")
# "met on the fringes of the Munich Security Conference": the occasion, not who met
_AT_THE_EVENT = re.compile(r"\b(?:(?:on|at)\s+the\s+(?:fringes?|sidelines?|margins?)\s+of|during|ahead\s+of)\s+(?:the\s+)?$",
                           re.IGNORECASE)
# "at Bogota's Colon Theatre": a named place after "in"/"at" and a place's possessive
_AT_POSSESSIVE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?['\u2019]s\s+$")
# between the name of an act and its noun: at most two lower-case words ("ATLASUR joint exercise")
_NAMED_ACT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")


def _where(mention: Mention, text: str) -> bool:
    """Whether a named thing is where something happened, not who did it."""
    return bool(_IN_AT.search(text, max(0, mention.start - 8), mention.start)
                or _SPATIAL_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                or _AT_POSSESSIVE.search(text, max(0, mention.start - 40), mention.start)
                or _AT_THE_EVENT.search(text, max(0, mention.start - 40), mention.start))


def _owner_of_group(left: list[Mention], text: str) -> bool:
    """"supporters of Ndiaye's party rallied": a name the model takes for a company, inside the
    phrase of a collective actor, is whose the collective is, not a business acting."""
    return len(left) >= 2 and left[-2].role == "group" and bool(_OF_GAP.fullmatch(text, left[-2].end, left[-1].start))


def _as_participant(mention: Mention, text: str, trigger: Trigger, hit_end: int = -1) -> Mention | None:
    """Capitals stand for their country ("Manila accused ...") unless they are where it happened;
    a country after "in" or "at" is where a meeting happened, not a side of it."""
    if (mention.type in ("government_body", "organization", "party") and _PREMISES.match(text, mention.end)
            and _IN_AT.search(text, max(0, mention.start - 12), mention.start)):
        return None  # "received X at the Party Central Committee headquarters": where, not who
    owner = bool(_OWNED_ACT.match(text, mention.end) and _AT_OR_TO.search(text, max(0, mention.start - 4), mention.start))
    if mention.type == "country" and mention.role is None and trigger.type not in ("visit", "aid"):
        before = text[max(0, mention.start - 16):mention.start]
        return None if (not owner and _IN_AT.search(before) and not _REFUGE_IN.search(before)
                        and not _AT_TARGET.search(before) and not _POSTING.search(text, max(0, mention.start - 40),
                                                                                   mention.start)) else mention
    # "travelled to Tripoli", "flew to Nakhchivan": the place right after a visit's words is where the
    # visitor went, and its country the host
    destination = trigger.type == "visit" and 0 <= hit_end <= mention.start and not text[hit_end:mention.start].strip()
    if mention.type == "place" and mention.role in ("city", "region") and mention.country:
        return _place_country(mention) if destination else mention
    if mention.type != "place" or mention.role != "capital":
        return mention
    before = text[max(0, mention.start - 40):mention.start]
    if _DATELINE.match(text, mention.end) or mention.text.isupper():
        return None
    if not destination and _BOUND_FOR.search(text, max(0, mention.start - 30), mention.start):
        return None  # "the minister leaves for Phnom Penh tomorrow": where he goes, not who acts
    if _POSTING.search(before):  # "recalled its ambassador in Madrid": the country he is posted to
        return _place_country(mention)
    if (not owner and _LOCATIVE.search(before) and not _AT_TARGET.search(before)
            and not (trigger.type == "visit" and before.rstrip().endswith(("to", "in")))):
        return None
    return _place_country(mention)


def _place_country(place: Mention) -> Mention:
    """The country a capital or other place stands for, at the place's offsets."""
    return Mention(place.start, place.end, place.text, f"country:{place.country}", _country_name(place.country),
                   "country", place.country)


def _country_name(iso3: str | None) -> str:
    entry = gazetteer.country(iso3) if iso3 else None
    return entry.name if entry else (iso3 or "")


def _subject(left: list[Mention], sentence: Sentence, ctx: Context, hit: Hit,
             earlier: list[Mention]) -> list[Mention]:
    """The acting side: a coordinated verb's subject, a pronoun's person, the named sides
    before the trigger, "the two sides", or the home country for "the country"/"it"."""
    text = ctx.article.text
    if ctx.inherited:
        return list(ctx.inherited)
    participle = text[max(sentence.start, hit.start - 2):hit.start] == ", " and text[hit.start:hit.end].endswith("ing")
    between = text[hit.start:hit.end].lower().endswith("between")  # "after talks between the two delegations": named after
    if (_PREP_NOUN.search(text, max(sentence.start, hit.start - 30), hit.start) and not between) or participle:
        main = [m for m in earlier if political(m)]  # "X thanked Y during a phone call with Z": X calls
        if participle and left and (not main or left[0].start < main[0].start) and left[0].type != "country":
            main = left[:1]  # "The court upheld the conviction of X, rejecting his appeal": the court rejects
        if main:
            run = main[:1]  # "X and Y discussed trade in a video call", "X and Ghana's leader ...": both call
            later = sorted((m for m in left if m.start >= run[0].end and political(m)), key=lambda m: m.start)
            for mention in later if hit.trigger.role == "mutual" else []:
                if not _JOINED.fullmatch(text, run[-1].end, mention.start):
                    break
                run.append(mention)
            return run
    if hit.trigger.type == "visit" and earlier and (_POSSESSIVE_BEFORE.search(text, max(sentence.start, hit.start - 30),
                                                                                hit.start)
                                                    or _PART_OF.search(text, max(sentence.start, hit.start - 40), hit.start)):
        return [earlier[0]]  # "X held talks with Y on Wednesday, the final day of an official visit to": X's visit
    if (hit.trigger.type == "visit" and not left and _POSSESSIVE_OPENS.fullmatch(text, sentence.start, hit.start)
            and ctx.last_person is not None):
        return [ctx.last_person]  # "His previous visit to Bamako dated back to January": the person told of last
    if hit.trigger.role == "mutual" and _THEY_BEFORE.search(text, sentence.start, hit.start):
        named = dedupe([m for m in earlier if political(m)])
        if len(named) >= 2:  # "X informed Y of the decision when they met": both meet
            return named[:2]
    if not left and _HONOUR_OPENS.match(sentence.text):
        # "His Highness directed the provision of aid": the head of state of the place told of before
        heads = [m for m in reversed(ctx.memory.get("people", ())) if m is not None and m.country
                 and m.country in (ctx.dateline_country, ctx.home) and _HEAD_ROLE.search(m.role or "")]
        if heads:
            return heads[:1]
    partner = _AND_COUNTERPART.search(text, sentence.start, hit.start)
    named = [m for m in left if m.type == "person" and m.country]
    if hit.trigger.role == "mutual" and partner and named:
        # "Aurescu, who is on a visit to Moldova, and his counterpart also signed": the counterpart told before
        other = [m for m in (*reversed(ctx.last_sides), *reversed(ctx.memory.get("people", ())))
                 if m is not None and m.type == "person" and m.country and m.country != named[-1].country]
        if other:
            return [named[-1], other[0]]
    if not left and len({m.country for m in ctx.last_sides if m.country}) >= 2 and _THEY_OPENS.match(sentence.text):
        return list(ctx.last_sides)  # "They later witnessed the exchange of a memorandum": the two just told of
    if hit.trigger.role == "mutual" and left and _PRONOUN_AND.match(sentence.text):
        told = ctx.memory.get("subject", ()) or ctx.memory.get("actor", ())
        if told:  # "He and Meredov had also met ...": the one who acted last and the one named
            return dedupe([told[-1], *[m for m in left if political(m)][:1]])
    if _PRONOUN_BEFORE.search(text, sentence.start, hit.start):
        actor = list(ctx.memory.get("subject", ())) if PRONOUN_OPENS.match(sentence.text) else []
        same = list(ctx.memory.get("actor", ())) if ctx.memory.get("actor_in") == (sentence.start,) else []
        # "The Turkish President arrived from the UAE, where he held talks": the office holder the sentence opens with
        # (looked up only when no one is named before the pronoun)
        national = _NATIONAL_OFFICE_OPENS.match(sentence.text)
        earlier = (earlier or actor
                   or _office_holders(_PRONOUN_SUBJECT.match(sentence.text) or national, sentence, ctx, hit)[:1]
                   # no holder told: the office's nationality ("The Turkish President arrived ..., where he held talks")
                   or [m for m in left if national and m.role == "adjective"
                       and m.start < sentence.start + national.end()][:1]
                   or same or ([ctx.last_person] if ctx.last_person else []) or list(ctx.memory.get("actor", ())))
        if earlier:
            return [earlier[-1]]
    # "mandated to mediate between the two neighbours": the object of a preposition is no subject
    both = [b for b in _BOTH_SIDES.finditer(text, sentence.start, hit.start)
            if not _PREPOSITION_BEFORE.search(text, max(0, b.start() - 12), b.start())]
    if ctx.last_sides and both and not any(m.start >= both[-1].end() for m in left):
        return _named_sides(ctx.last_sides, earlier)  # "X hosted Y, followed by talks in which the two leaders agreed"
    inside = [(m.start(), m.end()) for m in _RELATIVE_SPAN.finditer(text, sentence.start, hit.start)]
    left = [m for m in left if not any(s <= m.start < e for s, e in inside)]
    if ((hit.trigger.role == "mutual" or _FIGHTING.match(text, hit.start)) and len(left) >= 3 and left[-1].role == "group"
            and left[-2].role == left[-3].role == "adjective" and left[-2].country != left[-3].country
            and _ADJECTIVES_AND.fullmatch(text, left[-3].end, left[-2].start)
            and _GROUP_MODIFIERS.fullmatch(text, left[-2].end, left[-1].start)):
        return left[-3:-1]  # "Pakistani and Afghan border forces exchanged fire": both sides' forces
    joined = _joined_run(left, text)
    if len(joined) >= 2 and _JOINED_END.fullmatch(text[left[-1].end:hit.start]):
        return dedupe(joined)
    left = [m for m in left if not _LED_BY.search(text, max(0, m.start - 40), m.start)] or left
    invited = _INVITED.search(text, sentence.start, hit.start) if hit.trigger.type == "visit" else None
    guests = [m for m in left if invited and m.start >= invited.start()]
    if guests:  # "X invited his Kazakh counterpart to pay a state visit": the one invited is the visitor
        return guests[-1:]
    people = [m for m in left if m.type == "person"]
    if (len(people) >= 2 and hit.trigger.role == "mutual"
            and _AND_TITLED.fullmatch(text, people[-2].end, people[-1].start)):
        # "President of the VFF X and President of the LFND Y co-chaired an exchange": both sides
        return people[-2:]
    if people:
        return [people[-1]]
    if left:
        return [left[-1]]
    # up to the trigger's end: "the two agreed" needs the verb for its lookahead
    if ctx.last_sides and any(b.end() <= hit.start for b in _BOTH_SIDES.finditer(text, sentence.start, hit.end)):
        return _named_sides(ctx.last_sides, earlier)
    after = _TO_SUBJECT.match(text, hit.end)
    if (ctx.last_sides and after and _OPENING_PHRASE.fullmatch(text, sentence.start, hit.start)
            and _BOTH_SIDES.match(text, after.end())):
        return list(ctx.last_sides)  # "During the telephone conversation, the two ministers agreed"
    if (ctx.last_sides and text[hit.start:hit.end].lower().endswith("between")
            and _BOTH_SIDES.match(text, hit.end + 1)):
        return _named_sides(ctx.last_sides, earlier)  # "talks between the two armies were held"
    presence = _IN_PRESENCE.match(text, hit.end)
    if ctx.last_sides and presence and _BOTH_SIDES.match(text, presence.end()):
        return list(ctx.last_sides)  # "an agreement was signed in the presence of the two ministers"
    guest_opens = _GUEST_SUBJECT.match(sentence.text)
    if guest_opens and ctx.memory.get("guest"):
        return list(ctx.memory["guest"])  # "The guest later met ...": the visitor told of last
    if guest_opens and ctx.dateline_country:
        # no visit told yet: the one of the two sides just told who is foreign where the report is filed
        foreign = [m for m in ctx.last_sides if m.type == "person" and m.country and m.country != ctx.dateline_country]
        if len(foreign) == 1:
            return foreign
    pronoun = _PRONOUN_SUBJECT.match(sentence.text)
    holders = _office_holders(pronoun, sentence, ctx, hit)
    if holders:
        return holders[:1]
    if pronoun and ctx.last_person is not None:
        return [ctx.last_person]
    if ctx.home and _COUNTRY_SUBJECT.search(text, sentence.start, hit.start):
        return [home_mention(ctx.home)]
    return []


def _office_holders(pronoun: re.Match[str] | None, sentence: Sentence, ctx: Context, hit: Hit) -> list[Mention]:
    """"The minister also received ...", "The Jordanian minister said": the sides told before who
    hold the office the sentence opens with (of that nationality when one is named)."""
    if not pronoun or not pronoun.group(1):
        return []
    text = ctx.article.text
    office = pronoun.group(1).lower()
    holders = [m for m in (*ctx.last_sides, ctx.last_person, *reversed(ctx.memory.get("people", ())))
               if m is not None and m.type == "person" and office in (m.role or "").lower()]
    if office == "minister":  # "the minister" is not how a prime minister is referred to
        holders = [m for m in holders if "minister" in (m.role or "").lower().replace("prime minister", "")] or holders
    adjective = next((p.iso3 for p in gazetteer.find_places(pronoun.group()) if p.kind == "adjective"), None)
    if adjective:  # "The Jordanian minister": the holder of that country
        holders = [m for m in holders if m.country == adjective]
    there = ctx.dateline_country or ctx.home
    active = not _PASSIVE_BEFORE.search(text, sentence.start, hit.start)
    if hit.trigger.role == "host" and there and not adjective and active:
        # "In the evening, the minister received ...": one receives at home, so not the visiting minister
        holders = [m for m in holders if m.country == there] or holders
    return holders


def _named_sides(sides: tuple[Mention, ...], earlier: list[Mention]) -> list[Mention]:
    """"President X hosted a ceremony for his guest, followed by talks between the two presidents":
    a side known only as its country is the person of that country the sentence names first."""
    named = [next((m for m in earlier if m.type == "person" and m.country == side.country), side)
             if side.type != "person" and side.country else side for side in sides]
    return dedupe(named)


def _joined_run(left: list[Mention], text: str) -> list[Mention]:
    """The sides listed together just before the trigger: "India, the US and the EU"."""
    run = left[-1:]
    for mention in reversed(left[:-1]):
        if mention.role == "adjective" and run[0].type == "person" and _TITLE_WORDS.fullmatch(text, mention.end, run[0].start):
            continue  # "his visiting Kenyan counterpart William Ruto": the nationality of the side after it
        if not _JOINED.fullmatch(text[mention.end:run[0].start]):
            break
        run.insert(0, mention)
    return run


_TITLE_WORDS = re.compile(r"(?:\s+(?!and\b|or\b)[a-z][\w-]*){1,3},?\s+")  # "his Guatemalan counterpart, Mario Bucaro"
